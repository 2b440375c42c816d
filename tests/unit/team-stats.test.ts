import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areasOf,
  DONT_KNOW,
  LEVELS,
  NOT_APPLICABLE,
  type AreaId,
  type Level,
  type Rating,
} from '../../src/domain/question-bank';
import type { ParticipantAnswers, ParticipantMoment } from '../../src/domain/team';
import {
  cautiousLevel,
  CONSENSUS_RULE,
  consensusRatings,
  DISCUSS_FIRST_RULE,
  discussFirst,
  momentKey,
  spreadOf,
  spreadOfCounts,
  teamStats,
  type Spread,
  type StatementStats,
  type TeamStats,
} from '../../src/domain/team-stats';

// The hand computations below use version 2 of the bank (the one team mode starts with) unless a
// test says otherwise.
const V2 = { version: 2 };
const DK = DONT_KNOW;
const NA = NOT_APPLICABLE;

/** A participant with these ratings and moments, answering version 2. */
function participant(
  ratings: Record<string, Rating>,
  moments: ParticipantMoment[] = [],
  id = 'p',
): ParticipantAnswers {
  return {
    participantId: id,
    name: '',
    code: 'ABC234',
    bank: { id: 'momentos-cx', version: 2 },
    submittedAt: '2026-03-05T10:00:00.000Z',
    ratings,
    comments: {},
    moments,
  };
}

/**
 * A team built column-wise: participant i answers each statement with its list's i-th answer
 * (undefined: unanswered). The team has as many participants as the longest list.
 */
function team(columns: Record<string, readonly (Rating | undefined)[]>): ParticipantAnswers[] {
  const size = Math.max(0, ...Object.values(columns).map((c) => c.length));
  return Array.from({ length: size }, (_, i) => {
    const ratings: Record<string, Rating> = {};
    for (const [id, column] of Object.entries(columns)) {
      const rating = column[i];
      if (rating !== undefined) ratings[id] = rating;
    }
    return participant(ratings, [], `p${i}`);
  });
}

function moment(name: string, over: Partial<ParticipantMoment> = {}): ParticipantMoment {
  return { name, importance: null, expectation: null, promise: null, delivered: null, ...over };
}

function statement(stats: TeamStats, id: string): StatementStats {
  const found = stats.statements.find((s) => s.statementId === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
}

function area(stats: TeamStats, id: AreaId) {
  const found = stats.areas.find((a) => a.areaId === id);
  if (!found) throw new Error(`no area ${id}`);
  return found;
}

/** The spread fields of a statement, area or moment scale, without its ids and distribution. */
function spread({ respondents, mean, median, sd, min, max }: Spread): Spread {
  return { respondents, mean, median, sd, min, max };
}

const NONE: Spread = { respondents: 0, mean: null, median: null, sd: null, min: null, max: null };

const ids = (list: readonly StatementStats[]) => list.map((s) => s.statementId);

describe('spreadOf', () => {
  it('has no numbers (null, never 0) for no values', () => {
    expect(spreadOf([])).toStrictEqual(NONE);
  });

  it('gives one value sd 0 and itself as mean, median, min and max', () => {
    expect(spreadOf([4])).toStrictEqual({
      respondents: 1,
      mean: 4,
      median: 4,
      sd: 0,
      min: 4,
      max: 4,
    });
  });

  it('gives [1, 5] sd 2 (population: divided by n, not n - 1) and median 3', () => {
    expect(spreadOf([5, 1])).toStrictEqual({
      respondents: 2,
      mean: 3,
      median: 3,
      sd: 2,
      min: 1,
      max: 5,
    });
  });

  it('gives [1, 2, 3, 4, 5] mean 3, median 3 and sd sqrt(2)', () => {
    const s = spreadOf([3, 5, 1, 4, 2]);
    expect([s.mean, s.median, s.min, s.max]).toStrictEqual([3, 3, 1, 5]);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 9);
  });

  it('gives [1, 1, 1, 1, 5, 5, 5, 5] sd 2 and [2, 2, 4, 4] sd 1', () => {
    expect(spreadOf([1, 1, 1, 1, 5, 5, 5, 5]).sd).toBe(2);
    expect(spreadOf([2, 4, 2, 4]).sd).toBe(1);
  });

  it('takes the mean of the two middle values as the median of an even count', () => {
    expect(spreadOf([2, 3]).median).toBe(2.5);
    expect(spreadOf([5, 1, 4, 2]).median).toBe(3);
    expect(spreadOf([1, 1, 2, 5]).median).toBe(1.5);
    expect(spreadOf([1, 1, 2, 5]).mean).toBe(2.25);
  });

  it('gives [1, 2, 2, 3] mean 2, median 2 and sd sqrt(1/2)', () => {
    const s = spreadOf([1, 2, 2, 3]);
    expect([s.mean, s.median]).toStrictEqual([2, 2]);
    expect(s.sd).toBeCloseTo(Math.SQRT1_2, 9);
  });

  it('does not change the array it is given', () => {
    const values = [5, 1, 3];
    spreadOf(values);
    expect(values).toStrictEqual([5, 1, 3]);
  });
});

