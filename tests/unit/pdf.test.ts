// The PDF report built in Node exactly as in the browser (minus the radar image), read back with pdfjs.
import { jsPDF } from 'jspdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openActionCount } from '../../src/domain/action-plan';
import { criticalMoments } from '../../src/domain/moment-gaps';
import { toFindOut } from '../../src/domain/scoring';
import { AREAS, DONT_KNOW } from '../../src/domain/question-bank';
import type { Workshop } from '../../src/domain/workshop';
import { MISSING_GLYPH, PAGE_BOX, buildPdf } from '../../src/report/pdf-layout';
import { buildReport, nextReview } from '../../src/report/report-model';
import {
  EMOJI_TEXT,
  TRICKY,
  builtFonts,
  formatter,
  richWorkshop,
  translator,
} from '../fixtures/report';
import { makeCustomerType, makeMoment, makeWorkshop } from '../fixtures/workshops';
import { clinicWorkshop, hotelWorkshop } from '../fixtures/reference-workshops.js';
import { addAction, updateAction } from '../../src/domain/action-plan';

const MM = 72 / 25.4;

interface Page {
  text: string;
  items: { str: string; x: number; y: number; width: number }[];
}

async function read(bytes: ArrayBuffer): Promise<Page[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes.slice(0)), useSystemFonts: false })
    .promise;
  const pages: Page[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
            },
          ]
        : [],
    );
    pages.push({ text: items.map((i) => i.str).join(' '), items });
  }
  return pages;
}

/** Text compared without whitespace: wrapping turns spaces into line breaks and cuts long words. */
const squash = (text: string) => text.replace(/\s+/g, '');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

async function build(workshop: Workshop, lang: 'es' | 'en') {
  const t = translator(lang);
  const report = buildReport(workshop, t, formatter(lang), lang);
  return buildPdf(
    jsPDF,
    await builtFonts(),
    report,
    { radar: null },
    t('report.generatedBy', { app: t('app.name') }),
  );
}

describe.each(['es', 'en'] as const)('the PDF report in %s', (lang) => {
  const t = translator(lang);
  const workshop = deepFreeze(richWorkshop());
  let bytes: ArrayBuffer;
  let pages: Page[];
  let all: string;

  beforeAll(async () => {
    bytes = await build(workshop, lang);
    pages = await read(bytes);
    all = squash(pages.map((p) => p.text).join(' '));
  });

  it('is a compressed PDF well under 250 kB with its title, creator and language', () => {
    const head = Buffer.from(bytes).toString('latin1');
    expect(head.startsWith('%PDF-')).toBe(true);
    expect(bytes.byteLength).toBeLessThan(250_000);
    expect(head).toContain('/FlateDecode');
    expect(head).toContain(`/Lang (${lang})`);
    expect(head).toContain('/Creator (Momentos)');
  });

  it('has a cover with the score, a summary, the areas flowing in order and a method page, numbered "X of Y"', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    pages.forEach((page, i) => {
      expect(squash(page.text)).toContain(
        squash(t('report.pageOf', { page: i + 1, pages: pages.length })),
      );
      expect(squash(page.text)).toContain(squash(workshop.meta.organisation));
    });
    const report = buildReport(workshop, t, formatter(lang), lang);
    const cover = squash(pages[0]!.text);
    expect(cover).toContain(squash(report.cover.score));
    expect(report.cover.score).toMatch(/\d[,.]\d/);
    // The bank in words on the cover; its technical id only in the colophon of the method page.
    expect(cover).toContain(squash(t('report.bankName.v2')));
    expect(cover).not.toContain('momentos-cx');
    expect(squash(pages[1]!.text)).toContain(squash(t('report.summaryHeading')));
    // No forced page per area: the six area headings come in order, several to a page.
    const at = AREAS.map((area) =>
      pages.findIndex((p, n) => n > 1 && squash(p.text).includes(squash(t(area.titleKey)))),
    );
    expect(at.every((n, i) => n >= 2 && (i === 0 || n >= at[i - 1]!))).toBe(true);
    expect(new Set(at).size).toBeLessThan(AREAS.length);
    const last = squash(pages.at(-1)!.text);
    expect(last).toContain(squash(t('report.method.heading')));
    expect(last).toContain('momentos-cxv2');
  });

  it('prints every statement with its answer, and every reflection with the team’s words', () => {
    for (const area of AREAS) {
      for (const statement of area.statements) expect(all).toContain(squash(t(statement.textKey)));
      for (const prompt of area.prompts) {
        expect(all).toContain(squash(t(prompt.textKey)));
        const answer = (workshop.prompts[prompt.id] ?? '').replace('😀', MISSING_GLYPH);
        expect(all).toContain(squash(answer));
      }
    }
    expect(all).toContain(squash(`5 · ${t('scale.5.label')}`));
    expect(all).toContain(squash(t('scale.dontKnow.label')));
  });

  it('prints every tricky string exactly, and a placeholder for what the font lacks', () => {
    for (const text of TRICKY) expect(all).toContain(squash(text));
    expect(all).toContain(squash(EMOJI_TEXT.replace('😀', MISSING_GLYPH)));
    expect(all).not.toContain('😀');
  });

  it('prints a decomposed accent (as pasted from macOS) as the composed letter', async () => {
    // Stored before the app composed text on input: the reader keeps it as it is.
    const decomposed = { ...richWorkshop(), title: 'Cafe\u0301 Olé' };
    decomposed.meta = { ...decomposed.meta, organisation: 'Cafe\u0301 Sol' };
    const text = (await read(await build(decomposed, lang))).map((p) => p.text).join(' ');
    expect(text).toContain('Café Sol');
    expect(text).not.toContain(`Cafe${MISSING_GLYPH}`);
  });

  it('lists the customer types, all 20 moments and all 10 actions', () => {
    for (const type of workshop.customerTypes) expect(all).toContain(squash(type.name));
    for (const moment of workshop.moments) expect(all).toContain(squash(moment.name));
    for (const action of workshop.actions) expect(all).toContain(squash(action.text));
    expect(all).toContain(squash(t('results.actions.statuses.inProgress')));
  });

  it('keeps every piece of text inside the page margins, long words included', () => {
    const left = PAGE_BOX.left * MM - 0.5;
    const right = PAGE_BOX.right * MM + 0.5;
    const outside = pages.flatMap((page, n) =>
      page.items
        .filter((item) => item.str.trim() && (item.x < left || item.x + item.width > right))
        .map((item) => `page ${n + 1}: ${item.str}`),
    );
    expect(outside).toEqual([]);
  });

  it('leaves the workshop exactly as it was', () => {
    expect(workshop).toEqual(richWorkshop());
  });
});

