// The sentences that state a score, written once for the results screen and the report.
import { levelLabelKey, type Level } from '../domain/question-bank';

/** Formats a message of one language: a key and its values in, the text out. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

interface Scored {
  mean: number | null;
  percent: number | null;
  level: Level | null;
}

/** "Overall maturity: 3.4 of 5 (60 %), Defined."; null while no statement is rated. */
export function overallSentence(
  t: Translate,
  overall: Scored,
  formatScore: (mean: number) => string,
): string | null {
  if (overall.mean === null || overall.percent === null || overall.level === null) return null;
  return t('results.overall', {
    score: formatScore(overall.mean),
    percent: overall.percent,
    level: t(levelLabelKey(overall.level)),
  });
}
