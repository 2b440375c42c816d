import { describe, expect, it } from 'vitest';
import {
  compareWorkshops,
  momentKey,
  NOISE_THRESHOLD,
  scoreChange,
  type Comparison,
} from '../../src/domain/comparison';
import type { Rating } from '../../src/domain/question-bank';
import type { Workshop } from '../../src/domain/workshop';
import { makeAction, makeMoment, makeWorkshop } from '../fixtures/workshops';

const v1 = { id: 'momentos-cx', version: 1 };
const v2 = { id: 'momentos-cx', version: 2 };

function workshop(
  id: string,
  bank: { id: string; version: number },
  ratings: Record<string, Rating>,
  over: Partial<Workshop> = {},
): Workshop {
  return { ...makeWorkshop(id), bank, ratings, ...over };
}

// The baseline answered version 1 of the bank, the follow-up version 2: the customers area shares
// segments, voice and promise; version 1 alone asks individual and perception, version 2 alone
// differentiate, history and outsideIn.
const baseline = workshop('base', v1, {
  'customers.segments': 2,
  'customers.voice': 3,
  'customers.promise': 'dontKnow',
  'customers.individual': 4,
  'customers.perception': 1,
  'internal-customers.known': 3,
  'internal-customers.agreed': 3,
  'internal-customers.ownIt': 3,
  'moments.mapped': 3,
  'moments.owner': 3,
  'moments.details': 3,
  'improvement.lessons': 'notApplicable',
  'improvement.journeys': 5,
});
const followUp = workshop('next', v2, {
  'customers.segments': 4,
  'customers.voice': 3,
  'customers.promise': 3,
  'customers.differentiate': 2,
  'customers.history': 'notApplicable',
  'internal-customers.known': 3,
  'internal-customers.agreed': 3,
  'internal-customers.ownIt': 2,
  'moments.mapped': 3,
  'moments.owner': 3,
  'moments.details': 3,
  'moments.standards': 4,
  'moments.deliveryMeasured': 3,
  'processes.customerSide': 4,
  'improvement.lessons': 'notApplicable',
  'improvement.journeys': 5,
});

