// The sentences that state a score, written once for the screens and the report.
import type { ShiningMoment } from '../domain/moment-gaps';
import { momentLevelKey, type MomentScale } from '../domain/moment-labels';
import type { Score } from '../domain/moments';
import type { Action } from '../domain/actions';
import { draftKeys } from '../domain/advice';
import type { Moment } from '../domain/moments';
import type { AreaScore } from '../domain/scoring';
import {
  DONT_KNOW,
  DONT_KNOW_DESCRIPTION_KEY,
  DONT_KNOW_LABEL_KEY,
  levelDescriptionKey,
  levelLabelKey,
  NOT_APPLICABLE,
  NOT_APPLICABLE_DESCRIPTION_KEY,
  NOT_APPLICABLE_LABEL_KEY,
  type Level,
  type Rating,
} from '../domain/question-bank';

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

/**
 * An area's row of the scores table, for the screen and the report alike: "2,5 · 38 %" (null while
 * nothing is rated), its level (marked provisional where it is), "7 of 9" answered.
 */
export function areaScoreCells(
  t: Translate,
  formatScore: (mean: number) => string,
  score: AreaScore,
): { value: string | null; level: string | null; completion: string } {
  const completion = t('results.table.completionValue', {
    answered: score.completion.answered,
    total: score.completion.total,
  });
  if (score.mean === null || score.percent === null || score.level === null)
    return { value: null, level: null, completion };
  const level = t(levelLabelKey(score.level));
  return {
    value: t('results.table.scoreValue', {
      score: formatScore(score.mean),
      percent: score.percent,
    }),
    level: score.provisional ? t('results.table.provisionalLevel', { level }) : level,
    completion,
  };
}

/** A moment's rating in the words of its scale, "Decisive (5)"; a dash while unrated. */
export function momentRatingText(t: Translate, scale: MomentScale, score: Score | null): string {
  if (score === null) return t('inventory.unrated');
  return t('inventory.moments.ratedValue', { score, label: t(momentLevelKey(scale, score)) });
}

/** "delivered 5 where customers expect 2: 3 above" for a moment where we shine. */
export function shineText(t: Translate, item: ShiningMoment): string {
  return t('inventory.moments.shineItem', {
    delivered: item.moment.delivered ?? 0,
    expectation: item.moment.expectation ?? 0,
    surplus: item.surplus,
  });
}

/** A statement's answer in words: "3 · Defined", "We don't know", "Does not apply"; null if unanswered. */
export function ratingText(t: Translate, rating: Rating | undefined): string | null {
  if (rating === undefined) return null;
  if (rating === DONT_KNOW) return t(DONT_KNOW_LABEL_KEY);
  if (rating === NOT_APPLICABLE) return t(NOT_APPLICABLE_LABEL_KEY);
  return `${rating} · ${t(levelLabelKey(rating))}`;
}

/**
 * An action's text and success measure as the reader sees them: the app's drafts in the reader's
 * language (from the recommendations library), the team's own words as they typed them.
 */
export function actionWords(
  t: Translate,
  action: Action,
  moments: readonly Pick<Moment, 'id' | 'name'>[],
): { text: string; measure: string } {
  const moment = moments.find((m) => m.id === action.momentId);
  const keys = draftKeys(action, moment !== undefined);
  const values = { moment: moment?.name ?? '' };
  return {
    text: keys.text ? t(keys.text, values) : action.text,
    measure: keys.measure ? t(keys.measure, values) : action.measure,
  };
}

/** What a statement's answer says under it ("Chosen: label, description"), or that it has none. */
export function chosenRatingText(t: Translate, value: Rating | undefined): string {
  if (value === undefined) return t('rating.none');
  const [label, description] =
    value === DONT_KNOW
      ? [DONT_KNOW_LABEL_KEY, DONT_KNOW_DESCRIPTION_KEY]
      : value === NOT_APPLICABLE
        ? [NOT_APPLICABLE_LABEL_KEY, NOT_APPLICABLE_DESCRIPTION_KEY]
        : [levelLabelKey(value), levelDescriptionKey(value)];
  return t('rating.chosen', { label: t(label), description: t(description) });
}
