// The report's comparison section (pure), when the user asks for it on a follow-up: the areas before
// and now with their deltas, what improved and what declined, both workshops on one radar, the
// statements compared, only in one version or not comparable, the moments' gaps and the actions done.
import { compareWorkshops, type Comparison } from '../domain/comparison';
import { AREA_IDS } from '../domain/question-bank';
import type { Workshop } from '../domain/workshop';
import {
  answerText,
  areaName,
  areaRow,
  bankName,
  gapText,
  overallChange,
  radarDescription,
  signed,
  statementName,
  thresholdText,
} from '../i18n/compare-text';
import { actionWords } from '../i18n/score-text';
import type { Block, CompareRadarBlock, ReportFormat, Translate } from './report-model';

function radar(
  c: Comparison,
  t: Translate,
  f: ReportFormat,
  dates: [string, string],
  bank: Workshop['bank'],
) {
  const block: CompareRadarBlock = {
    kind: 'compareRadar',
    title: t('compare.report.radarAlt'),
    description: radarDescription(t, c, f.score, bank),
    labels: c.areas.map((a) => areaName(t, a.areaId, bank)),
    before: c.areas.map((a) => a.before),
    after: c.areas.map((a) => a.after),
    valueTexts: c.areas.map((a) =>
      [a.before, a.after].map((v) => (v === null ? '–' : f.score(v))).join(' → '),
    ),
    beforeLabel: t('compare.radar.before', { date: dates[0] }),
    afterLabel: t('compare.radar.after', { date: dates[1] }),
  };
  return block;
}

