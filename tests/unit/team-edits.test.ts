import { describe, expect, it } from 'vitest';
import { BANK_ID, BANK_VERSION } from '../../src/domain/bank-ids';
import { LIMITS } from '../../src/domain/limits';
import { CODE_PATTERN, makeCode, type ParticipantAnswers } from '../../src/domain/team';
import {
  answersOf,
  consensusWorkshop,
  joinTeam,
  receiveAnswers,
  removeParticipant,
  setRevealed,
  startTeam,
} from '../../src/domain/team-edits';
import { CREATED_AT, makeMoment, makeWorkshop } from '../fixtures/workshops';

const LATER = new Date('2026-03-05T10:00:00.000Z');

function answers(over: Partial<ParticipantAnswers> = {}): ParticipantAnswers {
  return {
    participantId: 'p1',
    name: 'Ana',
    code: 'K7M2QX',
    bank: { id: BANK_ID, version: BANK_VERSION },
    submittedAt: '2026-03-05T09:45:00.000Z',
    ratings: { 'customers.segments': 3 },
    comments: {},
    moments: [],
    ...over,
  };
}

const team = () => startTeam(makeWorkshop(), 'K7M2QX', false, CREATED_AT);

describe('the workshop code', () => {
  it('is six characters people can read aloud, without 0, O, 1, I or L', () => {
    const values = [0, 0.99, 0.5, 0.2, 0.7, 0.31];
    let n = 0;
    const code = makeCode(() => values[n++ % values.length]!);
    expect(code).toMatch(CODE_PATTERN);
    expect(makeCode(() => 0.999999)).toBe('ZZZZZZ');
    expect(makeCode(() => 0)).toBe('222222');
  });
});

describe('collecting participants’ answers', () => {
  it('opens a workshop for individual answers with its organisation and bank', () => {
    const workshop = team();
    expect(workshop.team).toEqual({
      setup: {
        code: 'K7M2QX',
        organisation: makeWorkshop().meta.organisation,
        bank: makeWorkshop().bank,
        namesRequired: false,
      },
      revealed: false,
      participants: [],
    });
    // Changing whether names are required keeps the code and what was received.
    const received = receiveAnswers(workshop, answers(), LATER);
    if (!received.ok) throw new Error(received.error);
    const again = startTeam(received.workshop, 'OTHER1', true, LATER);
    expect(again.team?.setup.code).toBe('K7M2QX');
    expect(again.team?.setup.namesRequired).toBe(true);
    expect(again.team?.participants).toHaveLength(1);
  });

  it('adds a participant, and the same participant sending again replaces the earlier answers', () => {
    const first = receiveAnswers(team(), answers(), LATER);
    if (!first.ok) throw new Error(first.error);
    expect(first.replaced).toBe(false);
    const newer = answers({ submittedAt: '2026-03-05T09:50:00.000Z', ratings: {} });
    const second = receiveAnswers(first.workshop, newer, LATER);
    if (!second.ok) throw new Error(second.error);
    expect(second.replaced).toBe(true);
    expect(second.workshop.team?.participants).toEqual([newer]);
    // An older copy arriving late does not undo the newer one.
    const late = receiveAnswers(second.workshop, answers(), LATER);
    expect(late.ok && late.workshop.team?.participants).toEqual([newer]);
  });

  it('refuses answers to another workshop or another bank, and past the limit', () => {
    expect(receiveAnswers(makeWorkshop(), answers(), LATER)).toEqual({
      ok: false,
      error: 'notTeam',
    });
    expect(receiveAnswers(team(), answers({ code: 'ZZZZZZ' }), LATER)).toEqual({
      ok: false,
      error: 'otherWorkshop',
    });
    expect(receiveAnswers(team(), answers({ bank: { id: BANK_ID, version: 1 } }), LATER)).toEqual({
      ok: false,
      error: 'otherBank',
    });
    let workshop = team();
    for (let i = 0; i < LIMITS.teamParticipants; i++) {
      const result = receiveAnswers(workshop, answers({ participantId: `p${i}` }), LATER);
      if (!result.ok) throw new Error(result.error);
      workshop = result.workshop;
    }
    expect(receiveAnswers(workshop, answers({ participantId: 'one-more' }), LATER)).toEqual({
      ok: false,
      error: 'tooMany',
    });
    // A participant already in still replaces their answers at the limit.
    expect(receiveAnswers(workshop, answers({ participantId: 'p3' }), LATER).ok).toBe(true);
  });

  it('removes one participant and reveals the results', () => {
    const a = receiveAnswers(team(), answers(), LATER);
    if (!a.ok) throw new Error(a.error);
    const b = receiveAnswers(a.workshop, answers({ participantId: 'p2', name: '' }), LATER);
    if (!b.ok) throw new Error(b.error);
    const removed = removeParticipant(b.workshop, 'p1', LATER);
    expect(removed.team?.participants.map((p) => p.participantId)).toEqual(['p2']);
    expect(setRevealed(removed, true, LATER).team?.revealed).toBe(true);
  });
});

