// The Workshop record and pure, immutable helpers to create and update it.
import type { Action } from './actions';
import type { CustomerType, Moment } from './moments';
import {
  AREAS,
  BANK_ID,
  BANK_VERSION,
  getArea,
  isRating,
  type AreaId,
  type Rating,
} from './question-bank';

export interface WorkshopMeta {
  organisation: string;
  team: string;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  facilitator: string;
  participants: string[];
}

/** Where the team last was: the introduction or an area step. */
export type StepId = 'intro' | AreaId;

export interface Workshop {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  meta: WorkshopMeta;
  bank: { id: string; version: number };
  ratings: Record<string, Rating>;
  prompts: Record<string, string>;
  /** The customer types the team listed (areas 1 and 2), in the team's order. */
  customerTypes: CustomerType[];
  /** The moments-of-truth map (area 3), in the team's order. */
  moments: Moment[];
  /** The action plan, in the team's order. */
  actions: Action[];
  lastStep: StepId;
}

export interface NewWorkshopInput {
  organisation: string;
  team?: string;
  date?: string;
  facilitator?: string;
  participants?: string;
}

export type CreateResult =
  { ok: true; workshop: Workshop } | { ok: false; error: 'organisationRequired' };

/** Today's date in the user's own time zone as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One name per line or separated by commas; blanks dropped. */
export function parseParticipants(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

export function defaultTitle(meta: Pick<WorkshopMeta, 'organisation' | 'team'>): string {
  return meta.team ? `${meta.organisation} — ${meta.team}` : meta.organisation;
}

export function createWorkshop(input: NewWorkshopInput, id: string, now: Date): CreateResult {
  const organisation = input.organisation.trim();
  if (!organisation) return { ok: false, error: 'organisationRequired' };
  const meta: WorkshopMeta = {
    organisation,
    team: (input.team ?? '').trim(),
    date: input.date?.trim() || localDate(now),
    facilitator: (input.facilitator ?? '').trim(),
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
      bank: { id: BANK_ID, version: BANK_VERSION },
      ratings: {},
      prompts: {},
      customerTypes: [],
      moments: [],
      actions: [],
      lastStep: 'intro',
    },
  };
}

function touch(workshop: Workshop, now: Date, patch: Partial<Workshop>): Workshop {
  return { ...workshop, ...patch, updatedAt: now.toISOString() };
}

export function setRating(
  workshop: Workshop,
  statementId: string,
  rating: Rating | null,
  now: Date,
): Workshop {
  const ratings = { ...workshop.ratings };
  if (rating === null) delete ratings[statementId];
  else ratings[statementId] = rating;
  return touch(workshop, now, { ratings });
}

export function setPromptAnswer(
  workshop: Workshop,
  promptId: string,
  text: string,
  now: Date,
): Workshop {
  return touch(workshop, now, { prompts: { ...workshop.prompts, [promptId]: text } });
}

export function setLastStep(workshop: Workshop, step: StepId): Workshop {
  return workshop.lastStep === step ? workshop : { ...workshop, lastStep: step };
}

export function rename(workshop: Workshop, title: string, now: Date): Workshop | null {
  const clean = title.trim();
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
    title,
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
export function areaCompletion(workshop: Workshop, areaId: AreaId): Completion {
  const area = getArea(areaId);
  const rated = area.statements.filter((s) => isRating(workshop.ratings[s.id])).length;
  const written = area.prompts.filter((p) => (workshop.prompts[p.id] ?? '').trim() !== '').length;
  return completion(rated + written, area.statements.length + area.prompts.length);
}

export function overallCompletion(workshop: Workshop): Completion {
  let answered = 0;
  let total = 0;
  for (const area of AREAS) {
    const c = areaCompletion(workshop, area.id);
    answered += c.answered;
    total += c.total;
  }
  return completion(answered, total);
}
