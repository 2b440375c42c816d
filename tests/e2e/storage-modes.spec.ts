// What is stored is never lost or misreported: without IndexedDB the app says nothing is saved; opening
// a workshop writes nothing; what this version cannot read is kept and written back; a deleted workshop
// stays deleted; a record under an unexpected key still opens; one the reader refuses says why.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  readNote,
  readRecord,
  recordText,
  storedKeys,
  workshopIdOf,
  writeNote,
  writeRecord,
  type StoredRecord,
} from './records';
import {
  createWorkshopEn,
  createWorkshopEs,
  expectNoAxeViolations,
  expectSaved,
  goHome,
} from './support';

const who = (page: Page) => page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ });

/** Creates a workshop with one written answer and one rating; returns its stored record. */
async function workshopWithAnswers(page: Page, organisation: string): Promise<StoredRecord> {
  await createWorkshopEs(page, { organisation });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await who(page).fill('Pacientes de la zona norte');
  await page
    .getByRole('radiogroup', { name: /Tenemos descritos por escrito los distintos tipos/ })
    .getByRole('radio', { name: '4 Gestionado y medido' })
    .check();
  await expectSaved(page);
  const record = await readRecord(page, workshopIdOf(page));
  if (!record) throw new Error('the workshop was not stored');
  return record;
}

