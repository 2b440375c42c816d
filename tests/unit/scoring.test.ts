import { describe, expect, it } from 'vitest';
import { AREA_IDS, type AreaId, type Rating } from '../../src/domain/question-bank';
import {
  drivers,
  levelOf,
  percentOf,
  priorities,
  scoreArea,
  scoreWorkshop,
  shownMean,
  strengths,
  STRENGTH_FLOOR,
  toFindOut,
  type AreaScore,
} from '../../src/domain/scoring';
import { areaCompletion, type Workshop } from '../../src/domain/workshop';
import { readWorkshop } from '../../src/persistence/read-workshop';
import { wrapWorkshop } from '../../src/persistence/schema';
import { overallCompletionOf } from '../fixtures/question-bank';
import { makeWorkshop } from '../fixtures/workshops';

/**
 * A fresh workshop answered with version 1 of the bank, with these ratings (and written prompts).
 * The hand computations below were made on version 1's statements, and a version-1 workshop is still
 * scored with them; version 2 has its own tests at the end.
 */
function withRatings(ratings: Record<string, Rating>, prompts: Record<string, string> = {}) {
  return { ...makeWorkshop(), bank: { id: 'momentos-cx', version: 1 }, ratings, prompts };
}

/**
 * Ratings as they might be in a damaged store (any value at all), read back as the app reads every
 * stored workshop: scoring only ever sees what the one reader lets through.
 */
function withRawRatings(ratings: Record<string, unknown>): Workshop {
  const read = readWorkshop(
    wrapWorkshop(
      { ...makeWorkshop(), bank: { id: 'momentos-cx', version: 1 }, ratings } as Workshop,
      new Date(),
    ),
  );
  if (!read.ok) throw new Error(read.reason);
  return read.workshop;
}

const areaIds = (scores: readonly AreaScore[]) => scores.map((s) => s.areaId);

/** Every number anywhere inside `value`. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/**
 * Every statement rated. Area means, worked by hand:
 * customers 20/5 = 4, internal-customers 12/6 = 2, moments 7/5 = 1.4,
 * processes 17/5 = 3.4, improvement 24/5 = 4.8, leadership 16/5 = 3.2.
 */
const ALL_RATED: Record<string, Rating> = {
  'customers.segments': 4,
  'customers.voice': 4,
  'customers.promise': 3,
  'customers.individual': 5,
  'customers.perception': 4,
  'internal-customers.known': 2,
  'internal-customers.agreed': 2,
  'internal-customers.ownIt': 3,
  'internal-customers.recruit': 1,
  'internal-customers.train': 2,
  'internal-customers.empower': 2,
  'moments.mapped': 1,
  'moments.owner': 2,
  'moments.measured': 1,
  'moments.frontLine': 1,
  'moments.details': 2,
  'processes.customerSide': 3,
  'processes.simple': 3,
  'processes.acknowledge': 4,
  'processes.consistent': 3,
  'processes.data': 4,
  'improvement.feedback': 5,
  'improvement.complaints': 5,
  'improvement.lessons': 4,
  'improvement.journeys': 5,
  'improvement.innovation': 5,
  'leadership.topDriven': 3,
  'leadership.cxRole': 3,
  'leadership.purpose': 3,
  'leadership.decideAtMoment': 3,
  'leadership.alignment': 4,
};

/**
 * customers: 2 rated (4, 2), 1 "don't know", 2 unanswered, 1 of 3 prompts written;
 * internal-customers: only "don't know"; moments: a single 5; the rest untouched.
 */
const PARTLY = withRatings(
  {
    'customers.segments': 4,
    'customers.voice': 'dontKnow',
    'customers.promise': 2,
    'internal-customers.known': 'dontKnow',
    'internal-customers.agreed': 'dontKnow',
    'moments.mapped': 5,
  },
  { 'customers.who': 'Vecinos del municipio', 'customers.profile': '   ' },
);

const ALL_DONT_KNOW = withRatings(
  Object.fromEntries(Object.keys(ALL_RATED).map((id) => [id, 'dontKnow' as const])),
);

