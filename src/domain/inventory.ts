// Workshop-level edits of the customer types and the moments-of-truth map (immutable, like workshop.ts).
import { cleanText, LIMITS } from './limits';
import type { Channel, CustomerKind, CustomerType, Moment, Score } from './moments';
import type { Workshop } from './workshop';

export type InventoryResult =
  | { ok: true; workshop: Workshop }
  | { ok: false; error: 'nameRequired' | 'tooManyCustomerTypes' | 'tooManyMoments' | 'notFound' };

const stamp = (workshop: Workshop, now: Date, patch: Partial<Workshop>): Workshop => ({
  ...workshop,
  ...patch,
  updatedAt: now.toISOString(),
});

function move<T extends { id: string }>(
  items: readonly T[],
  id: string,
  delta: number,
): T[] | null {
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length) return null;
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

// Customer types -------------------------------------------------------------------------------

export interface CustomerTypeInput {
  name: string;
  kind: CustomerKind;
  description?: string;
  expectations?: string;
}

export function addCustomerType(
  workshop: Workshop,
  input: CustomerTypeInput,
  id: string,
  now: Date,
): InventoryResult {
  const name = cleanText(input.name.trim());
  if (!name) return { ok: false, error: 'nameRequired' };
  if (workshop.customerTypes.length >= LIMITS.customerTypes)
    return { ok: false, error: 'tooManyCustomerTypes' };
  const type: CustomerType = {
    id,
    name,
    kind: input.kind,
    description: cleanText(input.description ?? ''),
    expectations: cleanText(input.expectations ?? ''),
  };
  return {
    ok: true,
    workshop: stamp(workshop, now, { customerTypes: [...workshop.customerTypes, type] }),
  };
}

export type CustomerTypePatch = Partial<Omit<CustomerType, 'id'>>;

/** Applies a patch; a blank name is ignored (the form says a name is required and keeps the old one). */
export function updateCustomerType(
  workshop: Workshop,
  id: string,
  patch: CustomerTypePatch,
  now: Date,
): Workshop {
  const customerTypes = workshop.customerTypes.map((type) =>
    type.id === id ? { ...type, ...cleanPatch(patch) } : type,
  );
  return stamp(workshop, now, { customerTypes });
}

export function moveCustomerType(
  workshop: Workshop,
  id: string,
  delta: number,
  now: Date,
): Workshop {
  const customerTypes = move(workshop.customerTypes, id, delta);
  return customerTypes ? stamp(workshop, now, { customerTypes }) : workshop;
}

/** Moments whose only customer type this is: deleting the type would leave them without one. */
export function orphansOf(workshop: Workshop, id: string): Moment[] {
  return workshop.moments.filter(
    (m) => !m.allCustomers && m.customerTypeIds.length === 1 && m.customerTypeIds[0] === id,
  );
}

/**
 * What happens to the orphans of a deleted customer type (see orphansOf): moved to another type or
 * to all customers, or deleted. Moments that also belong to other types just lose the deleted one.
 */
export type OrphanOutcome =
  /** `to` is another customer type's id, or 'all' for every customer type. */
  { kind: 'reassign'; to: string } | { kind: 'delete' };

export function removeCustomerType(
  workshop: Workshop,
  id: string,
  outcome: OrphanOutcome,
  now: Date,
): Workshop {
  const customerTypes = workshop.customerTypes.filter((type) => type.id !== id);
  // A target that is gone (or the deleted type itself) cannot hold moments: they go to everyone.
  const target =
    outcome.kind === 'reassign' && customerTypes.some((t) => t.id === outcome.to)
      ? outcome.to
      : 'all';
  const moments = workshop.moments.flatMap((moment): Moment[] => {
    if (moment.allCustomers || !moment.customerTypeIds.includes(id)) return [moment];
    const rest = moment.customerTypeIds.filter((typeId) => typeId !== id);
    if (rest.length > 0) return [{ ...moment, customerTypeIds: rest }];
    if (outcome.kind === 'delete') return [];
    if (target === 'all') return [{ ...moment, allCustomers: true, customerTypeIds: [] }];
    return [{ ...moment, customerTypeIds: [target] }];
  });
  return stamp(workshop, now, { customerTypes, moments });
}

// Moments --------------------------------------------------------------------------------------

export interface MomentInput {
  name: string;
  allCustomers?: boolean;
  customerTypeIds?: string[];
  channel?: Channel;
  expectation?: Score | null;
  promise?: Score | null;
  delivered?: Score | null;
  owner?: string;
  note?: string;
}