describe('page breaks', () => {
  const t = translator('es');
  /** 40 long actions: the action plan runs over several pages. */
  function longPlan(): Workshop {
    const workshop = richWorkshop();
    const actions = Array.from({ length: 40 }, (_, i) => ({
      ...workshop.actions[1]!,
      id: `long${i}`,
      text: `Acción larga ${i + 1}: ${'revisar con el equipo cada paso del proceso de acogida '.repeat(3)}`,
    }));
    return { ...workshop, actions };
  }

  it('repeats the table header on every page a table runs over', async () => {
    const pages = await read(await build(longPlan(), 'es'));
    const withActions = pages.filter((p) => p.items.some((i) => i.str.startsWith('Acción larga')));
    expect(withActions.length).toBeGreaterThan(1);
    for (const page of withActions) {
      const header = page.items.findIndex((i) => i.str === t('report.due'));
      const firstRow = page.items.findIndex((i) => i.str.startsWith('Acción larga'));
      expect(header).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(firstRow);
    }
  });

  it('never leaves a heading last on a page', async () => {
    // Many customer types of different lengths: their headings land at every height of a page.
    const base = longPlan();
    const workshop: Workshop = {
      ...base,
      customerTypes: Array.from({ length: 36 }, (_, i) =>
        makeCustomerType(`t${i}`, {
          name: `Tipo de cliente ${i + 1}`,
          expectations: 'Que les atiendan bien. '.repeat(1 + (i % 7) * 3),
        }),
      ),
    };
    const report = buildReport(workshop, t, formatter('es'), 'es');
    const headings = new Set(
      report.blocks.flatMap((b) => (b.kind === 'heading' ? [squash(b.text)] : [])),
    );
    const pages = await read(await build(workshop, 'es'));
    pages.forEach((page, n) => {
      // The lowest line above the footer (PDF y grows upwards; the footer sits below 20 mm).
      const body = page.items.filter((i) => i.y > 20 * MM);
      const last = body.reduce((low, i) => (i.y < low.y ? i : low), body[0]!);
      expect(headings.has(squash(last.str)), `page ${n + 1} ends with "${last.str}"`).toBe(false);
    });
  });
});