test('without IndexedDB the app starts, warns, and never claims to have saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { indexedDB?: IDBFactory }).indexedDB;
    Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    'Este navegador no permite guardar nada en el dispositivo',
  );
  await expect(
    page.getByText('Este navegador no ofrece almacenamiento: nada se conserva'),
  ).toBeVisible();
  await createWorkshopEs(page, { organisation: 'Ventana privada' });
  const status = page.getByRole('status', { name: 'Estado del guardado' });
  await expect(status).toHaveText('Sin guardar: este navegador no ofrece almacenamiento');
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await who(page).fill('Visitantes');
  // Twice the autosave delay (250 ms), so the write to memory has happened: it must not read "saved".
  await page.waitForTimeout(500);
  await expect(status).toHaveText('Sin guardar: este navegador no ofrece almacenamiento');
  await page.getByRole('link', { name: 'Siguiente: Clientes internos' }).click();
  await page.getByRole('link', { name: 'Anterior: Clientes' }).click();
  await expect(who(page)).toHaveValue('Visitantes');
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('when reading window.indexedDB throws, the app still starts in memory and says so', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('Storage is blocked for this site', 'SecurityError');
        },
      });
    });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'My workshops' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      'This browser does not let Momentos keep anything on this device',
    );
    await createWorkshopEn(page, { organisation: 'Blocked Storage Co' });
    const status = page.getByRole('status', { name: 'Save status' });
    await expect(status).toHaveText('Not saved: this browser provides no storage');
    await page.getByRole('link', { name: 'Start with Customers' }).click();
    await page.getByRole('textbox', { name: /Who are our customers/ }).fill('Walk-in visitors');
    await page.waitForTimeout(500); // past the autosave delay, as above
    await expect(status).toHaveText('Not saved: this browser provides no storage');
    await goHome(page);
    await expect(page.getByRole('article', { name: 'Blocked Storage Co' })).toBeVisible();
    await expect(
      page.getByText('This browser provides no storage: nothing is kept once the page is closed.'),
    ).toBeVisible();
  });

  test('parts saved by another version are kept aside, announced, and written back on the next save', async ({
    page,
  }) => {
    await createWorkshopEn(page, { organisation: 'Future Proof Ltd' });
    const id = workshopIdOf(page);
    const record = await readRecord(page, id);
    if (!record) throw new Error('the workshop was not stored');
    const unknownMoment = { id: 'm-future', name: 'Chat with a robot', channel: 'hologram' };
    record.data.ratings['customers.segments'] = 7; // outside 1–5
    record.data.ratings['customers.fromANewerBank'] = 4; // a statement this bank does not have
    record.data.moments.push(unknownMoment);
    record.data.sentiment = { source: 'survey', score: 0.8 }; // a field this version does not know
    await writeRecord(page, id, record);
    const seeded = await recordText(page, id);

    await page.reload();
    const notice = page.getByText(
      '4 parts of this workshop were saved by another version of Momentos and cannot be shown here. They are kept unchanged and included in backups.',
    );
    await expect(notice).toBeVisible();
    await page.getByRole('link', { name: 'Start with Customers' }).click();
    await expect(notice).toBeVisible();
    await expect(
      page
        .getByRole('radiogroup', { name: /We keep a written description of each type/ })
        .getByRole('radio', { checked: true }),
    ).toHaveCount(0);
    // Opening and reading it wrote nothing.
    expect(await recordText(page, id)).toBe(seeded);

    await page.getByRole('textbox', { name: /Who are our customers/ }).fill('Early adopters');
    await expectSaved(page, 'en');
    const saved = await readRecord(page, id);
    expect(saved?.data.prompts['customers.who']).toBe('Early adopters');
    expect(saved?.data.unread).toEqual({
      fields: { sentiment: { source: 'survey', score: 0.8 } },
      ratings: { 'customers.segments': 7, 'customers.fromANewerBank': 4 },
      moments: [unknownMoment],
    });

    await page.reload();
    await expect(notice).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Who are our customers/ })).toHaveValue(
      'Early adopters',
    );
  });

  test('a record the reader refuses says why, on its own page and on the home screen', async ({
    page,
  }) => {
    await createWorkshopEn(page, { organisation: 'Readable Ltd' });
    const good = await readRecord(page, workshopIdOf(page));
    if (!good) throw new Error('the workshop was not stored');
    const tooLong = structuredClone(good);
    tooLong.data.id = 'too-long';
    tooLong.data.meta.organisation = 'O'.repeat(501);
    await writeRecord(page, 'too-long', tooLong);
    const newer = { ...structuredClone(good), schemaVersion: 999 };
    newer.data.id = 'from-the-future';
    await writeRecord(page, 'from-the-future', newer);
    const stored = await recordText(page, 'too-long');

    await page.goto('./#/w/too-long');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This workshop cannot be opened' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Part of it cannot be read: the organisation is longer than 500 characters. It is kept unchanged on this device; you can download a copy of it from “My workshops”.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'We can’t find this workshop' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('./#/w/from-the-future/area/customers');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This workshop cannot be opened' }),
    ).toBeVisible();
    await expect(page.getByText('It was saved by a newer version of Momentos.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();

    await page.getByRole('link', { name: 'Go to my workshops' }).click();
    await expect(
      page.getByRole('heading', { name: 'Workshops that cannot be opened' }),
    ).toBeVisible();
    await expect(
      page.getByText('Damaged: the organisation is longer than 500 characters.'),
    ).toBeVisible();
    await expect(
      page.getByText('Saved by a newer version of Momentos. Reload the page to update.'),
    ).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expectNoAxeViolations(page);

    const actions = page.getByRole('group', { name: 'Actions for Stored record “too-long”' });
    const downloading = page.waitForEvent('download');
    await actions.getByRole('button', { name: 'Download a copy' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('momentos-record-too-long.json');
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.stringify(JSON.parse(text))).toBe(stored);

    await actions.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this workshop?' })
      .getByRole('button', { name: 'Delete for good' })
      .click();
    await expect(actions).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('Saved by a newer version of Momentos.')).toBeVisible();
    await expect(page.getByText(/Stored record “too-long”/)).toHaveCount(0);
    expect((await storedKeys(page)).sort()).toEqual(['from-the-future', good.data.id].sort());
    expect(await recordText(page, 'from-the-future')).toBe(JSON.stringify(newer));
  });
});

