// Backup files: download one workshop or all, delete everything on this device, restore from a file
// (picked or dropped), choose what happens when a workshop is already here, refuse bad files without
// touching anything, and show hostile text as text.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordText, storedKeys, workshopIdOf } from './records';
import {
  createWorkshopEn,
  createWorkshopEs,
  expectNoAxeViolations,
  expectSaved,
  goHome,
} from './support';

interface Backup {
  fileName: string;
  path: string;
  text: string;
}

/** Clicks a button that downloads a backup and keeps the file where the test can read it again. */
async function downloadBackup(page: Page, button: Locator, path: string): Promise<Backup> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  await download.saveAs(path);
  return { fileName: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/** Today in the browser's time zone, as backup file names have it. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

/** "Restaurar desde un archivo" / "Restore from a file", then the file in the system's file chooser. */
async function restore(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  language: 'es' | 'en' = 'es',
): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page
    .getByRole('button', {
      name: language === 'es' ? 'Restaurar desde un archivo' : 'Restore from a file',
    })
    .click();
  await (await choosing).setFiles(file);
}

const who = (page: Page) => page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ });
const segments = (page: Page) =>
  page.getByRole('radiogroup', { name: /Tenemos descritos por escrito los distintos tipos/ });

/** Opens a workshop from its card, then its first area (a restored copy starts at its introduction). */
async function openCard(page: Page, title: string): Promise<void> {
  await page
    .getByRole('article', { name: title, exact: true })
    .getByRole('link', { name: 'Abrir' })
    .click();
  await page
    .getByRole('navigation', { name: 'Pasos del taller' })
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
}

