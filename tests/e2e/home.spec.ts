// The home screen: create with validation, rename, duplicate and delete with confirmation.
import { expect, test } from '@playwright/test';
import { createWorkshopEs, goHome } from './support';

test('an empty or blank organisation gets an inline message and creates nothing', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Organización').fill('   ');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Para crear el taller hace falta el nombre de la organización.',
  );
  await expect(page.getByLabel('Organización')).toBeFocused();
  await expect(page.getByLabel('Organización')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Aún no hay talleres en este dispositivo')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('saved workshops can be renamed, duplicated and deleted after confirming', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Teatro Real', team: 'Taquilla' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await page.getByRole('radio', { name: '4 Gestionado y medido' }).first().check();
  await goHome(page);

  const original = page.getByRole('article', { name: 'Teatro Real — Taquilla' });
  await expect(original).toContainText('Fecha:');
  // One of 52 items (36 statements and 16 prompts): 1 %, rounded down.
  await expect(original).toContainText('1 % completado');

  await original.getByRole('button', { name: 'Renombrar' }).click();
  const rename = page.getByRole('dialog', { name: 'Renombrar taller' });
  await rename.getByLabel('Nuevo nombre').fill('');
  await rename.getByRole('button', { name: 'Guardar nombre' }).click();
  await expect(rename.getByText('El nombre no puede quedar vacío.')).toBeVisible();
  await rename.getByLabel('Nuevo nombre').fill('Taller de taquilla');
  await rename.getByRole('button', { name: 'Guardar nombre' }).click();
  const renamed = page.getByRole('article', { name: 'Taller de taquilla' });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Duplicar' }).click();
  const copy = page.getByRole('article', { name: 'Taller de taquilla (copia)' });
  await expect(copy).toContainText('1 % completado');

  await copy.getByRole('button', { name: 'Eliminar' }).click();
  const confirm = page.getByRole('dialog', { name: '¿Eliminar este taller?' });
  await expect(confirm).toContainText('«Taller de taquilla (copia)»');
  await confirm.getByRole('button', { name: 'Cancelar' }).click();
  await expect(copy).toBeVisible();
  await copy.getByRole('button', { name: 'Eliminar' }).click();
  await confirm.getByRole('button', { name: 'Eliminar definitivamente' }).click();
  await expect(copy).toHaveCount(0);
  await expect(renamed).toBeVisible();

  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Taller de taquilla' })).toBeVisible();
});