describe('a participant’s copy', () => {
  const setup = team().team!.setup;

  it('starts from the setup with the participant’s name, or none when names are optional', () => {
    const joined = joinTeam(setup, '  Ana  ', 'p1', 'w1', CREATED_AT);
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.workshop.meta.organisation).toBe(setup.organisation);
    expect(joined.workshop.bank).toEqual(setup.bank);
    expect(joined.workshop.participation).toEqual({
      code: 'K7M2QX',
      participantId: 'p1',
      name: 'Ana',
    });
    const anonymous = joinTeam(setup, '   ', 'p2', 'w2', CREATED_AT);
    expect(anonymous.ok && anonymous.workshop.participation?.name).toBe('');
    expect(joinTeam({ ...setup, namesRequired: true }, ' ', 'p3', 'w3', CREATED_AT)).toEqual({
      ok: false,
      error: 'nameRequired',
    });
    expect(
      joinTeam({ ...setup, bank: { id: BANK_ID, version: 99 } }, 'Ana', 'p4', 'w4', CREATED_AT),
    ).toEqual({
      ok: false,
      error: 'otherBank',
    });
  });

  it('hands back its ratings, comments and rated moments, stamped with the time', () => {
    const joined = joinTeam(setup, 'Ana', 'p1', 'w1', CREATED_AT);
    if (!joined.ok) throw new Error(joined.error);
    const copy = {
      ...joined.workshop,
      ratings: { 'customers.segments': 4 as const, 'customers.voice': 'dontKnow' as const },
      comments: { 'customers.voice': 'Nadie lo mide' },
      moments: [
        makeMoment('m1', { name: 'Check-in', importance: 5, expectation: 4, delivered: 2 }),
      ],
    };
    expect(answersOf(copy, LATER)).toEqual({
      participantId: 'p1',
      name: 'Ana',
      code: 'K7M2QX',
      bank: setup.bank,
      submittedAt: LATER.toISOString(),
      ratings: copy.ratings,
      comments: copy.comments,
      moments: [
        {
          name: 'Check-in',
          importance: 5,
          expectation: 4,
          promise: copy.moments[0]!.promise,
          delivered: 2,
        },
      ],
    });
    expect(answersOf(makeWorkshop(), LATER)).toBeNull();
  });
});

describe('the consensus workshop', () => {
  it('starts from the given ratings, keeps the merged answers and collects no more', () => {
    const received = receiveAnswers(team(), answers(), LATER);
    if (!received.ok) throw new Error(received.error);
    const consensus = consensusWorkshop(
      received.workshop,
      { 'customers.segments': 3 },
      'c1',
      'Consenso',
      LATER,
    );
    expect(consensus).toMatchObject({
      id: 'c1',
      title: 'Consenso',
      ratings: { 'customers.segments': 3 },
      createdAt: LATER.toISOString(),
    });
    expect(consensus.team?.participants).toEqual(received.workshop.team?.participants);
    expect(consensus.team?.consensus).toBe(true);
    expect(consensus.meta.participants).toEqual(
      received.workshop.meta.participants.length > 0
        ? received.workshop.meta.participants
        : ['Ana'],
    );
    expect(receiveAnswers(consensus, answers({ participantId: 'p9' }), LATER)).toEqual({
      ok: false,
      error: 'notTeam',
    });
    // The facilitator's workshop is left as it was.
    expect(received.workshop.team?.consensus).toBeUndefined();
  });
});