/** One rating per area, so each area's mean is that rating. */
function oneRatingPerArea(means: Partial<Record<AreaId, Rating>>): AreaScore[] {
  const firstStatement: Record<AreaId, string> = {
    customers: 'customers.segments',
    'internal-customers': 'internal-customers.known',
    moments: 'moments.mapped',
    processes: 'processes.customerSide',
    improvement: 'improvement.feedback',
    leadership: 'leadership.topDriven',
  };
  const ratings: Record<string, Rating> = {};
  for (const [areaId, rating] of Object.entries(means) as [AreaId, Rating][]) {
    ratings[firstStatement[areaId]] = rating;
  }
  return scoreWorkshop(withRatings(ratings)).areas;
}

describe('scoreArea', () => {
  it('scores a fully rated area: mean, percent, level and counts', () => {
    expect(scoreArea(withRatings(ALL_RATED), 'customers')).toEqual({
      areaId: 'customers',
      titleKey: `area.customers.title`,
      shortKey: `area.customers.short`,
      mean: 4,
      percent: 75,
      level: 4,
      rated: 5,
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 0,
      statements: 5,
      provisional: false,
      completion: { answered: 5, total: 8, percent: 62 },
    });
  });

  it('scores the six-statement area over all six', () => {
    expect(scoreArea(withRatings(ALL_RATED), 'internal-customers')).toMatchObject({
      mean: 2,
      percent: 25,
      level: 2,
      rated: 6,
      statements: 6,
    });
  });

  it('gives a non-integer mean its exact value, percent and level', () => {
    const moments = scoreArea(withRatings(ALL_RATED), 'moments');
    expect(moments.mean).toBeCloseTo(1.4, 12);
    expect(moments).toMatchObject({ percent: 10, level: 1 });
  });

  it('leaves "don\'t know" and unanswered statements out of the mean', () => {
    expect(scoreArea(PARTLY, 'customers')).toEqual({
      areaId: 'customers',
      titleKey: `area.customers.title`,
      shortKey: `area.customers.short`,
      mean: 3,
      percent: 50,
      level: 3,
      rated: 2,
      dontKnow: 1,
      notApplicable: 0,
      unanswered: 2,
      statements: 5,
      // 2 of 5 rated: fewer than half.
      provisional: true,
      completion: { answered: 4, total: 8, percent: 50 },
    });
  });

  it('has no score (null, never 0) when every answer is "don\'t know"', () => {
    expect(scoreArea(PARTLY, 'internal-customers')).toEqual({
      areaId: 'internal-customers',
      titleKey: `area.internal-customers.title`,
      shortKey: `area.internal-customers.short`,
      mean: null,
      percent: null,
      level: null,
      rated: 0,
      dontKnow: 2,
      notApplicable: 0,
      unanswered: 4,
      statements: 6,
      // No score at all, so nothing to call provisional.
      provisional: false,
      completion: { answered: 2, total: 9, percent: 22 },
    });
  });

  it('has no score when nothing is answered (a new workshop: version 2, seven process statements)', () => {
    expect(scoreArea(makeWorkshop(), 'processes')).toEqual({
      areaId: 'processes',
      titleKey: `area.processes.title`,
      shortKey: `area.processes.short`,
      mean: null,
      percent: null,
      level: null,
      rated: 0,
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 7,
      statements: 7,
      provisional: false,
      completion: { answered: 0, total: 9, percent: 0 },
    });
  });

  it('scores a single rating', () => {
    expect(scoreArea(PARTLY, 'moments')).toMatchObject({
      mean: 5,
      percent: 100,
      level: 5,
      rated: 1,
      unanswered: 4,
      completion: { answered: 1, total: 8, percent: 12 },
    });
  });

  it('puts a real mean of exactly 1.5 in level 2 and 4.5 in level 5', () => {
    const workshop = withRatings({
      'internal-customers.known': 1,
      'internal-customers.agreed': 1,
      'internal-customers.ownIt': 1,
      'internal-customers.recruit': 1,
      'internal-customers.train': 2,
      'internal-customers.empower': 3,
      'leadership.topDriven': 4,
      'leadership.cxRole': 5,
    });
    expect(scoreArea(workshop, 'internal-customers')).toMatchObject({
      mean: 1.5,
      percent: 13,
      level: 2,
    });
    expect(scoreArea(workshop, 'leadership')).toMatchObject({ mean: 4.5, percent: 88, level: 5 });
  });

  it('reports exactly the completion of areaCompletion, written prompts included', () => {
    for (const areaId of AREA_IDS) {
      expect(scoreArea(PARTLY, areaId).completion).toEqual(areaCompletion(PARTLY, areaId));
    }
  });

  it('ignores ratings for statement ids that are not in the bank', () => {
    const workshop = withRatings({
      'customers.segments': 2,
      'customers.unknown': 5,
      'customers.who': 5,
      customers: 5,
      'nowhere.at-all': 1,
    });
    expect(scoreArea(workshop, 'customers')).toMatchObject({
      mean: 2,
      rated: 1,
      unanswered: 4,
    });
  });
});

