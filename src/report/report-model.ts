// The report as data (pure): a workshop, its scores and a translator in, the PDF's text blocks out,
// in the chosen language. pdf-layout.ts draws them; tests read them without a PDF.
import { openActionCount } from '../domain/action-plan';
import { criticalMoments, gap, MAX_GAP, rankMoments, shiningMoments } from '../domain/moment-gaps';
import { MOMENT_SCALES } from '../domain/moment-labels';
import {
  areasOf,
  isOurBank,
  siteBankTexts,
  bankVersionOf,
  findStatement,
  areaTitleKey,
  levelLabelKey,
} from '../domain/question-bank';
import { priorities, scoreWorkshop, strengths, toFindOut, type AreaScore } from '../domain/scoring';
import type { Workshop } from '../domain/workshop';
import { teamBlocks } from './team-report';
import { compareBlocks } from './compare-report';
import {
  actionWords,
  areaScoreCells,
  momentRatingText,
  overallSentence,
  ratingText,
  shineText,
  type Translate,
} from '../i18n/score-text';

export type { Translate };

export interface ReportFormat {
  /** A 1-5 score with one decimal. */
  score: (value: number) => string;
  /** A YYYY-MM-DD date, spelled out. */
  date: (ymd: string) => string;
  /** A YYYY-MM-DD date in short form that never wraps (table columns). */
  shortDate: (ymd: string) => string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; muted?: boolean }
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'qa'; question: string; answer: string; empty: boolean }
  | TableBlock
  /** The six-area score table with the radar beside it (none while nothing is rated). */
  | { kind: 'scores'; table: TableBlock; radar: { description: string } | null }
  /** Bars of the critical moments' gaps on a 0-`max` scale, each with its words. */
  | { kind: 'gapChart'; max: number; rows: GapRow[] }
  /** Team mode: each area's median of the participants' scores, with the min-max band. */
  | TeamRadarBlock
  /** A follow-up: both workshops' area scores on one radar. */
  | CompareRadarBlock
  | { kind: 'pageBreak' };

export interface CompareRadarBlock {
  kind: 'compareRadar';
  title: string;
  /** Every value in words (the image's text alternative). */
  description: string;
  /** Full area names, in question-bank order. */
  labels: string[];
  before: (number | null)[];
  after: (number | null)[];
  /** Each area's scores as the report writes them ("2.5 → 3.0"). */
  valueTexts: string[];
  beforeLabel: string;
  afterLabel: string;
}

export interface TeamRadarBlock {
  kind: 'teamRadar';
  title: string;
  /** Every value in words (the image's text alternative). */
  description: string;
  /** Full area names, in question-bank order. */
  labels: string[];
  medians: (number | null)[];
  min: (number | null)[];
  max: (number | null)[];
  /** Each median as the report writes it. */
  valueTexts: string[];
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: string[][];
  widths: number[];
}

export interface GapRow {
  label: string;
  gap: number;
  /** The gap and criticality in words ("gap 2, criticality 8"). */
  value: string;
}

/** How many items the one-page summary lists before pointing to the rest of the report. */
export const SUMMARY_LIMIT = 5;

export interface ReportDocument {
  lang: string;
  title: string;
  /** Printed on every page (with "page X of Y"). */
  running: string;
  pageOf: (page: number, pages: number) => string;
  cover: {
    appName: string;
    title: string;
    organisation: string;
    /** The overall score in a sentence, or that there is none yet. */
    score: string;
    /** Set while the overall score covers too little of the diagnosis. */
    provisional: string | null;
    facts: [string, string][];
    /** The host's brand (config.json), on the cover instead of the app's name. */
    brand?: ReportBrand;
  };
  blocks: Block[];
}

/** A host's brand on the cover: its name and its logo as a PNG (pixels, for the aspect ratio). */
export interface ReportBrand {
  name: string | null;
  logo: { data: string; width: number; height: number } | null;
}

/** The report with the host's brand on its cover (its name replaces the app's; the logo above it). */
export function withBrand(report: ReportDocument, brand: ReportBrand | null): ReportDocument {
  if (!brand || (!brand.name && !brand.logo)) return report;
  const appName = brand.name ?? report.cover.appName;
  return { ...report, cover: { ...report.cover, appName, brand } };
}