describe('spreadOfCounts', () => {
  it('reads a histogram: [1, 0, 0, 0, 1] from 1 is [1, 5]', () => {
    expect(spreadOfCounts([1, 0, 0, 0, 1], 1)).toStrictEqual(spreadOf([1, 5]));
  });

  it('reads gaps from -4: one -3, one 0 and one 3', () => {
    const s = spreadOfCounts([0, 1, 0, 0, 1, 0, 0, 1, 0], -4);
    expect([s.respondents, s.mean, s.median, s.min, s.max]).toStrictEqual([3, 0, 0, -3, 3]);
    expect(s.sd).toBeCloseTo(Math.sqrt(6), 9);
  });

  it('has no numbers for an empty histogram', () => {
    expect(spreadOfCounts([0, 0, 0, 0, 0], 1)).toStrictEqual(NONE);
  });

  it('gives the same numbers as spreadOf of the values, for any histogram', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: -4, max: 1 }),
        (counts, first) => {
          const values = counts.flatMap((c, i) => Array<number>(c).fill(first + i));
          expect(spreadOfCounts(counts, first)).toStrictEqual(spreadOf(values));
        },
      ),
    );
  });
});

describe('teamStats: statements', () => {
  it('has one entry per statement of the bank version, in bank order', () => {
    for (const version of [1, 2]) {
      const stats = teamStats([], { version });
      expect(ids(stats.statements)).toStrictEqual(
        areasOf({ version }).flatMap((a) => a.statements.map((s) => s.id)),
      );
      expect(stats.statements.every((s) => s.statementId.startsWith(`${s.areaId}.`))).toBe(true);
    }
  });

  it('ignores ratings of statements its bank version does not ask', () => {
    // "customers.individual" is asked only by version 1.
    const participants = [participant({ 'customers.individual': 5, 'customers.segments': 1 })];
    expect(ids(teamStats(participants, V2).statements)).not.toContain('customers.individual');
    expect(area(teamStats(participants, V2), 'customers').mean).toBe(1);
    expect(statement(teamStats(participants, { version: 1 }), 'customers.individual').mean).toBe(5);
  });

  it('with no participants: no respondents, nothing answered, nothing to discuss', () => {
    const stats = teamStats([], V2);
    expect(stats.respondents).toBe(0);
    for (const s of stats.statements) {
      expect(spread(s)).toStrictEqual(NONE);
      expect(s.distribution).toStrictEqual({
        counts: [0, 0, 0, 0, 0],
        dontKnow: 0,
        notApplicable: 0,
        unanswered: 0,
      });
    }
    expect(stats.areas.map(spread)).toStrictEqual(stats.areas.map(() => NONE));
    expect(stats.discussFirst).toStrictEqual([]);
    expect(stats.moments).toStrictEqual([]);
  });

  it('with one participant: their own answers, sd 0, nothing to discuss', () => {
    const stats = teamStats(
      [
        participant({
          'customers.segments': 4,
          'customers.voice': 2,
          'customers.promise': DK,
          'customers.differentiate': NA,
        }),
      ],
      V2,
    );
    expect(stats.respondents).toBe(1);
    expect(statement(stats, 'customers.segments')).toStrictEqual({
      statementId: 'customers.segments',
      areaId: 'customers',
      distribution: { counts: [0, 0, 0, 1, 0], dontKnow: 0, notApplicable: 0, unanswered: 0 },
      respondents: 1,
      mean: 4,
      median: 4,
      sd: 0,
      min: 4,
      max: 4,
    });
    expect(spread(statement(stats, 'customers.promise'))).toStrictEqual(NONE);
    expect(statement(stats, 'customers.promise').distribution.dontKnow).toBe(1);
    expect(statement(stats, 'customers.differentiate').distribution.notApplicable).toBe(1);
    expect(statement(stats, 'customers.history').distribution.unanswered).toBe(1);
    expect(spread(area(stats, 'customers'))).toStrictEqual({
      respondents: 1,
      mean: 3,
      median: 3,
      sd: 0,
      min: 3,
      max: 3,
    });
    expect(spread(area(stats, 'leadership'))).toStrictEqual(NONE);
    expect(stats.discussFirst).toStrictEqual([]);
  });

  it('when everyone answers "don\'t know" to everything: no numbers, all counted as "don\'t know"', () => {
    const allDontKnow = Object.fromEntries(
      areasOf(V2).flatMap((a) => a.statements.map((s) => [s.id, DK] as const)),
    );
    const stats = teamStats(
      [participant(allDontKnow), participant(allDontKnow), participant(allDontKnow)],
      V2,
    );
    for (const s of stats.statements) {
      expect(spread(s)).toStrictEqual(NONE);
      expect(s.distribution).toStrictEqual({
        counts: [0, 0, 0, 0, 0],
        dontKnow: 3,
        notApplicable: 0,
        unanswered: 0,
      });
    }
    expect(stats.areas.map(spread)).toStrictEqual(stats.areas.map(() => NONE));
    expect(stats.discussFirst).toStrictEqual([]);
    expect(new Set(Object.values(consensusRatings(stats)))).toStrictEqual(new Set([DK]));
  });

  it('counts every participant once in the distribution', () => {
    const stats = teamStats(
      team({ 'processes.oneContact': [1, 5, 5, DK, NA, undefined, 3, 5], 'customers.voice': [2] }),
      V2,
    );
    const s = statement(stats, 'processes.oneContact');
    expect(s.distribution).toStrictEqual({
      counts: [1, 0, 1, 0, 3],
      dontKnow: 1,
      notApplicable: 1,
      unanswered: 1,
    });
    // 1, 3, 5, 5, 5: mean 19/5, median 5.
    expect([s.respondents, s.mean, s.median, s.min, s.max]).toStrictEqual([5, 3.8, 5, 1, 5]);
    // Squared deviations from 3.8: 7.84 + 0.64 + 3 x 1.44 = 12.8; / 5 = 2.56.
    expect(s.sd).toBe(1.6);
    expect(statement(stats, 'customers.voice').distribution.unanswered).toBe(7);
  });

  it('counts a value that is not an answer as unanswered', () => {
    const odd = participant({
      'customers.voice': 7 as Level,
      'customers.segments': 'maybe' as Rating,
    });
    const stats = teamStats([odd], V2);
    expect(statement(stats, 'customers.voice').distribution.unanswered).toBe(1);
    expect(statement(stats, 'customers.segments').distribution.unanswered).toBe(1);
    expect(spread(area(stats, 'customers'))).toStrictEqual(NONE);
  });
});