describe('hostile rating values in a stored workshop', () => {
  const HOSTILE = withRawRatings({
    'customers.segments': 0,
    'customers.voice': 6,
    'customers.promise': 2.5,
    'customers.individual': '3',
    'customers.perception': null,
    'internal-customers.known': Number.NaN,
    'internal-customers.agreed': 4,
    'internal-customers.ownIt': Infinity,
    'internal-customers.recruit': -1,
    'internal-customers.train': 'dontKnow ',
    'internal-customers.empower': 'DONTKNOW',
    'moments.mapped': true,
    'moments.owner': {},
    'moments.measured': [3],
    'moments.frontLine': '',
    'moments.details': undefined,
    'processes.customerSide': Number.NaN,
  });

  it('treats a value that is not an integer 1-5 or "dontKnow" as unanswered', () => {
    expect(scoreArea(HOSTILE, 'customers')).toMatchObject({
      mean: null,
      percent: null,
      level: null,
      rated: 0,
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 5,
    });
    expect(scoreArea(HOSTILE, 'internal-customers')).toMatchObject({
      mean: 4,
      percent: 75,
      level: 4,
      rated: 1,
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 5,
    });
    expect(scoreArea(HOSTILE, 'moments')).toMatchObject({ mean: null, rated: 0, unanswered: 5 });
  });

  it('scores the workshop from the valid ratings only', () => {
    expect(scoreWorkshop(HOSTILE).overall).toEqual({
      mean: 4,
      percent: 75,
      level: 4,
      scoredAreas: 1,
      provisional: true,
    });
  });

  it('lets no NaN out of any function', () => {
    const scores = scoreWorkshop(HOSTILE);
    const outputs: unknown[] = [
      scores,
      ...AREA_IDS.map((id) => scoreArea(HOSTILE, id)),
      ...AREA_IDS.flatMap((id) => [drivers(HOSTILE, id, 'up', 9), drivers(HOSTILE, id, 'down', 9)]),
      strengths(scores.areas),
      priorities(scores.areas),
      levelOf(Number.NaN),
      percentOf(Number.NaN),
      scoreWorkshop(makeWorkshop()),
      scoreWorkshop(ALL_DONT_KNOW),
    ];
    const numbers = numbersIn(outputs);
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers.filter((n) => Number.isNaN(n))).toEqual([]);
  });

  it('gives no driver for a hostile value', () => {
    expect(drivers(HOSTILE, 'internal-customers', 'up', 9)).toEqual([
      { statementId: 'internal-customers.agreed', rating: 4 },
    ]);
    expect(drivers(HOSTILE, 'customers', 'down', 9)).toEqual([]);
  });

  it('treats an area score whose mean is not a finite number as unscored', () => {
    const scores = oneRatingPerArea({ customers: 3, moments: 4 });
    const broken = scores.map((s) => (s.areaId === 'processes' ? { ...s, mean: Number.NaN } : s));
    // Two scored areas, whatever the broken one says: one priority, one strength.
    expect(areaIds(priorities(broken, 6))).toEqual(['customers']);
    expect(areaIds(strengths(broken, 6))).toEqual(['moments']);
  });
});

