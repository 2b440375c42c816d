// Team mode's links: a participant's answers (and the facilitator's setup) carried compressed in the
// URL fragment, so that they travel without a server; and their reader, which checks the size before
// decoding, the format, the checksum, what inflating produces, and the schema.
//
// A link's payload is `<kind><format>.<body>.<checksum>`: kind 'a' (answers) or 's' (setup), the
// format version, base64url (unpadded) of the deflate-raw of a compact JSON form, and the CRC-32 of
// those compressed bytes as 8 hex digits. Compact forms (change only with a new format version):
//   answers: { v: bank version, i: participantId, n: name, c: code, t: submittedAt,
//              r: one character per statement in the bank version's order ('0' unanswered,
//                 '1'-'5', '?' don't know, 'n' does not apply; trailing '0's left out),
//              k: [[statement index, comment], ...], m: [[name, importance, expectation, promise,
//                 delivered], ...] with 0 for a level not given }
//   setup:   { v: bank version, c: code, o: organisation, r: namesRequired }
import * as v from 'valibot';
import {
  BANK_ID,
  DONT_KNOW,
  LATEST,
  NOT_APPLICABLE,
  type Level,
  type Rating,
} from '../domain/bank-ids';
import type { ParticipantAnswers, TeamSetup } from '../domain/team';
import { crc32Hex, deflate, fromBase64Url, inflate, toBase64Url } from './link-bytes';
import { problemsOf, type Problem } from './problems';
import { writeRefusedError } from './storage-errors';
import {
  knownBankVersion,
  ParticipantAnswersSchema,
  statementIdsOf,
  TeamSetupSchema,
} from './team-schema';

/** Kind letter and format version of each payload: a newer app may read more, never less. */
export const ANSWERS_FORMAT = { kind: 'a', version: 1 } as const;
export const SETUP_FORMAT = { kind: 's', version: 1 } as const;

/** The app's routes that receive a payload: the facilitator's device, and a participant's. */
export const RETURN_ROUTE = '#/return/';
export const JOIN_ROUTE = '#/join/';
export type LinkRoute = typeof RETURN_ROUTE | typeof JOIN_ROUTE;

/** The longest full URL offered as a link or a QR code; past it the UI offers the file instead. */
export const LINK_BUDGET = 2000;
/** A payload (or a pasted link) longer than this is refused before anything is decoded. */
export const MAX_LINK_TEXT = 16_000;
/**
 * Inflating stops past this many bytes (a deflate bomb). The compact JSON of the largest valid
 * answers, every text at its limit and every character escaped as \uXXXX, is about 0.7 MB and
 * compresses to fit a link: the cap must not refuse it.
 */
export const MAX_INFLATED_BYTES = 1024 * 1024;

export type LinkFailure =
  'empty' | 'tooLong' | 'foreign' | 'newer' | 'truncated' | 'tampered' | 'invalid';

export type LinkRead<T> =
  { ok: true; value: T } | { ok: false; reason: LinkFailure; problems: Problem[] };

const own = (bag: object, key: string) => Object.prototype.hasOwnProperty.call(bag, key);

const fail = <T>(reason: LinkFailure, problems: Problem[] = []): LinkRead<T> => ({
  ok: false,
  reason,
  problems,
});

// Writing --------------------------------------------------------------------------------------

const CHAR_OF_RATING = new Map<Rating, string>([
  [1, '1'],
  [2, '2'],
  [3, '3'],
  [4, '4'],
  [5, '5'],
  [DONT_KNOW, '?'],
  [NOT_APPLICABLE, 'n'],
]);
const RATING_OF_CHAR = new Map([...CHAR_OF_RATING].map(([rating, char]) => [char, rating]));

/** Refuses, like assertWritable, what its reader would not read back. */
function assertValid<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T {
  const check = v.safeParse(schema, value);
  if (!check.success) throw writeRefusedError(problemsOf(check.issues));
  return check.output;
}

function versionToWrite(version: number) {
  const known = knownBankVersion(version);
  if (known === null) throw writeRefusedError([{ kind: 'wrongValue', field: 'bank.version' }]);
  return known;
}

async function pack(format: { kind: string; version: number }, compact: unknown): Promise<string> {
  const bytes = await deflate(new TextEncoder().encode(JSON.stringify(compact)));
  return `${format.kind}${format.version}.${toBase64Url(bytes)}.${crc32Hex(bytes)}`;
}