describe('teamStats: areas', () => {
  it("spreads the participants' own area means; one who rated nothing there is not a respondent", () => {
    const stats = teamStats(
      team({
        // Customers: A (4 + 2) / 2 = 3; B (5 + 5 + 5 + 4) / 4 = 4.75; C only "don't know" and
        // "does not apply": no score; D (1 + 2 + 2) / 3 = 5/3; E nothing at all.
        'customers.segments': [4, 5, DK, 1],
        'customers.voice': [2, 5, NA, 2],
        'customers.promise': [undefined, 5, DK, 2],
        'customers.differentiate': [DK, 4, undefined, undefined, undefined],
        // Leadership: only C and E rated: 2 and 4.
        'leadership.budget': [undefined, undefined, 2, undefined, 4],
      }),
      V2,
    );
    const customers = area(stats, 'customers');
    expect(customers.respondents).toBe(3);
    expect(customers.median).toBe(3);
    expect(customers.max).toBe(4.75);
    expect(customers.min).toBeCloseTo(5 / 3, 9);
    // (5/3 + 3 + 19/4) / 3 = 113/36; squared deviations (53² + 5² + 58²) / 36² = 6198 / 1296.
    expect(customers.mean).toBeCloseTo(113 / 36, 9);
    expect(customers.sd).toBeCloseTo(Math.sqrt(6198 / 1296 / 3), 8);
    expect(spread(area(stats, 'leadership'))).toStrictEqual({
      respondents: 2,
      mean: 3,
      median: 3,
      sd: 1,
      min: 2,
      max: 4,
    });
    expect(spread(area(stats, 'moments'))).toStrictEqual(NONE);
    expect(stats.areas.map((a) => a.areaId)).toStrictEqual(areasOf(V2).map((a) => a.id));
  });

  it('takes an area mean over its 1-5 ratings only, whatever the number of statements', () => {
    // Only processes.consistent rated: the participant's processes score is that rating, not 3/7.
    const stats = teamStats(team({ 'processes.consistent': [3] }), V2);
    expect(area(stats, 'processes').mean).toBe(3);
  });

  it('leaves no float noise: equal area scores of 7/3 have mean = min = max and sd exactly 0', () => {
    const ratings: Record<string, Rating> = {
      'customers.segments': 2,
      'customers.voice': 2,
      'customers.promise': 3,
    };
    const stats = teamStats(
      [participant({ ...ratings }), participant({ ...ratings }), participant({ ...ratings })],
      V2,
    );
    const customers = area(stats, 'customers');
    expect(customers.sd).toBe(0);
    expect(customers.mean).toBe(customers.min);
    expect(customers.median).toBe(customers.max);
    expect(customers.mean).toBeCloseTo(7 / 3, 9);
  });
});

