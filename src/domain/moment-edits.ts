// Edits of the moments-of-truth map (immutable, through list-edit.ts). Links to customer types that
// do not exist are dropped on every edit.
import { cleanText } from './limits';
import {
  cleanPatch,
  insertItem,
  moveItem,
  removeItem,
  restoreItem,
  updateItem,
  type EditResult,
  type Removed,
} from './list-edit';
import type { Channel, Moment, Score } from './moments';
import type { Workshop } from './workshop';

export type MomentRefusal = 'nameRequired' | 'tooManyMoments' | 'notFound';

export interface MomentInput {
  name: string;
  allCustomers?: boolean;
  customerTypeIds?: string[];
  channel?: Channel;
  importance?: Score | null;
  expectation?: Score | null;
  promise?: Score | null;
  delivered?: Score | null;
  owner?: string;
  note?: string;
}

export type MomentPatch = Partial<Omit<Moment, 'id'>>;

/** The customer-type links of a moment, kept only for types that exist, each once. */
function knownTypes(workshop: Workshop, moment: Moment): string[] {
  if (moment.allCustomers) return [];
  const known = new Set(workshop.customerTypes.map((t) => t.id));
  return [...new Set(moment.customerTypeIds.filter((t) => known.has(t)))];
}

export function addMoment(
  workshop: Workshop,
  input: MomentInput,
  id: string,
  now: Date,
): EditResult<MomentRefusal> {
  const name = cleanText(input.name.trim());
  if (!name) return { ok: false, error: 'nameRequired' };
  const moment: Moment = {
    id,
    name,
    allCustomers: input.allCustomers ?? false,
    customerTypeIds: input.customerTypeIds ?? [],
    channel: input.channel ?? 'inPerson',
    importance: input.importance ?? null,
    expectation: input.expectation ?? null,
    promise: input.promise ?? null,
    delivered: input.delivered ?? null,
    owner: cleanText(input.owner ?? ''),
    note: cleanText(input.note ?? ''),
  };
  moment.customerTypeIds = knownTypes(workshop, moment);
  const next = insertItem(workshop, 'moments', moment, now);
  return next ? { ok: true, workshop: next } : { ok: false, error: 'tooManyMoments' };
}

export function updateMoment(
  workshop: Workshop,
  id: string,
  patch: MomentPatch,
  now: Date,
): Workshop {
  return updateItem(
    workshop,
    'moments',
    id,
    (moment) => {
      const next = { ...moment, ...cleanPatch(patch) };
      return { ...next, customerTypeIds: knownTypes(workshop, next) };
    },
    now,
  );
}

/** A copy of a moment right after it, named as given (e.g. "Check-in (copy)"). */
export function duplicateMoment(
  workshop: Workshop,
  id: string,
  newId: string,
  name: string,
  now: Date,
): EditResult<MomentRefusal> {
  const index = workshop.moments.findIndex((m) => m.id === id);
  const original = workshop.moments[index];
  if (!original) return { ok: false, error: 'notFound' };
  const copy: Moment = {
    ...original,
    customerTypeIds: [...original.customerTypeIds],
    id: newId,
    name: cleanText(name).trim() ? cleanText(name) : original.name,
  };
  const next = insertItem(workshop, 'moments', copy, now, index + 1);
  return next ? { ok: true, workshop: next } : { ok: false, error: 'tooManyMoments' };
}

export type RemovedMoment = Removed<Moment>;

export function removeMoment(
  workshop: Workshop,
  id: string,
  now: Date,
): { workshop: Workshop; removed: RemovedMoment | null } {
  return removeItem(workshop, 'moments', id, now);
}

/**
 * Undo of removeMoment: back in its place; customer types deleted meanwhile are dropped. Refused
 * (same object back) when the moment is already there or the map has filled up since.
 */
export function restoreMoment(workshop: Workshop, removed: RemovedMoment, now: Date): Workshop {
  return restoreItem(workshop, 'moments', removed, now, (moment) => ({
    ...moment,
    customerTypeIds: knownTypes(workshop, moment),
  }));
}

export function moveMoment(workshop: Workshop, id: string, delta: number, now: Date): Workshop {
  return moveItem(workshop, 'moments', id, delta, now);
}
