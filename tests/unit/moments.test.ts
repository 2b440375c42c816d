import { describe, expect, it } from 'vitest';
import {
  appliesTo,
  brokenPromise,
  criticality,
  criticalMoments,
  gap,
  gapBand,
  promiseGap,
  groupMoments,
  rankMoments,
  shiningMoments,
  type RankedMoment,
} from '../../src/domain/moment-gaps';
import { cleanText } from '../../src/domain/limits';
import { isChannel, isScore, type Moment, type Score } from '../../src/domain/moments';
import { isCustomerKind, type CustomerType } from '../../src/domain/customer-types';
import { makeMoment } from '../fixtures/workshops';

const moment = makeMoment;

/** Shorthand: expectation, promise, delivered. */
/** A rated moment; its importance is its expectation unless given (as a schema-4 moment migrates). */
function rated(
  id: string,
  expectation: Score | null,
  promise: Score | null,
  delivered: Score | null,
  importance: Score | null = expectation,
): Moment {
  return moment(id, { importance, expectation, promise, delivered });
}

function customerType(id: string): CustomerType {
  return { id, name: `Type ${id}`, kind: 'external', description: '', expectations: '' };
}

/** id, rank, gap, broken promise and criticality of each ranked moment, in order. */
const summary = (ranked: RankedMoment[]) =>
  ranked.map((r) => [r.moment.id, r.rank, r.gap, r.brokenPromise, r.criticality]);

/** Every number anywhere in the ranking: none of them may be NaN. */
function expectNoNaN(ranked: RankedMoment[]): void {
  for (const r of ranked) {
    for (const value of [r.rank, r.gap, r.brokenPromise, r.criticality]) {
      if (value !== null) expect(Number.isNaN(value), `NaN in ${r.moment.id}`).toBe(false);
    }
  }
}

describe('gap', () => {
  it.each([
    [5, 2, 3],
    [5, 1, 4],
    [4, 4, 0],
    [2, 4, -2],
    [1, 5, -4],
  ] as const)('is %i expected - %i delivered = %i', (expectation, delivered, expected) => {
    expect(gap({ expectation, delivered })).toBe(expected);
  });

  it('is null while delivered is unrated', () => {
    expect(gap({ expectation: 5, delivered: null })).toBeNull();
  });

  it('is null while expectation is unrated', () => {
    expect(gap({ expectation: null, delivered: 3 })).toBeNull();
  });

  it('is null while neither is rated', () => {
    expect(gap({ expectation: null, delivered: null })).toBeNull();
  });
});

describe('brokenPromise', () => {
  it.each([
    [4, 2, 2],
    [5, 1, 4],
    [3, 3, 0],
    [1, 5, -4],
  ] as const)('is %i promised - %i delivered = %i', (promise, delivered, expected) => {
    expect(brokenPromise({ promise, delivered })).toBe(expected);
  });

  it('is null while the promise is unrated', () => {
    expect(brokenPromise({ promise: null, delivered: 2 })).toBeNull();
  });

  it('is null while delivered is unrated', () => {
    expect(brokenPromise({ promise: 4, delivered: null })).toBeNull();
  });
});

describe('criticality', () => {
  it.each([
    // importance = expectation here; criticality = (expectation - delivered) x importance
    [5, 1, 20],
    [5, 2, 15],
    [4, 1, 12],
    [5, 3, 10],
    [4, 2, 8],
    [3, 1, 6],
    [2, 1, 2],
    [3, 3, 0],
    [2, 4, -4],
    [1, 5, -4],
  ] as const)('is %i for expectation %i and delivered %i', (expectation, delivered, expected) => {
    expect(criticality({ importance: expectation, expectation, delivered })).toBe(expected);
  });

  it.each([
    // importance, expectation, delivered, (expectation - delivered) x importance
    [5, 3, 1, 10],
    [2, 5, 1, 8],
    [1, 5, 2, 3],
    [4, 2, 4, -8],
  ] as const)(
    'weighs the gap by importance %i: expectation %i, delivered %i gives %i',
    (importance, expectation, delivered, expected) => {
      expect(criticality({ importance, expectation, delivered })).toBe(expected);
    },
  );

  it('is null while any of the three ratings is unrated, never NaN', () => {
    expect(criticality({ importance: 3, expectation: null, delivered: 1 })).toBeNull();
    expect(criticality({ importance: 3, expectation: 5, delivered: null })).toBeNull();
    expect(criticality({ importance: null, expectation: 5, delivered: 1 })).toBeNull();
    expect(criticality({ importance: null, expectation: null, delivered: null })).toBeNull();
  });
});