describe('scoreWorkshop', () => {
  it('scores every area in question-bank order', () => {
    expect(areaIds(scoreWorkshop(withRatings(ALL_RATED)).areas)).toEqual([
      'customers',
      'internal-customers',
      'moments',
      'processes',
      'improvement',
      'leadership',
    ]);
  });

  it('scores a fully rated workshop', () => {
    const scores = scoreWorkshop(withRatings(ALL_RATED));
    expect(scores.areas.map((a) => [a.percent, a.level])).toEqual([
      [75, 4],
      [25, 2],
      [10, 1],
      [60, 3],
      [95, 5],
      [55, 3],
    ]);
    // (4 + 2 + 1.4 + 3.4 + 4.8 + 3.2) / 6 = 18.8 / 6 = 3.133..., shown as 3.1: percent of 3.1.
    expect(scores.overall).toEqual({
      mean: 3.1,
      percent: 53,
      level: 3,
      scoredAreas: 6,
      provisional: false,
    });
    // Every statement rated, no prompt written.
    expect(scores.completion).toEqual(overallCompletionOf(Object.keys(ALL_RATED).length, 1));
  });

  it('averages the area means, not all the statements, so each area weighs the same', () => {
    // customers: five 5s (mean 5); internal-customers: one 1 (mean 1).
    // Mean of area means: (5 + 1) / 2 = 3. Mean of the six statements would be 26 / 6 = 4.33.
    const workshop = withRatings({
      'customers.segments': 5,
      'customers.voice': 5,
      'customers.promise': 5,
      'customers.individual': 5,
      'customers.perception': 5,
      'internal-customers.known': 1,
    });
    expect(scoreWorkshop(workshop).overall).toEqual({
      mean: 3,
      percent: 50,
      level: 3,
      scoredAreas: 2,
      // Four areas unscored, and internal-customers rests on 1 of 6 statements.
      provisional: true,
    });
  });

  it('leaves unscored areas out of the overall score', () => {
    // Scored: customers 3, moments 5 -> (3 + 5) / 2 = 4.
    const scores = scoreWorkshop(PARTLY);
    expect(scores.areas.map((a) => a.mean)).toEqual([3, null, 5, null, null, null]);
    expect(scores.overall).toEqual({
      mean: 4,
      percent: 75,
      level: 4,
      scoredAreas: 2,
      provisional: true,
    });
    // 3 ratings + 1 written prompt + 2 "don't know" + 1 rating = 7.
    expect(scores.completion).toEqual(overallCompletionOf(7, 1));
  });

  it('has no score anywhere when every answer is "don\'t know", yet counts them as answered', () => {
    const scores = scoreWorkshop(ALL_DONT_KNOW);
    expect(scores.areas.map((a) => [a.mean, a.percent, a.level, a.rated, a.dontKnow])).toEqual([
      [null, null, null, 0, 5],
      [null, null, null, 0, 6],
      [null, null, null, 0, 5],
      [null, null, null, 0, 5],
      [null, null, null, 0, 5],
      [null, null, null, 0, 5],
    ]);
    expect(scores.overall).toEqual({
      mean: null,
      percent: null,
      level: null,
      scoredAreas: 0,
      provisional: false,
    });
    expect(scores.completion).toEqual(overallCompletionOf(Object.keys(ALL_RATED).length, 1));
    expect(strengths(scores.areas)).toEqual([]);
    expect(priorities(scores.areas)).toEqual([]);
  });

  it('scores an empty new workshop (version 2: 6, 6, 5, 7, 6, 6 statements) as not answered at all', () => {
    const scores = scoreWorkshop(makeWorkshop());
    expect(
      scores.areas.map((a) => [
        a.mean,
        a.percent,
        a.level,
        a.rated,
        a.dontKnow,
        a.unanswered,
        a.completion.answered,
      ]),
    ).toEqual([
      [null, null, null, 0, 0, 6, 0],
      [null, null, null, 0, 0, 6, 0],
      [null, null, null, 0, 0, 5, 0],
      [null, null, null, 0, 0, 7, 0],
      [null, null, null, 0, 0, 6, 0],
      [null, null, null, 0, 0, 6, 0],
    ]);
    expect(scores.overall).toEqual({
      mean: null,
      percent: null,
      level: null,
      scoredAreas: 0,
      provisional: false,
    });
    expect(scores.completion).toEqual(overallCompletionOf(0));
    expect(strengths(scores.areas)).toEqual([]);
    expect(priorities(scores.areas)).toEqual([]);
  });
});

