// Scores: per-area and overall maturity means, their percent and level, strengths, priorities and drivers (pure).
import {
  AREA_IDS,
  areasOf,
  DONT_KNOW,
  getArea,
  isLevel,
  NOT_APPLICABLE,
  type AreaId,
  type Level,
} from './question-bank';
import { areaCompletion, overallCompletion, type Completion, type Workshop } from './workshop';

export interface AreaScore {
  areaId: AreaId;
  /** The area's title and short name in the workshop's own bank (a site's bank words them its way). */
  titleKey: string;
  shortKey: string;
  /**
   * Mean of the area's statements rated 1-5, to one decimal (half up): the value shown, from which
   * percent and level follow, so they never disagree with it. Null when none is rated (never 0).
   * "We don't know", "does not apply" and unanswered are left out.
   */
  mean: number | null;
  /** (mean - 1) / 4 * 100 rounded to the nearest integer; null with mean. */
  percent: number | null;
  /** Maturity level of the mean: [1, 1.5) -> 1, [1.5, 2.5) -> 2, [2.5, 3.5) -> 3, [3.5, 4.5) -> 4, [4.5, 5] -> 5; null with mean. */
  level: Level | null;
  /** Statements with a 1-5 rating. */
  rated: number;
  /** Statements answered "we don't know". */
  dontKnow: number;
  /** Statements answered "does not apply to us". */
  notApplicable: number;
  /** Statements with no answer. */
  unanswered: number;
  /** Statements in the area (in the workshop's version of the bank). */
  statements: number;
  /**
   * Rated, but fewer than half the statements that apply (all but "does not apply") are rated: the
   * score stands on too few answers to trust.
   */
  provisional: boolean;
  /** Exactly areaCompletion(workshop, areaId): statements and written prompts. */
  completion: Completion;
}

export interface WorkshopScores {
  /** In question-bank order. */
  areas: AreaScore[];
  overall: {
    mean: number | null;
    percent: number | null;
    level: Level | null;
    scoredAreas: number;
    /** Some area is unscored or provisional: the overall score does not cover the whole diagnosis. */
    provisional: boolean;
  };
  /** overallCompletion(workshop). */
  completion: Completion;
}

export interface StatementRating {
  statementId: string;
  rating: Level;
}

const DEFAULT_COUNT = 2;

/** An area is a strength only from this mean up (level 4, "managed"): a higher mean than the others' is not enough. */
export const STRENGTH_FLOOR = 3.5;