/** The comparison blocks, or none when the two workshops cannot be compared (different banks). */
export function compareBlocks(
  followUp: Workshop,
  baseline: Workshop,
  t: Translate,
  f: ReportFormat,
): Block[] {
  const c = compareWorkshops(baseline, followUp);
  if (!c.ok) return [];
  const [before, after] = [f.date(baseline.meta.date), f.date(followUp.meta.date)];
  const none = t('compare.report.none');
  const list = (items: string[]): Block => ({ kind: 'list', items: items.length ? items : [none] });
  const trendList = (trend: 'improved' | 'declined') =>
    list(
      c.areas
        .filter((a) => a.trend === trend && a.delta !== null)
        .map((a) => `${areaName(t, a.areaId, followUp.bank)}: ${signed(a.delta ?? 0, f.score)}`),
    );

  const blocks: Block[] = [
    { kind: 'pageBreak' },
    {
      kind: 'heading',
      level: 1,
      text: t('compare.report.heading', { title: baseline.title, date: before }),
    },
    {
      kind: 'paragraph',
      text: t('compare.title', {
        followUp: followUp.title,
        followUpDate: after,
        baseline: baseline.title,
        baselineDate: before,
      }),
    },
    {
      kind: 'paragraph',
      muted: true,
      text: t('compare.threshold', { threshold: thresholdText(f.score) }),
    },
    { kind: 'paragraph', bold: true, text: overallChange(t, c, f.score) },
    radar(c, t, f, [before, after], followUp.bank),
    {
      kind: 'paragraph',
      muted: true,
      text: t('compare.report.legend', { before, after }),
    },
    { kind: 'heading', level: 2, text: t('compare.areas.heading') },
    {
      kind: 'table',
      header: ['area', 'before', 'after', 'delta', 'trend'].map((k) => t(`compare.areas.${k}`)),
      widths: [0.36, 0.14, 0.14, 0.14, 0.22],
      rows: c.areas.map((a) => areaRow(t, a, f.score, followUp.bank)),
    },
    { kind: 'heading', level: 3, text: t('compare.report.improved') },
    trendList('improved'),
    { kind: 'heading', level: 3, text: t('compare.report.declined') },
    trendList('declined'),
    { kind: 'heading', level: 2, text: t('compare.statements.heading') },
    { kind: 'paragraph', muted: true, text: t('compare.statements.intro') },
  ];
  const groups = AREA_IDS.map((id) => c.statements.filter((s) => s.areaId === id)).filter(
    (rows) => rows.length > 0,
  );
  if (groups.length === 0) blocks.push({ kind: 'paragraph', text: t('compare.statements.none') });
  for (const rows of groups)
    blocks.push(
      {
        kind: 'heading',
        level: 3,
        text: areaName(t, rows[0]?.areaId ?? 'customers', followUp.bank),
      },
      {
        kind: 'table',
        header: [
          t('compare.statements.statement'),
          t('compare.areas.before'),
          t('compare.areas.after'),
          t('compare.areas.delta'),
        ],
        widths: [0.46, 0.21, 0.21, 0.12],
        rows: rows.map((s) => [
          statementName(t, s.statementId, followUp.bank),
          answerText(t, s.before),
          answerText(t, s.after),
          signed(s.delta, String),
        ]),
      },
    );

  if (c.onlyInBaseline.length + c.onlyInFollowUp.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('compare.onlyInOne.heading') },
      {
        kind: 'paragraph',
        text: t('compare.onlyInOne.intro', {
          before: bankName(t, baseline.bank),
          after: bankName(t, followUp.bank),
        }),
      },
    );
    for (const [key, items, bank] of [
      ['baseline', c.onlyInBaseline, baseline.bank],
      ['followUp', c.onlyInFollowUp, followUp.bank],
    ] as const)
      if (items.length > 0)
        blocks.push(
          { kind: 'heading', level: 3, text: t(`compare.onlyInOne.${key}`) },
          list(
            items.map((s) =>
              t('compare.onlyInOne.item', {
                area: areaName(t, s.areaId, bank),
                statement: statementName(t, s.statementId, bank),
                answer: answerText(t, s.rating),
              }),
            ),
          ),
        );
  }

  blocks.push(
    { kind: 'heading', level: 2, text: t('compare.notComparable.heading') },
    { kind: 'paragraph', muted: true, text: t('compare.notComparable.intro') },
    c.notComparable.length === 0
      ? { kind: 'paragraph', text: t('compare.notComparable.none') }
      : list(
          c.notComparable.map((s) =>
            t('compare.notComparable.item', {
              area: areaName(t, s.areaId, followUp.bank),
              statement: statementName(t, s.statementId, followUp.bank),
              before: answerText(t, s.before),
              after: answerText(t, s.after),
            }),
          ),
        ),
    { kind: 'heading', level: 2, text: t('compare.moments.heading') },
    { kind: 'paragraph', muted: true, text: t('compare.moments.intro') },
  );
  if (c.moments.length === 0) blocks.push({ kind: 'paragraph', text: t('compare.moments.none') });
  else
    blocks.push({
      kind: 'table',
      header: ['moment', 'before', 'after', 'change'].map((k) => t(`compare.moments.${k}`)),
      widths: [0.4, 0.16, 0.16, 0.28],
      rows: c.moments.map((m) => [
        m.name,
        gapText(t, m.gapBefore),
        gapText(t, m.gapAfter),
        t(`compare.moments.changes.${m.change}`),
      ]),
    });
  const names = (moments: Workshop['moments']) => moments.map((m) => m.name).join(', ');
  if (c.momentsOnlyInBaseline.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: t('compare.moments.onlyBaseline', { list: names(c.momentsOnlyInBaseline) }),
    });
  if (c.momentsOnlyInFollowUp.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: t('compare.moments.onlyFollowUp', { list: names(c.momentsOnlyInFollowUp) }),
    });

  blocks.push({ kind: 'heading', level: 2, text: t('compare.actions.heading') });
  const done = (actions: Workshop['actions']) =>
    actions.map((a) => actionWords(t, a, followUp.moments).text);
  if (c.actionsDone.length + c.newActionsDone.length === 0)
    blocks.push({ kind: 'paragraph', text: t('compare.actions.none') });
  for (const [key, actions] of [
    ['sinceBaseline', c.actionsDone],
    ['newDone', c.newActionsDone],
  ] as const)
    if (actions.length > 0)
      blocks.push(
        { kind: 'heading', level: 3, text: t(`compare.actions.${key}`) },
        list(done(actions)),
      );
  return blocks;
}