/** A participant's answers as a payload for RETURN_ROUTE. Throws on answers the schema refuses. */
export async function encodeAnswers(answers: ParticipantAnswers): Promise<string> {
  assertValid(ParticipantAnswersSchema, answers);
  const ids = statementIdsOf(versionToWrite(answers.bank.version));
  const compact = {
    v: answers.bank.version,
    i: answers.participantId,
    n: answers.name,
    c: answers.code,
    t: answers.submittedAt,
    r: ids
      .map((id) => (own(answers.ratings, id) ? CHAR_OF_RATING.get(answers.ratings[id]!) : '0'))
      .join('')
      .replace(/0+$/, ''),
    k: ids.flatMap((id, index) =>
      own(answers.comments, id) ? [[index, answers.comments[id]!] as const] : [],
    ),
    m: answers.moments.map((m) => [
      m.name,
      m.importance ?? 0,
      m.expectation ?? 0,
      m.promise ?? 0,
      m.delivered ?? 0,
    ]),
  };
  return pack(ANSWERS_FORMAT, compact);
}

/** The facilitator's setup as a payload for JOIN_ROUTE. Throws on a setup the schema refuses. */
export async function encodeSetup(setup: TeamSetup): Promise<string> {
  assertValid(TeamSetupSchema, setup);
  const compact = {
    v: versionToWrite(setup.bank.version),
    c: setup.code,
    o: setup.organisation,
    r: setup.namesRequired,
  };
  return pack(SETUP_FORMAT, compact);
}

// Reading --------------------------------------------------------------------------------------

/** The JSON a payload carries, after every check that does not need to know what it holds. */
async function unpack(
  text: string,
  format: { kind: string; version: number },
): Promise<LinkRead<unknown>> {
  if (text.length > MAX_LINK_TEXT) return fail('tooLong');
  // A link at the end of a sentence may come with the sentence's full stop.
  const payload = text.trim().replace(/\.+$/, '');
  if (payload === '') return fail('empty');
  const dot = payload.indexOf('.');
  const head = dot === -1 ? payload : payload.slice(0, dot);
  const match = /^([a-z])([1-9][0-9]{0,5})$/.exec(head);
  if (!match || match[1] !== format.kind) {
    const cut = dot === -1 && `${format.kind}${format.version}`.startsWith(payload);
    return fail(cut ? 'truncated' : 'foreign');
  }
  const version = Number(match[2]);
  if (version > format.version) return fail('newer');
  if (version < format.version) return fail('foreign');
  const parts = dot === -1 ? [] : payload.slice(dot + 1).split('.');
  const [body, sum] = parts;
  if (parts.length !== 2 || body === undefined || sum === undefined || body === '')
    return fail('truncated');
  if (sum.length < 8) return fail('truncated');
  if (!/^[0-9a-f]{8}$/.test(sum)) return fail('tampered');
  const decoded = fromBase64Url(body);
  if (decoded === null) return fail('truncated');
  if (!decoded.canonical || crc32Hex(decoded.bytes) !== sum) return fail('tampered');
  const inflated = await inflate(decoded.bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) return fail(inflated.reason);
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return fail('invalid');
  }
}

/** A bank version newer than this app's: the app must be updated to read it. */
const namesNewerBank = (raw: unknown) =>
  typeof raw === 'object' &&
  raw !== null &&
  typeof (raw as { v?: unknown }).v === 'number' &&
  (raw as { v: number }).v > LATEST;

const Int = v.pipe(v.number(), v.integer());

// Tuples checked by hand: valibot's tuple schemas would land in the first load, which holds valibot
// (every function of it any chunk uses goes with it).
const isLevelOrZero = (x: unknown): x is 0 | Level =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 5;
const isCommentEntry = (t: unknown[]): t is [number, string] =>
  t.length === 2 && Number.isInteger(t[0]) && (t[0] as number) >= 0 && typeof t[1] === 'string';
const isMomentEntry = (t: unknown[]): t is [string, 0 | Level, 0 | Level, 0 | Level, 0 | Level] =>
  t.length === 5 && typeof t[0] === 'string' && t.slice(1).every(isLevelOrZero);
const tuple = <T extends unknown[]>(is: (t: unknown[]) => t is T) =>
  v.pipe(
    v.array(v.unknown()),
    v.check(is, 'tuple'),
    v.transform((t) => t as T),
  );

// Strict, so a key this format does not define (or "__proto__") is refused, never copied.
const CompactAnswersSchema = v.strictObject({
  v: Int,
  i: v.string(),
  n: v.string(),
  c: v.string(),
  t: v.string(),
  r: v.pipe(v.string(), v.regex(/^[0-5?n]*$/)),
  k: v.array(tuple(isCommentEntry)),
  m: v.array(tuple(isMomentEntry)),
});

const CompactSetupSchema = v.strictObject({ v: Int, c: v.string(), o: v.string(), r: v.boolean() });