describe('promiseGap (promise against what the customer expects)', () => {
  it.each([
    // promise, expectation, promise - expectation
    [2, 5, -3],
    [4, 4, 0],
    [5, 3, 2],
  ] as const)('is promise %i minus expectation %i = %i', (promise, expectation, expected) => {
    expect(promiseGap({ promise, expectation })).toBe(expected);
  });

  it('is null while either is unrated', () => {
    expect(promiseGap({ promise: null, expectation: 3 })).toBeNull();
    expect(promiseGap({ promise: 3, expectation: null })).toBeNull();
  });
});

describe('rankMoments', () => {
  it('ranks only the moments where the team falls short, most critical first', () => {
    const moments = [
      rated('small', 4, 5, 3), // gap 1, broken promise 2, criticality 4
      rated('big', 5, 4, 2), // gap 3, broken promise 2, criticality 15
      rated('over', 2, 3, 4), // gap -2: delivers more than expected
      rated('met', 3, 3, 3), // gap 0
      rated('also-met', 5, null, 5), // gap 0
      rated('no-expectation', null, 4, 1),
      rated('no-delivery', 4, 4, null),
      rated('unrated', null, null, null),
      rated('no-promise', 4, null, 1), // gap 3, broken promise unrated, criticality 12
    ];
    const ranked = rankMoments(moments);
    expect(summary(ranked)).toEqual([
      ['big', 1, 3, 2, 15],
      ['no-promise', 2, 3, null, 12],
      ['small', 3, 1, 2, 4],
    ]);
    expect(ranked[0]?.moment).toBe(moments[1]);
    expectNoNaN(ranked);
  });

  it('is empty when nothing falls short or nothing is rated', () => {
    expect(rankMoments([])).toEqual([]);
    expect(rankMoments([rated('a', 3, 3, 3), rated('b', 1, 1, 5), moment('c')])).toEqual([]);
  });

  it('sorts all ten possible shortfalls of 1-5 ratings by criticality, which never tie', () => {
    // With ratings 1-5 each (expectation, delivered) pair gives its own criticality, so equal
    // criticality always means an equal gap too.
    const moments = [
      rated('e2d1', 2, null, 1),
      rated('e3d1', 3, null, 1),
      rated('e3d2', 3, null, 2),
      rated('e4d1', 4, null, 1),
      rated('e4d2', 4, null, 2),
      rated('e4d3', 4, null, 3),
      rated('e5d1', 5, null, 1),
      rated('e5d2', 5, null, 2),
      rated('e5d3', 5, null, 3),
      rated('e5d4', 5, null, 4),
    ];
    const ranked = rankMoments(moments);
    expect(summary(ranked)).toEqual([
      ['e5d1', 1, 4, null, 20],
      ['e5d2', 2, 3, null, 15],
      ['e4d1', 3, 3, null, 12],
      ['e5d3', 4, 2, null, 10],
      ['e4d2', 5, 2, null, 8],
      ['e3d1', 6, 2, null, 6],
      ['e5d4', 7, 1, null, 5],
      ['e4d3', 8, 1, null, 4],
      ['e3d2', 9, 1, null, 3],
      ['e2d1', 10, 1, null, 2],
    ]);
    expectNoNaN(ranked);
  });

  it('breaks a tie on criticality by the larger gap', () => {
    // Importance 3 x (3 - 1) = importance 6 x (5 - 4) = 6 (an importance of 6 exists only in
    // hand-edited data).
    const wide = moment('wide', { importance: 3, expectation: 3, delivered: 1 }); // gap 2, criticality 6
    const narrow = moment('narrow', { importance: 6 as Score, expectation: 5, delivered: 4 }); // gap 1, criticality 6
    expect(summary(rankMoments([narrow, wide]))).toEqual([
      ['wide', 1, 2, null, 6],
      ['narrow', 2, 1, null, 6],
    ]);
  });

  it('breaks a tie on criticality and gap by the larger broken promise, unrated counting as none', () => {
    // All four: expectation 4, delivered 2 -> gap 2, criticality 8.
    const moments = [
      rated('p3', 4, 3, 2), // broken promise 1
      rated('p5', 4, 5, 2), // broken promise 3
      rated('p-unrated', 4, null, 2), // counts as 0
      rated('p1', 4, 1, 2), // broken promise -1: promises less than it delivers
    ];
    const ranked = rankMoments(moments);
    expect(summary(ranked)).toEqual([
      ['p5', 1, 2, 3, 8],
      ['p3', 2, 2, 1, 8],
      ['p-unrated', 3, 2, null, 8],
      ['p1', 4, 2, -1, 8],
    ]);
    expectNoNaN(ranked);
  });

  it('keeps map order for full ties, and tied moments share a rank', () => {
    const moments = [
      rated('third', 5, 4, 2), // gap 3, broken promise 2, criticality 15
      rated('first', 5, 5, 1), // gap 4, broken promise 4, criticality 20
      rated('fourth', 5, 4, 2), // ties with "third"
      rated('second', 5, 5, 1), // ties with "first"
      rated('fifth', 5, 4, 2), // ties with "third"
      rated('last', 4, 4, 3), // gap 1, broken promise 1, criticality 4
    ];
    expect(summary(rankMoments(moments))).toEqual([
      ['first', 1, 4, 4, 20],
      ['second', 1, 4, 4, 20],
      ['third', 3, 3, 2, 15],
      ['fourth', 3, 3, 2, 15],
      ['fifth', 3, 3, 2, 15],
      ['last', 6, 1, 1, 4],
    ]);
  });

  it('treats an unrated promise like a kept one when ranking ties', () => {
    const moments = [rated('unrated', 3, null, 1), rated('kept', 3, 1, 1)];
    expect(summary(rankMoments(moments))).toEqual([
      ['unrated', 1, 2, null, 6],
      ['kept', 1, 2, 0, 6],
    ]);
  });

  it('does not change the list it is given', () => {
    const moments = [rated('a', 4, 4, 3), rated('b', 5, 5, 1)];
    const copy = structuredClone(moments);
    rankMoments(moments);
    expect(moments).toEqual(copy);
  });
});

