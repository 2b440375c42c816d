import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import {
  cleanPatch,
  hasItem,
  insertItem,
  isFull,
  moveItem,
  removeItem,
  restoreItem,
  updateItem,
  type ItemOf,
  type ListName,
} from '../../src/domain/list-edit';
import type { Workshop } from '../../src/domain/workshop';
import {
  CREATED_AT,
  makeAction,
  makeCustomerType,
  makeMoment,
  makeWorkshop,
} from '../fixtures/workshops';

const LATER = new Date('2026-03-05T10:00:00.000Z');
const STAMP = LATER.toISOString();
const LISTS: readonly ListName[] = ['customerTypes', 'moments', 'actions'];

/** Frozen all the way down: any edit that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** An item of this list, named after its id. */
function makeItem(list: ListName, id: string): ItemOf<ListName> {
  if (list === 'customerTypes') return makeCustomerType(id);
  if (list === 'moments') return makeMoment(id);
  return makeAction(id);
}

/** A frozen workshop whose `list` holds items with these ids (the other lists empty). */
function workshopWith(list: ListName, ids: readonly string[]): Workshop {
  const items = ids.map((id) => makeItem(list, id));
  return deepFreeze({ ...makeWorkshop('w1'), [list]: items });
}

/** A frozen workshop whose `list` holds `count` items, t0, t1, ... */
function workshopOf(list: ListName, count: number): Workshop {
  return workshopWith(
    list,
    Array.from({ length: count }, (_, i) => `t${i}`),
  );
}

const ids = (workshop: Workshop, list: ListName) =>
  (workshop[list] as readonly { id: string }[]).map((item) => item.id);

describe('isFull', () => {
  it.each(LISTS)('says %s is full at its own limit, not one below', (list) => {
    expect(isFull(workshopOf(list, LIMITS[list] - 1), list)).toBe(false);
    expect(isFull(workshopOf(list, LIMITS[list]), list)).toBe(true);
  });

  it('looks at the named list only', () => {
    const full = workshopOf('customerTypes', LIMITS.customerTypes);
    expect(isFull(full, 'moments')).toBe(false);
    expect(isFull(full, 'actions')).toBe(false);
  });
});

describe('insertItem', () => {
  it('adds at the end by default, stamps the workshop and leaves the input as it was', () => {
    const before = workshopWith('moments', ['a', 'b']);
    const next = insertItem(before, 'moments', makeMoment('c'), LATER);
    expect(next && ids(next, 'moments')).toEqual(['a', 'b', 'c']);
    expect(next?.updatedAt).toBe(STAMP);
    expect(before.updatedAt).toBe(CREATED_AT.toISOString());
    expect(ids(before, 'moments')).toEqual(['a', 'b']);
    // The other lists are not copied.
    expect(next?.actions).toBe(before.actions);
  });

  it('adds at the index given, and clamps an index outside the list', () => {
    const before = workshopWith('actions', ['a', 'b']);
    const at = (index: number) => {
      const next = insertItem(before, 'actions', makeAction('x'), LATER, index);
      return next && ids(next, 'actions');
    };
    expect(at(1)).toEqual(['a', 'x', 'b']);
    expect(at(0)).toEqual(['x', 'a', 'b']);
    expect(at(-1)).toEqual(['x', 'a', 'b']);
    expect(at(99)).toEqual(['a', 'b', 'x']);
  });

  it.each(LISTS)('refuses (null) a new item once %s reaches its limit', (list) => {
    const almost = workshopOf(list, LIMITS[list] - 1);
    const full = insertItem(almost, list, makeItem(list, 'last'), LATER);
    expect(full?.[list]).toHaveLength(LIMITS[list]);
    if (!full) throw new Error('refused below the limit');
    expect(insertItem(full, list, makeItem(list, 'one-more'), LATER)).toBeNull();
  });
});

describe('updateItem', () => {
  it('replaces the one item with what `change` makes of it, stamped, input untouched', () => {
    const before = workshopWith('customerTypes', ['a', 'b']);
    const next = updateItem(
      before,
      'customerTypes',
      'b',
      (type) => ({ ...type, name: 'Vecinos' }),
      LATER,
    );
    expect(next.customerTypes.map((t) => t.name)).toEqual(['Type a', 'Vecinos']);
    expect(next.customerTypes[0]).toBe(before.customerTypes[0]);
    expect(next.updatedAt).toBe(STAMP);
    expect(before.customerTypes[1]?.name).toBe('Type b');
  });

  it('gives the same workshop back for an unknown id, without calling `change`', () => {
    const before = workshopWith('customerTypes', ['a']);
    const change = vi.fn((type: ItemOf<'customerTypes'>) => type);
    expect(updateItem(before, 'customerTypes', 'nope', change, LATER)).toBe(before);
    expect(change).not.toHaveBeenCalled();
  });
});