export function addMoment(
  workshop: Workshop,
  input: MomentInput,
  id: string,
  now: Date,
): InventoryResult {
  const name = cleanText(input.name.trim());
  if (!name) return { ok: false, error: 'nameRequired' };
  if (workshop.moments.length >= LIMITS.moments) return { ok: false, error: 'tooManyMoments' };
  const known = new Set(workshop.customerTypes.map((t) => t.id));
  const moment: Moment = {
    id,
    name,
    allCustomers: input.allCustomers ?? false,
    customerTypeIds: input.allCustomers
      ? []
      : [...new Set((input.customerTypeIds ?? []).filter((t) => known.has(t)))],
    channel: input.channel ?? 'inPerson',
    expectation: input.expectation ?? null,
    promise: input.promise ?? null,
    delivered: input.delivered ?? null,
    owner: cleanText(input.owner ?? ''),
    note: cleanText(input.note ?? ''),
  };
  return { ok: true, workshop: stamp(workshop, now, { moments: [...workshop.moments, moment] }) };
}

export type MomentPatch = Partial<Omit<Moment, 'id'>>;

export function updateMoment(
  workshop: Workshop,
  id: string,
  patch: MomentPatch,
  now: Date,
): Workshop {
  const known = new Set(workshop.customerTypes.map((t) => t.id));
  const moments = workshop.moments.map((moment) => {
    if (moment.id !== id) return moment;
    const next = { ...moment, ...cleanPatch(patch) };
    const customerTypeIds = next.allCustomers
      ? []
      : [...new Set(next.customerTypeIds.filter((t) => known.has(t)))];
    return { ...next, customerTypeIds };
  });
  return stamp(workshop, now, { moments });
}

/** A copy of a moment right after it, named as given (e.g. "Check-in (copy)"). */
export function duplicateMoment(
  workshop: Workshop,
  id: string,
  newId: string,
  name: string,
  now: Date,
): InventoryResult {
  const index = workshop.moments.findIndex((m) => m.id === id);
  const original = workshop.moments[index];
  if (!original) return { ok: false, error: 'notFound' };
  if (workshop.moments.length >= LIMITS.moments) return { ok: false, error: 'tooManyMoments' };
  const copy: Moment = {
    ...original,
    customerTypeIds: [...original.customerTypeIds],
    id: newId,
    name: cleanText(name).trim() ? cleanText(name) : original.name,
  };
  const moments = [...workshop.moments];
  moments.splice(index + 1, 0, copy);
  return { ok: true, workshop: stamp(workshop, now, { moments }) };
}

export interface RemovedMoment {
  moment: Moment;
  index: number;
}

export function removeMoment(
  workshop: Workshop,
  id: string,
  now: Date,
): { workshop: Workshop; removed: RemovedMoment | null } {
  const index = workshop.moments.findIndex((m) => m.id === id);
  const moment = workshop.moments[index];
  if (!moment) return { workshop, removed: null };
  const moments = workshop.moments.filter((m) => m.id !== id);
  return { workshop: stamp(workshop, now, { moments }), removed: { moment, index } };
}

/**
 * Undo of removeMoment: back in its place; customer types deleted meanwhile are dropped. Refused
 * (same object back) when the moment is already there or the map has filled up since.
 */
export function restoreMoment(workshop: Workshop, removed: RemovedMoment, now: Date): Workshop {
  if (workshop.moments.some((m) => m.id === removed.moment.id)) return workshop;
  if (workshop.moments.length >= LIMITS.moments) return workshop;
  const known = new Set(workshop.customerTypes.map((t) => t.id));
  const moment = {
    ...removed.moment,
    customerTypeIds: removed.moment.customerTypeIds.filter((t) => known.has(t)),
  };
  const moments = [...workshop.moments];
  moments.splice(Math.min(removed.index, moments.length), 0, moment);
  return stamp(workshop, now, { moments });
}

export function moveMoment(workshop: Workshop, id: string, delta: number, now: Date): Workshop {
  const moments = move(workshop.moments, id, delta);
  return moments ? stamp(workshop, now, { moments }) : workshop;
}

/** Caps texts; a blank name is dropped from the patch, so a record never loses its name. */
function cleanPatch<T extends Record<string, unknown>>(patch: T): T {
  const out: Record<string, unknown> = { ...patch };
  if (typeof out.name === 'string' && !cleanText(out.name).trim()) delete out.name;
  for (const [key, value] of Object.entries(out))
    if (typeof value === 'string') out[key] = cleanText(value);
  return out as T;
}