describe('criticalMoments', () => {
  const moments = [
    rated('c6', 3, null, 1), // criticality 6
    rated('c20', 5, 3, 1), // 20
    rated('c2', 2, null, 1), // 2
    rated('met', 4, 4, 4),
    rated('c15', 5, 2, 2), // 15
    rated('c12', 4, null, 1), // 12
    rated('c4', 4, 5, 3), // 4
    rated('c10', 5, null, 3), // 10
  ];

  it('keeps the five most critical', () => {
    const critical = criticalMoments(moments);
    expect(critical.map((r) => [r.moment.id, r.rank])).toEqual([
      ['c20', 1],
      ['c15', 2],
      ['c12', 3],
      ['c10', 4],
      ['c6', 5],
    ]);
    expectNoNaN(critical);
  });

  it('cuts at five even when the sixth ties with the fifth', () => {
    const tied = [...moments.slice(0, 7), rated('c6-again', 3, null, 1)];
    expect(criticalMoments(tied).map((r) => [r.moment.id, r.rank])).toEqual([
      ['c20', 1],
      ['c15', 2],
      ['c12', 3],
      ['c6', 4],
      ['c6-again', 4],
    ]);
  });

  it('takes another limit when given one', () => {
    expect(criticalMoments(moments, 2).map((r) => r.moment.id)).toEqual(['c20', 'c15']);
  });

  it('lists fewer when fewer moments fall short', () => {
    expect(
      criticalMoments([rated('a', 4, null, 3), rated('b', 3, 3, 3)]).map((r) => r.moment.id),
    ).toEqual(['a']);
    expect(criticalMoments([])).toEqual([]);
  });
});

describe('appliesTo', () => {
  it('is true for the chosen customer types only', () => {
    const m = moment('m', { customerTypeIds: ['a', 'b'] });
    expect(appliesTo(m, 'a')).toBe(true);
    expect(appliesTo(m, 'b')).toBe(true);
    expect(appliesTo(m, 'c')).toBe(false);
  });

  it('is true for every customer type when the moment is for all customers', () => {
    expect(appliesTo(moment('m', { allCustomers: true }), 'any')).toBe(true);
  });

  it('is false for a moment with no customer type yet', () => {
    expect(appliesTo(moment('m'), 'a')).toBe(false);
  });
});

