// The one way the workshop's lists (customer types, moments, actions) are edited: add within the
// limit, move, remove keeping what Undo needs, restore. Every edit stamps the workshop (touch); an
// edit that changes nothing gives the same object back, so the store knows there is nothing to save.
import { cleanText, LIMITS } from './limits';
import { touch, type Workshop } from './workshop';

/** The outcome of an edit that can be refused, with the reason a form shows. */
export type EditResult<Refusal extends string> =
  { ok: true; workshop: Workshop } | { ok: false; error: Refusal };

export type ListName = 'customerTypes' | 'moments' | 'actions';
export type ItemOf<L extends ListName> = Workshop[L][number];

/** A removed item and where it stood, for Undo. */
export interface Removed<T> {
  item: T;
  index: number;
}

export const isFull = (workshop: Workshop, list: ListName): boolean =>
  workshop[list].length >= LIMITS[list];

const withList = <L extends ListName>(
  workshop: Workshop,
  list: L,
  items: ItemOf<L>[],
  now: Date,
): Workshop => touch(workshop, now, { [list]: items });

/** Inserts at `index` (the end by default); null when the list is full. */
export function insertItem<L extends ListName>(
  workshop: Workshop,
  list: L,
  item: ItemOf<L>,
  now: Date,
  index: number = workshop[list].length,
): Workshop | null {
  if (isFull(workshop, list)) return null;
  const items = [...workshop[list]] as ItemOf<L>[];
  items.splice(Math.min(Math.max(index, 0), items.length), 0, item);
  return withList(workshop, list, items, now);
}

/** Replaces one item with `change(item)`; the same workshop back for an unknown id. */
export function updateItem<L extends ListName>(
  workshop: Workshop,
  list: L,
  id: string,
  change: (item: ItemOf<L>) => ItemOf<L>,
  now: Date,
): Workshop {
  const items = workshop[list] as readonly ItemOf<L>[];
  const index = items.findIndex((item) => item.id === id);
  const current = items[index];
  if (!current) return workshop;
  const next = [...items];
  next[index] = change(current);
  return withList(workshop, list, next, now);
}

/** One place up (delta -1) or down (+1); the same workshop back at the edges, for 0 or an unknown id. */
export function moveItem(workshop: Workshop, list: ListName, id: string, delta: number, now: Date) {
  const items = workshop[list] as readonly { id: string }[];
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || delta === 0 || to < 0 || to >= items.length) return workshop;
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return touch(workshop, now, { [list]: next });
}

export function removeItem<L extends ListName>(
  workshop: Workshop,
  list: L,
  id: string,
  now: Date,
): { workshop: Workshop; removed: Removed<ItemOf<L>> | null } {
  const items = workshop[list] as readonly ItemOf<L>[];
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (!item) return { workshop, removed: null };
  const rest = items.filter((other) => other.id !== id);
  return { workshop: withList(workshop, list, rest, now), removed: { item, index } };
}

/**
 * Undo of removeItem: back in its place, after `repair` drops links to what was deleted meanwhile.
 * Refused (the same workshop back) when the item is there already or the list has filled up.
 */
export function restoreItem<L extends ListName>(
  workshop: Workshop,
  list: L,
  removed: Removed<ItemOf<L>>,
  now: Date,
  repair: (item: ItemOf<L>) => ItemOf<L> = (item) => item,
): Workshop {
  const items = workshop[list] as readonly { id: string }[];
  if (items.some((item) => item.id === removed.item.id)) return workshop;
  return insertItem(workshop, list, repair(removed.item), now, removed.index) ?? workshop;
}

/** Whether an item with this id is in the list (e.g. after a restore that may have been refused). */
export const hasItem = (workshop: Workshop, list: ListName, id: string): boolean =>
  (workshop[list] as readonly { id: string }[]).some((item) => item.id === id);

/** Caps a patch's texts; a blank name is dropped from it, so a record never loses its name. */
export function cleanPatch<T extends Record<string, unknown>>(patch: T): T {
  const out: Record<string, unknown> = { ...patch };
  if (typeof out.name === 'string' && !cleanText(out.name).trim()) delete out.name;
  for (const [key, value] of Object.entries(out))
    if (typeof value === 'string') out[key] = cleanText(value);
  return out as T;
}
