// The versioned envelope around stored workshops, and the one read path: parse -> validate -> migrate -> sanitise.
import * as v from 'valibot';
import { ACTION_LIMIT, isActionStatus, isCalendarDate, type Action } from '../domain/actions';
import {
  isChannel,
  isCustomerKind,
  isScore,
  LIMITS,
  type CustomerType,
  type Moment,
  type Score,
} from '../domain/moments';
import { AREAS, AREA_IDS, BANK_ID, isAreaId, isRating, type Rating } from '../domain/question-bank';
import type { StepId, Workshop } from '../domain/workshop';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';

/** Key names of stored data: change only with a migration. */
export const ENVELOPE = {
  app: 'momentos',
  workshopKind: 'workshop',
} as const;

export interface Envelope<T> {
  app: typeof ENVELOPE.app;
  kind: string;
  schemaVersion: number;
  savedAt: string;
  data: T;
}

export type ReadResult =
  | { ok: true; workshop: Workshop; migratedFrom?: number }
  | { ok: false; reason: 'foreign' | 'newer' | 'invalid' };

export function wrapWorkshop(workshop: Workshop, now: Date): Envelope<Workshop> {
  return {
    app: ENVELOPE.app,
    kind: ENVELOPE.workshopKind,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    savedAt: now.toISOString(),
    data: workshop,
  };
}

const EnvelopeSchema = v.object({
  app: v.literal(ENVELOPE.app),
  kind: v.literal(ENVELOPE.workshopKind),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  savedAt: v.string(),
  data: v.unknown(),
});

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const WorkshopSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  title: text(500),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  meta: v.object({
    organisation: text(500),
    team: text(500),
    date: v.pipe(v.string(), v.isoDate()),
    facilitator: text(500),
    participants: v.pipe(v.array(text(500)), v.maxLength(500)),
  }),
  bank: v.object({ id: v.literal(BANK_ID), version: v.pipe(v.number(), v.integer()) }),
  ratings: v.record(v.string(), v.unknown()),
  prompts: v.record(v.string(), v.unknown()),
  customerTypes: v.array(v.unknown()),
  moments: v.array(v.unknown()),
  actions: v.array(v.unknown()),
  lastStep: v.string(),
});

const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const CustomerTypeSchema = v.object({
  id: ID,
  name: v.string(),
  kind: v.string(),
  description: v.string(),
  expectations: v.string(),
});
const MomentSchema = v.object({
  id: ID,
  name: v.string(),
  allCustomers: v.boolean(),
  customerTypeIds: v.array(v.string()),
  channel: v.string(),
  expectation: v.unknown(),
  promise: v.unknown(),
  delivered: v.unknown(),
  owner: v.string(),
  note: v.string(),
});
// Links, due date and status are sanitised field by field, so an item missing one still reads.
const ActionSchema = v.object({
  id: ID,
  text: v.string(),
  areaId: v.optional(v.unknown()),
  momentId: v.optional(v.unknown()),
  owner: v.string(),
  due: v.optional(v.unknown()),
  status: v.optional(v.unknown()),
});

const STATEMENT_IDS = new Set(AREAS.flatMap((a) => a.statements.map((s) => s.id)));
const PROMPT_IDS = new Set(AREAS.flatMap((a) => a.prompts.map((p) => p.id)));
const MAX_ANSWER = 20_000;

/** Copies only known ids into fresh objects: unknown keys (e.g. "__proto__") never reach the app. */
let reportedBadRatings = false;

/**
 * Ratings of known statements; a value outside 1-5 / "don't know" is dropped (never scored or
 * drawn) and reported in the console, once per session, so a broken export can be traced.
 */
function readRatings(workshopId: string, raw: Record<string, unknown>): Record<string, Rating> {
  const ratings = pickKnown<Rating>(raw, STATEMENT_IDS, isRating);
  const dropped = [...STATEMENT_IDS].filter(
    (id) => Object.prototype.hasOwnProperty.call(raw, id) && !(id in ratings),
  );
  if (dropped.length > 0 && !reportedBadRatings) {
    reportedBadRatings = true;
    console.warn(
      `Momentos: ignored ${dropped.length} stored rating(s) outside 1-5 in workshop ${workshopId}: ${dropped.join(', ')}`,
    );
  }
  return ratings;
}

/** Tests only: lets the once-per-session console report happen again. */
export function resetBadRatingReport(): void {
  reportedBadRatings = false;
}