describe('moveItem', () => {
  const before = workshopWith('moments', ['a', 'b', 'c']);

  it('moves an item up or down, stamped, input untouched', () => {
    expect(ids(moveItem(before, 'moments', 'b', -1, LATER), 'moments')).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(before, 'moments', 'b', 1, LATER), 'moments')).toEqual(['a', 'c', 'b']);
    expect(ids(moveItem(before, 'moments', 'a', 2, LATER), 'moments')).toEqual(['b', 'c', 'a']);
    expect(moveItem(before, 'moments', 'a', 1, LATER).updatedAt).toBe(STAMP);
    expect(ids(before, 'moments')).toEqual(['a', 'b', 'c']);
  });

  it('gives the same workshop back for delta 0, an unknown id, or a move past either edge', () => {
    expect(moveItem(before, 'moments', 'b', 0, LATER)).toBe(before);
    expect(moveItem(before, 'moments', 'nope', 1, LATER)).toBe(before);
    expect(moveItem(before, 'moments', 'a', -1, LATER)).toBe(before);
    expect(moveItem(before, 'moments', 'c', 1, LATER)).toBe(before);
    expect(moveItem(before, 'moments', 'b', 2, LATER)).toBe(before);
    expect(moveItem(before, 'moments', 'b', -2, LATER)).toBe(before);
  });
});

describe('removeItem', () => {
  it('removes the item and says what it was and where it stood', () => {
    const before = workshopWith('actions', ['a', 'b', 'c']);
    const { workshop, removed } = removeItem(before, 'actions', 'b', LATER);
    expect(ids(workshop, 'actions')).toEqual(['a', 'c']);
    expect(workshop.updatedAt).toBe(STAMP);
    expect(removed).toEqual({ item: before.actions[1], index: 1 });
    expect(ids(before, 'actions')).toEqual(['a', 'b', 'c']);
  });

  it('gives the same workshop back and nothing to undo for an unknown id', () => {
    const before = workshopWith('actions', ['a']);
    expect(removeItem(before, 'actions', 'nope', LATER)).toEqual({
      workshop: before,
      removed: null,
    });
    expect(removeItem(before, 'actions', 'nope', LATER).workshop).toBe(before);
  });
});

describe('restoreItem', () => {
  it('puts a removed item back where it stood, stamped', () => {
    const before = workshopWith('moments', ['a', 'b', 'c']);
    const { workshop, removed } = removeItem(before, 'moments', 'b', CREATED_AT);
    if (!removed) throw new Error('nothing removed');
    const restored = restoreItem(deepFreeze(workshop), 'moments', removed, LATER);
    expect(ids(restored, 'moments')).toEqual(['a', 'b', 'c']);
    expect(restored.updatedAt).toBe(STAMP);
    expect(ids(workshop, 'moments')).toEqual(['a', 'c']);
  });

  it('puts it at the end when the list got shorter than its old place', () => {
    const shorter = workshopWith('moments', ['a']);
    const restored = restoreItem(shorter, 'moments', { item: makeMoment('x'), index: 5 }, LATER);
    expect(ids(restored, 'moments')).toEqual(['a', 'x']);
  });

  it('applies `repair` to the item before it goes back', () => {
    const now = workshopWith('actions', ['a']);
    const removed = { item: makeAction('x', { momentId: 'gone' }), index: 0 };
    const restored = restoreItem(now, 'actions', removed, LATER, (action) => ({
      ...action,
      momentId: null,
    }));
    expect(restored.actions[0]).toEqual({ ...removed.item, momentId: null });
    expect(removed.item.momentId).toBe('gone');
  });

  it('gives the same workshop back when the item is there already', () => {
    const now = workshopWith('customerTypes', ['a', 'b']);
    const repair = vi.fn((type: ItemOf<'customerTypes'>) => type);
    const removed = { item: makeCustomerType('b'), index: 0 };
    expect(restoreItem(now, 'customerTypes', removed, LATER, repair)).toBe(now);
    expect(repair).not.toHaveBeenCalled();
  });

  it.each(LISTS)('gives the same workshop back when %s filled up meanwhile', (list) => {
    const full = workshopOf(list, LIMITS[list]);
    const removed = { item: makeItem(list, 'gone'), index: 0 };
    expect(restoreItem(full, list, removed, LATER)).toBe(full);
    const roomForOne = workshopOf(list, LIMITS[list] - 1);
    expect(restoreItem(roomForOne, list, removed, LATER)[list]).toHaveLength(LIMITS[list]);
  });
});

describe('hasItem', () => {
  it('says whether an item with this id is in the named list', () => {
    const workshop = workshopWith('moments', ['a']);
    expect(hasItem(workshop, 'moments', 'a')).toBe(true);
    expect(hasItem(workshop, 'moments', 'b')).toBe(false);
    expect(hasItem(workshop, 'actions', 'a')).toBe(false);
  });
});

describe('cleanPatch', () => {
  it('drops a blank name, so a record never loses its name', () => {
    expect(cleanPatch({ name: '  \n ', owner: 'Ana' })).toEqual({ owner: 'Ana' });
    expect(cleanPatch({ name: '' })).toEqual({});
  });

  it('keeps a name with text, and values that are not text as they are', () => {
    const patch = { name: ' Vecinos ', allCustomers: true, customerTypeIds: ['a'], delivered: 3 };
    expect(cleanPatch(patch)).toEqual(patch);
  });

  it('caps every text at LIMITS.text and composes it to NFC, without touching the input', () => {
    const long = 'x'.repeat(LIMITS.text + 10);
    const patch = deepFreeze({ note: long, owner: 'Jose\u0301' });
    const clean = cleanPatch(patch);
    expect(clean.note).toHaveLength(LIMITS.text);
    expect(clean.owner).toBe('Jos\u00e9');
    expect(patch.note).toBe(long);
  });

  it('drops a name that becomes blank only once it is cleaned', () => {
    // Spaces up to the cap, then text beyond it: what is kept is blank.
    const name = ' '.repeat(LIMITS.text) + 'Vecinos';
    expect(cleanPatch({ name })).toEqual({});
  });
});