describe('discussFirst', () => {
  it('states its rule: at least two 1-5 ratings, sd > 0; by sd, then range, then bank order', () => {
    expect(DISCUSS_FIRST_RULE).toStrictEqual({
      minRespondents: 2,
      order: ['sd', 'range', 'bankOrder'],
    });
  });

  it('lists only statements with two or more 1-5 ratings that are not all the same', () => {
    const stats = teamStats(
      team({
        'customers.segments': [4, 4, 4],
        'customers.voice': [5, DK, NA],
        'customers.promise': [2, 3],
        'moments.owner': [1, undefined, DK],
      }),
      V2,
    );
    expect(ids(stats.discussFirst)).toStrictEqual(['customers.promise']);
  });

  it('puts the largest standard deviation first, whatever the bank order', () => {
    const stats = teamStats(
      team({
        'customers.segments': [3, 4], // sd 0.5
        'processes.optOut': [1, 5], // sd 2
        'internal-customers.known': [2, 4], // sd 1
      }),
      V2,
    );
    expect(ids(stats.discussFirst)).toStrictEqual([
      'processes.optOut',
      'internal-customers.known',
      'customers.segments',
    ]);
  });

  it('keeps bank order between statements with the same sd and range', () => {
    const stats = teamStats(
      team({
        'leadership.budget': [1, 5],
        'customers.voice': [5, 1],
        'moments.owner': [1, 1, 5, 5], // also sd 2, range 4
      }),
      V2,
    );
    expect(ids(stats.discussFirst)).toStrictEqual([
      'customers.voice',
      'moments.owner',
      'leadership.budget',
    ]);
  });

  it('puts the wider range first between statements with the same sd', () => {
    // All three have variance 2 (sd sqrt(2)): [1, 1, 4] has range 3, the others range 4.
    const stats = teamStats(
      team({
        'customers.segments': [1, 1, 4],
        'customers.voice': [1, 2, 3, 4, 5],
        'moments.owner': [1, 3, 3, 5],
      }),
      V2,
    );
    const [first, second, third] = stats.discussFirst;
    expect(first?.sd).toBe(second?.sd);
    expect(second?.sd).toBe(third?.sd);
    expect(ids(stats.discussFirst)).toStrictEqual([
      'customers.voice',
      'moments.owner',
      'customers.segments',
    ]);
  });

  it('sorts any list of statement stats given in bank order', () => {
    const stats = teamStats(team({ 'customers.voice': [1, 2], 'customers.segments': [1, 5] }), V2);
    expect(discussFirst(stats.statements)).toStrictEqual(stats.discussFirst);
    expect(ids(discussFirst([]))).toStrictEqual([]);
  });
});