test('a workshop backed up from its screen comes back with its answers after all data is deleted', async ({
  page,
}, testInfo) => {
  await createWorkshopEs(page, { organisation: 'Café Ñandú' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await who(page).fill('Estudiantes y teletrabajadores');
  await segments(page).getByRole('radio', { name: '2 Ocasional' }).check();
  await expectSaved(page);
  const id = workshopIdOf(page);

  const backup = await downloadBackup(
    page,
    page.getByRole('button', { name: 'Descargar copia de seguridad' }),
    testInfo.outputPath('cafe.momentos.json'),
  );
  expect(backup.fileName).toBe(`momentos-cafe-nandu-${await today(page)}.momentos.json`);
  await expect(
    page.getByText(
      `Copia guardada como «${backup.fileName}». Conviene conservarla en un lugar seguro`,
    ),
  ).toBeVisible();

  await goHome(page);
  const data = page.getByRole('region', { name: 'Almacenamiento en este dispositivo' });
  await expect(data).toContainText('Última copia descargada en este dispositivo:');
  await data.getByRole('button', { name: 'Borrar todos los datos de este dispositivo' }).click();
  const wipe = page.getByRole('dialog', { name: '¿Borrar todos los datos de este dispositivo?' });
  await expect(wipe).toContainText('Se borrarán 1 taller y todo lo que Momentos guarda');
  await wipe.getByRole('button', { name: 'Borrar todo' }).click();
  await expect(data).toContainText('Se han borrado todos los datos de este dispositivo.');
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(data).toContainText('Aún no se ha descargado ninguna copia en este dispositivo.');
  expect(await storedKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.getByText('Aún no hay talleres en este dispositivo')).toBeVisible();

  await restore(page, backup.path);
  await expect(data).toContainText('Restaurado: «Café Ñandú».');
  await openCard(page, 'Café Ñandú');
  expect(workshopIdOf(page)).toBe(id);
  await expect(who(page)).toHaveValue('Estudiantes y teletrabajadores');
  await expect(segments(page).getByRole('radio', { name: '2 Ocasional' })).toBeChecked();
});

test('restoring a workshop already here asks which to keep: both, or the one in the file', async ({
  page,
}, testInfo) => {
  await createWorkshopEs(page, { organisation: 'Librería Alba' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await who(page).fill('Lectores de novela negra');
  await expectSaved(page);
  const backup = await downloadBackup(
    page,
    page.getByRole('button', { name: 'Descargar copia de seguridad' }),
    testInfo.outputPath('alba.momentos.json'),
  );
  await who(page).fill('Lectores de novela negra y clubes de lectura');
  await expectSaved(page);
  await goHome(page);

  // Cancel changes nothing.
  await restore(page, backup.path);
  const dialog = page.getByRole('dialog', { name: 'Ya está en este dispositivo' });
  await expect(dialog).toContainText('Este taller ya está en este dispositivo. ¿Qué hacemos?');
  await expect(dialog).toContainText('Librería Alba');
  await expect(dialog).toContainText('En este dispositivo: guardado');
  await expect(dialog).toContainText('En el archivo: guardado');
  await expect(dialog).toContainText('La copia de este dispositivo es más reciente.');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article')).toHaveCount(1);

  await restore(page, backup.path);
  await dialog.getByRole('button', { name: 'Conservar los dos' }).click();
  await expect(page.getByText('Restaurado: «Librería Alba (restaurado)».')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await openCard(page, 'Librería Alba (restaurado)');
  await expect(who(page)).toHaveValue('Lectores de novela negra');
  await goHome(page);
  await openCard(page, 'Librería Alba');
  await expect(who(page)).toHaveValue('Lectores de novela negra y clubes de lectura');
  await goHome(page);

  await restore(page, backup.path);
  await expect(dialog).toContainText('La copia de este dispositivo es más reciente.');
  await dialog.getByRole('button', { name: 'Sustituir por el del archivo' }).click();
  await expect(page.getByText('Restaurado: «Librería Alba».')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.reload();
  await openCard(page, 'Librería Alba');
  await expect(who(page)).toHaveValue('Lectores de novela negra');
});

test('a backup dropped before the data panel is there is not opened by the browser, and is restored', async ({
  page,
}, testInfo) => {
  await createWorkshopEs(page, { organisation: 'Librería Alba' });
  const backup = await downloadBackup(
    page,
    page.getByRole('button', { name: 'Descargar copia de seguridad' }),
    testInfo.outputPath('alba.momentos.json'),
  );
  const envelope = JSON.parse(backup.text) as { workshops: { id: string }[] };
  envelope.workshops[0]!.id = 'dropped-early';
  const home = page.url().replace(/#.*$/, '');
  await page.goto(home);
  await expect(page.getByRole('heading', { level: 1, name: 'Mis talleres' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Almacenamiento en este dispositivo' }),
  ).toHaveCount(0);
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'alba.momentos.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(envelope));
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Restaurado: «Librería Alba».')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Librería Alba', exact: true })).toHaveCount(2);
  expect(page.url()).toContain(home);
});

test('a file that is not a good backup is refused with the reason, and nothing changes', async ({
  page,
}, testInfo) => {
  await createWorkshopEs(page, { organisation: 'Vivero Verde' });
  const id = workshopIdOf(page);
  const good = await downloadBackup(
    page,
    page.getByRole('button', { name: 'Descargar copia de seguridad' }),
    testInfo.outputPath('vivero.momentos.json'),
  );
  const envelope = JSON.parse(good.text) as {
    schemaVersion: number;
    workshops: { id: string; meta: { organisation: string } }[];
  };
  const variant = (change: (copy: typeof envelope) => void): string => {
    const copy = structuredClone(envelope);
    change(copy);
    return JSON.stringify(copy);
  };
  await goHome(page);
  const stored = await recordText(page, id);

  const files: { name: string; content: string | Buffer; reason: string }[] = [
    {
      name: 'notas.momentos.json',
      content: 'Apuntes del taller: {esto no es JSON',
      reason: 'el archivo no es una copia de Momentos (no es JSON legible).',
    },
    {
      name: 'dibujo.excalidraw.json',
      content: JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }),
      reason: 'el archivo no lo ha creado Momentos.',
    },
    {
      name: 'futuro.momentos.json',
      content: variant((copy) => (copy.schemaVersion = 999)),
      reason:
        'el archivo lo creó una versión más reciente de Momentos. Hay que recargar la página para actualizar la aplicación y volver a intentarlo.',
    },
    {
      name: 'enorme.momentos.json',
      content: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20),
      reason: 'el archivo pasa de 5 MB; es demasiado grande para ser una copia de Momentos.',
    },
    { name: 'vacio.momentos.json', content: '', reason: 'el archivo está vacío.' },
    {
      name: 'danado.momentos.json',
      content: variant((copy) => {
        copy.workshops[0]!.id = 'otro-taller';
        copy.workshops[0]!.meta.organisation = 'V'.repeat(501);
      }),
      reason: 'el taller 1 del archivo está dañado: la organización tiene más de 500 caracteres.',
    },
  ];
  const data = page.getByRole('region', { name: 'Almacenamiento en este dispositivo' });
  for (const file of files) {
    await restore(page, {
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.content),
    });
    await expect(data.getByRole('alert')).toHaveText(`No se ha restaurado nada: ${file.reason}`);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect(await storedKeys(page)).toEqual([id]);
  expect(await recordText(page, id)).toBe(stored);
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(
    page.getByRole('region', { name: 'Almacenamiento en este dispositivo' }),
  ).toBeVisible();
  await expect(page.getByText('Talleres que no se pueden abrir')).toHaveCount(0);
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('hostile text in a dropped backup is shown literally and runs nothing', async ({
    page,
  }, testInfo) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await createWorkshopEn(page, { organisation: 'Template Ltd' });
    const base = await downloadBackup(
      page,
      page.getByRole('button', { name: 'Download a backup' }),
      testInfo.outputPath('template.momentos.json'),
    );
    const hostile = '<img src=x onerror=alert(1)>';
    const script = '<script>alert(2)</script>';
    const envelope = JSON.parse(base.text) as {
      workshops: {
        id: string;
        title: string;
        meta: { organisation: string };
        prompts: Record<string, string>;
      }[];
    };
    const workshop = envelope.workshops[0]!;
    workshop.id = 'hostile-workshop';
    workshop.title = hostile;
    workshop.meta.organisation = hostile;
    workshop.prompts['customers.who'] = `${script} ${hostile}`;
    // A key that would reach Object.prototype if the file were merged into an object.
    const text = JSON.stringify(envelope).replace('{', '{"__proto__":{"polluted":"yes"},');
    await goHome(page);

    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([content], 'hostile.momentos.json', { type: 'application/json' }),
      );
      return transfer;
    }, text);
    // The data panel comes once the page has settled; dragging over it then shows where to drop.
    await expect(page.getByRole('region', { name: 'Storage on this device' })).toBeVisible();
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await expect(page.getByText('Drop the file to restore it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByText('Drop the file to restore it')).toBeHidden();
    await expect(page.getByText(`Restored “${hostile}”.`)).toBeVisible();
    const card = page.getByRole('article', { name: hostile, exact: true });
    await expect(card).toBeVisible();

    await card.getByRole('link', { name: 'Open' }).click();
    await expect(page.getByText(hostile, { exact: true })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Workshop steps' })
      .getByRole('link', { name: /^Customers \d/ })
      .click();
    await expect(page.getByRole('textbox', { name: /Who are our customers/ })).toHaveValue(
      `${script} ${hostile}`,
    );
    await expect(page.locator('img')).toHaveCount(0);
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test('the results remind to keep a backup until one newer than the last change is downloaded', async ({
    page,
  }, testInfo) => {
    const reminder =
      'Keep a copy of this workshop outside the browser: if the site’s data is cleared, it is all that is left.';
    await createWorkshopEn(page, { organisation: 'Reminder & Sons' });
    await page.getByRole('link', { name: 'Start with Customers' }).click();
    await page.getByRole('radio', { name: '3 Defined' }).first().check();
    await expectSaved(page, 'en');
    const steps = page.getByRole('navigation', { name: 'Workshop steps' });
    await steps.getByRole('link', { name: 'Results' }).click();
    await expect(page.getByText(reminder)).toBeVisible();

    const backup = await downloadBackup(
      page,
      page.getByText(reminder).locator('..').getByRole('button', { name: 'Download a backup' }),
      testInfo.outputPath('reminder.momentos.json'),
    );
    expect(backup.fileName).toBe(`momentos-reminder-sons-${await today(page)}.momentos.json`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
    await expect(page.getByText(reminder)).toHaveCount(0);

    await steps.getByRole('link', { name: /^Customers/ }).click();
    await page.getByRole('radio', { name: '4 Managed and measured' }).first().check();
    await expectSaved(page, 'en');
    await steps.getByRole('link', { name: 'Results' }).click();
    await expect(page.getByText(reminder)).toBeVisible();
  });
});

test('the storage panel downloads a backup of all, tells what the browser keeps, and passes axe in both languages', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Museo del Agua' });
  await createWorkshopEs(page, { organisation: 'Museo del Aire' });
  await goHome(page);
  const data = page.getByRole('region', { name: 'Almacenamiento en este dispositivo' });
  await expect(data).toContainText(
    'Los talleres se guardan solo en este navegador, en este dispositivo.',
  );
  await expect(data).toContainText(
    /Este navegador se ha comprometido a conservarlos|Este navegador puede borrarlos|Este navegador no indica si los conservará/,
  );
  await expect(data).toContainText('Aún no se ha descargado ninguna copia en este dispositivo.');
  await expect(data.getByText(/También se puede soltar un archivo de copia/)).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent('download');
  await data
    .getByRole('button', { name: 'Descargar copia de seguridad de todos los talleres' })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`momentos-${await today(page)}.momentos.json`);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    app: string;
    kind: string;
    workshops: { title: string }[];
  };
  expect(backup.app).toBe('momentos');
  expect(backup.kind).toBe('backup');
  expect(backup.workshops.map((w) => w.title).sort()).toEqual(['Museo del Agua', 'Museo del Aire']);
  await expect(data).toContainText('Última copia descargada en este dispositivo:');

  await page.getByRole('button', { name: 'English' }).click();
  const dataEn = page.getByRole('region', { name: 'Storage on this device' });
  await expect(dataEn).toContainText('Last backup downloaded on this device:');
  await expect(
    dataEn.getByRole('button', { name: 'Download a backup of all workshops' }),
  ).toBeVisible();
  await expect(dataEn.getByRole('button', { name: 'Restore from a file' })).toBeVisible();
  await expect(
    dataEn.getByRole('button', { name: 'Delete all data on this device' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
