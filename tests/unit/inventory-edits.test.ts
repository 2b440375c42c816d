import { describe, expect, it } from 'vitest';
import {
  addCustomerType,
  orphansOf,
  moveCustomerType,
  removeCustomerType,
  updateCustomerType,
} from '../../src/domain/customer-type-edits';
import {
  addMoment,
  duplicateMoment,
  moveMoment,
  removeMoment,
  restoreMoment,
  updateMoment,
} from '../../src/domain/moment-edits';
import { type EditResult } from '../../src/domain/list-edit';
import type { CustomerType } from '../../src/domain/customer-types';
import type { Moment } from '../../src/domain/moments';
import type { Workshop } from '../../src/domain/workshop';
import { CREATED_AT, makeCustomerType, makeMoment, makeWorkshop } from '../fixtures/workshops';

const LATER = new Date('2026-03-05T10:00:00.000Z');
const STAMP = LATER.toISOString();

/** Frozen all the way down: any edit that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const customerType = makeCustomerType;

/** A moment rated 4 / 3 / 2 on the web unless `over` says otherwise. */
const moment = (id: string, over: Partial<Moment> = {}): Moment =>
  makeMoment(id, { channel: 'web', expectation: 4, promise: 3, delivered: 2, ...over });

/** A frozen workshop holding these customer types and moments. */
function workshopWith(customerTypes: CustomerType[] = [], moments: Moment[] = []): Workshop {
  return deepFreeze({ ...makeWorkshop('w1'), customerTypes, moments });
}

