// The report's team section (pure): when a workshop carries participants' merged answers, how many
// answered, how each area's individual scores spread, and the statements the team disagreed on most
// with their distribution of answers, in words and numbers.
import { findStatement, getArea } from '../domain/question-bank';
import { teamStats, type Spread, type StatementStats, type TeamStats } from '../domain/team-stats';
import type { Workshop } from '../domain/workshop';
import type { Block, ReportFormat, TeamRadarBlock, Translate } from './report-model';

/** How many of the top disagreements the report lists. */
export const TEAM_DISCUSS_LIMIT = 5;

function teamRadar(
  stats: TeamStats,
  workshop: Workshop,
  t: Translate,
  score: (value: number | null) => string,
  range: (s: Spread) => string,
): TeamRadarBlock {
  const labels = stats.areas.map((area) => t(getArea(area.areaId, workshop.bank).titleKey));
  return {
    kind: 'teamRadar',
    title: t('report.teamRadar'),
    description: t('team.results.radarLabel', {
      areas: stats.areas
        .map((area, i) =>
          t('team.results.radarArea', {
            area: labels[i] ?? '',
            median: score(area.median),
            range: range(area),
          }),
        )
        .join('; '),
    }),
    labels,
    medians: stats.areas.map((area) => area.median),
    min: stats.areas.map((area) => area.min),
    max: stats.areas.map((area) => area.max),
    valueTexts: stats.areas.map((area) => score(area.median)),
  };
}

export function teamBlocks(workshop: Workshop, t: Translate, f: ReportFormat): Block[] {
  const participants = workshop.team?.participants ?? [];
  if (participants.length === 0) return [];
  const stats = teamStats(participants, workshop.bank);
  const none = t('team.results.none');
  const score = (value: number | null) => (value === null ? none : f.score(value));
  const range = (s: Spread) =>
    s.min === null || s.max === null
      ? none
      : t('team.results.rangeValue', { min: score(s.min), max: score(s.max) });
  const counts = (s: StatementStats) =>
    [
      ...s.distribution.counts.map((count, i) => `${i + 1}: ${count}`),
      `${t('team.results.dontKnow')}: ${s.distribution.dontKnow}`,
      `${t('team.results.notApplicable')}: ${s.distribution.notApplicable}`,
    ].join(' · ');
  const statementText = (id: string) => {
    const found = findStatement(id);
    return found ? t(found.statement.textKey) : id;
  };

  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: t('report.teamHeading') },
    { kind: 'paragraph', text: t('report.teamIntro', { count: stats.respondents }) },
    teamRadar(stats, workshop, t, score, range),
    { kind: 'heading', level: 2, text: t('team.results.areasCaption') },
    {
      kind: 'table',
      header: [
        t('team.results.area'),
        t('team.results.respondents_col'),
        t('team.results.mean'),
        t('team.results.median'),
        t('team.results.sd'),
        t('team.results.range'),
      ],
      widths: [0.34, 0.15, 0.12, 0.12, 0.1, 0.17],
      rows: stats.areas.map((area) => [
        t(getArea(area.areaId, workshop.bank).titleKey),
        String(area.respondents),
        score(area.mean),
        score(area.median),
        score(area.sd),
        range(area),
      ]),
    },
    { kind: 'paragraph', muted: true, text: t('team.results.areasRule') },
    { kind: 'heading', level: 2, text: t('team.results.discussHeading') },
  ];
  const top = stats.discussFirst.slice(0, TEAM_DISCUSS_LIMIT);
  if (top.length === 0) blocks.push({ kind: 'paragraph', text: t('team.results.discussNone') });
  else
    blocks.push({
      kind: 'table',
      header: [t('team.results.statement'), t('report.teamAnswers'), t('team.results.sd')],
      widths: [0.5, 0.38, 0.12],
      rows: top.map((s) => [statementText(s.statementId), counts(s), score(s.sd)]),
    });
  blocks.push({ kind: 'paragraph', muted: true, text: t('team.results.discussRule') });
  return blocks;
}
