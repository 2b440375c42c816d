// The schemas of team mode: the setup a participant's device starts from, the answers a participant
// hands back (as a link or a file), and the team part of the facilitator's workshop. Every writer
// (link, file, store) checks against them and every reader accepts exactly what they accept.
import * as v from 'valibot';
import type { Workshop } from '../domain/workshop';
import { problemsOf, type Problem } from './problems';
import { ALL_STATEMENT_IDS, STATEMENT_IDS } from '../domain/bank-versions';
import { AREA_IDS, BANK_VERSIONS, type BankVersion } from '../domain/bank-ids';
import { LIMITS } from '../domain/limits';
import { CODE_PATTERN } from '../domain/team';
import {
  BankSchema,
  CommentSchema,
  IdSchema,
  RatingSchema,
  required,
  ScoreSchema,
  text,
} from './schema-parts';

/** A bank version this app knows, or null. */
export function knownBankVersion(version: number): BankVersion | null {
  return BANK_VERSIONS.find((known) => known === version) ?? null;
}

/** The statement ids of a version of the bank, in the order the bank asks them. */
export function statementIdsOf(version: BankVersion): readonly string[] {
  return AREA_IDS.flatMap((area) => STATEMENT_IDS[version][area].map((id) => `${area}.${id}`));
}

const CodeSchema = v.pipe(v.string(), v.regex(CODE_PATTERN));

/** Strict: a reader hands it only the known keys. */
export const TeamSetupSchema = v.strictObject({
  code: CodeSchema,
  organisation: required(LIMITS.name),
  bank: BankSchema,
  namesRequired: v.boolean(),
});

export const ParticipantMomentSchema = v.strictObject({
  name: required(LIMITS.text),
  importance: ScoreSchema,
  expectation: ScoreSchema,
  promise: ScoreSchema,
  delivered: ScoreSchema,
});

const StatementId = v.picklist([...ALL_STATEMENT_IDS]);

/**
 * Answers to a version of the bank this app knows name only that version's statements (a link
 * carries them by position in it); answers to a newer version can only be checked against every
 * statement this app knows.
 */
function answersFitVersion(input: {
  bank: { version: number };
  ratings: Record<string, unknown>;
  comments: Record<string, unknown>;
}): boolean {
  const version = knownBankVersion(input.bank.version);
  if (version === null) return true;
  const ids = new Set(statementIdsOf(version));
  return [...Object.keys(input.ratings), ...Object.keys(input.comments)].every((id) => ids.has(id));
}

/** Strict: a reader hands it only the known keys. */
export const ParticipantAnswersSchema = v.pipe(
  v.strictObject({
    participantId: IdSchema,
    name: text(LIMITS.name),
    code: CodeSchema,
    bank: BankSchema,
    submittedAt: v.pipe(v.string(), v.isoTimestamp()),
    ratings: v.record(StatementId, RatingSchema),
    comments: v.record(StatementId, CommentSchema),
    moments: v.pipe(v.array(ParticipantMomentSchema), v.maxLength(LIMITS.participantMoments)),
  }),
  // A check of the whole object (not valibot's partialCheck/forward, which the first load would carry).
  v.check((answers) => answersFitVersion(answers), 'statement'),
);

/** The answer fields, in the order a reader picks them. */
export const PARTICIPANT_FIELDS = [
  'participantId',
  'name',
  'code',
  'bank',
  'submittedAt',
  'ratings',
  'comments',
  'moments',
] as const;
export const SETUP_FIELDS = ['code', 'organisation', 'bank', 'namesRequired'] as const;
export const MOMENT_FIELDS = ['name', 'importance', 'expectation', 'promise', 'delivered'] as const;

const uniqueParticipants = <T extends { participantId: string }>(participants: T[]) =>
  new Set(participants.map((p) => p.participantId)).size === participants.length;

/** The team part of a workshop: one entry per participant, up to the limit. */
export const TeamDataSchema = v.strictObject({
  setup: TeamSetupSchema,
  revealed: v.boolean(),
  participants: v.pipe(
    v.array(ParticipantAnswersSchema),
    v.maxLength(LIMITS.teamParticipants),
    v.check(uniqueParticipants, 'duplicate'),
  ),
  /** Present (true) only on the team's consensus workshop. */
  consensus: v.optional(v.literal(true)),
});

/** A participant's own copy remembers the setup's code, the participant's id and name. */
export const ParticipationSchema = v.strictObject({
  code: CodeSchema,
  participantId: IdSchema,
  name: text(LIMITS.name),
});

/** Problems of a workshop's team parts (none when it has none), with their fields' full paths. */
export function teamPartProblems(workshop: Pick<Workshop, 'team' | 'participation'>): Problem[] {
  const parts = [
    ['team', TeamDataSchema, workshop.team],
    ['participation', ParticipationSchema, workshop.participation],
  ] as const;
  for (const [name, schema, value] of parts) {
    if (value === undefined) continue;
    const check = v.safeParse(schema, value);
    if (!check.success)
      return problemsOf(check.issues).map((p) => ({ ...p, field: `${name}.${p.field}` }));
  }
  return [];
}