function ok(result: EditResult<string>): Workshop {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.workshop;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** Vecinos (a), Empresas (b), Oficinas (c), and moments for one, two, all and no types. */
function sample(): Workshop {
  return workshopWith(
    [
      customerType('a', { name: 'Vecinos' }),
      customerType('b', { name: 'Empresas' }),
      customerType('c', { name: 'Oficinas', kind: 'internal' }),
    ],
    [
      moment('m-a', { customerTypeIds: ['a'] }),
      moment('m-ab', { customerTypeIds: ['a', 'b'] }),
      moment('m-all', { allCustomers: true }),
      moment('m-none'),
      moment('m-b', { customerTypeIds: ['b'] }),
      moment('m-ac', { customerTypeIds: ['a', 'c'] }),
    ],
  );
}

describe('addCustomerType', () => {
  it('adds the type at the end, name trimmed, and stamps the change', () => {
    const base = workshopWith([customerType('a')]);
    const next = ok(
      addCustomerType(
        base,
        { name: '  Vecinos que hacen trámites ', kind: 'internal', description: ' Empadronados ' },
        'new',
        LATER,
      ),
    );
    expect(next.customerTypes).toEqual([
      customerType('a'),
      {
        id: 'new',
        name: 'Vecinos que hacen trámites',
        kind: 'internal',
        description: ' Empadronados ',
        expectations: '',
      },
    ]);
    expect(next.updatedAt).toBe(STAMP);
    expect(base.customerTypes).toHaveLength(1);
    expect(base.updatedAt).toBe(CREATED_AT.toISOString());
  });

  it.each(['', '   ', '\n\t'])('refuses a blank name (%j)', (name) => {
    expect(addCustomerType(workshopWith(), { name, kind: 'external' }, 'new', LATER)).toEqual({
      ok: false,
      error: 'nameRequired',
    });
  });

  it('caps every text at 2000 characters', () => {
    const long = (c: string) => c.repeat(2500);
    const next = ok(
      addCustomerType(
        workshopWith(),
        { name: long('n'), kind: 'external', description: long('d'), expectations: long('e') },
        'new',
        LATER,
      ),
    );
    expect(next.customerTypes[0]).toEqual({
      id: 'new',
      name: 'n'.repeat(2000),
      kind: 'external',
      description: 'd'.repeat(2000),
      expectations: 'e'.repeat(2000),
    });
  });

  it('takes the 100th customer type and refuses the 101st', () => {
    const types = (n: number) => Array.from({ length: n }, (_, i) => customerType(`t${i}`));
    const input = { name: 'Uno más', kind: 'external' } as const;
    expect(
      ok(addCustomerType(workshopWith(types(99)), input, 'new', LATER)).customerTypes,
    ).toHaveLength(100);
    expect(addCustomerType(workshopWith(types(100)), input, 'new', LATER)).toEqual({
      ok: false,
      error: 'tooManyCustomerTypes',
    });
  });
});

describe('updateCustomerType', () => {
  it('changes only that type and stamps the change', () => {
    const base = sample();
    const next = updateCustomerType(base, 'b', { name: 'Pymes', kind: 'internal' }, LATER);
    expect(next.customerTypes[1]).toEqual(customerType('b', { name: 'Pymes', kind: 'internal' }));
    expect(next.customerTypes[0]).toBe(base.customerTypes[0]);
    expect(next.customerTypes[2]).toBe(base.customerTypes[2]);
    expect(next.updatedAt).toBe(STAMP);
    expect(base.customerTypes[1]?.name).toBe('Empresas');
  });

  it.each(['', '  ', '\n'])('ignores a blank name (%j) and applies the rest', (name) => {
    const next = updateCustomerType(sample(), 'a', { name, description: 'Empadronados' }, LATER);
    expect(next.customerTypes[0]).toMatchObject({ name: 'Vecinos', description: 'Empadronados' });
  });

  it('ignores a name that would be blank once capped at 2000 characters', () => {
    const name = `${' '.repeat(2000)}x`;
    expect(updateCustomerType(sample(), 'a', { name }, LATER).customerTypes[0]?.name).toBe(
      'Vecinos',
    );
  });

  it('keeps a name as typed, spaces included, while it is not blank', () => {
    expect(
      updateCustomerType(sample(), 'a', { name: 'Vecinos ' }, LATER).customerTypes[0]?.name,
    ).toBe('Vecinos ');
  });

  it('caps texts at 2000 characters', () => {
    const next = updateCustomerType(
      sample(),
      'a',
      { name: 'n'.repeat(2001), expectations: 'e'.repeat(5000) },
      LATER,
    );
    expect(next.customerTypes[0]).toMatchObject({
      name: 'n'.repeat(2000),
      expectations: 'e'.repeat(2000),
    });
  });
});

describe('moveCustomerType', () => {
  it('moves a type one place up or down and stamps the change', () => {
    const base = sample();
    const down = moveCustomerType(base, 'a', 1, LATER);
    expect(ids(down.customerTypes)).toEqual(['b', 'a', 'c']);
    expect(down.updatedAt).toBe(STAMP);
    expect(ids(moveCustomerType(base, 'c', -1, LATER).customerTypes)).toEqual(['a', 'c', 'b']);
    expect(ids(base.customerTypes)).toEqual(['a', 'b', 'c']);
  });

  it('returns the same workshop at the edges or for an unknown type', () => {
    const base = sample();
    expect(moveCustomerType(base, 'a', -1, LATER)).toBe(base);
    expect(moveCustomerType(base, 'c', 1, LATER)).toBe(base);
    expect(moveCustomerType(base, 'b', 2, LATER)).toBe(base);
    expect(moveCustomerType(base, 'gone', 1, LATER)).toBe(base);
  });
});

describe('orphansOf', () => {
  it('lists the moments that have this type and no other (not shared or all-customers ones)', () => {
    const base = sample();
    expect(ids(orphansOf(base, 'a'))).toEqual(['m-a']);
    expect(ids(orphansOf(base, 'b'))).toEqual(['m-b']);
    expect(orphansOf(base, 'c')).toEqual([]);
    expect(orphansOf(base, 'gone')).toEqual([]);
  });
});

describe('removeCustomerType', () => {
  /** Each moment as [id, all customers?, its customer types]. */
  const shape = (w: Workshop) => w.moments.map((m) => [m.id, m.allCustomers, m.customerTypeIds]);

  it('moves the orphans of the deleted type to another type; shared moments just lose it', () => {
    const next = removeCustomerType(sample(), 'a', { kind: 'reassign', to: 'c' }, LATER);
    expect(ids(next.customerTypes)).toEqual(['b', 'c']);
    expect(shape(next)).toEqual([
      ['m-a', false, ['c']],
      ['m-ab', false, ['b']],
      ['m-all', true, []],
      ['m-none', false, []],
      ['m-b', false, ['b']],
      ['m-ac', false, ['c']],
    ]);
    expect(next.updatedAt).toBe(STAMP);
  });

  it('moves the orphans of the deleted type to all customers; shared moments just lose it', () => {
    const next = removeCustomerType(sample(), 'a', { kind: 'reassign', to: 'all' }, LATER);
    expect(ids(next.customerTypes)).toEqual(['b', 'c']);
    expect(shape(next)).toEqual([
      ['m-a', true, []],
      ['m-ab', false, ['b']],
      ['m-all', true, []],
      ['m-none', false, []],
      ['m-b', false, ['b']],
      ['m-ac', false, ['c']],
    ]);
  });

  it('sends orphans to all customers when the target type does not exist or is the deleted one', () => {
    for (const to of ['gone', 'a']) {
      const next = removeCustomerType(sample(), 'a', { kind: 'reassign', to }, LATER);
      expect(shape(next)[0]).toEqual(['m-a', true, []]);
    }
  });

  it('deletes the moments only the deleted type had; shared ones just lose it', () => {
    const next = removeCustomerType(sample(), 'a', { kind: 'delete' }, LATER);
    expect(ids(next.customerTypes)).toEqual(['b', 'c']);
    expect(shape(next)).toEqual([
      ['m-ab', false, ['b']],
      ['m-all', true, []],
      ['m-none', false, []],
      ['m-b', false, ['b']],
      ['m-ac', false, ['c']],
    ]);
  });

  it('leaves the moments of other types as they were', () => {
    const base = sample();
    const next = removeCustomerType(base, 'c', { kind: 'delete' }, LATER);
    expect(next.moments.slice(0, 5)).toEqual(base.moments.slice(0, 5));
    expect(next.moments[0]).toBe(base.moments[0]);
    expect(next.moments[5]).toEqual(moment('m-ac', { customerTypeIds: ['a'] }));
  });

  it('removes a type no moment names without touching the moments', () => {
    const base = workshopWith([customerType('a'), customerType('b')], [moment('m')]);
    const next = removeCustomerType(base, 'b', { kind: 'delete' }, LATER);
    expect(ids(next.customerTypes)).toEqual(['a']);
    expect(next.moments).toEqual(base.moments);
  });
});

describe('addMoment', () => {
  it('adds the moment at the end with the name trimmed and unrated defaults', () => {
    const base = sample();
    const next = ok(addMoment(base, { name: '  Pedir cita previa ' }, 'new', LATER));
    expect(next.moments.at(-1)).toEqual({
      id: 'new',
      name: 'Pedir cita previa',
      allCustomers: false,
      customerTypeIds: [],
      channel: 'inPerson',
      importance: null,
      expectation: null,
      promise: null,
      delivered: null,
      owner: '',
      note: '',
    });
    expect(next.moments).toHaveLength(7);
    expect(next.updatedAt).toBe(STAMP);
    expect(base.moments).toHaveLength(6);
  });

  it('keeps everything it is given, dropping unknown customer types', () => {
    const next = ok(
      addMoment(
        sample(),
        {
          name: 'Llamar al 010',
          customerTypeIds: ['b', 'gone', 'a'],
          channel: 'phone',
          importance: 4,
          expectation: 5,
          promise: 4,
          delivered: 1,
          owner: 'Luis',
          note: 'Colas los lunes',
        },
        'new',
        LATER,
      ),
    );
    expect(next.moments.at(-1)).toEqual({
      id: 'new',
      name: 'Llamar al 010',
      allCustomers: false,
      customerTypeIds: ['b', 'a'],
      channel: 'phone',
      importance: 4,
      expectation: 5,
      promise: 4,
      delivered: 1,
      owner: 'Luis',
      note: 'Colas los lunes',
    });
  });

  it('names no customer type for an all-customers moment', () => {
    const next = ok(
      addMoment(
        sample(),
        { name: 'Web', allCustomers: true, customerTypeIds: ['a'] },
        'new',
        LATER,
      ),
    );
    expect(next.moments.at(-1)).toMatchObject({ allCustomers: true, customerTypeIds: [] });
  });

  it.each(['', '   ', '\n'])('refuses a blank name (%j)', (name) => {
    expect(addMoment(sample(), { name }, 'new', LATER)).toEqual({
      ok: false,
      error: 'nameRequired',
    });
  });

  it('caps the name, the owner and the note at 2000 characters', () => {
    const next = ok(
      addMoment(
        sample(),
        { name: 'n'.repeat(2001), owner: 'o'.repeat(3000), note: 'x'.repeat(5000) },
        'new',
        LATER,
      ),
    );
    expect(next.moments.at(-1)).toMatchObject({
      name: 'n'.repeat(2000),
      owner: 'o'.repeat(2000),
      note: 'x'.repeat(2000),
    });
  });

  it('takes the 300th moment and refuses the 301st', () => {
    const moments = (n: number) => Array.from({ length: n }, (_, i) => moment(`m${i}`));
    expect(
      ok(addMoment(workshopWith([], moments(299)), { name: 'Uno más' }, 'new', LATER)).moments,
    ).toHaveLength(300);
    expect(addMoment(workshopWith([], moments(300)), { name: 'Uno más' }, 'new', LATER)).toEqual({
      ok: false,
      error: 'tooManyMoments',
    });
  });
});

describe('updateMoment', () => {
  it('changes only that moment and stamps the change', () => {
    const base = sample();
    const next = updateMoment(base, 'm-b', { delivered: 5, channel: 'chat', owner: 'Ana' }, LATER);
    expect(next.moments[4]).toEqual(
      moment('m-b', { customerTypeIds: ['b'], delivered: 5, channel: 'chat', owner: 'Ana' }),
    );
    expect(next.moments[0]).toBe(base.moments[0]);
    expect(next.updatedAt).toBe(STAMP);
    expect(base.moments[4]?.delivered).toBe(2);
  });

  it('clears a rating when given null', () => {
    expect(updateMoment(sample(), 'm-a', { promise: null }, LATER).moments[0]?.promise).toBeNull();
  });

  it('drops the customer types of a moment made for all customers', () => {
    const next = updateMoment(sample(), 'm-ab', { allCustomers: true }, LATER);
    expect(next.moments[1]).toMatchObject({ allCustomers: true, customerTypeIds: [] });
    const again = updateMoment(next, 'm-ab', { customerTypeIds: ['c'] }, LATER);
    expect(again.moments[1]).toMatchObject({ allCustomers: true, customerTypeIds: [] });
  });

  it('takes customer types again once the moment is no longer for all customers', () => {
    const next = updateMoment(
      sample(),
      'm-all',
      { allCustomers: false, customerTypeIds: ['c'] },
      LATER,
    );
    expect(next.moments[2]).toMatchObject({ allCustomers: false, customerTypeIds: ['c'] });
  });

  it('keeps only customer types that exist, once each', () => {
    const next = updateMoment(sample(), 'm-a', { customerTypeIds: ['b', 'gone', 'b', 'c'] }, LATER);
    expect(next.moments[0]?.customerTypeIds).toEqual(['b', 'c']);
  });

  it.each(['', '   ', '\t\n'])('ignores a blank name (%j) and applies the rest', (name) => {
    const next = updateMoment(sample(), 'm-a', { name, note: 'Ver con Luis' }, LATER);
    expect(next.moments[0]).toMatchObject({ name: 'Moment m-a', note: 'Ver con Luis' });
  });

  it('ignores a name that would be blank once capped at 2000 characters', () => {
    const name = `${' '.repeat(2000)}x`;
    expect(updateMoment(sample(), 'm-a', { name }, LATER).moments[0]?.name).toBe('Moment m-a');
  });

  it('caps texts at 2000 characters', () => {
    const next = updateMoment(
      sample(),
      'm-a',
      { name: 'n'.repeat(2001), owner: 'o'.repeat(2001), note: 'x'.repeat(5000) },
      LATER,
    );
    expect(next.moments[0]).toMatchObject({
      name: 'n'.repeat(2000),
      owner: 'o'.repeat(2000),
      note: 'x'.repeat(2000),
    });
  });
});

describe('duplicateMoment', () => {
  it('inserts a copy right after the original, with the new id and name', () => {
    const base = sample();
    const next = ok(duplicateMoment(base, 'm-ab', 'copy', 'Moment m-ab (copia)', LATER));
    expect(ids(next.moments)).toEqual(['m-a', 'm-ab', 'copy', 'm-all', 'm-none', 'm-b', 'm-ac']);
    expect(next.moments[2]).toEqual(
      moment('copy', { name: 'Moment m-ab (copia)', customerTypeIds: ['a', 'b'] }),
    );
    expect(next.updatedAt).toBe(STAMP);
    expect(base.moments).toHaveLength(6);
  });

  it('gives the copy its own list of customer types', () => {
    const base = sample();
    const next = ok(duplicateMoment(base, 'm-ab', 'copy', 'Copia', LATER));
    expect(next.moments[2]?.customerTypeIds).not.toBe(base.moments[1]?.customerTypeIds);
  });

  it('copies the last moment to the very end', () => {
    const next = ok(duplicateMoment(sample(), 'm-ac', 'copy', 'Copia', LATER));
    expect(ids(next.moments).slice(-2)).toEqual(['m-ac', 'copy']);
  });

  it('keeps the original name when the name given is blank', () => {
    const next = ok(duplicateMoment(sample(), 'm-a', 'copy', '   ', LATER));
    expect(next.moments[1]?.name).toBe('Moment m-a');
  });

  it('refuses an unknown moment', () => {
    expect(duplicateMoment(sample(), 'gone', 'copy', 'Copia', LATER)).toEqual({
      ok: false,
      error: 'notFound',
    });
  });

  it('refuses a copy beyond 300 moments', () => {
    const base = workshopWith(
      [],
      Array.from({ length: 300 }, (_, i) => moment(`m${i}`)),
    );
    expect(duplicateMoment(base, 'm0', 'copy', 'Copia', LATER)).toEqual({
      ok: false,
      error: 'tooManyMoments',
    });
  });
});

describe('removeMoment and restoreMoment', () => {
  it('removes a moment and says where it was', () => {
    const base = sample();
    const { workshop, removed } = removeMoment(base, 'm-all', LATER);
    expect(ids(workshop.moments)).toEqual(['m-a', 'm-ab', 'm-none', 'm-b', 'm-ac']);
    expect(removed).toEqual({ item: base.moments[2], index: 2 });
    expect(workshop.updatedAt).toBe(STAMP);
    expect(base.moments).toHaveLength(6);
  });

  it('returns the same workshop and nothing removed for an unknown moment', () => {
    const base = sample();
    expect(removeMoment(base, 'gone', LATER)).toEqual({ workshop: base, removed: null });
    expect(removeMoment(base, 'gone', LATER).workshop).toBe(base);
  });

  it('puts a removed moment back at the same place', () => {
    const base = sample();
    const { workshop, removed } = removeMoment(base, 'm-b', LATER);
    if (!removed) throw new Error('nothing removed');
    const restored = restoreMoment(workshop, removed, new Date('2026-03-05T10:05:00.000Z'));
    expect(restored.moments).toEqual(base.moments);
    expect(restored.updatedAt).toBe('2026-03-05T10:05:00.000Z');
  });

  it('puts it back at the end when the list got shorter meanwhile', () => {
    const first = removeMoment(sample(), 'm-ac', LATER);
    const second = removeMoment(first.workshop, 'm-b', LATER);
    if (!first.removed) throw new Error('nothing removed');
    const restored = restoreMoment(second.workshop, first.removed, LATER);
    expect(ids(restored.moments)).toEqual(['m-a', 'm-ab', 'm-all', 'm-none', 'm-ac']);
  });

  it('drops pointers to customer types deleted meanwhile', () => {
    const { workshop, removed } = removeMoment(sample(), 'm-ab', LATER);
    if (!removed) throw new Error('nothing removed');
    const withoutA = removeCustomerType(workshop, 'a', { kind: 'delete' }, LATER);
    const restored = restoreMoment(withoutA, removed, LATER);
    expect(restored.moments.find((m) => m.id === 'm-ab')?.customerTypeIds).toEqual(['b']);
    expect(removed.item.customerTypeIds).toEqual(['a', 'b']);
  });

  it('refuses to put it back once the map has filled up (never more than 300)', () => {
    const full = workshopWith(
      [],
      Array.from({ length: 300 }, (_, i) => moment(`m${i}`)),
    );
    const { workshop, removed } = removeMoment(full, 'm7', LATER);
    if (!removed) throw new Error('nothing removed');
    const refilled = ok(addMoment(workshop, { name: 'Otro' }, 'other', LATER));
    expect(restoreMoment(refilled, removed, LATER)).toBe(refilled);
  });

  it('does nothing when the moment is already back', () => {
    const base = sample();
    const { removed } = removeMoment(base, 'm-a', LATER);
    if (!removed) throw new Error('nothing removed');
    expect(restoreMoment(base, removed, LATER)).toBe(base);
  });
});

describe('moveMoment', () => {
  it('moves a moment one place up or down and stamps the change', () => {
    const base = sample();
    const up = moveMoment(base, 'm-none', -1, LATER);
    expect(ids(up.moments)).toEqual(['m-a', 'm-ab', 'm-none', 'm-all', 'm-b', 'm-ac']);
    expect(up.updatedAt).toBe(STAMP);
    expect(ids(moveMoment(base, 'm-a', 1, LATER).moments).slice(0, 2)).toEqual(['m-ab', 'm-a']);
  });

  it('returns the same workshop at the edges or for an unknown moment', () => {
    const base = sample();
    expect(moveMoment(base, 'm-a', -1, LATER)).toBe(base);
    expect(moveMoment(base, 'm-ac', 1, LATER)).toBe(base);
    expect(moveMoment(base, 'gone', -1, LATER)).toBe(base);
  });
});

describe('inventory edits', () => {
  it('never change the workshop they are given', () => {
    // sample() is deeply frozen, so a mutation would also throw; this checks the values too.
    const base = sample();
    const snapshot = structuredClone(base);
    const removed = removeMoment(base, 'm-ab', LATER).removed;
    if (!removed) throw new Error('nothing removed');
    ok(addCustomerType(base, { name: 'Nuevo', kind: 'external' }, 'n', LATER));
    updateCustomerType(base, 'a', { name: 'Otro' }, LATER);
    moveCustomerType(base, 'a', 1, LATER);
    removeCustomerType(base, 'a', { kind: 'reassign', to: 'b' }, LATER);
    removeCustomerType(base, 'a', { kind: 'reassign', to: 'all' }, LATER);
    removeCustomerType(base, 'a', { kind: 'delete' }, LATER);
    ok(addMoment(base, { name: 'Nuevo', customerTypeIds: ['a'] }, 'n', LATER));
    updateMoment(base, 'm-ab', { allCustomers: true, delivered: 5 }, LATER);
    ok(duplicateMoment(base, 'm-ab', 'n', 'Copia', LATER));
    restoreMoment(removeMoment(base, 'm-ab', LATER).workshop, removed, LATER);
    moveMoment(base, 'm-ab', 1, LATER);
    expect(base).toEqual(snapshot);
  });
});
