// Team mode with a phone's own features: the facilitator scans a participant's QR code with the
// camera (Chromium's fake camera plays a video of the code), and a participant hands back through the
// share sheet (the Web Share API, recorded here as the phone's sheet would receive it).
import { writeFileSync } from 'node:fs';
import { chromium, expect, test, type Page } from '@playwright/test';
import { encode } from 'uqr';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { seedWorkshops } from '../../bench/limits-workshop.js';
import { hotelWorkshop } from '../fixtures/reference-workshops.js';
import { participantCopy } from '../fixtures/team';
import { expectNoAxeViolations } from './support';

const WIDTH = 640;
const HEIGHT = 480;

/** A few frames of a QR code holding `text`, black on white, as a Y4M video for the fake camera. */
function qrVideo(text: string, path: string): void {
  const qr = encode(text, { ecc: 'L', border: 4 });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / qr.size);
  const left = Math.floor((WIDTH - qr.size * scale) / 2);
  const top = Math.floor((HEIGHT - qr.size * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < qr.size * scale; y++)
    for (let x = 0; x < qr.size * scale; x++)
      if (qr.data[Math.floor(y / scale)]![Math.floor(x / scale)])
        luma[(top + y) * WIDTH + left + x] = 16;
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
      ...Array<Buffer>(10).fill(frame),
    ]),
  );
}

async function handBackLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Devolver mis respuestas' }).click();
  const dialog = page.getByRole('dialog', { name: 'Devolver tus respuestas' });
  const link = await dialog
    .getByRole('textbox', { name: 'Enlace con tus respuestas' })
    .inputValue();
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
  return link;
}

test('the facilitator scans a participant’s QR code with the camera, and the answers are in', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const video = test.info().outputPath('camera.y4m');
  // The facilitator's laptop: a browser whose camera plays the video written below.
  const laptop = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await laptop.newContext({ baseURL, locale: 'es-ES', serviceWorkers: 'block' });
    await context.grantPermissions(['camera']);
    const facilitator = await context.newPage();
    await facilitator.goto('./');
    await facilitator.getByLabel('Organización').fill('Hotel Mirador');
    await facilitator.getByRole('button', { name: 'Crear taller' }).click();
    await facilitator.getByRole('link', { name: 'Respuestas del equipo' }).click();
    await facilitator.getByRole('button', { name: 'Abrir para respuestas individuales' }).click();
    const setupLink = await facilitator
      .getByRole('textbox', { name: 'Enlace para participantes' })
      .inputValue();

    // The participant's phone (this test's own browser).
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(setupLink);
    await page.getByRole('textbox', { name: /^Tu nombre/ }).fill('Lucía');
    await page.getByRole('button', { name: 'Empezar a responder' }).click();
    await page
      .getByRole('navigation', { name: 'Pasos del taller' })
      .getByRole('link', { name: /^Clientes \d/ })
      .click();
    await page.getByRole('radiogroup').first().getByRole('radio', { name: '3 Definido' }).check();
    qrVideo(await handBackLink(page), video);

    await facilitator.getByRole('button', { name: 'Escanear códigos QR' }).click();
    const scanner = facilitator.getByRole('dialog', { name: 'Escanear respuestas' });
    await expect(scanner.getByRole('status')).toHaveText('Lucía: respuestas añadidas.', {
      timeout: 20_000,
    });
    // The same code still in front of the camera is not taken twice.
    await facilitator.waitForTimeout(1000);
    await expect(scanner.getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(facilitator);
    await scanner.getByRole('button', { name: 'Hecho' }).click();
    await expect(scanner).toBeHidden();
    await expect(
      facilitator
        .getByRole('table', { name: 'Participantes que han devuelto sus respuestas' })
        .getByRole('rowheader'),
    ).toHaveText(['Lucía']);
  } finally {
    await laptop.close();
  }
});

test('a participant hands back through the phone’s share sheet, as a link or as the file', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const shared: { url?: string; files?: string[] }[] = [];
    Object.assign(window, { __shared: shared });
    Object.assign(navigator, {
      canShare: (data: ShareData) => Boolean(data.files?.length),
      share: (data: ShareData) => {
        shared.push({ url: data.url, files: data.files?.map((file) => file.name) });
        return Promise.resolve();
      },
    });
  });
  const copy = participantCopy(hotelWorkshop(), 'shared-copy');
  await seedWorkshops(page, baseURL ?? '', [copy]);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`./#/w/${copy.id}/intro`);
  await page.getByRole('button', { name: 'Devolver mis respuestas' }).click();
  const dialog = page.getByRole('dialog', { name: 'Devolver tus respuestas' });
  await dialog.getByRole('button', { name: 'Compartir…' }).click();
  await dialog.getByRole('button', { name: 'Compartir el archivo…' }).click();
  const shared = await page.evaluate(
    () => (window as unknown as { __shared: { url?: string; files?: string[] }[] }).__shared,
  );
  expect(shared).toHaveLength(2);
  expect(shared[0]?.url).toContain('#/return/a1.');
  expect(shared[1]?.files).toEqual(['ana.momentos.json']);
});