describe('headings stay with what they introduce (issue 14)', () => {
  it.each([
    ['es', hotelWorkshop()],
    ['en', clinicWorkshop()],
  ] as const)(
    'never ends a page with a heading or an area score line, in the %s reference workshop',
    async (lang, workshop) => {
      const blocks = buildReport(workshop, translator(lang), formatter(lang), lang).blocks;
      // Headings, and the score line that follows an area's title.
      const introductions = new Set(
        blocks.flatMap((b, i) =>
          b.kind === 'heading'
            ? [squash(b.text)]
            : b.kind === 'paragraph' && blocks[i - 1]?.kind === 'heading'
              ? [squash(b.text)]
              : [],
        ),
      );
      const pages = await read(await build(workshop, lang));
      pages.forEach((page, n) => {
        const body = page.items.filter((i) => i.y > 20 * MM);
        const lowest = Math.min(...body.map((i) => i.y));
        const last = squash(
          body
            .filter((i) => i.y === lowest)
            .map((i) => i.str)
            .join(''),
        );
        expect(introductions.has(last), `page ${n + 1} ends with "${last}"`).toBe(false);
      });
    },
  );
});

describe('the report model says what the results screen says (issue 13)', () => {
  const texts = (workshop: Workshop, lang: 'es' | 'en') =>
    buildReport(workshop, translator(lang), formatter(lang), lang).blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : [],
    );
  // Two areas, each on one statement of five: low, provisional, and no strength among them.
  const weak = {
    ...makeWorkshop(),
    ratings: { 'customers.segments': 2, 'moments.mapped': 1, 'leadership.topDriven': 1 },
  } as Workshop;

  it.each(['es', 'en'] as const)(
    'in %s, says there is no clear strength and that it is provisional',
    (lang) => {
      const t = translator(lang);
      const said = texts(weak, lang);
      expect(said).toContain(t('results.strengthsNone'));
      expect(said).toContain(t('results.provisionalNote'));
      expect(
        said.some((text) =>
          text.includes(t('results.table.provisionalLevel', { level: t('scale.2.label') })),
        ),
      ).toBe(true);
    },
  );
});

describe('moments in the report read as words, not bare numbers (issue 13)', () => {
  it.each([
    [
      'es',
      'Importancia para el cliente: Decisiva (5) · Expectativa del cliente: Espera mucho (4) · Promesa de marca: Prometido con claridad (4) · Entregado hoy: Por debajo (2)',
    ],
    [
      'en',
      'Importance to the customer: Decisive (5) · Customer’s expectation: Expects a lot (4) · Brand promise: Clearly promised (4) · Delivered today: Below (2)',
    ],
  ] as const)('in %s', (lang, expected) => {
    const workshop = {
      ...makeWorkshop(),
      moments: [
        {
          id: 'm1',
          name: 'Check-in',
          allCustomers: true,
          customerTypeIds: [],
          channel: 'inPerson',
          importance: 5,
          expectation: 4,
          promise: 4,
          delivered: 2,
          owner: '',
          note: '',
        },
      ],
    } as Workshop;
    const report = buildReport(workshop, translator(lang), formatter(lang), lang);
    const rows = report.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    const row = rows.find((r) => r.includes('Check-in'));
    expect(row).toContain(expected);
  });
});

describe('the report lists where we shine (issue 13)', () => {
  it.each([
    ['es', 'Donde brillamos', 'Bienvenida: entregado 5 donde el cliente espera 2: 3 por encima'],
    ['en', 'Where we shine', 'Bienvenida: delivered 5 where customers expect 2: 3 above'],
  ] as const)('in %s', (lang, heading, item) => {
    const moment = {
      id: 'm1',
      name: 'Bienvenida',
      allCustomers: true,
      customerTypeIds: [],
      channel: 'inPerson',
      importance: 3,
      expectation: 2,
      promise: null,
      delivered: 5,
      owner: '',
      note: '',
    } as const;
    const workshop = {
      ...makeWorkshop(),
      moments: [{ ...moment, customerTypeIds: [] }],
    } as Workshop;
    const blocks = buildReport(workshop, translator(lang), formatter(lang), lang).blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
    expect(at).toBeGreaterThan(-1);
    expect(blocks[at + 1]).toEqual({ kind: 'list', items: [item] });
  });
});

