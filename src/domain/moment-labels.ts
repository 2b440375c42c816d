// The words for a moment's 1-5 ratings: its importance to the customer, what the customer expects,
// what the brand promises, what is delivered. Each scale has its own words, so a rating never reads
// as a bare number.
import type { Score } from './moments';

export const MOMENT_SCALES = ['importance', 'expectation', 'promise', 'delivered'] as const;
export type MomentScale = (typeof MOMENT_SCALES)[number];

/** The locale key of a rating's words, e.g. "inventory.moments.levels.importance.5" (decisive). */
export const momentLevelKey = (scale: MomentScale, score: Score) =>
  `inventory.moments.levels.${scale}.${score}`;