test('opening a workshop and moving through its steps leaves its record byte for byte unchanged', async ({
  page,
}) => {
  await workshopWithAnswers(page, 'Clínica Norte');
  const id = workshopIdOf(page);
  await goHome(page);
  const before = await recordText(page, id);

  await page
    .getByRole('article', { name: 'Clínica Norte' })
    .getByRole('link', { name: 'Abrir' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes' })).toBeVisible();
  await page.getByRole('link', { name: 'Siguiente: Clientes internos' }).click();
  await page.getByRole('link', { name: 'Siguiente: Momentos' }).click();
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: 'Resultados' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados' })).toBeVisible();
  await steps.getByRole('link', { name: /^Liderazgo/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liderazgo' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Liderazgo' })).toBeVisible();
  await goHome(page);

  expect(await recordText(page, id)).toBe(before);
  // Where the team was is a note on this device, and opening the workshop returns there.
  expect(await readNote(page, `momentos:step:${id}`)).toBe('leadership');
  await page
    .getByRole('article', { name: 'Clínica Norte' })
    .getByRole('link', { name: 'Abrir' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liderazgo' })).toBeVisible();
  expect(await recordText(page, id)).toBe(before);
});

test('a deleted workshop with changes still in the journal stays deleted after a reload', async ({
  page,
}) => {
  const record = await workshopWithAnswers(page, 'Farmacia Plaza');
  const id = record.data.id;
  await goHome(page);
  // The copy the page writes to its journal when it hides with a change not yet stored.
  const later = new Date(Date.parse(record.data.updatedAt) + 60_000).toISOString();
  const journaled = {
    ...record,
    savedAt: later,
    data: {
      ...record.data,
      updatedAt: later,
      prompts: { 'customers.who': 'Un cambio sin guardar' },
    },
  };
  await writeNote(page, `momentos:journal:${id}`, JSON.stringify(journaled));

  await page
    .getByRole('article', { name: 'Farmacia Plaza' })
    .getByRole('button', { name: 'Eliminar' })
    .click();
  await page
    .getByRole('dialog', { name: '¿Eliminar este taller?' })
    .getByRole('button', { name: 'Eliminar definitivamente' })
    .click();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(await readNote(page, `momentos:journal:${id}`)).toBeNull();

  await page.reload();
  await expect(page.getByText('Aún no hay talleres en este dispositivo')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(await storedKeys(page)).toEqual([]);
  await page.goto(`./#/w/${id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'No encontramos este taller' }),
  ).toBeVisible();
});

test('a record stored under a key other than its id is listed, opened, edited and deleted under that key', async ({
  page,
}) => {
  const original = await workshopWithAnswers(page, 'Hotel Mar');
  const copy = structuredClone(original);
  copy.data.title = 'Hotel Mar (copia de otro equipo)';
  await writeRecord(page, 'copia-otro-equipo', copy);
  const originalText = await recordText(page, original.data.id);
  await goHome(page);
  await page.reload();

  const card = page.getByRole('article', { name: 'Hotel Mar (copia de otro equipo)' });
  await expect(page.getByRole('article')).toHaveCount(2);
  await card.getByRole('link', { name: 'Abrir' }).click();
  await expect(page).toHaveURL(/#\/w\/copia-otro-equipo\//);
  await expect(page.getByText('Hotel Mar (copia de otro equipo)', { exact: true })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Pasos del taller' })
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  await expect(who(page)).toHaveValue('Pacientes de la zona norte');
  await who(page).fill('Turistas de fin de semana');
  await expectSaved(page);
  expect((await readRecord(page, 'copia-otro-equipo'))?.data.prompts['customers.who']).toBe(
    'Turistas de fin de semana',
  );
  expect(await recordText(page, original.data.id)).toBe(originalText);

  await goHome(page);
  await card.getByRole('button', { name: 'Eliminar' }).click();
  await page
    .getByRole('dialog', { name: '¿Eliminar este taller?' })
    .getByRole('button', { name: 'Eliminar definitivamente' })
    .click();
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Hotel Mar', exact: true })).toBeVisible();
  expect(await storedKeys(page)).toEqual([original.data.id]);
  expect(await recordText(page, original.data.id)).toBe(originalText);
});