describe("the report re-words the app's drafts, never the team's words (issue 13)", () => {
  // Drafted in Spanish; the second action's text was then rewritten by the team.
  const es = translator('es');
  const workshop = (): Workshop => {
    const base = { ...makeWorkshop(), moments: [makeMoment('m1', { name: 'Check-in' })] };
    const drafted = addAction(
      base,
      {
        text: es('advice.customers.voice.early'),
        measure: es('advice.customers.voice.measure'),
        areaId: 'customers',
        statementId: 'customers.voice',
        draftKind: 'early',
      },
      'a1',
      new Date(),
    );
    if (!drafted.ok) throw new Error(drafted.error);
    const moment = addAction(
      drafted.workshop,
      {
        text: es('advice.moment.text', { moment: 'Check-in' }),
        measure: es('advice.moment.measure', { moment: 'Check-in' }),
        momentId: 'm1',
        draftKind: 'moment',
      },
      'a2',
      new Date(),
    );
    if (!moment.ok) throw new Error(moment.error);
    return updateAction(moment.workshop, 'a2', { text: 'Nuestro propio texto' }, new Date());
  };
  const actionRows = (lang: 'es' | 'en') => {
    const t = translator(lang);
    const blocks = buildReport(workshop(), t, formatter(lang), lang).blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === t('report.actionPlan'));
    const table = blocks.slice(at).find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no action table');
    return table.rows;
  };

  it('prints a draft in English when exported in English, with its measure', () => {
    const en = translator('en');
    const [first, second] = actionRows('en');
    expect(first?.[0]).toBe(en('advice.customers.voice.early'));
    expect(first?.[2]).toBe(en('advice.customers.voice.measure'));
    expect(first?.[0]).not.toBe(es('advice.customers.voice.early'));
    // The team's own text as typed; the measure they did not touch follows the language.
    expect(second?.[0]).toBe('Nuestro propio texto');
    expect(second?.[2]).toBe(en('advice.moment.measure', { moment: 'Check-in' }));
  });

  it('prints the same drafts in Spanish when exported in Spanish, with the statement they address', () => {
    const [first] = actionRows('es');
    expect(first?.[0]).toBe(es('advice.customers.voice.early'));
    expect(first?.[1]).toContain(es('area.customers.statement.voice'));
  });
});

describe("the report lists what to find out and the team's comments (issue 13)", () => {
  it.each(['es', 'en'] as const)('in %s', (lang) => {
    const t = translator(lang);
    const workshop: Workshop = {
      ...makeWorkshop(),
      ratings: {
        'customers.voice': 'dontKnow',
        'processes.optOut': 'notApplicable',
        'customers.segments': 3,
      },
      comments: { 'customers.segments': 'Solo los de la web' },
    };
    const blocks = buildReport(workshop, t, formatter(lang), lang).blocks;
    const at = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === t('results.findOut.heading'),
    );
    expect(blocks[at + 1]).toEqual({
      kind: 'list',
      items: [`${t('area.customers.title')}: ${t('area.customers.statement.voice')}`],
    });
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    const rowOf = (key: string) => (b: (typeof tables)[number]) =>
      b.rows.some((r) => r[0] === t(key));
    const customers = tables.find(rowOf('area.customers.statement.segments'));
    expect(customers?.header).toEqual([
      t('report.statement'),
      t('report.answer'),
      t('report.comment'),
    ]);
    expect(customers?.rows[0]).toEqual([
      t('area.customers.statement.segments'),
      `3 · ${t('scale.3.label')}`,
      'Solo los de la web',
    ]);
    // No comment in this area: no comment column; "does not apply" in words.
    const processes = tables.find(rowOf('area.processes.statement.optOut'));
    expect(processes?.header).toHaveLength(2);
    expect(processes?.rows.find((r) => r[0] === t('area.processes.statement.optOut'))?.[1]).toBe(
      t('scale.notApplicable.label'),
    );
  });
});

