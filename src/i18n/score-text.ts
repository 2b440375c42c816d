// The sentences that state a score, written once for the screens and the report.
import type { ShiningMoment } from '../domain/moment-gaps';
import { momentLevelKey, type MomentScale } from '../domain/moment-labels';
import type { Score } from '../domain/moments';
import { levelLabelKey, type Level } from '../domain/question-bank';

/** Formats a message of one language: a key and its values in, the text out. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A Translate from svelte-i18n's `$_`, for the screens. */
export const translateWith =
  (format: (key: string, options: { values?: Record<string, string | number> }) => string) =>
  (key: string, values?: Record<string, string | number>) =>
    format(key, { values });

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

/** A moment's rating in the words of its scale, "Decisive (5)"; a dash while unrated. */
export function momentRatingText(t: Translate, scale: MomentScale, score: Score | null): string {
  if (score === null) return t('inventory.unrated');
  return t('inventory.moments.ratedValue', { score, label: t(momentLevelKey(scale, score)) });
}

/** "delivered 5 for importance 2: 3 above" for a moment where we shine. */
export function shineText(t: Translate, item: ShiningMoment): string {
  return t('inventory.moments.shineItem', {
    delivered: item.moment.delivered ?? 0,
    importance: item.moment.expectation ?? 0,
    surplus: item.surplus,
  });
}