function compared(a: Workshop, b: Workshop): Comparison {
  const result = compareWorkshops(a, b);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('compareWorkshops', () => {
  it('refuses to compare workshops answered with different question banks', () => {
    const other = { ...followUp, bank: { id: 'acme-own-bank', version: 2 } };
    expect(compareWorkshops(baseline, other)).toEqual({ ok: false, reason: 'differentBank' });
    expect(compareWorkshops(other, baseline)).toEqual({ ok: false, reason: 'differentBank' });
  });

  it('gives each area its score before and after, the delta and the trend', () => {
    const c = compared(baseline, followUp);
    // Worked by hand, each side with its own version's statements, 1-5 answers only:
    // customers     before (2+3+4+1)/4 = 2.5    after (4+3+3+2)/4 = 3.0       +0.5 improved
    // internal      before (3+3+3)/3 = 3.0      after (3+3+2)/3 = 2.67 -> 2.7  -0.3 declined
    // moments       before (3+3+3)/3 = 3.0      after (3+3+3+4+3)/5 = 3.2     +0.2 same (< 0.25)
    // processes     before none                 after 4.0                      not comparable
    // improvement   before 5 (lessons n/a)      after 5                        0 same
    // leadership    none on either side                                        not comparable
    expect(c.areas).toEqual([
      { areaId: 'customers', before: 2.5, after: 3, delta: 0.5, trend: 'improved' },
      { areaId: 'internal-customers', before: 3, after: 2.7, delta: -0.3, trend: 'declined' },
      { areaId: 'moments', before: 3, after: 3.2, delta: 0.2, trend: 'same' },
      { areaId: 'processes', before: null, after: 4, delta: null, trend: 'notComparable' },
      { areaId: 'improvement', before: 5, after: 5, delta: 0, trend: 'same' },
      { areaId: 'leadership', before: null, after: null, delta: null, trend: 'notComparable' },
    ]);
    // Overall: the mean of the scored areas' shown means.
    // before (2.5+3+3+5)/4 = 3.375 -> 3.4; after (3+2.7+3.2+4+5)/5 = 3.58 -> 3.6; +0.2 same.
    expect(c.overall).toEqual({ before: 3.4, after: 3.6, delta: 0.2, trend: 'same' });
  });

  it('gives a delta for each statement rated 1-5 on both sides, nothing else', () => {
    const c = compared(baseline, followUp);
    expect(c.statements).toEqual([
      {
        areaId: 'customers',
        statementId: 'customers.segments',
        before: 2,
        after: 4,
        delta: 2,
        trend: 'improved',
      },
      {
        areaId: 'customers',
        statementId: 'customers.voice',
        before: 3,
        after: 3,
        delta: 0,
        trend: 'same',
      },
      {
        areaId: 'internal-customers',
        statementId: 'internal-customers.known',
        before: 3,
        after: 3,
        delta: 0,
        trend: 'same',
      },
      {
        areaId: 'internal-customers',
        statementId: 'internal-customers.agreed',
        before: 3,
        after: 3,
        delta: 0,
        trend: 'same',
      },
      {
        areaId: 'internal-customers',
        statementId: 'internal-customers.ownIt',
        before: 3,
        after: 2,
        delta: -1,
        trend: 'declined',
      },
      {
        areaId: 'moments',
        statementId: 'moments.mapped',
        before: 3,
        after: 3,
        delta: 0,
        trend: 'same',
      },
      {
        areaId: 'moments',
        statementId: 'moments.owner',
        before: 3,
        after: 3,
        delta: 0,
        trend: 'same',
      },
      {
        areaId: 'moments',
        statementId: 'moments.details',
        before: 3,
        after: 3,
        delta: 0,
        trend: 'same',
      },
      {
        areaId: 'improvement',
        statementId: 'improvement.journeys',
        before: 5,
        after: 5,
        delta: 0,
        trend: 'same',
      },
    ]);
  });

  it('lists "don\'t know", "does not apply" and unanswered on a side as not comparable, never as a delta', () => {
    const c = compared(baseline, followUp);
    expect(c.notComparable).toEqual([
      { areaId: 'customers', statementId: 'customers.promise', before: 'dontKnow', after: 3 },
      { areaId: 'processes', statementId: 'processes.customerSide', before: null, after: 4 },
      {
        areaId: 'improvement',
        statementId: 'improvement.lessons',
        before: 'notApplicable',
        after: 'notApplicable',
      },
    ]);
    const ids = c.statements.map((s) => s.statementId);
    for (const item of c.notComparable) expect(ids).not.toContain(item.statementId);
  });

  it("lists the statements only one bank version asks, with that side's answer, never compared", () => {
    const c = compared(baseline, followUp);
    const inOne = (list: Comparison['onlyInBaseline'], area: string) =>
      list.filter((s) => s.areaId === area).map((s) => [s.statementId, s.rating]);
    expect(inOne(c.onlyInBaseline, 'customers')).toEqual([
      ['customers.individual', 4],
      ['customers.perception', 1],
    ]);
    expect(inOne(c.onlyInFollowUp, 'customers')).toEqual([
      ['customers.differentiate', 2],
      ['customers.history', 'notApplicable'],
      ['customers.outsideIn', null],
    ]);
    // Version 1 asks 31 statements, version 2 36; 16 ids are shared (README, question bank).
    expect(c.onlyInBaseline).toHaveLength(31 - 16);
    expect(c.onlyInFollowUp).toHaveLength(36 - 16);
    const compared_ = [...c.statements, ...c.notComparable].map((s) => s.statementId);
    for (const s of [...c.onlyInBaseline, ...c.onlyInFollowUp])
      expect(compared_).not.toContain(s.statementId);
  });

  it('compares every statement of the same version and lists none as only in one', () => {
    const a = workshop('a', v2, { 'leadership.budget': 1, 'leadership.cxOwner': 4 });
    const b = workshop('b', v2, { 'leadership.budget': 3, 'leadership.cxOwner': 2 });
    const c = compared(a, b);
    expect(c.onlyInBaseline).toEqual([]);
    expect(c.onlyInFollowUp).toEqual([]);
    expect(c.statements.map((s) => [s.statementId, s.delta, s.trend])).toEqual([
      ['leadership.budget', 2, 'improved'],
      ['leadership.cxOwner', -2, 'declined'],
    ]);
    // (1+4)/2 = 2.5 before, (3+2)/2 = 2.5 after.
    expect(c.areas.find((a) => a.areaId === 'leadership')).toMatchObject({
      delta: 0,
      trend: 'same',
    });
  });

  it('matches moments by name (spaces and case ignored) and says whether each gap closed or widened', () => {
    const before = {
      ...baseline,
      moments: [
        makeMoment('m1', { name: 'Check-in', expectation: 5, delivered: 2 }), // gap 3
        makeMoment('m2', { name: 'Phone call', expectation: 4, delivered: 4 }), // gap 0
        makeMoment('m3', { name: 'Old moment', expectation: 3, delivered: 1 }),
        makeMoment('m4', { name: 'Email reply', expectation: 4 }), // gap unknown
        makeMoment('m5', { name: 'Web', expectation: 3, delivered: 2 }), // gap 1
      ],
    };
    const after = {
      ...followUp,
      moments: [
        makeMoment('n1', { name: '  check-IN ', expectation: 5, delivered: 4 }), // gap 1: closed
        makeMoment('n2', { name: 'Phone  call', expectation: 4, delivered: 2 }), // gap 2: widened
        makeMoment('n3', { name: 'Email reply', expectation: 4, delivered: 3 }),
        makeMoment('n4', { name: 'Web', expectation: 4, delivered: 3 }), // gap 1: same
        makeMoment('n5', { name: 'New moment', expectation: 2, delivered: 2 }),
      ],
    };
    const c = compared(before, after);
    expect(c.moments).toEqual([
      { name: '  check-IN ', gapBefore: 3, gapAfter: 1, change: 'closed' },
      { name: 'Phone  call', gapBefore: 0, gapAfter: 2, change: 'widened' },
      { name: 'Email reply', gapBefore: null, gapAfter: 1, change: 'notComparable' },
      { name: 'Web', gapBefore: 1, gapAfter: 1, change: 'same' },
    ]);
    expect(c.momentsOnlyInBaseline.map((m) => m.id)).toEqual(['m3']);
    expect(c.momentsOnlyInFollowUp.map((m) => m.id)).toEqual(['n5']);
  });

  it('pairs moments with the same name in map order, the extra one left in its workshop', () => {
    const before = { ...baseline, moments: [makeMoment('a', { name: 'Call' })] };
    const after = {
      ...followUp,
      moments: [makeMoment('b', { name: 'call' }), makeMoment('c', { name: 'CALL' })],
    };
    const c = compared(before, after);
    expect(c.moments.map((m) => m.name)).toEqual(['call']);
    expect(c.momentsOnlyInFollowUp.map((m) => m.id)).toEqual(['c']);
    expect(c.momentsOnlyInBaseline).toEqual([]);
  });

  it('lists the actions done since the baseline, and the new ones done', () => {
    const before = {
      ...baseline,
      actions: [
        makeAction('a1'),
        makeAction('a2', { status: 'inProgress' }),
        makeAction('a3', { status: 'done' }),
        makeAction('a4'),
      ],
    };
    const after = {
      ...followUp,
      actions: [
        makeAction('a1', { status: 'done' }),
        makeAction('a2', { status: 'done' }),
        makeAction('a3', { status: 'done' }),
        makeAction('a4', { status: 'inProgress' }),
        makeAction('a5', { status: 'done' }),
        makeAction('a6'),
      ],
    };
    const c = compared(before, after);
    expect(c.actionsDone.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(c.newActionsDone.map((a) => a.id)).toEqual(['a5']);
  });
});

describe('scoreChange', () => {
  it('treats a change below the noise threshold as about the same', () => {
    expect(NOISE_THRESHOLD).toBe(0.25);
    expect(scoreChange(3, 3.2).trend).toBe('same');
    expect(scoreChange(3, 2.8).trend).toBe('same');
    expect(scoreChange(3, 3.3)).toEqual({ before: 3, after: 3.3, delta: 0.3, trend: 'improved' });
    expect(scoreChange(3.3, 3)).toEqual({ before: 3.3, after: 3, delta: -0.3, trend: 'declined' });
  });

  it('settles float noise: 2.7 - 2.4 is 0.3, not 0.30000000000000027', () => {
    expect(scoreChange(2.4, 2.7).delta).toBe(0.3);
  });

  it('is not comparable when a side has no score', () => {
    expect(scoreChange(null, 4)).toEqual({
      before: null,
      after: 4,
      delta: null,
      trend: 'notComparable',
    });
  });
});

describe('momentKey', () => {
  it('ignores case and surrounding or repeated spaces', () => {
    expect(momentKey('  Check   In ')).toBe(momentKey('check in'));
  });
});
