// Statistics of a set of answers: count, mean, median, population standard deviation, min and max
// (pure; team mode spreads ratings, area scores and gaps with it).
import { settle } from './scoring';

/**
 * How a set of values (1-5 ratings, area scores, gaps) is spread. Every number is null when there is no
 * value. Numbers are not rounded for display (shownMean does that), only settled: float noise is rounded away.
 */
export interface Spread {
  /** How many values there are: the participants who gave one. */
  respondents: number;
  mean: number | null;
  /** The middle value; of an even count, the mean of the two middle values. */
  median: number | null;
  /**
   * POPULATION standard deviation (the sum of squared deviations divided by n, not n - 1): the
   * participants are the whole team asked, not a sample of a larger one. One value has sd 0.
   */
  sd: number | null;
  min: number | null;
  max: number | null;
}

const NO_SPREAD: Spread = {
  respondents: 0,
  mean: null,
  median: null,
  sd: null,
  min: null,
  max: null,
};

/** The spread of any values, in any order (the array is not changed). */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = sum / sorted.length;
  let squares = 0;
  for (const v of sorted) squares += (v - mean) ** 2;
  return finish(sorted.length, mean, squares, (rank) => sorted[rank] ?? 0);
}

/**
 * The spread of whole numbers given as a histogram: `counts[i]` values equal `first + i` (ratings:
 * first 1; gaps: first -4). The same numbers as spreadOf of the values, with no sorting and in time
 * independent of how many values there are.
 */
export function spreadOfCounts(counts: readonly number[], first: number): Spread {
  let n = 0;
  let sum = 0;
  counts.forEach((c, i) => {
    n += c;
    sum += c * (first + i);
  });
  const mean = sum / n;
  let squares = 0;
  counts.forEach((c, i) => (squares += c * (first + i - mean) ** 2));
  return finish(n, mean, squares, (rank) => {
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i] ?? 0;
      if (seen > rank) return first + i;
    }
    return first + counts.length - 1;
  });
}

/** A spread from n values' mean, sum of squared deviations and the value at each 0-based rank in order. */
function finish(n: number, mean: number, squares: number, at: (rank: number) => number): Spread {
  if (n === 0) return { ...NO_SPREAD };
  const middle = n >> 1;
  return {
    respondents: n,
    mean: settle(mean),
    median: settle(n % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2),
    // Settling makes equal values read exactly 0 (never 1e-17 > 0) and equal spreads tie exactly.
    sd: settle(Math.sqrt(squares / n)),
    min: settle(at(0)),
    max: settle(at(n - 1)),
  };
}

/** One more value at `index` of a histogram. */
export const bump = (counts: number[], index: number) => {
  counts[index] = (counts[index] ?? 0) + 1;
};
