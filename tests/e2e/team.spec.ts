// Team mode end to end: five participants answer on phones in their own browsers and hand back their
// answers by link (three) and by file (two); the facilitator merges them, reveals the results, and
// starts the consensus from the medians. Expected values are computed here from the answers given.
import { execFileSync } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createWorkshopEs, expectNoAxeViolations, expectSaved } from './support';

const LEVEL = ['1 No existe', '2 Ocasional', '3 Definido', '4 Gestionado y medido', '5 Integrado'];
const DONT_KNOW = 'No lo sabemos';
type Answer = number | 'dk';

/** Each participant's answers to the first three statements of "Clientes". */
const PARTICIPANTS: { name: string; answers: Answer[]; by: 'link' | 'file' }[] = [
  { name: 'Ana', answers: [5, 4, 2], by: 'link' },
  { name: 'Luis', answers: [4, 4, 3], by: 'link' },
  { name: '', answers: [1, 4, 'dk'], by: 'link' },
  { name: 'Marta', answers: [5, 4, 4], by: 'file' },
  { name: 'Pedro', answers: [3, 4, 2], by: 'file' },
];

const steps = (page: Page) => page.getByRole('navigation', { name: 'Pasos del taller' });
const es = (value: number) =>
  new Intl.NumberFormat('es', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const sd = (values: number[]) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
const levels = (statement: number) =>
  PARTICIPANTS.map((p) => p.answers[statement]).filter((a): a is number => typeof a === 'number');

async function participantAnswers(
  browser: Browser,
  setupLink: string,
  participant: (typeof PARTICIPANTS)[number],
): Promise<string> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'es-ES',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(setupLink);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Unirse al taller de Hotel Mirador' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: /^Tu nombre/ }).fill(participant.name);
  await page.getByRole('button', { name: 'Empezar a responder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
  await steps(page)
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  const groups = page.getByRole('radiogroup');
  for (const [index, answer] of participant.answers.entries())
    await groups
      .nth(index)
      .getByRole('radio', { name: answer === 'dk' ? DONT_KNOW : LEVEL[answer - 1]! })
      .check();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Devolver mis respuestas' }).click();
  const dialog = page.getByRole('dialog', { name: 'Devolver tus respuestas' });
  await expect(
    dialog.getByRole('img', { name: 'Código QR del enlace con tus respuestas' }),
  ).toBeVisible();
  let handed: string;
  if (participant.by === 'link') {
    handed = await dialog.getByRole('textbox', { name: 'Enlace con tus respuestas' }).inputValue();
    expect(handed).toContain('#/return/');
    expect(handed.length).toBeLessThanOrEqual(2000);
  } else {
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Descargar el archivo' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.momentos\.json$/);
    handed = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(handed);
  }
  await expectNoAxeViolations(page);
  await context.close();
  return handed;
}

test('five participants answer on their phones; the facilitator merges, reveals and starts the consensus', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  await page.getByRole('link', { name: 'Respuestas del equipo' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Respuestas del equipo' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Abrir para respuestas individuales' }).click();
  const setupLink = await page
    .getByRole('textbox', { name: 'Enlace para participantes' })
    .inputValue();
  expect(setupLink).toContain('#/join/');
  await expect(
    page.getByRole('img', { name: 'Código QR del enlace para participantes de Hotel Mirador' }),
  ).toBeVisible();
  await expect(page.getByText(/^Código del taller: [2-9A-Z]{6}$/)).toBeVisible();
  await expectNoAxeViolations(page);

  const handed: string[] = [];
  for (const participant of PARTICIPANTS)
    handed.push(await participantAnswers(browser, setupLink, participant));

  // Three links pasted at once, then two files picked at once.
  await page
    .getByRole('textbox', { name: 'Enlaces con respuestas' })
    .fill(handed.slice(0, 3).join('\n'));
  await page.getByRole('button', { name: 'Añadir las respuestas de estos enlaces' }).click();
  const status = page.getByRole('region', { name: 'Recibir respuestas' }).getByRole('status');
  await expect(status.getByRole('listitem')).toHaveText([
    'Ana: respuestas añadidas.',
    'Luis: respuestas añadidas.',
    'Participante 3: respuestas añadidas.',
  ]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Elegir archivos de respuestas' }).click();
  await (await chooser).setFiles(handed.slice(3));
  await expect(status.getByRole('listitem')).toHaveText([
    'Marta: respuestas añadidas.',
    'Pedro: respuestas añadidas.',
  ]);
  const people = page.getByRole('table', { name: 'Participantes que han devuelto sus respuestas' });
  await expect(people.getByRole('rowheader')).toHaveText([
    'Ana',
    'Luis',
    'Participante 3',
    'Marta',
    'Pedro',
  ]);

  // The results stay hidden until revealed.
  await expect(page.getByText(/Han respondido 5 participantes\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hablar primero de' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mostrar los resultados' }).click();

  // Discuss first: every statement with disagreement, largest standard deviation first.
  const statements = [0, 1, 2].map((i) => ({ i, values: levels(i) }));
  const disagreements = statements
    .filter((s) => sd(s.values) > 0)
    .sort((a, b) => sd(b.values) - sd(a.values));
  const discuss = page.getByRole('region', { name: 'Hablar primero de' }).getByRole('listitem');
  await expect(discuss).toHaveCount(disagreements.length);
  for (const [rank, s] of disagreements.entries())
    await expect(discuss.nth(rank)).toContainText(
      `DE ${es(sd(s.values))} · rango ${Math.min(...s.values)}–${Math.max(...s.values)} · ${s.values.length} respuestas`,
    );

  // Distribution of the answers per statement, as counts.
  const customers = page.getByRole('table', { name: /^Clientes: cuántos participantes/ });
  for (const s of statements) {
    const row = customers.getByRole('row').nth(s.i + 1);
    const counts = [1, 2, 3, 4, 5].map((level) =>
      String(s.values.filter((v) => v === level).length),
    );
    const dk = PARTICIPANTS.filter((p) => p.answers[s.i] === 'dk').length;
    await expect(row.getByRole('cell')).toHaveText([
      ...counts,
      String(dk),
      '0',
      es(median(s.values)),
    ]);
  }

  // Each area: statistics over the participants' own area scores.
  const areaScores = PARTICIPANTS.map((p) => levels0(p.answers)).map((v) => mean(v));
  const areas = page.getByRole('table', {
    name: 'La puntuación de cada área por participante, combinada',
  });
  // The first area, Clientes, is the first row under the header.
  await expect(areas.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '5',
    es(mean(areaScores)),
    es(median(areaScores)),
    es(sd(areaScores)),
    `${es(Math.min(...areaScores))}–${es(Math.max(...areaScores))}`,
  ]);
  await expectNoAxeViolations(page);

  // The consensus starts from each median, halves rounded down.
  await page.getByRole('button', { name: 'Empezar el consenso' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
  await expect(page.getByText('Hotel Mirador — consenso')).toBeVisible();
  await steps(page)
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  const groups = page.getByRole('radiogroup');
  for (const s of statements)
    await expect(
      groups.nth(s.i).getByRole('radio', { name: LEVEL[Math.ceil(median(s.values) - 0.5) - 1]! }),
    ).toBeChecked();

  // The consensus keeps the merged answers: its team screen shows them, and so does its report.
  await page.getByRole('link', { name: 'Respuestas del equipo' }).click();
  await expect(
    page.getByText(/Guarda las respuestas individuales de 5 participantes/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Empezar el consenso' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Quitar a/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await steps(page)
    .getByRole('link', { name: /^Resultados/ })
    .click();
  await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: 'Exportar el informe' })
    .getByRole('button', { name: 'Crear PDF' })
    .click();
  const pdfPath = await (await downloading).path();
  const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])
    .toString('utf8')
    .replace(/\s+/g, ' ');
  // Three images: the radar on the cover and beside the summary, and the team's band radar.
  const images = execFileSync('pdfimages', ['-list', pdfPath]).toString('utf8');
  expect(images.trim().split('\n').slice(2)).toHaveLength(3);
  expect(pdf).toContain('Las respuestas individuales del equipo');
  expect(pdf).toContain('5 participantes respondieron por su cuenta');
  expect(pdf).toContain(
    `Clientes 5 ${es(mean(areaScores))} ${es(median(areaScores))} ${es(sd(areaScores))}`,
  );
  const top = disagreements[0]!.values;
  const topCounts = [1, 2, 3, 4, 5].map(
    (level) => `${level}: ${top.filter((v) => v === level).length}`,
  );
  expect(pdf).toContain(topCounts.join(' · '));
});

/** A participant's 1-5 answers, "don't know" left out. */
function levels0(answers: Answer[]): number[] {
  return answers.filter((a): a is number => typeof a === 'number');
}

/** One character of a link's body changed, as a chat app or a hand might garble it. */
function tampered(link: string): string {
  const at = link.indexOf('#/return/a1.') + 20;
  const swap = link[at] === 'A' ? 'B' : 'A';
  return `${link.slice(0, at)}${swap}${link.slice(at + 1)}`;
}

test('broken, foreign and repeated answers get a clear message each, and nothing received is lost', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Organisation').fill('Hotel Mirador');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('link', { name: 'Team answers' }).click();
  await page.getByRole('checkbox', { name: 'Participants must give their name' }).check();
  await page.getByRole('button', { name: 'Open for individual answers' }).click();
  const setupLink = await page.getByRole('textbox', { name: 'Link for participants' }).inputValue();

  // A participant in English: the name is required; answers once, then changes an answer.
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'en-GB',
  });
  const phone = await context.newPage();
  await phone.goto(setupLink);
  await expect(
    phone.getByRole('heading', { level: 1, name: 'Join the workshop of Hotel Mirador' }),
  ).toBeVisible();
  await phone.getByRole('button', { name: 'Start answering' }).click();
  await expect(phone.getByRole('alert')).toHaveText('The facilitator asks for your name.');
  await phone.getByRole('textbox', { name: 'Your name' }).fill('Ann');
  await phone.getByRole('button', { name: 'Start answering' }).click();
  await phone
    .getByRole('navigation', { name: 'Workshop steps' })
    .getByRole('link', { name: /^Customers \d/ })
    .click();
  const first = phone.getByRole('radiogroup').first();
  const handBack = async () => {
    await phone.getByRole('button', { name: 'Hand back my answers' }).click();
    const dialog = phone.getByRole('dialog', { name: 'Hand back your answers' });
    const link = await dialog.getByRole('textbox', { name: 'Link with your answers' }).inputValue();
    await dialog.getByRole('button', { name: 'Close' }).click();
    return link;
  };
  await first.getByRole('radio', { name: /^2 / }).check();
  const older = await handBack();
  await first.getByRole('radio', { name: /^4 / }).check();
  const newer = await handBack();

  // A broken setup link on the phone says so, and offers the way home.
  await phone.goto(setupLink.replace(/#\/join\/.*/, '#/join/s1.broken.00000000'));
  await expect(
    phone.getByRole('heading', { level: 1, name: 'This link does not open a workshop' }),
  ).toBeVisible();
  await expect(phone.getByText(/^This invitation link cannot be used: /)).toBeVisible();
  // Answers opened on a device without their workshop say where to open them.
  await phone.goto(newer);
  await expect(phone.getByText(/that is not on this device/)).toBeVisible();
  await context.close();

  const links = page.getByRole('textbox', { name: 'Links with answers' });
  const add = page.getByRole('button', { name: 'Add the answers from these links' });
  const lines = page.getByRole('region', { name: 'Receive answers' }).getByRole('listitem');
  await links.fill(
    [
      older,
      tampered(older),
      older.slice(0, older.length - 30),
      'https://example.org/#/return/zz.abc.def',
    ].join('\n'),
  );
  await add.click();
  await expect(lines).toHaveText([
    'Ann: answers added.',
    'Link 2: it was changed after it was made (its checksum does not match). Ask for it again.',
    'Link 3: it is cut short. Ask for it again, or for the file instead.',
    'Link 4: it is not a Momentos answers link or file.',
  ]);
  await links.fill(newer);
  await add.click();
  await expect(lines).toHaveText(['Ann: sent again; the newest answers replace the earlier ones.']);
  const people = page.getByRole('table', { name: 'Participants who handed back their answers' });
  await expect(people.getByRole('rowheader')).toHaveText(['Ann']);
  // A file that is not answers is named in its message; the answers already in stay.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Pick answer files' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'notes.momentos.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"x":1}'),
  });
  await expect(lines).toHaveText([
    'File “notes.momentos.json”: it is not a Momentos answers link or file.',
  ]);
  await expect(people.getByRole('rowheader')).toHaveText(['Ann']);
  // The newer answers are the ones merged: 4 for the first statement.
  await page.getByRole('button', { name: 'Reveal the results' }).click();
  const customers = page.getByRole('table', { name: /^Customers: how many participants/ });
  await expect(customers.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '0',
    '0',
    '0',
    '1',
    '0',
    '0',
    '0',
    '4.0',
  ]);
  await expectNoAxeViolations(page);
});