describe('levelOf', () => {
  it.each([
    [1, 1],
    [1.49, 1],
    [1.5, 2],
    [2.49, 2],
    [2.5, 3],
    [3.49, 3],
    [3.5, 4],
    [4.49, 4],
    [4.5, 5],
    [5, 5],
  ])('puts mean %d in level %d', (mean, level) => {
    expect(levelOf(mean)).toBe(level);
  });

  it('keeps a band edge reached through float arithmetic in the upper band', () => {
    // 2.5 on paper, one unit in the last place below it after float arithmetic.
    expect(levelOf(2.4999999999999996)).toBe(3);
    expect(levelOf(4.499999999999999)).toBe(5);
  });

  it('clamps a mean outside 1-5 and reads NaN as the bottom of the scale', () => {
    expect(levelOf(0)).toBe(1);
    expect(levelOf(7)).toBe(5);
    expect(levelOf(Number.NaN)).toBe(1);
  });
});

describe('percentOf', () => {
  it.each([
    [1, 0],
    [1.4, 10],
    [2, 25],
    [2.5, 38],
    [3, 50],
    [3.4, 60],
    [4, 75],
    [5, 100],
  ])('turns mean %d into %d %%', (mean, percent) => {
    expect(percentOf(mean)).toBe(percent);
  });

  it('clamps a mean outside 1-5 and reads NaN as 0', () => {
    expect(percentOf(0)).toBe(0);
    expect(percentOf(6)).toBe(100);
    expect(percentOf(Number.NaN)).toBe(0);
  });
});

describe('priorities', () => {
  it('lists the lowest-scoring areas first, two by default', () => {
    const scores = scoreWorkshop(withRatings(ALL_RATED)).areas;
    expect(areaIds(priorities(scores))).toEqual(['moments', 'internal-customers']);
    expect(areaIds(priorities(scores, 3))).toEqual(['moments', 'internal-customers', 'leadership']);
  });

  it('never takes more than half the scored areas (rounded up), leaving room for strengths', () => {
    const scores = scoreWorkshop(withRatings(ALL_RATED)).areas;
    expect(areaIds(priorities(scores, 4))).toEqual(['moments', 'internal-customers', 'leadership']);
    expect(areaIds(priorities(oneRatingPerArea({ customers: 5, moments: 2 }), 2))).toEqual([
      'moments',
    ]);
  });

  it('lists tied areas in question-bank order, whatever order the scores come in', () => {
    const scores = oneRatingPerArea({
      customers: 3,
      'internal-customers': 4,
      moments: 4,
      processes: 2,
      improvement: 2,
      leadership: 5,
    });
    expect(areaIds(priorities(scores))).toEqual(['processes', 'improvement']);
    // One asked for, but improvement ties with processes at the cut-off: both, in bank order.
    expect(areaIds(priorities([...scores].reverse(), 1))).toEqual(['processes', 'improvement']);
  });

  it('lists scored areas only', () => {
    const scores = oneRatingPerArea({ moments: 2 });
    expect(areaIds(priorities(scores, 6))).toEqual(['moments']);
  });

  it('lists nothing for a count of 0 or below', () => {
    const scores = scoreWorkshop(withRatings(ALL_RATED)).areas;
    expect(priorities(scores, 0)).toEqual([]);
    expect(priorities(scores, -3)).toEqual([]);
  });
});

