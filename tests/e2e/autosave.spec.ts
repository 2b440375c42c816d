// Nothing typed is lost: closing the page right after typing, and storage that does not work at all.
import { expect, test } from '@playwright/test';
import { createWorkshopEs, expectSaved } from './support';

test('text typed less than 100 ms before the page closes is there when it is reopened', async ({
  context,
}) => {
  const page = await context.newPage();
  await createWorkshopEs(page, { organisation: 'Clínica Norte' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  const url = page.url();
  const answer = page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ });
  await answer.click();
  await page.keyboard.type('Pacientes y aseguradoras', { delay: 5 });
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(
    reopened.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ }),
  ).toHaveValue('Pacientes y aseguradoras');
});

test('the save indicator says "saved" only once the answer is stored', async ({ page }) => {
  await createWorkshopEs(page, { organisation: 'Librería Sur' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await page
    .getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ })
    .fill('Lectores habituales');
  await expect(page.getByRole('status', { name: 'Estado del guardado' })).toHaveText(
    /Guardando…|Guardado a las/,
  );
  await expectSaved(page);
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('momentos-cx-workshops');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result.transaction('workshops').objectStore('workshops').getAll();
          request.onsuccess = () => resolve(JSON.stringify(request.result));
        };
      }),
  );
  expect(stored).toContain('Lectores habituales');
});

test('without IndexedDB the app still works in memory and says nothing is being saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('IndexedDB disabled for this test', 'InvalidStateError');
    };
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    'Este navegador no permite guardar nada en el dispositivo',
  );
  await createWorkshopEs(page, { organisation: 'Ventana privada' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ }).fill('Visitantes');
  await page.getByRole('link', { name: 'Siguiente: Clientes internos' }).click();
  await page.getByRole('link', { name: 'Anterior: Clientes' }).click();
  await expect(page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ })).toHaveValue(
    'Visitantes',
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This browser does not let Momentos keep anything on this device',
  );
});

test('a failing write shows the reason instead of "saved"', async ({ page }) => {
  await createWorkshopEs(page, { organisation: 'Almacén Lleno' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ }).fill('Mayoristas');
  await expect(page.getByRole('status', { name: 'Estado del guardado' })).toContainText(
    'No se pudo guardar: el almacenamiento del navegador está lleno',
  );
  await expect(page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ })).toHaveValue(
    'Mayoristas',
  );
});

test('"Saved at" appears only after a real change: opening and moving between steps changes nothing', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Hotel Sur' });
  const status = page.getByRole('status', { name: 'Estado del guardado' });
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await expect(status).toHaveText('Sin cambios');
  for (const step of [/^Clientes \d/, /^Clientes internos/, /^Momentos/, /^Resultados/]) {
    await steps.getByRole('link', { name: step }).click();
    await expect(page.locator('main h1')).toBeFocused();
    await expect(status).toHaveText('Sin cambios');
  }
  await steps.getByRole('link', { name: /^Procesos/ }).click();
  await page.getByRole('radio', { name: '3 Definido' }).first().check();
  await expectSaved(page);
  await expect(status).toContainText('Guardado a las');
});