const areaTitle = (t: Translate, score: AreaScore) => t(score.titleKey);

function scoreText(t: Translate, f: ReportFormat, score: AreaScore): string {
  if (score.mean === null || score.level === null || score.percent === null)
    return t('report.notAnswered');
  const level = t(levelLabelKey(score.level));
  return t('report.scoreLine', {
    score: f.score(score.mean),
    percent: score.percent,
    level: score.provisional ? t('results.table.provisionalLevel', { level }) : level,
  });
}

/** The question bank's name in words, for a client ("Momentos CX diagnosis, 2026 edition"). */
export const bankNameKey = (version: number) => `report.bankName.v${bankVersionOf({ version })}`;

/** The bank in words: ours by its version, a site's own by the name its file gives it. */
const bankName = (t: Translate, bank: Workshop['bank']) =>
  isOurBank(bank) ? t(bankNameKey(bank.version)) : t(`${siteBankTexts(bank)}.name`);

/** The suggested next review: six months after the workshop, as YYYY-MM-DD. */
export function nextReview(ymd: string): string {
  const [y = 1970, m = 1, d = 1] = ymd.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + 6, 1));
  // The same day of the month, or the month's last day (31 August -> 28 or 29 February).
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last));
  return date.toISOString().slice(0, 10);
}

/**
 * The report of a workshop; with `baseline` (a follow-up's, when the user asks for it), a section
 * comparing the two follows the executive summary.
 */
