// The Workshop record and pure, immutable helpers to create and update it.
import type { Action } from './actions';
import { cleanText, isEnteredDate, LIMITS } from './limits';
import type { CustomerType } from './customer-types';
import type { Moment } from './moments';
import type { Participation, TeamData } from './team';
import { BANK_VERSION, isRating, type AreaId, type Rating } from './bank-ids';
import { bankAreaIds, bankTable, newWorkshopBank } from './site-bank';

export interface WorkshopMeta {
  organisation: string;
  team: string;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  facilitator: string;
  participants: string[];
}

/** Where the team last was: the introduction or an area step (kept per device, not in the record). */
export type StepId = 'intro' | AreaId;

/**
 * What the stored record holds that this version cannot read (a newer question bank or app, a value
 * out of range, an unknown field): kept as it was and written back unchanged, never dropped.
 */
export interface Unread {
  fields?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  /** Fields of `bank` besides its id and version (a newer bank may say more about itself). */
  bank?: Record<string, unknown>;
  ratings?: Record<string, unknown>;
  prompts?: Record<string, unknown>;
  comments?: Record<string, unknown>;
  customerTypes?: unknown[];
  moments?: unknown[];
  actions?: unknown[];
  /** What a newer version keeps aside in ways this one does not know, as it was. */
  [other: string]: unknown;
}

export interface Workshop {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  meta: WorkshopMeta;
  bank: { id: string; version: number };
  ratings: Record<string, Rating>;
  prompts: Record<string, string>;
  /** The team's short comment on a statement, by statement id (optional; blank ones not kept). */
  comments: Record<string, string>;
  /** The customer types the team listed (areas 1 and 2), in the team's order. */
  customerTypes: CustomerType[];
  /** The moments-of-truth map (area 3), in the team's order. */
  moments: Moment[];
  /** The action plan, in the team's order. */
  actions: Action[];
  /** Team mode: the facilitator's workshop collecting individual answers (or the consensus made from them). */
  team?: TeamData;
  /** Team mode: this is a participant's personal copy, answers to hand back to the facilitator. */
  participation?: Participation;
  /** A follow-up: the workshop it repeats (as it was named and dated when the follow-up began). */
  followUpOf?: FollowUpLink;
  /** Present only when the stored record held something this version cannot read. */
  unread?: Unread;
}

/** The baseline a follow-up repeats; the title and date stay readable if the baseline is gone. */
export interface FollowUpLink {
  id: string;
  title: string;
  /** The baseline's calendar date, YYYY-MM-DD. */
  date: string;
}

export interface NewWorkshopInput {
  organisation: string;
  team?: string;
  date?: string;
  facilitator?: string;
  participants?: string;
}

export type CreateResult =
  { ok: true; workshop: Workshop } | { ok: false; error: 'organisationRequired' | 'dateInvalid' };

/** Today's date in the user's own time zone as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One name per line or separated by commas; blanks dropped; names and their number capped. */
export function parseParticipants(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => cleanText(name.trim(), LIMITS.name).trim())
    .filter((name) => name.length > 0)
    .slice(0, LIMITS.participants);
}

export function defaultTitle(meta: Pick<WorkshopMeta, 'organisation' | 'team'>): string {
  const title = meta.team ? `${meta.organisation} — ${meta.team}` : meta.organisation;
  return cleanText(title, LIMITS.title);
}

const name = (text: string | undefined) => cleanText((text ?? '').trim(), LIMITS.name).trim();

export function createWorkshop(input: NewWorkshopInput, id: string, now: Date): CreateResult {
  const organisation = name(input.organisation);
  if (!organisation) return { ok: false, error: 'organisationRequired' };
  const date = input.date?.trim() || localDate(now);
  if (!isEnteredDate(date)) return { ok: false, error: 'dateInvalid' };
  const meta: WorkshopMeta = {
    organisation,
    team: name(input.team),
    date,
    facilitator: name(input.facilitator),
    participants: parseParticipants(input.participants ?? ''),
  };
  const stamp = now.toISOString();
  return {
    ok: true,
    workshop: {
      id,
      title: defaultTitle(meta),
      createdAt: stamp,
      updatedAt: stamp,
      meta,
      bank: newWorkshopBank(BANK_VERSION),
      ratings: {},
      prompts: {},
      comments: {},
      customerTypes: [],
      moments: [],
      actions: [],
    },
  };
}

/** A changed copy, stamped with the time of the change. */
export function touch(workshop: Workshop, now: Date, patch: Partial<Workshop>): Workshop {
  return { ...workshop, ...patch, updatedAt: now.toISOString() };
}

export function rename(workshop: Workshop, title: string, now: Date): Workshop | null {
  const clean = cleanText(title.trim(), LIMITS.title).trim();
  return clean ? touch(workshop, now, { title: clean }) : null;
}

export function duplicateWorkshop(
  workshop: Workshop,
  id: string,
  title: string,
  now: Date,
): Workshop {
  const stamp = now.toISOString();
  return {
    ...structuredClone(workshop),
    id,
    title: cleanText(title.trim(), LIMITS.title).trim() || workshop.title,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export interface Completion {
  answered: number;
  total: number;
  /** 0-100, rounded down so that 100 means truly complete. */
  percent: number;
}

function completion(answered: number, total: number): Completion {
  return { answered, total, percent: total === 0 ? 0 : Math.floor((answered / total) * 100) };
}

/** Answered items (any rating, "don't know" included, and non-blank prompt answers) over all items. */
// Counted from the bank's id tables (the workshop's own version), not the built areas: the list of
// workshops shows completion on the first screen.
export function areaCompletion(workshop: Workshop, areaId: AreaId): Completion {
  const { statements, prompts } = bankTable(workshop.bank, areaId);
  const rated = statements.filter((s) => isRating(workshop.ratings[`${areaId}.${s}`])).length;
  const written = prompts.filter(
    (p) => (workshop.prompts[`${areaId}.${p}`] ?? '').trim() !== '',
  ).length;
  return completion(rated + written, statements.length + prompts.length);
}

export function overallCompletion(workshop: Workshop): Completion {
  let answered = 0;
  let total = 0;
  for (const areaId of bankAreaIds(workshop.bank)) {
    const c = areaCompletion(workshop, areaId);
    answered += c.answered;
    total += c.total;
  }
  return completion(answered, total);
}