const level = (value: 0 | Level): Level | null => (value === 0 ? null : value);

/** Reads a payload made by encodeAnswers (as found after RETURN_ROUTE). */
export async function decodeAnswers(text: string): Promise<LinkRead<ParticipantAnswers>> {
  const unpacked = await unpack(text, ANSWERS_FORMAT);
  if (!unpacked.ok) return unpacked;
  if (namesNewerBank(unpacked.value)) return fail('newer');
  const parsed = v.safeParse(CompactAnswersSchema, unpacked.value);
  if (!parsed.success) return fail('invalid', problemsOf(parsed.issues));
  const c = parsed.output;
  const version = knownBankVersion(c.v);
  if (version === null) return fail('invalid', [{ kind: 'wrongValue', field: 'bank.version' }]);
  const ids = statementIdsOf(version);
  if (c.r.length > ids.length) return fail('invalid', [{ kind: 'tooMany', field: 'ratings' }]);
  const ratings: Record<string, Rating> = {};
  [...c.r].forEach((char, index) => {
    const rating = RATING_OF_CHAR.get(char);
    const id = ids[index];
    if (rating !== undefined && id !== undefined) ratings[id] = rating;
  });
  const comments: Record<string, string> = {};
  for (const [index, comment] of c.k) {
    const id = ids[index];
    if (id === undefined || own(comments, id))
      return fail('invalid', [{ kind: 'wrongValue', field: 'comments' }]);
    comments[id] = comment;
  }
  const answers: ParticipantAnswers = {
    participantId: c.i,
    name: c.n,
    code: c.c,
    bank: { id: BANK_ID, version },
    submittedAt: c.t,
    ratings,
    comments,
    moments: c.m.map(([name, importance, expectation, promise, delivered]) => ({
      name,
      importance: level(importance),
      expectation: level(expectation),
      promise: level(promise),
      delivered: level(delivered),
    })),
  };
  const check = v.safeParse(ParticipantAnswersSchema, answers);
  return check.success ? { ok: true, value: answers } : fail('invalid', problemsOf(check.issues));
}

/** Reads a payload made by encodeSetup (as found after JOIN_ROUTE). */
export async function decodeSetup(text: string): Promise<LinkRead<TeamSetup>> {
  const unpacked = await unpack(text, SETUP_FORMAT);
  if (!unpacked.ok) return unpacked;
  if (namesNewerBank(unpacked.value)) return fail('newer');
  const parsed = v.safeParse(CompactSetupSchema, unpacked.value);
  if (!parsed.success) return fail('invalid', problemsOf(parsed.issues));
  const c = parsed.output;
  const version = knownBankVersion(c.v);
  if (version === null) return fail('invalid', [{ kind: 'wrongValue', field: 'bank.version' }]);
  const setup: TeamSetup = {
    code: c.c,
    organisation: c.o,
    bank: { id: BANK_ID, version },
    namesRequired: c.r,
  };
  const check = v.safeParse(TeamSetupSchema, setup);
  return check.success ? { ok: true, value: setup } : fail('invalid', problemsOf(check.issues));
}

// Whole links ----------------------------------------------------------------------------------

/** The full link: the app's address (any hash it has replaced) with the route and the payload. */
export function linkTo(appUrl: string, route: LinkRoute, payload: string): string {
  const hash = appUrl.indexOf('#');
  return `${hash === -1 ? appUrl : appUrl.slice(0, hash)}${route}${payload}`;
}

/** Whether a full link may be offered as a link or a QR code (otherwise: the file). */
export function fitsLink(url: string): boolean {
  return url.length <= LINK_BUDGET;
}

/**
 * The payload in what a person pasted or opened: a full link, its hash, or the payload alone
 * (whatever follows the route; the whole text when it names no route).
 */
export function payloadOf(text: string, route: LinkRoute): string {
  const at = text.indexOf(route);
  return at === -1 ? text : text.slice(at + route.length);
}

/** The answers in a link to RETURN_ROUTE (or a hash, or a bare payload). */
export function answersFromLink(text: string): Promise<LinkRead<ParticipantAnswers>> {
  if (text.length > MAX_LINK_TEXT) return Promise.resolve(fail('tooLong'));
  return decodeAnswers(payloadOf(text, RETURN_ROUTE));
}

/** The setup in a link to JOIN_ROUTE (or a hash, or a bare payload). */
export function setupFromLink(text: string): Promise<LinkRead<TeamSetup>> {
  if (text.length > MAX_LINK_TEXT) return Promise.resolve(fail('tooLong'));
  return decodeSetup(payloadOf(text, JOIN_ROUTE));
}
