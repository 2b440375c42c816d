// The one schema of a stored workshop, built from domain/limits.ts: every write is checked against it
// before anything is stored, and the reader (read-workshop.ts) accepts exactly what it accepts.
import * as v from 'valibot';
import { ACTION_STATUSES, DRAFT_KINDS } from '../domain/actions';
import { isCalendarDate, LIMITS } from '../domain/limits';
import { CHANNELS } from '../domain/moments';
import { CUSTOMER_KINDS } from '../domain/customer-types';
import { KNOWN_PROMPT_IDS, KNOWN_STATEMENT_IDS } from '../domain/site-bank';
import { AREA_IDS } from '../domain/bank-ids';
import type { Workshop } from '../domain/workshop';
import { CURRENT_SCHEMA_VERSION } from './schema-version';
import { problemsOf } from './problems';
import {
  AnswerSchema,
  WorkshopBankSchema,
  CommentSchema,
  IdSchema as Id,
  RatingSchema,
  required,
  ScoreSchema as Score,
  text,
} from './schema-parts';
import { writeRefusedError } from './storage-errors';
import { hasTeamParts, teamSchemas } from './lazy-parts';

/** Key names of stored data: change only with a migration. */
export const ENVELOPE = {
  app: 'momentos',
  workshopKind: 'workshop',
  backupKind: 'backup',
  /** A participant's answers handed back as a file (team mode; participant-file.ts). */
  participantKind: 'participant',
} as const;

export interface Envelope<T> {
  app: typeof ENVELOPE.app;
  kind: string;
  schemaVersion: number;
  savedAt: string;
  data: T;
}

export function wrapWorkshop(workshop: Workshop, now: Date): Envelope<Workshop> {
  return {
    app: ENVELOPE.app,
    kind: ENVELOPE.workshopKind,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    savedAt: now.toISOString(),
    data: workshop,
  };
}

/** Strict: the reader hands it only the known keys (see `pick` in read-workshop.ts). */
export const EnvelopeSchema = v.strictObject({
  app: v.literal(ENVELOPE.app),
  kind: v.literal(ENVELOPE.workshopKind),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  savedAt: v.string(),
  data: v.unknown(),
});

/** Statements of every version of the bank: a workshop keeps the answers of the version it was answered with. */
// The site's own bank adds its ids once read (domain/site-bank.ts): checked when used, never copied.
export const STATEMENT_IDS: ReadonlySet<string> = KNOWN_STATEMENT_IDS;
export const PROMPT_IDS: ReadonlySet<string> = KNOWN_PROMPT_IDS;
const known = (ids: ReadonlySet<string>) =>
  v.pipe(
    v.string(),
    v.check((id) => ids.has(id), 'id'),
  );

export { AnswerSchema, CommentSchema, RatingSchema };

const CalendarDate = v.pipe(v.string(), v.check(isCalendarDate, 'date'));
const DueDate = v.pipe(
  v.string(),
  v.check((d) => d === '' || isCalendarDate(d), 'date'),
);

export const CustomerTypeSchema = v.strictObject({
  id: Id,
  name: required(LIMITS.text),
  kind: v.picklist(CUSTOMER_KINDS),
  description: text(LIMITS.text),
  expectations: text(LIMITS.text),
});

export const MomentSchema = v.strictObject({
  id: Id,
  name: required(LIMITS.text),
  allCustomers: v.boolean(),
  customerTypeIds: v.pipe(v.array(Id), v.maxLength(LIMITS.customerTypes)),
  channel: v.picklist(CHANNELS),
  importance: Score,
  expectation: Score,
  promise: Score,
  delivered: Score,
  owner: text(LIMITS.text),
  note: text(LIMITS.text),
});