describe('strengths', () => {
  it('lists the highest-scoring areas first, two by default', () => {
    const scores = scoreWorkshop(withRatings(ALL_RATED)).areas;
    expect(areaIds(strengths(scores))).toEqual(['improvement', 'customers']);
    // processes (3.4) would be third but is below the 3.5 floor.
    expect(areaIds(strengths(scores, 3))).toEqual(['improvement', 'customers']);
  });

  it('breaks ties by question-bank order, whatever order the scores come in', () => {
    const scores = oneRatingPerArea({
      customers: 3,
      'internal-customers': 4,
      moments: 4,
      processes: 2,
      improvement: 2,
      leadership: 5,
    });
    // internal-customers and moments tie at 4 at the cut-off: both, in bank order.
    const expected = ['leadership', 'internal-customers', 'moments'];
    expect(areaIds(strengths(scores))).toEqual(expected);
    expect(areaIds(strengths([...scores].reverse()))).toEqual(expected);
  });

  it('never lists an area that is also a priority', () => {
    // Three scored areas, count 2: priorities take leadership (1) and moments (3).
    const scores = oneRatingPerArea({ customers: 5, moments: 3, leadership: 1 });
    expect(areaIds(priorities(scores))).toEqual(['leadership', 'moments']);
    expect(areaIds(strengths(scores))).toEqual(['customers']);
  });

  it('lists nothing when the only scored area is a priority', () => {
    expect(strengths(oneRatingPerArea({ improvement: 5 }))).toEqual([]);
  });

  it('splits two scored areas into one priority and one strength', () => {
    const scores = oneRatingPerArea({ customers: 5, moments: 2 });
    expect(areaIds(priorities(scores))).toEqual(['moments']);
    expect(areaIds(strengths(scores))).toEqual(['customers']);
  });

  it('never drops a tied area by bank order: three tied at the cut-off are all priorities', () => {
    const scores = oneRatingPerArea({ customers: 4, moments: 4, processes: 4 });
    expect(areaIds(priorities(scores))).toEqual(['customers', 'moments', 'processes']);
    expect(areaIds(strengths(scores))).toEqual([]);
  });
});

describe('drivers', () => {
  // customers: 4, 2, 4, "don't know", 1.
  const CUSTOMERS = withRatings({
    'customers.segments': 4,
    'customers.voice': 2,
    'customers.promise': 4,
    'customers.individual': 'dontKnow',
    'customers.perception': 1,
  });

  it('lists the highest ratings first when pulling up, ties by bank order', () => {
    expect(drivers(CUSTOMERS, 'customers', 'up')).toEqual([
      { statementId: 'customers.segments', rating: 4 },
      { statementId: 'customers.promise', rating: 4 },
    ]);
  });

  it('lists the lowest ratings first when pulling down', () => {
    expect(drivers(CUSTOMERS, 'customers', 'down')).toEqual([
      { statementId: 'customers.perception', rating: 1 },
      { statementId: 'customers.voice', rating: 2 },
    ]);
  });

  it('breaks ties by bank order when pulling down too', () => {
    const workshop = withRatings({
      'moments.mapped': 2,
      'moments.owner': 5,
      'moments.measured': 2,
      'moments.frontLine': 2,
    });
    expect(drivers(workshop, 'moments', 'down')).toEqual([
      { statementId: 'moments.mapped', rating: 2 },
      { statementId: 'moments.measured', rating: 2 },
    ]);
    expect(drivers(workshop, 'moments', 'up', 3)).toEqual([
      { statementId: 'moments.owner', rating: 5 },
      { statementId: 'moments.mapped', rating: 2 },
      { statementId: 'moments.measured', rating: 2 },
    ]);
  });

  it('leaves out "don\'t know" and unanswered statements, however large the count', () => {
    expect(drivers(CUSTOMERS, 'customers', 'up', 10)).toEqual([
      { statementId: 'customers.segments', rating: 4 },
      { statementId: 'customers.promise', rating: 4 },
      { statementId: 'customers.voice', rating: 2 },
      { statementId: 'customers.perception', rating: 1 },
    ]);
  });

  it('lists nothing for an area without ratings or for a count of 0', () => {
    expect(drivers(CUSTOMERS, 'leadership', 'up')).toEqual([]);
    expect(drivers(ALL_DONT_KNOW, 'customers', 'down')).toEqual([]);
    expect(drivers(CUSTOMERS, 'customers', 'down', 0)).toEqual([]);
  });
});

