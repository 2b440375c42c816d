import { describe, expect, it } from 'vitest';
import { BANK_ID, BANK_VERSION } from '../../src/domain/bank-ids';
import { startFollowUp } from '../../src/domain/follow-up';
import type { Workshop } from '../../src/domain/workshop';
import { readWorkshop } from '../../src/persistence/read-workshop';
import { assertWritable, wrapWorkshop } from '../../src/persistence/schema';
import { makeAction, makeCustomerType, makeMoment, makeWorkshop } from '../fixtures/workshops';

const baseline: Workshop = {
  ...makeWorkshop('base', { facilitator: 'Ana', participants: 'Luis, Marta', date: '2025-09-10' }),
  title: 'Acme — the autumn diagnosis',
  bank: { id: BANK_ID, version: 1 },
  ratings: { 'customers.segments': 3, 'customers.voice': 'dontKnow' },
  prompts: { 'customers.who': 'Families' },
  comments: { 'customers.segments': 'Only two segments' },
  customerTypes: [makeCustomerType('t1', { description: 'Guests', expectations: 'Speed' })],
  moments: [
    makeMoment('m1', {
      name: 'Check-in',
      allCustomers: true,
      channel: 'phone',
      importance: 5,
      expectation: 4,
      promise: 3,
      delivered: 2,
      owner: 'Front desk',
      note: 'Queues at noon',
    }),
    makeMoment('m2', { name: 'Invoice', customerTypeIds: ['t1'], delivered: 4 }),
  ],
  actions: [
    makeAction('a1', { momentId: 'm1', owner: 'Eva', due: '2025-12-01' }),
    makeAction('a2', { status: 'inProgress' }),
    makeAction('a3', { status: 'done' }),
  ],
};

const NOW = new Date(2026, 2, 4, 10, 0); // 4 March 2026, local time

describe('startFollowUp', () => {
  const next = startFollowUp(baseline, 'next', NOW);

  it('is a new workshop dated today, answered with the bank new workshops use', () => {
    expect(next.id).toBe('next');
    expect(next.meta.date).toBe('2026-03-04');
    expect(next.createdAt).toBe(NOW.toISOString());
    expect(next.updatedAt).toBe(NOW.toISOString());
    expect(next.bank).toEqual({ id: BANK_ID, version: BANK_VERSION });
  });

  it('keeps who takes part and links back to its baseline', () => {
    expect(next.title).toBe(baseline.title);
    expect(next.meta).toEqual({ ...baseline.meta, date: '2026-03-04' });
    expect(next.followUpOf).toEqual({
      id: 'base',
      title: 'Acme — the autumn diagnosis',
      date: '2025-09-10',
    });
  });

  it('copies customer types and moments (same ids) but no rating of a moment', () => {
    expect(next.customerTypes).toEqual(baseline.customerTypes);
    expect(next.customerTypes[0]).not.toBe(baseline.customerTypes[0]);
    expect(next.moments).toEqual([
      {
        ...baseline.moments[0],
        importance: null,
        expectation: null,
        promise: null,
        delivered: null,
      },
      { ...baseline.moments[1], delivered: null },
    ]);
    expect(next.moments[0]).toMatchObject({ owner: 'Front desk', note: 'Queues at noon' });
  });

  it('keeps only the actions not done yet, as they were', () => {
    expect(next.actions).toEqual([baseline.actions[0], baseline.actions[1]]);
  });

  it('starts with no answers, prompts or comments', () => {
    expect(next.ratings).toEqual({});
    expect(next.prompts).toEqual({});
    expect(next.comments).toEqual({});
    expect(next.team).toBeUndefined();
    expect(next.unread).toBeUndefined();
  });

  it('takes another bank when given one', () => {
    expect(startFollowUp(baseline, 'x', NOW, { id: BANK_ID, version: 1 }).bank).toEqual({
      id: BANK_ID,
      version: 1,
    });
  });

  it('never changes the baseline', () => {
    const before = structuredClone(baseline);
    startFollowUp(baseline, 'other', NOW);
    expect(baseline).toEqual(before);
  });

  it('is writable and reads back whole, link included', () => {
    expect(() => assertWritable(next)).not.toThrow();
    const read = readWorkshop(wrapWorkshop(next, NOW));
    expect(read).toEqual({ ok: true, workshop: next });
  });
});

describe('reading followUpOf', () => {
  it('keeps an unreadable link aside in unread, never drops it', () => {
    const bad = { id: 'base', title: '', date: '2025-02-30' };
    const read = readWorkshop(wrapWorkshop({ ...makeWorkshop('w'), followUpOf: bad }, NOW));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.workshop.followUpOf).toBeUndefined();
    expect(read.workshop.unread?.fields).toEqual({ followUpOf: bad });
  });

  it('refuses to write a workshop whose link is invalid', () => {
    const bad = {
      ...makeWorkshop('w'),
      followUpOf: { id: 'no spaces', title: 'x', date: '2025-01-01' },
    };
    expect(() => assertWritable(bad)).toThrow();
  });
});
