// Edits of the workshop's customer types (immutable, through list-edit.ts). Deleting a type decides
// what happens to the moments that had only that type.
import type { CustomerKind, CustomerType } from './customer-types';
import { cleanText } from './limits';
import { cleanPatch, insertItem, moveItem, updateItem, type EditResult } from './list-edit';
import type { Moment } from './moments';
import { touch, type Workshop } from './workshop';

export interface CustomerTypeInput {
  name: string;
  kind: CustomerKind;
  description?: string;
  expectations?: string;
}

export type CustomerTypePatch = Partial<Omit<CustomerType, 'id'>>;

export function addCustomerType(
  workshop: Workshop,
  input: CustomerTypeInput,
  id: string,
  now: Date,
): EditResult<'nameRequired' | 'tooManyCustomerTypes'> {
  const name = cleanText(input.name.trim());
  if (!name) return { ok: false, error: 'nameRequired' };
  const type: CustomerType = {
    id,
    name,
    kind: input.kind,
    description: cleanText(input.description ?? ''),
    expectations: cleanText(input.expectations ?? ''),
  };
  const next = insertItem(workshop, 'customerTypes', type, now);
  return next ? { ok: true, workshop: next } : { ok: false, error: 'tooManyCustomerTypes' };
}

/** Applies a patch; a blank name is ignored (the form says a name is required and keeps the old one). */
export function updateCustomerType(
  workshop: Workshop,
  id: string,
  patch: CustomerTypePatch,
  now: Date,
): Workshop {
  return updateItem(
    workshop,
    'customerTypes',
    id,
    (type) => ({ ...type, ...cleanPatch(patch) }),
    now,
  );
}

export function moveCustomerType(
  workshop: Workshop,
  id: string,
  delta: number,
  now: Date,
): Workshop {
  return moveItem(workshop, 'customerTypes', id, delta, now);
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
  return touch(workshop, now, { customerTypes, moments });
}