export const ActionSchema = v.strictObject({
  id: Id,
  text: required(LIMITS.text),
  areaId: v.nullable(v.picklist(AREA_IDS)),
  momentId: v.nullable(Id),
  statementId: v.nullable(known(STATEMENT_IDS)),
  measure: text(LIMITS.text),
  draft: v.nullable(
    v.strictObject({ kind: v.picklist(DRAFT_KINDS), text: v.boolean(), measure: v.boolean() }),
  ),
  owner: text(LIMITS.text),
  due: DueDate,
  status: v.picklist(ACTION_STATUSES),
});

/** A follow-up's link to its baseline. */
export const FollowUpOfSchema = v.strictObject({
  id: Id,
  title: required(LIMITS.title),
  date: CalendarDate,
});

/** The part of a workshop without which it cannot be shown at all (given only its known keys). */
export const ShellSchema = v.strictObject({
  id: Id,
  title: required(LIMITS.title),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  meta: v.strictObject({
    organisation: required(LIMITS.name),
    team: text(LIMITS.name),
    date: CalendarDate,
    facilitator: text(LIMITS.name),
    participants: v.pipe(v.array(text(LIMITS.name)), v.maxLength(LIMITS.participants)),
  }),
  bank: WorkshopBankSchema,
});

/** Fields of the stored record besides the shell and the unread part. */
export const KNOWN_FIELDS = [
  'id',
  'title',
  'createdAt',
  'updatedAt',
  'meta',
  'bank',
  'ratings',
  'prompts',
  'comments',
  'customerTypes',
  'moments',
  'actions',
  'team',
  'participation',
  'followUpOf',
  'unread',
] as const;
export const META_FIELDS = ['organisation', 'team', 'date', 'facilitator', 'participants'] as const;
export const SHELL_FIELDS = ['id', 'title', 'createdAt', 'updatedAt', 'meta', 'bank'] as const;
export const ENVELOPE_FIELDS = ['app', 'kind', 'schemaVersion', 'savedAt', 'data'] as const;

const unique = <T extends { id: string }>(items: T[]) =>
  new Set(items.map((i) => i.id)).size === items.length;

// What was kept aside is whatever the reader found: any JSON, in parts the reader names.
const UnreadSchema = v.record(v.string(), v.unknown());

/** A whole workshop as the app holds it and writes it: what every write must pass. */
export const WorkshopSchema = v.strictObject({
  ...ShellSchema.entries,
  ratings: v.record(known(STATEMENT_IDS), RatingSchema),
  prompts: v.record(known(PROMPT_IDS), AnswerSchema),
  comments: v.record(known(STATEMENT_IDS), CommentSchema),
  customerTypes: v.pipe(
    v.array(CustomerTypeSchema),
    v.maxLength(LIMITS.customerTypes),
    v.check(unique, 'duplicate'),
  ),
  moments: v.pipe(v.array(MomentSchema), v.maxLength(LIMITS.moments), v.check(unique, 'duplicate')),
  actions: v.pipe(v.array(ActionSchema), v.maxLength(LIMITS.actions), v.check(unique, 'duplicate')),
  // Team mode's parts are checked by team-schema.ts's teamPartProblems (not in the first load).
  team: v.optional(v.unknown()),
  participation: v.optional(v.unknown()),
  followUpOf: v.optional(FollowUpOfSchema),
  unread: v.optional(UnreadSchema),
});

/**
 * Refuses, before anything is written, a workshop the reader could not read back. A workshop with team
 * parts is written only once team-schema.ts is loaded (the repository loads it first).
 */
export function assertWritable(workshop: Workshop): void {
  const check = v.safeParse(WorkshopSchema, workshop);
  if (!check.success) throw writeRefusedError(problemsOf(check.issues));
  // Team parts are checked by team mode's schemas; while those are not loaded, they are refused.
  const team = hasTeamParts(workshop)
    ? (teamSchemas()?.teamPartProblems(workshop) ?? [
        { kind: 'wrongValue' as const, field: 'team' },
      ])
    : [];
  if (team.length > 0) throw writeRefusedError(team);
}
