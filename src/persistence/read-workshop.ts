// The one reader of a stored workshop: envelope -> migrate -> the shell it cannot do without -> every
// item it understands, copied into fresh objects. What it does not understand is never dropped: it is
// kept aside in `unread`, exactly as it was, and written back with the workshop.
import * as v from 'valibot';
import { LIMITS } from '../domain/limits';
import type { Unread, Workshop } from '../domain/workshop';
import { CURRENT_SCHEMA_VERSION } from './schema-version';
import { problemsOf, type Problem } from './problems';
import {
  ActionSchema,
  AnswerSchema,
  CommentSchema,
  CustomerTypeSchema,
  ENVELOPE,
  ENVELOPE_FIELDS,
  EnvelopeSchema,
  FollowUpOfSchema,
  KNOWN_FIELDS,
  META_FIELDS,
  MomentSchema,
  PROMPT_IDS,
  RatingSchema,
  SHELL_FIELDS,
  ShellSchema,
  STATEMENT_IDS,
  WorkshopSchema,
} from './schema';
import { migrator, teamSchemas } from './lazy-parts';

export type ReadFailure = 'foreign' | 'newer' | 'invalid';

export type ReadResult =
  | { ok: true; workshop: Workshop; migratedFrom?: number }
  | { ok: false; reason: ReadFailure; problems: Problem[] };

type Bag = Record<string, unknown>;

const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (bag: Bag, key: string) => Object.prototype.hasOwnProperty.call(bag, key);

/** A fresh object with only these keys of `value` (own ones); anything not an object as it is. */
export function pick(value: unknown, keys: readonly string[]): unknown {
  if (!isBag(value)) return value;
  const out: Bag = {};
  for (const key of keys) if (own(value, key)) out[key] = value[key];
  return out;
}

/** Sets a key on a fresh object without ever touching a prototype (the key may be "__proto__"). */
function define(bag: Bag, key: string, value: unknown): void {
  let name = key;
  for (let n = 2; own(bag, name); n++) name = `${key}#${n}`;
  Object.defineProperty(bag, name, { value, enumerable: true, writable: true, configurable: true });
}

const fail = (reason: ReadFailure, problems: Problem[] = []): ReadResult => ({
  ok: false,
  reason,
  problems,
});

/** Reads a stored record (an envelope). `key` is the key it is stored under, which names it. */
export function readWorkshop(raw: unknown, key?: string): ReadResult {
  if (!isBag(raw) || raw.app !== ENVELOPE.app) return fail('foreign');
  // A newer version may also change the envelope: its version alone says so.
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > CURRENT_SCHEMA_VERSION)
    return fail('newer');
  const envelope = v.safeParse(EnvelopeSchema, pick(raw, ENVELOPE_FIELDS));
  if (!envelope.success) return fail('invalid', problemsOf(envelope.issues));
  return readWorkshopData(envelope.output.data, envelope.output.schemaVersion, key);
}

/** Reads a workshop's data written with `schemaVersion` (from a record or a backup file). */
export function readWorkshopData(data: unknown, schemaVersion: number, key?: string): ReadResult {
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return fail('newer');
  let migrated: unknown = data;
  if (schemaVersion < CURRENT_SCHEMA_VERSION) {
    // Fetched before an older record is read (lazy-parts.ts); never read as if it were current.
    const older = migrator();
    if (!older) return fail('invalid', [{ kind: 'wrongValue', field: 'schemaVersion' }]);
    try {
      migrated = older.migrate(data, schemaVersion);
    } catch {
      return fail('invalid');
    }
  }
  if (!isBag(migrated)) return fail('invalid', [{ kind: 'wrongValue', field: '' }]);
  const result = readData(migrated, key);
  if (!result.ok || schemaVersion === CURRENT_SCHEMA_VERSION) return result;
  return { ...result, migratedFrom: schemaVersion };
}

function readData(data: Bag, key: string | undefined): ReadResult {
  // The key a record is stored under is what lists, opens and deletes it: it names the workshop.
  const shell = v.safeParse(ShellSchema, {
    ...(pick(data, SHELL_FIELDS) as Bag),
    ...(key === undefined ? {} : { id: key }),
    meta: pick(data.meta, META_FIELDS),
    bank: pick(data.bank, ['id', 'version']),
  });
  if (!shell.success) return fail('invalid', problemsOf(shell.issues));
  const s = shell.output;
  const unread = keptUnread(data.unread);
  const workshop: Workshop = {
    id: s.id,
    title: s.title,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    meta: { ...s.meta, participants: [...s.meta.participants] },
    bank: { id: s.bank.id, version: s.bank.version },
    ratings: readAnswers(data, 'ratings', STATEMENT_IDS, RatingSchema, unread),
    prompts: readAnswers(data, 'prompts', PROMPT_IDS, AnswerSchema, unread),
    comments: readAnswers(data, 'comments', STATEMENT_IDS, CommentSchema, unread),
    customerTypes: readItems(data, 'customerTypes', CustomerTypeSchema, unread),
    // Links to customer types or moments not on the map are kept as they are (the item may be kept
    // aside, or come back with Undo); the screens and the report show only the links they can.
    moments: readItems(data, 'moments', MomentSchema, unread),
    actions: readItems(data, 'actions', ActionSchema, unread),
  };
  // Team mode's parts, whole or kept aside whole (a participant's answers are read as a set). Their
  // schemas are loaded before such a record is read (lazy-parts.ts); if not, the parts wait aside.
  // A follow-up's link to its baseline likewise: whole, or aside.
  const schemas = teamSchemas();
  const parts = [
    ['team', schemas?.TeamDataSchema],
    ['participation', schemas?.ParticipationSchema],
    ['followUpOf', FollowUpOfSchema],
  ] as const;
  for (const [name, schema] of parts) {
    const raw = data[name];
    if (raw === undefined) continue;
    const parsed = schema && v.safeParse(schema, raw);
    if (parsed?.success) Object.assign(workshop, { [name]: parsed.output });
    else aside(unread, 'fields', name, raw);
  }
  keepExtraFields(data, unread);
  if (Object.keys(unread).length > 0) workshop.unread = unread;
  // The reader's output must be writable as it is; if not, it is a bug here, not a user's problem.
  const check = v.safeParse(WorkshopSchema, workshop);
  return check.success ? { ok: true, workshop } : fail('invalid', problemsOf(check.issues));
}