// Means are sums divided by small counts; rounding away float noise (2.4999999999999996 is 2.5)
// keeps band edges and half-percent rounding where the arithmetic on paper puts them.
/** A computed value with float noise rounded away (to 9 decimals), as the arithmetic on paper has it. */
export function settle(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

// Exported helpers take any number; clamping keeps their result on the scale, and NaN reads as
// the bottom so that no NaN can ever travel on to the UI or the report.
function onScale(mean: number): number {
  if (Number.isNaN(mean)) return 1;
  return Math.min(5, Math.max(1, settle(mean)));
}

// Ratings are trusted here: the one reader (persistence/read-workshop.ts) keeps only integers 1-5,
// "don't know" and "does not apply" under known statements, and every edit writes only those.
function readRating(workshop: Workshop, statementId: string): Workshop['ratings'][string] | null {
  return workshop.ratings[statementId] ?? null;
}

function limit(count: number): number {
  return Number.isNaN(count) ? 0 : Math.max(0, Math.floor(count));
}

function bankIndex(areaId: AreaId): number {
  return AREA_IDS.indexOf(areaId);
}

/** Half-up banding of a mean on the 1-5 scale; means outside it are clamped. */
export function levelOf(mean: number): Level {
  const m = onScale(mean);
  if (m < 1.5) return 1;
  if (m < 2.5) return 2;
  if (m < 3.5) return 3;
  if (m < 4.5) return 4;
  return 5;
}

/** (mean - 1) / 4 * 100 rounded half up to an integer 0-100; means outside 1-5 are clamped. */
export function percentOf(mean: number): number {
  return Math.round(settle(((onScale(mean) - 1) / 4) * 100));
}

/** A mean to the one decimal it is shown with, half up (2.45 -> 2.5), on the 1-5 scale. */
export function shownMean(mean: number): number {
  return Math.round(settle(onScale(mean) * 10)) / 10;
}

function summary(raw: number | null): Pick<AreaScore, 'mean' | 'percent' | 'level'> {
  if (raw === null) return { mean: null, percent: null, level: null };
  const mean = shownMean(raw);
  return { mean, percent: percentOf(mean), level: levelOf(mean) };
}

/** An area scored with the statements of the workshop's own version of the bank. */
export function scoreArea(workshop: Workshop, areaId: AreaId): AreaScore {
  const area = getArea(areaId, workshop.bank);
  let rated = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let sum = 0;
  for (const statement of area.statements) {
    const rating = readRating(workshop, statement.id);
    if (rating === DONT_KNOW) dontKnow += 1;
    else if (rating === NOT_APPLICABLE) notApplicable += 1;
    else if (rating !== null) {
      rated += 1;
      sum += rating;
    }
  }
  const applicable = area.statements.length - notApplicable;
  return {
    areaId,
    titleKey: area.titleKey,
    shortKey: area.shortKey,
    // An area nobody could rate has no score; 0 would read as "worst" on the chart.
    ...summary(rated === 0 ? null : sum / rated),
    rated,
    dontKnow,
    notApplicable,
    unanswered: applicable - rated - dontKnow,
    statements: area.statements.length,
    provisional: rated > 0 && rated * 2 < applicable,
    completion: areaCompletion(workshop, areaId),
  };
}

export function scoreWorkshop(workshop: Workshop): WorkshopScores {
  const areas = areasOf(workshop.bank).map((area) => scoreArea(workshop, area.id));
  // Each area weighs the same whatever its number of statements or answers, so the overall
  // score is the mean of the scored areas' means (as shown), not of every rated statement.
  const means = areas.flatMap((a) => (a.mean === null ? [] : [a.mean]));
  const mean = means.length === 0 ? null : means.reduce((s, m) => s + m, 0) / means.length;
  return {
    areas,
    overall: {
      ...summary(mean),
      scoredAreas: means.length,
      provisional:
        means.length > 0 && (means.length < areas.length || areas.some((a) => a.provisional)),
    },
    completion: overallCompletion(workshop),
  };
}

// Scored areas only (a mean that is not a finite number counts as unscored), sorted by mean in
// the given direction, ties by bank order whatever order the caller passed them in.
function ranked(scores: readonly AreaScore[], direction: 1 | -1): AreaScore[] {
  return scores
    .filter((s) => s.mean !== null && Number.isFinite(s.mean))
    .sort(
      (a, b) =>
        direction * ((a.mean ?? 0) - (b.mean ?? 0)) || bankIndex(a.areaId) - bankIndex(b.areaId),
    );
}

/** The first `count` of `sorted`, and every later one tied with the last of them: a tie at the cut-off is never settled by bank order. */
function withTies(sorted: readonly AreaScore[], count: number): AreaScore[] {
  if (count <= 0) return [];
  const last = sorted[count - 1];
  return last ? sorted.filter((s, index) => index < count || s.mean === last.mean) : [...sorted];
}

/**
 * Lowest-scoring areas first, scored areas only; `count` of them (at most half the scored areas,
 * rounded up, so that with two scored areas one is a priority) and every area tied with the last.
 * Tied areas are listed in question-bank order.
 */
export function priorities(scores: readonly AreaScore[], count = DEFAULT_COUNT): AreaScore[] {
  const scored = ranked(scores, 1);
  return withTies(scored, Math.min(limit(count), Math.ceil(scored.length / 2)));
}

/**
 * Highest-scoring areas first, from STRENGTH_FLOOR up, never one that is also a priority; `count`
 * of them and every area tied with the last. Empty when no area is strong yet.
 */
export function strengths(scores: readonly AreaScore[], count = DEFAULT_COUNT): AreaScore[] {
  // With few scored areas the same area would be both; the report must not praise and flag it at once.
  const flagged = new Set(priorities(scores, count).map((s) => s.areaId));
  const strong = ranked(scores, -1).filter(
    (s) => !flagged.has(s.areaId) && (s.mean ?? 0) >= STRENGTH_FLOOR,
  );
  return withTies(strong, limit(count));
}

/** The statements that pull an area up ('up': highest ratings first) or down ('down': lowest first); only 1-5 ratings; ties by bank order; at most `count` (default 2). */
export function drivers(
  workshop: Workshop,
  areaId: AreaId,
  direction: 'up' | 'down',
  count = DEFAULT_COUNT,
): StatementRating[] {
  const sign = direction === 'up' ? -1 : 1;
  const rated = getArea(areaId, workshop.bank).statements.flatMap((statement, index) => {
    const rating = readRating(workshop, statement.id);
    return isLevel(rating) ? [{ statementId: statement.id, rating, index }] : [];
  });
  return rated
    .sort((a, b) => sign * (a.rating - b.rating) || a.index - b.index)
    .slice(0, limit(count))
    .map(({ statementId, rating }) => ({ statementId, rating }));
}

export interface OpenQuestion {
  areaId: AreaId;
  statementId: string;
}

/**
 * "To find out": the statements the team answered "we don't know", in bank order. Not knowing is a
 * finding (nobody measures it, nobody owns it), so they are listed, not just left out of the score.
 */
export function toFindOut(workshop: Workshop): OpenQuestion[] {
  return areasOf(workshop.bank).flatMap((area) =>
    area.statements
      .filter((s) => readRating(workshop, s.id) === DONT_KNOW)
      .map((s) => ({ areaId: area.id, statementId: s.id })),
  );
}
