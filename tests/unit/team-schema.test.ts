// Issue 16: the schemas of team mode say exactly what the domain's types say, with the limits of
// domain/limits.ts, and refuse what a reader must not accept.
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BANK_ID } from '../../src/domain/bank-ids';
import { LIMITS } from '../../src/domain/limits';
import type { ParticipantAnswers, TeamData, TeamSetup } from '../../src/domain/team';
import { problemsOf } from '../../src/persistence/problems';
import {
  ParticipantAnswersSchema,
  TeamDataSchema,
  TeamSetupSchema,
} from '../../src/persistence/team-schema';
import { makeAnswers, makeSetup } from '../fixtures/team';

const team = (over: Partial<TeamData> = {}): TeamData => ({
  setup: makeSetup(),
  revealed: false,
  participants: [makeAnswers({ participantId: 'p-1' }), makeAnswers({ participantId: 'p-2' })],
  ...over,
});

const problems = (schema: v.GenericSchema, value: unknown) => {
  const result = v.safeParse(schema, value);
  return result.success ? [] : problemsOf(result.issues);
};

describe('the team schemas', () => {
  it('give the domain’s types', () => {
    expectTypeOf<v.InferOutput<typeof TeamSetupSchema>>().toExtend<TeamSetup>();
    expectTypeOf<v.InferOutput<typeof ParticipantAnswersSchema>>().toExtend<ParticipantAnswers>();
    expectTypeOf<v.InferOutput<typeof TeamDataSchema>>().toExtend<TeamData>();
  });

  it('accept a team with its setup and participants', () => {
    expect(problems(TeamDataSchema, team())).toStrictEqual([]);
    expect(problems(TeamDataSchema, team({ participants: [], revealed: true }))).toStrictEqual([]);
  });

  it('accept the consensus workshop’s mark, and only as true', () => {
    expect(problems(TeamDataSchema, team({ consensus: true }))).toStrictEqual([]);
    expect(problems(TeamDataSchema, { ...team(), consensus: false })).toMatchObject([
      { field: 'consensus' },
    ]);
  });

  it('refuse two entries for one participant', () => {
    const twice = team({ participants: [makeAnswers(), makeAnswers()] });
    expect(problems(TeamDataSchema, twice)).toMatchObject([
      { kind: 'wrongValue', field: 'participants' },
    ]);
  });

  it('refuse more participants than LIMITS.teamParticipants', () => {
    const participants = Array.from({ length: LIMITS.teamParticipants + 1 }, (_, i) =>
      makeAnswers({ participantId: `p-${i}` }),
    );
    expect(problems(TeamDataSchema, team({ participants }))).toMatchObject([
      { kind: 'tooMany', field: 'participants', limit: LIMITS.teamParticipants },
    ]);
  });

  it('refuse keys they do not know', () => {
    expect(problems(TeamDataSchema, { ...team(), extra: 1 })).not.toStrictEqual([]);
    expect(problems(TeamSetupSchema, { ...makeSetup(), extra: 1 })).not.toStrictEqual([]);
    expect(problems(ParticipantAnswersSchema, { ...makeAnswers(), extra: 1 })).not.toStrictEqual(
      [],
    );
  });

  it.each([
    ['a blank organisation', { organisation: '  ' }, 'organisation'],
    ['an organisation over LIMITS.name', { organisation: 'x'.repeat(501) }, 'organisation'],
    ['a code with a look-alike letter', { code: 'K7MQ2O' }, 'code'],
    ['another bank', { bank: { id: 'other', version: 2 } }, 'bank.id'],
    [
      'a bank version that is not a whole number',
      { bank: { id: BANK_ID, version: 1.5 } },
      'bank.version',
    ],
  ] as [string, Partial<TeamSetup>, string][])('refuse a setup with %s', (_, over, field) => {
    expect(problems(TeamSetupSchema, makeSetup(over))).toMatchObject([{ field }]);
  });

  it('refuse answers naming a statement of another version of the bank', () => {
    const answers = makeAnswers({ ratings: { 'customers.perception': 3 } });
    expect(problems(ParticipantAnswersSchema, answers)).toMatchObject([{ kind: 'wrongValue' }]);
  });

  it('check answers to a newer bank against every statement this app knows', () => {
    const newer = { id: BANK_ID, version: 3 };
    expect(
      problems(
        ParticipantAnswersSchema,
        makeAnswers({ bank: newer, ratings: { 'customers.perception': 3 } }),
      ),
    ).toStrictEqual([]);
    expect(
      problems(
        ParticipantAnswersSchema,
        makeAnswers({ bank: newer, ratings: { 'customers.x': 3 } }),
      ),
    ).not.toStrictEqual([]);
  });

  it('accept an anonymous participant and refuse a moment rated 0', () => {
    expect(problems(ParticipantAnswersSchema, makeAnswers({ name: '' }))).toStrictEqual([]);
    const moment = {
      name: 'Cita',
      importance: 0,
      expectation: null,
      promise: null,
      delivered: null,
    };
    expect(
      problems(ParticipantAnswersSchema, { ...makeAnswers(), moments: [moment] }),
    ).toMatchObject([{ field: 'moments.0.importance' }]);
  });
});