describe('cautiousLevel', () => {
  it('rounds to the nearest level with halves down', () => {
    expect([1, 1.5, 2.5, 3.5, 4, 4.5, 3.51, 3.49, 5].map(cautiousLevel)).toStrictEqual([
      1, 1, 2, 3, 4, 4, 4, 3, 5,
    ]);
  });

  it('clamps to the scale and reads NaN as the bottom', () => {
    expect([0, -3, 6, Number.NaN].map(cautiousLevel)).toStrictEqual([1, 1, 5, 1]);
  });

  it('treats float noise as the half it is (3.5000000000000004 -> 3)', () => {
    expect(cautiousLevel(3.5000000000000004)).toBe(3);
  });
});

describe('consensusRatings', () => {
  it('states its rule: the median, halves down', () => {
    expect(CONSENSUS_RULE).toStrictEqual({ from: 'median', halves: 'down' });
  });

  it("starts each statement at its median's cautious level", () => {
    const stats = teamStats(
      team({
        'customers.segments': [3, 4], // median 3.5 -> 3
        'customers.voice': [3, 4, 5], // 4
        'customers.promise': [2, 3], // 2.5 -> 2
        'customers.differentiate': [4, 5, DK], // 4.5 -> 4
        'customers.history': [1, 5, 4, 2], // 3
        'customers.outsideIn': [1, 1, 5], // 1
      }),
      V2,
    );
    expect(consensusRatings(stats)).toStrictEqual({
      'customers.segments': 3,
      'customers.voice': 4,
      'customers.promise': 2,
      'customers.differentiate': 4,
      'customers.history': 3,
      'customers.outsideIn': 1,
    });
  });

  it('gives "does not apply" only when everyone who answered said so, else "don\'t know" if anyone did', () => {
    const stats = teamStats(
      team({
        'customers.segments': [NA, NA, undefined], // -> notApplicable
        'customers.voice': [NA, DK, NA], // -> dontKnow
        'customers.promise': [DK, undefined], // -> dontKnow
        'customers.differentiate': [NA, 2, DK], // a rating wins -> 2
        'customers.history': [undefined, undefined], // left out
      }),
      V2,
    );
    const consensus = consensusRatings(stats);
    expect(consensus).toStrictEqual({
      'customers.segments': NA,
      'customers.voice': DK,
      'customers.promise': DK,
      'customers.differentiate': 2,
    });
    expect('customers.history' in consensus).toBe(false);
  });

  it('gives nothing for a team with no answers', () => {
    expect(consensusRatings(teamStats([], V2))).toStrictEqual({});
  });
});