describe('groupMoments', () => {
  const a = customerType('a');
  const b = customerType('b');
  const unused = customerType('unused');

  it('groups by customer type in list order, then all customers, then no type', () => {
    const moments = [
      moment('none-1'),
      moment('b-only', { customerTypeIds: ['b'] }),
      moment('all-1', { allCustomers: true }),
      moment('both', { customerTypeIds: ['b', 'a'] }),
      moment('a-only', { customerTypeIds: ['a'] }),
      moment('all-2', { allCustomers: true }),
      moment('none-2'),
    ];
    const groups = groupMoments([a, unused, b], moments);
    expect(groups.map((g) => [g.key.kind, g.moments.map((m) => m.id)])).toEqual([
      ['type', ['both', 'a-only']],
      ['type', ['b-only', 'both']],
      ['all', ['all-1', 'all-2']],
      ['none', ['none-1', 'none-2']],
    ]);
    expect(groups[0]?.key).toEqual({ kind: 'type', type: a });
    expect(groups[1]?.key).toEqual({ kind: 'type', type: b });
  });

  it('lists a moment whose customer types are all off the map (kept aside) with no type', () => {
    const orphan = moment('orphan', { customerTypeIds: ['kept-aside'] });
    const mixed = moment('mixed', { customerTypeIds: ['kept-aside', 'a'] });
    expect(
      groupMoments([a], [orphan, mixed]).map((g) => [g.key.kind, g.moments.map((m) => m.id)]),
    ).toEqual([
      ['type', ['mixed']],
      ['none', ['orphan']],
    ]);
  });

  it('leaves out empty groups', () => {
    const bOnly = moment('b-only', { customerTypeIds: ['b'] });
    expect(groupMoments([a, b], [bOnly])).toEqual([
      { key: { kind: 'type', type: b }, moments: [bOnly] },
    ]);
    expect(groupMoments([a, b], [])).toEqual([]);
    expect(groupMoments([], [moment('x')]).map((g) => g.key.kind)).toEqual(['none']);
  });

  it('lists an all-customers moment only under all customers, whatever types it still names', () => {
    const stale = moment('stale', { allCustomers: true, customerTypeIds: ['a'] });
    expect(groupMoments([a], [stale]).map((g) => g.key.kind)).toEqual(['all']);
  });
});

describe('gapBand', () => {
  it.each([
    [null, 'unrated'],
    [-4, 'met'],
    [-1, 'met'],
    [0, 'met'],
    [1, 'small'],
    [2, 'medium'],
    [3, 'large'],
    [4, 'large'],
  ] as const)('puts the gap %j in the band %s', (value, band) => {
    expect(gapBand(value)).toBe(band);
  });
});

describe('cleanText', () => {
  it('keeps texts up to 2000 characters as they are', () => {
    expect(cleanText('  Llamar al 010 \n')).toBe('  Llamar al 010 \n');
    expect(cleanText('x'.repeat(2000))).toBe('x'.repeat(2000));
  });

  it('cuts longer texts at 2000 characters', () => {
    expect(cleanText('y'.repeat(2001))).toBe('y'.repeat(2000));
  });
});

describe('isScore, isChannel and isCustomerKind', () => {
  it.each([1, 2, 3, 4, 5])('accept the rating %i', (value) => {
    expect(isScore(value)).toBe(true);
  });

  it.each([0, 6, 2.5, '3', null, Number.NaN])('refuse %j as a rating', (value) => {
    expect(isScore(value)).toBe(false);
  });

  it('know the channels and the kinds of customer', () => {
    expect(isChannel('web')).toBe(true);
    expect(isChannel('fax')).toBe(false);
    expect(isChannel('toString')).toBe(false);
    expect(isCustomerKind('internal')).toBe(true);
    expect(isCustomerKind('vip')).toBe(false);
  });
});

describe('shiningMoments ("where we shine")', () => {
  const rated = (id: string, expectation: Score, delivered: Score, importance = expectation) =>
    makeMoment(id, { importance, expectation, delivered });

  it('lists moments delivered above what customers expect, largest surplus first', () => {
    const moments = [
      rated('met', 4, 4), // gap 0: met, not shining
      rated('short', 5, 2), // falls short
      rated('a', 2, 3), // surplus 1, importance 2
      rated('b', 1, 5), // surplus 4
      rated('c', 3, 4), // surplus 1, importance 3: before a
      makeMoment('unrated', { delivered: 5 }),
    ];
    expect(shiningMoments(moments).map((s) => [s.moment.id, s.surplus])).toEqual([
      ['b', 4],
      ['c', 1],
      ['a', 1],
    ]);
  });

  it('orders equal surpluses by importance, not by expectation', () => {
    const moments = [rated('low', 2, 3, 1), rated('high', 4, 5, 5)];
    expect(shiningMoments(moments).map((s) => s.moment.id)).toEqual(['high', 'low']);
  });

  it('keeps map order for full ties and stops at the limit', () => {
    const moments = [rated('x', 2, 4), rated('y', 2, 4), rated('z', 2, 4)];
    expect(shiningMoments(moments, 2).map((s) => s.moment.id)).toEqual(['x', 'y']);
    expect(shiningMoments(moments, 0)).toEqual([]);
    expect(shiningMoments([])).toEqual([]);
  });

  it('never lists a moment that is also critical', () => {
    const moments = [rated('a', 5, 1), rated('b', 1, 2), rated('c', 3, 3)];
    const critical = new Set(criticalMoments(moments).map((r) => r.moment.id));
    for (const s of shiningMoments(moments)) expect(critical.has(s.moment.id)).toBe(false);
  });
});