describe('results that agree with what is shown (issue 13)', () => {
  it('gives the overall the level of its value as shown: 2.45 is shown 2.5, so level 3, 38 %', () => {
    const five = (area: string, ids: string[], values: Rating[]) =>
      Object.fromEntries(ids.map((id, i) => [`${area}.${id}`, values[i] as Rating]));
    const ratings: Record<string, Rating> = {
      // 12 / 5 = 2.4
      ...five(
        'customers',
        ['segments', 'voice', 'promise', 'individual', 'perception'],
        [2, 2, 3, 3, 2],
      ),
      // 15 / 6 = 2.5
      ...five(
        'internal-customers',
        ['known', 'agreed', 'ownIt', 'recruit', 'train', 'empower'],
        [2, 2, 3, 3, 2, 3],
      ),
      // 12 / 5 = 2.4
      ...five('moments', ['mapped', 'owner', 'measured', 'frontLine', 'details'], [2, 2, 3, 3, 2]),
      // 12 / 5 = 2.4
      ...five(
        'processes',
        ['customerSide', 'simple', 'acknowledge', 'consistent', 'data'],
        [2, 2, 3, 3, 2],
      ),
      // 13 / 5 = 2.6
      ...five(
        'improvement',
        ['feedback', 'complaints', 'lessons', 'journeys', 'innovation'],
        [3, 3, 3, 2, 2],
      ),
      // 12 / 5 = 2.4
      ...five(
        'leadership',
        ['topDriven', 'cxRole', 'purpose', 'decideAtMoment', 'alignment'],
        [2, 2, 3, 3, 2],
      ),
    };
    const scores = scoreWorkshop(withRatings(ratings));
    expect(scores.areas.map((a) => a.mean)).toEqual([2.4, 2.5, 2.4, 2.4, 2.6, 2.4]);
    // (2.4 + 2.5 + 2.4 + 2.4 + 2.6 + 2.4) / 6 = 14.7 / 6 = 2.45, shown 2.5: the same 2.5, 38 %,
    // level 3 as internal-customers, not 2.5 next to 36 % and level 2.
    expect(scores.overall).toMatchObject({ mean: 2.5, percent: 38, level: 3 });
    expect(scores.areas[1]).toMatchObject({ mean: 2.5, percent: 38, level: 3 });
  });

  it('rounds a mean half up before it decides the level (2.45 -> 2.5 -> level 3)', () => {
    expect(shownMean(2.45)).toBe(2.5);
    expect(shownMean(14.7 / 6)).toBe(2.5);
    expect(shownMean(2.449)).toBe(2.4);
    expect(shownMean(3.1333333)).toBe(3.1);
    // Float noise never moves a value across the half: 1.15 is stored as 1.1499999...
    expect(shownMean(1.15)).toBe(1.2);
    expect(levelOf(shownMean(14.7 / 6))).toBe(3);
    expect(percentOf(shownMean(14.7 / 6))).toBe(38);
  });

  it('keeps every area tied at the cut-off of priorities (three at 2.0, not two)', () => {
    const scores = oneRatingPerArea({
      customers: 4,
      'internal-customers': 2,
      moments: 2,
      processes: 2,
      improvement: 5,
      leadership: 3,
    });
    expect(areaIds(priorities(scores))).toEqual(['internal-customers', 'moments', 'processes']);
  });

  it('calls nothing a strength below 3.5, however low the others are', () => {
    const scores = oneRatingPerArea({ customers: 2, moments: 1, leadership: 1 });
    expect(areaIds(priorities(scores))).toEqual(['moments', 'leadership']);
    expect(strengths(scores)).toEqual([]);
    expect(STRENGTH_FLOOR).toBe(3.5);
    expect(areaIds(strengths(oneRatingPerArea({ customers: 4, moments: 1 })))).toEqual([
      'customers',
    ]);
  });

  it('marks an area provisional when fewer than half its statements are rated', () => {
    // One rating and four "don't know": 1 of 5.
    const oneOfFive = withRatings({
      'customers.segments': 4,
      'customers.voice': 'dontKnow',
      'customers.promise': 'dontKnow',
      'customers.individual': 'dontKnow',
      'customers.perception': 'dontKnow',
    });
    expect(scoreArea(oneOfFive, 'customers')).toMatchObject({
      mean: 4,
      level: 4,
      provisional: true,
    });
    // 3 of 6 is half: not provisional. 2 of 6 is.
    const half = withRatings({
      'internal-customers.known': 3,
      'internal-customers.agreed': 3,
      'internal-customers.ownIt': 3,
    });
    expect(scoreArea(half, 'internal-customers').provisional).toBe(false);
    const third = withRatings({ 'internal-customers.known': 3, 'internal-customers.agreed': 3 });
    expect(scoreArea(third, 'internal-customers').provisional).toBe(true);
    expect(scoreWorkshop(withRatings(ALL_RATED)).overall.provisional).toBe(false);
  });
});