describe('the report as a deliverable (issue 14)', () => {
  it.each(['es', 'en'] as const)(
    'summarises the six areas in a table with the radar beside it, in %s',
    (lang) => {
      const t = translator(lang);
      const workshop = richWorkshop();
      const report = buildReport(workshop, t, formatter(lang), lang);
      const summaryEnd = report.blocks.findIndex((b) => b.kind === 'pageBreak');
      const scores = report.blocks.slice(0, summaryEnd).find((b) => b.kind === 'scores');
      if (scores?.kind !== 'scores') throw new Error('no score table in the summary');
      expect(scores.table.header[0]).toBe(t('results.table.area'));
      expect(scores.table.rows.map((r) => r[0])).toEqual(AREAS.map((a) => t(a.titleKey)));
      for (const row of scores.table.rows) expect(row[1]).toMatch(/^\d[,.]\d · \d+\s?%$/);
      // The radar's text alternative gives every area's score.
      for (const row of scores.table.rows) expect(scores.radar?.description).toContain(row[0]);
    },
  );

  it.each(['es', 'en'] as const)(
    'has every part of the executive summary on one page, the gap chart included, in %s',
    async (lang) => {
      const t = translator(lang);
      const workshop = richWorkshop();
      const report = buildReport(workshop, t, formatter(lang), lang);
      const summary = report.blocks.slice(
        0,
        report.blocks.findIndex((b) => b.kind === 'pageBreak'),
      );
      const headings = summary.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
      expect(headings).toEqual([
        t('report.summaryHeading'),
        t('report.strengths'),
        t('report.priorities'),
        t('report.criticalMoments'),
        t('results.findOut.heading'),
        t('inventory.moments.shineHeading'),
      ]);
      const chart = summary.find((b) => b.kind === 'gapChart');
      if (chart?.kind !== 'gapChart') throw new Error('no gap chart in the summary');
      const critical = criticalMoments(workshop.moments);
      expect(critical.length).toBeGreaterThan(1);
      expect(chart.rows).toEqual(
        critical.map((c) => ({
          label: c.moment.name,
          gap: c.gap,
          value: t('report.gapValue', { gap: c.gap, score: c.criticality }),
        })),
      );
      const open = t('report.openActions', { count: openActionCount(workshop.actions) });
      expect(summary.at(-1)).toEqual({ kind: 'paragraph', text: open });

      const pages = await read(await build(workshop, lang));
      const page2 = squash(pages[1]!.text);
      for (const text of [...headings, open, ...chart.rows.map((r) => r.value)])
        expect(page2).toContain(squash(text));
      expect(squash(pages[2]!.text)).not.toContain(squash(open));
    },
  );

  it('lists at most five things to find out in the summary, then says how many more', () => {
    const t = translator('en');
    const workshop = richWorkshop();
    const ids = AREAS.flatMap((a) => a.statements.map((s) => s.id)).slice(0, 8);
    for (const id of ids) workshop.ratings[id] = DONT_KNOW;
    const blocks = buildReport(workshop, t, formatter('en'), 'en').blocks;
    const at = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === t('results.findOut.heading'),
    );
    const list = blocks[at + 1];
    if (list?.kind !== 'list') throw new Error('no list to find out');
    const unknown = toFindOut(workshop).length;
    expect(unknown).toBeGreaterThanOrEqual(8);
    expect(list.items).toHaveLength(6);
    expect(list.items.at(-1)).toBe(`and ${unknown - 5} more, in the sections below`);
  });

  it('lets area sections flow: one page break before them, none between them', () => {
    const t = translator('es');
    const blocks = buildReport(richWorkshop(), t, formatter('es'), 'es').blocks;
    const first = blocks.findIndex((b) => b.kind === 'heading' && b.text === t(AREAS[0]!.titleKey));
    const last = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === t(AREAS.at(-1)!.titleKey),
    );
    expect(blocks[first - 1]?.kind).toBe('pageBreak');
    expect(blocks.slice(first, last).some((b) => b.kind === 'pageBreak')).toBe(false);
  });

  it.each([
    ['es', '15 ene 2027'],
    ['en', 'Jan 15, 2027'],
  ] as const)('prints due dates in %s short and unbreakable', (lang, expected) => {
    const t = translator(lang);
    const report = buildReport(richWorkshop(), t, formatter(lang), lang);
    const plan = report.blocks.filter((b) => b.kind === 'table').at(-1);
    if (plan?.kind !== 'table') throw new Error('no action plan');
    const dues = plan.rows.map((r) => r[4] ?? '');
    expect(dues).toContain(expected.replace(/ /g, '\u00a0'));
    for (const due of dues) expect(due).not.toMatch(/ /);
  });

  it("prints a moment's note with its name", () => {
    const t = translator('en');
    const workshop = {
      ...makeWorkshop(),
      moments: [makeMoment('m1', { name: 'Check-in', note: 'Queues on Mondays' })],
    };
    const rows = buildReport(workshop, t, formatter('en'), 'en').blocks.flatMap((b) =>
      b.kind === 'table' ? b.rows : [],
    );
    expect(rows.some((r) => r[1] === 'Check-in\nNote: Queues on Mondays')).toBe(true);
  });

  it.each([
    ['2026-11-20', '2027-05-20'],
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-12-02', '2027-06-02'],
  ])('suggests the next review six months after %s: %s', (date, expected) => {
    expect(nextReview(date)).toBe(expected);
  });

  it.each(['es', 'en'] as const)('explains the method and the next review date in %s', (lang) => {
    const t = translator(lang);
    const workshop = richWorkshop();
    const blocks = buildReport(workshop, t, formatter(lang), lang).blocks;
    const at = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === t('report.method.heading'),
    );
    const texts = blocks.slice(at).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts.join(' ')).toContain(t('scale.4.label'));
    expect(texts.join(' ')).toContain(
      t('report.method.nextReview', { date: formatter(lang).date(nextReview(workshop.meta.date)) }),
    );
  });
});