export function buildReport(
  workshop: Workshop,
  t: Translate,
  f: ReportFormat,
  lang: string,
  baseline?: Workshop,
) {
  const scores = scoreWorkshop(workshop);
  const { meta } = workshop;
  const date = f.date(meta.date);
  const overall = scores.overall;
  const blocks: Block[] = [];
  const critical = criticalMoments(workshop.moments);
  const dash = t('report.none');

  // 2. Executive summary
  blocks.push({ kind: 'heading', level: 1, text: t('report.summaryHeading') });
  blocks.push({
    kind: 'paragraph',
    bold: true,
    text: overallSentence(t, overall, f.score) ?? t('report.overallNone'),
  });
  if (overall.provisional)
    blocks.push({ kind: 'paragraph', muted: true, text: t('results.provisionalNote') });
  // The six areas at a glance (score, level and how much of each is answered), the radar beside.
  blocks.push({
    kind: 'scores',
    table: {
      kind: 'table',
      header: [
        t('results.table.area'),
        t('results.table.score'),
        t('results.table.level'),
        t('results.table.completion'),
      ],
      widths: [0.33, 0.22, 0.24, 0.21],
      rows: scores.areas.map((s) => {
        const cells = areaScoreCells(t, f.score, s);
        return [
          areaTitle(t, s),
          cells.value ?? t('results.table.notAnswered'),
          cells.level ?? '–',
          cells.completion,
        ];
      }),
    },
    radar:
      overall.mean === null
        ? null
        : {
            description: scores.areas
              .map((s) => `${areaTitle(t, s)}: ${scoreText(t, f, s)}`)
              .join('; '),
          },
  });
  /** At most SUMMARY_LIMIT items, then a line saying how many more the report holds. */
  const capped = (items: string[]) =>
    items.length > SUMMARY_LIMIT
      ? [
          ...items.slice(0, SUMMARY_LIMIT),
          t('report.summaryMore', { count: items.length - SUMMARY_LIMIT }),
        ]
      : items;
  const listOf = (areas: AreaScore[]) =>
    areas.length > 0 ? areas.map((s) => `${areaTitle(t, s)} — ${scoreText(t, f, s)}`) : [dash];
  blocks.push({ kind: 'heading', level: 3, text: t('report.strengths') });
  const strong = strengths(scores.areas);
  blocks.push({
    kind: 'list',
    items:
      strong.length === 0 && overall.scoredAreas > 1
        ? [t('results.strengthsNone')]
        : listOf(strong),
  });
  blocks.push({ kind: 'heading', level: 3, text: t('report.priorities') });
  blocks.push({ kind: 'list', items: listOf(priorities(scores.areas)) });
  blocks.push({ kind: 'heading', level: 3, text: t('report.criticalMoments') });
  if (critical.length > 0)
    blocks.push({
      kind: 'gapChart',
      max: MAX_GAP,
      rows: critical.map((c) => ({
        label: c.moment.name,
        gap: c.gap,
        value: t('report.gapValue', { gap: c.gap, score: c.criticality }),
      })),
    });
  else blocks.push({ kind: 'list', items: [dash] });
  const unknown = toFindOut(workshop);
  blocks.push({ kind: 'heading', level: 3, text: t('results.findOut.heading') });
  blocks.push({
    kind: 'list',
    items:
      unknown.length > 0
        ? capped(
            unknown.map((q) => {
              const found = findStatement(q.statementId, workshop.bank);
              return `${t(areaTitleKey(q.areaId, workshop.bank))}: ${found ? t(found.statement.textKey) : q.statementId}`;
            }),
          )
        : [t('results.findOut.none')],
  });
  const shining = shiningMoments(workshop.moments);
  blocks.push({ kind: 'heading', level: 3, text: t('inventory.moments.shineHeading') });
  blocks.push({
    kind: 'list',
    items:
      shining.length > 0
        ? capped(shining.map((s) => `${s.moment.name}: ${shineText(t, s)}`))
        : [dash],
  });
  blocks.push({
    kind: 'paragraph',
    text: t('report.openActions', { count: openActionCount(workshop.actions) }),
  });

  // What changed since the baseline, when asked for.
  if (baseline) blocks.push(...compareBlocks(workshop, baseline, t, f));

  // 3. One section per area; they flow one after another (headings are kept with what follows).
  blocks.push({ kind: 'pageBreak' });
  for (const area of areasOf(workshop.bank)) {
    const score = scores.areas.find((s) => s.areaId === area.id);
    blocks.push({ kind: 'heading', level: 1, text: t(area.titleKey) });
    if (score) blocks.push({ kind: 'paragraph', bold: true, text: scoreText(t, f, score) });
    blocks.push({ kind: 'heading', level: 2, text: t('report.statements') });
    // The team's comments get their own column, in the areas where the team wrote any.
    const commented = area.statements.some((s) => workshop.comments[s.id] !== undefined);
    blocks.push({
      kind: 'table',
      header: [
        t('report.statement'),
        t('report.answer'),
        ...(commented ? [t('report.comment')] : []),
      ],
      widths: commented ? [0.5, 0.2, 0.3] : [0.72, 0.28],
      rows: area.statements.map((s) => [
        t(s.textKey),
        ratingText(t, workshop.ratings[s.id]) ?? t('report.unanswered'),
        ...(commented ? [workshop.comments[s.id] ?? ''] : []),
      ]),
    });
    blocks.push({ kind: 'heading', level: 2, text: t('report.reflections') });
    for (const prompt of area.prompts) {
      const answer = (workshop.prompts[prompt.id] ?? '').trim();
      blocks.push({
        kind: 'qa',
        question: t(prompt.textKey),
        answer: answer || t('report.noAnswer'),
        empty: !answer,
      });
    }
  }

  // 4. Customer types and the moments-of-truth map
  blocks.push({ kind: 'heading', level: 1, text: t('report.customerTypes') });
  if (workshop.customerTypes.length === 0)
    blocks.push({ kind: 'paragraph', muted: true, text: dash });
  for (const type of workshop.customerTypes) {
    blocks.push({ kind: 'heading', level: 3, text: type.name });
    blocks.push({
      kind: 'facts',
      rows: [
        [t('report.kind'), t(`inventory.types.kinds.${type.kind}`)],
        [t('report.description'), type.description || dash],
        [t('report.expectations'), type.expectations || dash],
      ],
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: t('report.momentsMap') });
  const ranked = rankMoments(workshop.moments).map((r) => r.moment);
  const ordered = [...ranked, ...workshop.moments.filter((m) => !ranked.includes(m))];
  const typeNames = new Map(workshop.customerTypes.map((c) => [c.id, c.name]));
  if (ordered.length === 0) blocks.push({ kind: 'paragraph', muted: true, text: dash });
  else
    blocks.push({
      kind: 'table',
      header: [
        t('report.customerType'),
        t('report.moment'),
        t('report.channel'),
        t('report.ratingsHeader'),
        t('report.gap'),
        t('report.owner'),
      ],
      widths: [0.15, 0.22, 0.11, 0.26, 0.08, 0.18],
      rows: ordered.map((m) => {
        const g = gap(m);
        return [
          m.allCustomers
            ? t('inventory.moments.allCustomers')
            : m.customerTypeIds.flatMap((id) => typeNames.get(id) ?? []).join(', ') || dash,
          m.note.trim() ? `${m.name}\n${t('report.momentNote', { note: m.note.trim() })}` : m.name,
          t(`inventory.moments.channels.${m.channel}`),
          MOMENT_SCALES.map(
            (scale) =>
              `${t(`inventory.moments.${scale}`)}: ${momentRatingText(t, scale, m[scale])}`,
          ).join(' · '),
          g === null ? '–' : String(g),
          m.owner || dash,
        ];
      }),
    });

  // 5. The action plan
  blocks.push({ kind: 'heading', level: 1, text: t('report.actionPlan') });
  const momentNames = new Map(workshop.moments.map((m) => [m.id, m.name]));
  if (workshop.actions.length === 0) blocks.push({ kind: 'paragraph', muted: true, text: dash });
  else
    blocks.push({
      kind: 'table',
      header: [
        t('report.action'),
        t('report.about'),
        t('report.measure'),
        t('report.owner'),
        t('report.due'),
        t('report.status'),
      ],
      widths: [0.28, 0.18, 0.16, 0.13, 0.14, 0.11],
      rows: workshop.actions.map((a) => {
        const words = actionWords(t, a, workshop.moments);
        const statement = a.statementId ? findStatement(a.statementId, workshop.bank) : null;
        return [
          words.text,
          statement
            ? `${t(areaTitleKey(statement.areaId, workshop.bank))}: ${t(statement.statement.textKey)}`
            : a.areaId
              ? t(areaTitleKey(a.areaId, workshop.bank))
              : a.momentId && momentNames.has(a.momentId)
                ? (momentNames.get(a.momentId) ?? dash)
                : dash,
          words.measure || dash,
          a.owner || dash,
          a.due ? f.shortDate(a.due) : dash,
          t(`results.actions.statuses.${a.status}`),
        ];
      }),
    });

  // The team's individual answers, when participants answered on their own devices (team mode).
  blocks.push(...teamBlocks(workshop, t, f));

  // 6. The method, on a page of its own: what the diagnosis is and how its numbers are made; the
  // bank's ids as a colophon.
  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: t('report.method.heading') });
  const levelNames = Object.fromEntries(
    ([1, 2, 3, 4, 5] as const).map((level) => [`l${level}`, t(levelLabelKey(level))]),
  );
  for (const part of ['what', 'scores', 'levels', 'gaps', 'actions'] as const)
    blocks.push({ kind: 'paragraph', text: t(`report.method.${part}`, levelNames) });
  blocks.push({
    kind: 'paragraph',
    bold: true,
    text: t('report.method.nextReview', { date: f.date(nextReview(meta.date)) }),
  });
  blocks.push({
    kind: 'paragraph',
    muted: true,
    text: t('report.method.colophon', {
      bank: bankName(t, workshop.bank),
      id: `${workshop.bank.id} v${workshop.bank.version}`,
    }),
  });

  const title = t('report.title');
  const document: ReportDocument = {
    lang,
    title,
    running: `${meta.organisation} · ${date}`,
    pageOf: (page, pages) => t('report.pageOf', { page, pages }),
    cover: {
      appName: t('app.name'),
      title,
      organisation: meta.organisation,
      score: overallSentence(t, overall, f.score) ?? t('report.overallNone'),
      provisional: overall.provisional ? t('report.coverProvisional') : null,
      facts: [
        [t('report.team'), meta.team || dash],
        [t('report.date'), date],
        [t('report.facilitator'), meta.facilitator || dash],
        [t('report.participants'), meta.participants.join(', ') || dash],
        [t('report.bank'), bankName(t, workshop.bank)],
      ],
    },
    blocks,
  };
  return document;
}
