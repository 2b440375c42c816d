// The file a participant hands back when the answers do not fit a link (or a link cannot be sent): a
// versioned envelope around the answers, written only when the schema accepts them, and its reader
// (size before reading, guarded parse, only known keys copied, the same schema as the link).
import * as v from 'valibot';
import { fileText, parseJson } from './outside-json';
import { LATEST } from '../domain/bank-ids';
import { participantFileName } from '../domain/file-name';
import type { ParticipantAnswers } from '../domain/team';
import { problemsOf, type Problem } from './problems';
import { pick } from './read-workshop';
import { ENVELOPE } from './schema';
import { writeRefusedError } from './storage-errors';
import { MOMENT_FIELDS, PARTICIPANT_FIELDS, ParticipantAnswersSchema } from './team-schema';

/** The version of the participant file's envelope (its own, not the stored workshop's). */
export const PARTICIPANT_FILE_VERSION = 1;

export interface ParticipantEnvelope {
  app: typeof ENVELOPE.app;
  kind: typeof ENVELOPE.participantKind;
  schemaVersion: number;
  exportedAt: string;
  answers: ParticipantAnswers;
}

export interface ParticipantFile {
  text: string;
  fileName: string;
}

export type ParticipantFileFailure =
  'tooLarge' | 'empty' | 'notJson' | 'foreign' | 'newer' | 'invalid';

export type ParticipantRead =
  | { ok: true; answers: ParticipantAnswers }
  | { ok: false; reason: ParticipantFileFailure; problems: Problem[] };

const ENVELOPE_FIELDS = ['app', 'kind', 'schemaVersion', 'exportedAt', 'answers'] as const;

/** The file of a participant's answers, named after the participant. Throws on answers the reader would refuse. */
export function makeParticipantFile(answers: ParticipantAnswers, now: Date): ParticipantFile {
  const check = v.safeParse(ParticipantAnswersSchema, answers);
  if (!check.success) throw writeRefusedError(problemsOf(check.issues));
  const envelope: ParticipantEnvelope = {
    app: ENVELOPE.app,
    kind: ENVELOPE.participantKind,
    schemaVersion: PARTICIPANT_FILE_VERSION,
    exportedAt: now.toISOString(),
    answers,
  };
  return { text: JSON.stringify(envelope, null, 1), fileName: participantFileName(answers.name) };
}

const fail = (reason: ParticipantFileFailure, problems: Problem[] = []): ParticipantRead => ({
  ok: false,
  reason,
  problems,
});

const EnvelopeSchema = v.strictObject({
  app: v.literal(ENVELOPE.app),
  kind: v.literal(ENVELOPE.participantKind),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  answers: v.unknown(),
});

/** Reads a file; its size is checked before a byte of it is read. */
export async function readParticipantFile(file: Blob): Promise<ParticipantRead> {
  const text = await fileText(file);
  return text.ok ? readParticipantText(text.value) : fail(text.reason);
}

const isBag = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the text of a participant file. Keys it does not know are left out, never copied. */
export function readParticipantText(text: string): ParticipantRead {
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.reason);
  const raw = parsed.value;
  // Another app's file, or another kind of ours (a backup): not a participant's answers.
  if (!isBag(raw) || raw.app !== ENVELOPE.app || raw.kind !== ENVELOPE.participantKind)
    return fail('foreign');
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > PARTICIPANT_FILE_VERSION)
    return fail('newer');
  const envelope = v.safeParse(EnvelopeSchema, pick(raw, ENVELOPE_FIELDS));
  if (!envelope.success) return fail('invalid', problemsOf(envelope.issues));
  const data = envelope.output.answers;
  if (!isBag(data)) return fail('invalid', [{ kind: 'wrongValue', field: 'answers' }]);
  const bank = pick(data.bank, ['id', 'version']);
  // Answers to a bank this app does not know yet: the app must be updated to read them.
  if (isBag(bank) && typeof bank.version === 'number' && bank.version > LATEST)
    return fail('newer');
  const answers = v.safeParse(ParticipantAnswersSchema, {
    ...(pick(data, PARTICIPANT_FIELDS) as Record<string, unknown>),
    bank,
    moments: Array.isArray(data.moments)
      ? (data.moments as unknown[]).map((m) => pick(m, MOMENT_FIELDS))
      : data.moments,
  });
  if (!answers.success) {
    const problems = problemsOf(answers.issues).map((p) => ({ ...p, field: `answers.${p.field}` }));
    return fail('invalid', problems);
  }
  return { ok: true, answers: answers.output };
}