describe('teamStats: moments', () => {
  it('merges names across case, spaces and accents, keeping the first spelling', () => {
    const stats = teamStats(
      [
        participant({}, [moment('Check-in', { importance: 5 })], 'a'),
        participant({}, [moment(' check-in ', { importance: 3 })], 'b'),
        participant({}, [moment('CHECK-IN', { importance: 4 })], 'c'),
      ],
      V2,
    );
    expect(stats.moments).toHaveLength(1);
    expect(stats.moments[0]?.name).toBe('Check-in');
    expect(stats.moments[0]?.respondents).toBe(3);
    expect(stats.moments[0]?.importance).toStrictEqual({
      respondents: 3,
      mean: 4,
      median: 4,
      sd: Math.round(Math.sqrt(2 / 3) * 1e9) / 1e9,
      min: 3,
      max: 5,
    });
  });

  it('merges "Atención en tienda", "atencion  en  tienda" and a decomposed accent as one moment', () => {
    const stats = teamStats(
      [
        participant({}, [moment('  Atención   en tienda')], 'a'),
        participant({}, [moment('atencion  en  tienda')], 'b'),
        participant({}, [moment('ATENCIO\u0301N EN TIENDA')], 'c'),
      ],
      V2,
    );
    expect(stats.moments.map((m) => [m.name, m.respondents])).toStrictEqual([
      ['Atención en tienda', 3],
    ]);
  });

  it('makes the merge key in lower case, spaces collapsed, accents dropped', () => {
    expect(momentKey(' Llamada\u00a0de   SEGUIMIENTO ')).toBe('llamada de seguimiento');
    expect(momentKey('Diseño')).toBe(momentKey('diseno'));
    expect(momentKey('Café')).toBe(momentKey('Cafe\u0301'));
    expect(momentKey('Check-in')).not.toBe(momentKey('Check in'));
  });

  it('lists moments in the order their names were first seen', () => {
    const stats = teamStats(
      [
        participant({}, [moment('Web'), moment('Phone')], 'a'),
        participant({}, [moment('Branch'), moment('phone'), moment('web')], 'b'),
      ],
      V2,
    );
    expect(stats.moments.map((m) => [m.name, m.respondents])).toStrictEqual([
      ['Web', 2],
      ['Phone', 2],
      ['Branch', 1],
    ]);
  });

  it('counts a participant who lists a moment twice once, with the first of the two', () => {
    const stats = teamStats(
      [participant({}, [moment('Web', { importance: 2 }), moment(' web', { importance: 5 })])],
      V2,
    );
    expect(stats.moments).toHaveLength(1);
    expect(stats.moments[0]?.respondents).toBe(1);
    expect(stats.moments[0]?.importance.mean).toBe(2);
  });

  it('leaves out a moment whose name is only spaces', () => {
    expect(teamStats([participant({}, [moment('   '), moment('')])], V2).moments).toStrictEqual([]);
  });

  it('spreads each scale over the participants who rated it, and the gap over those who rated both', () => {
    const stats = teamStats(
      [
        participant({}, [moment('Web', { expectation: 5, delivered: 2, promise: 4 })], 'a'), // gap 3
        participant({}, [moment('web', { expectation: 4, delivered: 4 })], 'b'), // gap 0
        participant({}, [moment('WEB', { expectation: 5 })], 'c'), // no gap
        participant({}, [moment('Web', { delivered: 1, importance: 5 })], 'd'), // no gap
        participant({}, [moment('Web', { expectation: 2, delivered: 5 })], 'e'), // gap -3
      ],
      V2,
    );
    const [web] = stats.moments;
    expect(web?.respondents).toBe(5);
    expect(web?.importance).toStrictEqual({
      respondents: 1,
      mean: 5,
      median: 5,
      sd: 0,
      min: 5,
      max: 5,
    });
    expect(web?.promise.respondents).toBe(1);
    expect(spread(web?.expectation ?? NONE)).toStrictEqual({
      respondents: 4,
      mean: 4,
      median: 4.5,
      sd: Math.round(Math.sqrt(1.5) * 1e9) / 1e9, // deviations 1, 0, 1, -2
      min: 2,
      max: 5,
    });
    expect(web?.delivered.median).toBe(3); // 1, 2, 4, 5
    expect(web?.gap.respondents).toBe(3);
    expect([web?.gap.mean, web?.gap.median, web?.gap.min, web?.gap.max]).toStrictEqual([
      0, 0, -3, 3,
    ]);
    expect(web?.gap.sd).toBeCloseTo(Math.sqrt(6), 9); // (9 + 0 + 9) / 3
  });

  it('gives a moment nobody rated empty spreads', () => {
    const [only] = teamStats([participant({}, [moment('Email')])], V2).moments;
    expect(only).toStrictEqual({
      name: 'Email',
      key: 'email',
      respondents: 1,
      importance: NONE,
      expectation: NONE,
      promise: NONE,
      delivered: NONE,
      gap: NONE,
    });
  });
});

// Properties ------------------------------------------------------------------------------------