function pickKnown<T>(
  raw: Record<string, unknown>,
  known: Set<string>,
  keep: (value: unknown) => value is T,
) {
  const out: Record<string, T> = {};
  for (const id of known) {
    if (!Object.prototype.hasOwnProperty.call(raw, id)) continue;
    const value = raw[id];
    if (keep(value)) out[id] = value;
  }
  return out;
}

const isAnswer = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ANSWER;

const capped = (text: string) => text.slice(0, LIMITS.text);
const score = (value: unknown): Score | null => (isScore(value) ? value : null);

/** Readable customer types, fresh objects, unique ids, at most the limit; the rest is dropped. */
function readCustomerTypes(raw: unknown[]): CustomerType[] {
  const out: CustomerType[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const parsed = v.safeParse(CustomerTypeSchema, item);
    if (!parsed.success || seen.has(parsed.output.id) || !capped(parsed.output.name).trim())
      continue;
    const t = parsed.output;
    seen.add(t.id);
    out.push({
      id: t.id,
      name: capped(t.name),
      kind: isCustomerKind(t.kind) ? t.kind : 'external',
      description: capped(t.description),
      expectations: capped(t.expectations),
    });
    if (out.length === LIMITS.customerTypes) break;
  }
  return out;
}

/** Readable moments; pointers to unknown customer types and out-of-range ratings are dropped. */
function readMoments(raw: unknown[], typeIds: Set<string>): Moment[] {
  const out: Moment[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const parsed = v.safeParse(MomentSchema, item);
    if (!parsed.success || seen.has(parsed.output.id) || !capped(parsed.output.name).trim())
      continue;
    const m = parsed.output;
    seen.add(m.id);
    out.push({
      id: m.id,
      name: capped(m.name),
      allCustomers: m.allCustomers,
      customerTypeIds: m.allCustomers
        ? []
        : [...new Set(m.customerTypeIds.filter((id) => typeIds.has(id)))],
      channel: isChannel(m.channel) ? m.channel : 'other',
      expectation: score(m.expectation),
      promise: score(m.promise),
      delivered: score(m.delivered),
      owner: capped(m.owner),
      note: capped(m.note),
    });
    if (out.length === LIMITS.moments) break;
  }
  return out;
}

/** Readable actions; links to unknown areas or moments are cleared, a bad status or due date reset. */
function readActions(raw: unknown[], momentIds: Set<string>): Action[] {
  const out: Action[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const parsed = v.safeParse(ActionSchema, item);
    if (!parsed.success || seen.has(parsed.output.id) || !capped(parsed.output.text).trim())
      continue;
    const a = parsed.output;
    seen.add(a.id);
    out.push({
      id: a.id,
      text: capped(a.text),
      areaId: typeof a.areaId === 'string' && isAreaId(a.areaId) ? a.areaId : null,
      momentId: typeof a.momentId === 'string' && momentIds.has(a.momentId) ? a.momentId : null,
      owner: capped(a.owner),
      due: typeof a.due === 'string' && isCalendarDate(a.due) ? a.due : '',
      status: isActionStatus(a.status) ? a.status : 'open',
    });
    if (out.length === ACTION_LIMIT) break;
  }
  return out;
}

function toStep(value: string): StepId {
  return (AREA_IDS as readonly string[]).includes(value) ? (value as StepId) : 'intro';
}

export function readWorkshop(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== ENVELOPE.app) {
    return { ok: false, reason: 'foreign' };
  }
  const envelope = v.safeParse(EnvelopeSchema, raw);
  if (!envelope.success) return { ok: false, reason: 'invalid' };
  const { schemaVersion } = envelope.output;
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'newer' };
  let data: unknown;
  try {
    data = migrate(envelope.output.data, schemaVersion);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const parsed = v.safeParse(WorkshopSchema, data);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const w = parsed.output;
  const customerTypes = readCustomerTypes(w.customerTypes);
  const moments = readMoments(w.moments, new Set(customerTypes.map((t) => t.id)));
  const workshop: Workshop = {
    id: w.id,
    title: w.title,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
    meta: { ...w.meta, participants: [...w.meta.participants] },
    bank: { id: w.bank.id, version: w.bank.version },
    ratings: readRatings(w.id, w.ratings),
    prompts: pickKnown<string>(w.prompts, PROMPT_IDS, isAnswer),
    customerTypes,
    moments,
    actions: readActions(w.actions, new Set(moments.map((m) => m.id))),
    lastStep: toStep(w.lastStep),
  };
  return schemaVersion < CURRENT_SCHEMA_VERSION
    ? { ok: true, workshop, migratedFrom: schemaVersion }
    : { ok: true, workshop };
}