describe('"does not apply", "to find out" and bank versions (issue 13)', () => {
  /** A new (version 2) workshop with these ratings. */
  const v2 = (ratings: Record<string, Rating>) => ({ ...makeWorkshop(), ratings });

  it('leaves "does not apply" out of the score and out of what must be rated', () => {
    // Customers (v2, six statements): 4 and 2 rated, two "does not apply", one "don't know", one open.
    const score = scoreArea(
      v2({
        'customers.segments': 4,
        'customers.voice': 2,
        'customers.promise': 'notApplicable',
        'customers.differentiate': 'notApplicable',
        'customers.history': 'dontKnow',
      }),
      'customers',
    );
    expect(score).toMatchObject({
      mean: 3,
      percent: 50,
      level: 3,
      rated: 2,
      dontKnow: 1,
      notApplicable: 2,
      unanswered: 1,
      statements: 6,
      // 2 rated of the 4 that apply: half, so not provisional (with 6 counted it would be).
      provisional: false,
    });
    // Every answer, "does not apply" included, counts as answered: 5 of 6 statements + 3 prompts.
    expect(score.completion).toEqual({ answered: 5, total: 9, percent: 55 });
  });

  it('is provisional with fewer than half the applicable statements rated', () => {
    const score = scoreArea(
      v2({
        'customers.segments': 5,
        'customers.voice': 'dontKnow',
        'customers.promise': 'dontKnow',
        'customers.differentiate': 'notApplicable',
      }),
      'customers',
    );
    // 1 rated of 5 that apply: 2 < 5.
    expect(score).toMatchObject({ mean: 5, rated: 1, notApplicable: 1, provisional: true });
  });

  it('has no score when every statement "does not apply"', () => {
    const ratings = Object.fromEntries(
      ['segments', 'voice', 'promise', 'differentiate', 'history', 'outsideIn'].map((s) => [
        `customers.${s}`,
        'notApplicable' as const,
      ]),
    );
    expect(scoreArea(v2(ratings), 'customers')).toMatchObject({
      mean: null,
      level: null,
      provisional: false,
      unanswered: 0,
    });
  });

  it('never lets "does not apply" pull an area up or down', () => {
    const workshop = v2({
      'processes.customerSide': 'notApplicable',
      'processes.oneContact': 2,
      'processes.optOut': 4,
    });
    expect(drivers(workshop, 'processes', 'down')).toEqual([
      { statementId: 'processes.oneContact', rating: 2 },
      { statementId: 'processes.optOut', rating: 4 },
    ]);
  });

  it('lists "we don\'t know" answers to find out, in bank order, and nothing else', () => {
    const workshop = v2({
      'leadership.budget': 'dontKnow',
      'customers.voice': 'dontKnow',
      'customers.segments': 3,
      'processes.optOut': 'notApplicable',
      // Version 1's statement: not asked in this workshop, so not listed.
      'customers.individual': 'dontKnow',
    });
    expect(toFindOut(workshop)).toEqual([
      { areaId: 'customers', statementId: 'customers.voice' },
      { areaId: 'leadership', statementId: 'leadership.budget' },
    ]);
    expect(toFindOut(makeWorkshop())).toEqual([]);
  });

  it('scores each workshop with its own version: the same answers, two different areas', () => {
    const ratings: Record<string, Rating> = {
      'customers.segments': 4,
      'customers.individual': 2, // version 1 only
      'customers.history': 5, // version 2 only
    };
    const v1 = { ...makeWorkshop(), bank: { id: 'momentos-cx', version: 1 }, ratings };
    // Version 1: (4 + 2) / 2 = 3 over five statements; version 2: (4 + 5) / 2 = 4.5 over six.
    expect(scoreArea(v1, 'customers')).toMatchObject({ mean: 3, rated: 2, statements: 5 });
    expect(scoreArea(v2(ratings), 'customers')).toMatchObject({
      mean: 4.5,
      rated: 2,
      statements: 6,
    });
  });
});