const V2_IDS = areasOf(V2).flatMap((a) => a.statements.map((s) => s.id));
const answer = fc.constantFrom<Rating | undefined>(...LEVELS, DK, NA, undefined);
const level = fc.option(fc.constantFrom<Level>(...LEVELS), { nil: null });
const arbitraryParticipant = fc
  .record({
    answers: fc.array(answer, { minLength: V2_IDS.length, maxLength: V2_IDS.length }),
    moments: fc.array(
      fc.record({
        name: fc.constantFrom('Web', 'web ', 'Phone', 'Teléfono', 'telefono', ' '),
        importance: level,
        expectation: level,
        promise: level,
        delivered: level,
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ answers, moments }) => {
    const ratings: Record<string, Rating> = {};
    V2_IDS.forEach((id, i) => {
      const a = answers[i];
      if (a !== undefined) ratings[id] = a;
    });
    return participant(ratings, moments);
  });

/** Throws (cheaper than expect in a loop of hundreds of runs) unless `ok`. */
function check(ok: boolean, what: string) {
  if (!ok) throw new Error(what);
}

function checkCoherent(s: Spread, what: string, scale: 'levels' | 'gaps' = 'levels') {
  if (s.respondents === 0) {
    check(JSON.stringify(spread(s)) === JSON.stringify(NONE), `${what}: numbers with no values`);
    return;
  }
  const { mean, median, sd, min, max } = s as { [K in keyof Spread]: number };
  check(min <= median && median <= max, `${what}: min <= median <= max`);
  check(min <= mean && mean <= max, `${what}: mean within [min, max]`);
  // A population sd is at most half the range (Popoviciu's inequality).
  check(sd >= 0 && sd <= (max - min) / 2 + 1e-9, `${what}: 0 <= sd <= range / 2`);
  const [bottom, top] = scale === 'levels' ? [1, 5] : [-4, 4];
  check(bottom <= min && max <= top, `${what}: on the scale`);
}

describe('team statistics, for any team', () => {
  it('are coherent: counts add up, min <= median <= max, mean within [min, max], consensus within [min, max]', () => {
    fc.assert(
      fc.property(fc.array(arbitraryParticipant, { maxLength: 12 }), (participants) => {
        const stats = teamStats(participants, V2);
        const consensus = consensusRatings(stats);
        for (const s of stats.statements) {
          const { counts, dontKnow, notApplicable, unanswered } = s.distribution;
          const rated = counts.reduce((sum, c) => sum + c, 0);
          check(rated === s.respondents, `${s.statementId}: counts sum to respondents`);
          check(
            rated + dontKnow + notApplicable + unanswered === participants.length,
            `${s.statementId}: every participant counted once`,
          );
          checkCoherent(s, s.statementId);
          const agreed = consensus[s.statementId];
          if (s.median !== null && s.min !== null && s.max !== null)
            check(
              agreed === cautiousLevel(s.median) && s.min <= agreed && agreed <= s.max,
              `${s.statementId}: consensus is the median's cautious level, within [min, max]`,
            );
        }
        for (const a of stats.areas) {
          checkCoherent(a, a.areaId);
          check(a.respondents <= participants.length, `${a.areaId}: respondents`);
        }
        for (const m of stats.moments) {
          check(m.respondents <= participants.length, `${m.name}: respondents`);
          for (const scale of [m.importance, m.expectation, m.promise, m.delivered]) {
            checkCoherent(scale, m.name);
            check(scale.respondents <= m.respondents, `${m.name}: scale respondents`);
          }
          checkCoherent(m.gap, `${m.name} gap`, 'gaps');
        }
        check(
          new Set(stats.moments.map((m) => m.key)).size === stats.moments.length,
          'one entry per moment key',
        );
        const sds = stats.discussFirst.map((s) => s.sd ?? 0);
        check(
          sds.every((sd, i) => sd > 0 && (i === 0 || sd <= (sds[i - 1] ?? 0))),
          'discussFirst: sd > 0, largest first',
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('teamStats, for a large team', () => {
  it('merges 100 participants, every statement and 50 moments each in well under 50 ms', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const answers: readonly Rating[] = [...LEVELS, DK, NA];
    const participants = Array.from({ length: 100 }, (_, p) =>
      participant(
        Object.fromEntries(V2_IDS.map((id) => [id, pick(answers)])),
        Array.from({ length: 50 }, (_, i) =>
          moment(`${i % 2 ? 'Moment' : ' MOMENT '} ${(i + p) % 70}`, {
            importance: pick(LEVELS),
            expectation: pick(LEVELS),
            promise: pick(LEVELS),
            delivered: pick(LEVELS),
          }),
        ),
        `p${p}`,
      ),
    );
    let best = Infinity;
    let stats: TeamStats | undefined;
    for (let run = 0; run < 10; run++) {
      const started = performance.now();
      stats = teamStats(participants, V2);
      consensusRatings(stats);
      best = Math.min(best, performance.now() - started);
    }
    expect(stats?.statements).toHaveLength(V2_IDS.length);
    expect(stats?.moments).toHaveLength(70);
    expect(best).toBeLessThan(50);
  });
});