/**
 * What an earlier read already kept aside, as it was stored: its parts in the shapes this version
 * knows, and anything else (a newer version's own parts) under its own name, untouched. A known
 * part in another shape is kept too, renamed "stored.<name>" so new parts can still be added.
 */
function keptUnread(stored: unknown): Unread {
  const unread: Unread = {};
  if (stored === undefined) return unread;
  if (!isBag(stored)) {
    aside(unread, 'fields', 'unread', stored);
    return unread;
  }
  for (const key of Object.keys(stored)) {
    const value = stored[key];
    if (isBagName(key) && isBag(value)) {
      if (Object.keys(value).length > 0) unread[key] = copyBag(value);
    } else if (isListName(key) && Array.isArray(value)) {
      if (value.length > 0) unread[key] = [...(value as unknown[])];
    } else {
      define(unread, isBagName(key) || isListName(key) ? `stored.${key}` : key, value);
    }
  }
  return unread;
}

const BAGS = ['fields', 'meta', 'bank', 'ratings', 'prompts', 'comments'] as const;
const LISTS = ['customerTypes', 'moments', 'actions'] as const;
const isBagName = (key: string): key is (typeof BAGS)[number] =>
  (BAGS as readonly string[]).includes(key);
const isListName = (key: string): key is (typeof LISTS)[number] =>
  (LISTS as readonly string[]).includes(key);

function copyBag(bag: Bag): Bag {
  const out: Bag = {};
  for (const key of Object.keys(bag)) define(out, key, bag[key]);
  return out;
}

function aside(unread: Unread, name: (typeof BAGS)[number], key: string, value: unknown) {
  define((unread[name] ??= {}), key, value);
}

/** Ratings or prompt answers: known ids with a readable value; the rest kept aside. */
function readAnswers<T>(
  data: Bag,
  name: 'ratings' | 'prompts' | 'comments',
  known: ReadonlySet<string>,
  schema: v.GenericSchema<unknown, T>,
  unread: Unread,
): Record<string, T> {
  const out: Record<string, T> = {};
  const raw = data[name];
  if (raw === undefined) return out;
  if (!isBag(raw)) {
    aside(unread, 'fields', name, raw);
    return out;
  }
  for (const id of Object.keys(raw)) {
    const parsed = v.safeParse(schema, raw[id]);
    if (known.has(id) && parsed.success) out[id] = parsed.output;
    else aside(unread, name, id, raw[id]);
  }
  return out;
}

type ItemName = 'customerTypes' | 'moments' | 'actions';

/** Items that pass their schema, with unique ids, up to the limit; the rest kept aside in order. */
function readItems<T extends { id: string }>(
  data: Bag,
  name: ItemName,
  schema: v.GenericSchema<unknown, T>,
  unread: Unread,
): T[] {
  const raw = data[name];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    aside(unread, 'fields', name, raw);
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  for (const item of raw as unknown[]) {
    const parsed = v.safeParse(schema, item);
    if (parsed.success && !seen.has(parsed.output.id) && out.length < LIMITS[name]) {
      seen.add(parsed.output.id);
      out.push(parsed.output);
    } else {
      (unread[name] ??= []).push(item);
    }
  }
  return out;
}

/** Fields this version does not know, at the top and in `meta`. */
function keepExtraFields(data: Bag, unread: Unread): void {
  const known = new Set<string>(KNOWN_FIELDS);
  for (const key of Object.keys(data)) if (!known.has(key)) aside(unread, 'fields', key, data[key]);
  const meta = data.meta;
  if (isBag(meta)) {
    const knownMeta = new Set<string>(META_FIELDS);
    for (const key of Object.keys(meta))
      if (!knownMeta.has(key)) aside(unread, 'meta', key, meta[key]);
  }
  const bank = data.bank;
  if (isBag(bank))
    for (const key of Object.keys(bank))
      if (key !== 'id' && key !== 'version') aside(unread, 'bank', key, bank[key]);
}
