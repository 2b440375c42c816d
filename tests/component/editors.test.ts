import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../src/domain/actions';
import type { CustomerType } from '../../src/domain/customer-types';
import { LIMITS } from '../../src/domain/limits';
import type { Moment } from '../../src/domain/moments';
import type { Workshop } from '../../src/domain/workshop';
import { ActionPlanEditor } from '../../src/features/action-plan/action-plan-editor';
import { CustomerTypesEditor } from '../../src/features/customer-types/customer-types-editor';
import { SaveStatus } from '../../src/state/save-status.svelte';
import { AUTOSAVE_DELAY_MS, WorkshopStore } from '../../src/state/workshop-store.svelte';
import {
  fakeRepository,
  makeAction,
  makeCustomerType,
  makeMoment,
  makeWorkshop,
} from '../fixtures/workshops';

/** What the store's own clock says (status "saved at"). */
const NOW = new Date('2026-03-05T10:00:00.000Z');
/** What the editors' injected clock says: every edit is stamped with it. */
const EDITED_AT = new Date('2026-03-06T08:15:00.000Z');
/** What the (faked) system clock says: never used by an editor given its own clock. */
const SYSTEM_TIME = new Date('2030-01-01T00:00:00.000Z');

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

function setup(lists: Partial<Pick<Workshop, 'actions' | 'customerTypes' | 'moments'>> = {}) {
  const { repository, save } = fakeRepository();
  const status = new SaveStatus();
  const journal = { write: vi.fn(() => true), clear: vi.fn() };
  const store = new WorkshopStore(
    { ...makeWorkshop('w1'), ...lists },
    { repository, status, journal, now: () => NOW },
  );
  let n = 0;
  const newId = vi.fn(() => `new${++n}`);
  const now = vi.fn(() => EDITED_AT);
  const plan = new ActionPlanEditor(store, { now, newId });
  const types = new CustomerTypesEditor(store, { now, newId });
  return { store, save, status, plan, types, newId, now };
}

/** `count` actions, a0, a1, ... */
const actions = (count: number): Action[] =>
  Array.from({ length: count }, (_, i) => makeAction(`a${i}`));

/** The workshop the last write stored. */
function lastSaved(save: ReturnType<typeof setup>['save']): Workshop | undefined {
  return save.mock.calls.at(-1)?.[0];
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(SYSTEM_TIME);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ActionPlanEditor', () => {
  it('adds an action with the injected id and clock, and autosaves it', async () => {
    const { store, save, plan, newId } = setup();
    const result = plan.add({ text: '  Llamar a los vecinos ' });
    expect(result.ok).toBe(true);
    expect(newId).toHaveBeenCalledTimes(1);
    expect(plan.actions).toEqual([
      expect.objectContaining({ id: 'new1', text: 'Llamar a los vecinos', status: 'open' }),
    ]);
    expect(store.workshop.updatedAt).toBe(EDITED_AT.toISOString());
    expect(store.hasPendingChanges).toBe(true);

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(lastSaved(save)?.actions.map((a) => a.text)).toEqual(['Llamar a los vecinos']);
    expect(lastSaved(save)?.updatedAt).toBe(EDITED_AT.toISOString());
  });

  it('hands back a refusal and changes nothing: no pending change, nothing saved', async () => {
    const { store, save, status, plan } = setup();
    const before = store.workshop;
    expect(plan.add({ text: '   ' })).toEqual({ ok: false, error: 'textRequired' });
    expect(store.workshop).toBe(before);
    expect(store.hasPendingChanges).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).not.toHaveBeenCalled();
    expect(status.current).toEqual({ kind: 'idle' });
  });

  it(`refuses an action beyond LIMITS.actions without marking the store dirty`, async () => {
    const { store, save, plan } = setup({ actions: actions(LIMITS.actions) });
    expect(plan.add({ text: 'Una más' })).toEqual({ ok: false, error: 'tooManyActions' });
    expect(plan.actions).toHaveLength(LIMITS.actions);
    expect(store.hasPendingChanges).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).not.toHaveBeenCalled();
  });

  it('adds all drafts when they fit, in order, and says how many went in', async () => {
    const { save, plan } = setup({ actions: actions(1) });
    expect(plan.addAll([{ text: 'Uno' }, { text: 'Dos' }, { text: 'Tres' }])).toBe(3);
    expect(plan.actions.map((a) => a.text)).toEqual(['Action a0', 'Uno', 'Dos', 'Tres']);
    expect(ids(plan.actions)).toEqual(['a0', 'new1', 'new2', 'new3']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(lastSaved(save)?.actions).toHaveLength(4);
  });

  it('stops adding drafts at LIMITS.actions and says how many went in', async () => {
    const { save, plan } = setup({ actions: actions(LIMITS.actions - 2) });
    const drafts = ['Uno', 'Dos', 'Tres', 'Cuatro'].map((text) => ({ text }));
    expect(plan.addAll(drafts)).toBe(2);
    expect(plan.actions).toHaveLength(LIMITS.actions);
    expect(plan.actions.slice(-2).map((a) => a.text)).toEqual(['Uno', 'Dos']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(lastSaved(save)?.actions).toHaveLength(LIMITS.actions);
  });

  it('adds none and leaves the store clean when the plan is full', () => {
    const { store, plan } = setup({ actions: actions(LIMITS.actions) });
    expect(plan.addAll([{ text: 'Uno' }, { text: 'Dos' }])).toBe(0);
    expect(store.hasPendingChanges).toBe(false);
  });

  it('updates and moves an action, stamped with the injected clock, and autosaves the result', async () => {
    const { store, save, plan } = setup({ actions: actions(3) });
    plan.update('a1', { text: 'Revisar la web', status: 'done' });
    expect(store.workshop.updatedAt).toBe(EDITED_AT.toISOString());
    plan.move('a1', -1);
    expect(ids(plan.actions)).toEqual(['a1', 'a0', 'a2']);
    expect(plan.actions[0]).toMatchObject({ text: 'Revisar la web', status: 'done' });
    expect(store.workshop.updatedAt).toBe(EDITED_AT.toISOString());

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(ids(lastSaved(save)?.actions ?? [])).toEqual(['a1', 'a0', 'a2']);
    expect(lastSaved(save)?.actions[0]?.text).toBe('Revisar la web');
  });

  it('leaves the store clean when an update or a move changes nothing', () => {
    const { store, plan } = setup({ actions: actions(2) });
    plan.update('nope', { text: 'X' });
    plan.move('a0', -1);
    plan.move('a1', 1);
    plan.move('nope', 1);
    expect(store.hasPendingChanges).toBe(false);
    expect(ids(plan.actions)).toEqual(['a0', 'a1']);
  });

  it('removes an action, hands back what Undo needs, and autosaves that', async () => {
    const { save, plan } = setup({ actions: actions(3) });
    const removed = plan.remove('a1');
    expect(removed).toEqual({ item: makeAction('a1'), index: 1 });
    expect(ids(plan.actions)).toEqual(['a0', 'a2']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(ids(lastSaved(save)?.actions ?? [])).toEqual(['a0', 'a2']);
  });

  it('hands back null and leaves the store clean for an unknown action', () => {
    const { store, plan } = setup({ actions: actions(1) });
    expect(plan.remove('nope')).toBeNull();
    expect(store.hasPendingChanges).toBe(false);
  });

  it('puts a removed action back in its place on undo (true), and saves that', async () => {
    const { save, plan } = setup({ actions: actions(3) });
    const removed = plan.remove('a1');
    if (!removed) throw new Error('nothing removed');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(plan.undoRemoval(removed)).toBe(true);
    expect(ids(plan.actions)).toEqual(['a0', 'a1', 'a2']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(ids(lastSaved(save)?.actions ?? [])).toEqual(['a0', 'a1', 'a2']);
  });

  it('clears the moment link of a restored action whose moment is gone', () => {
    const { store, plan } = setup({
      moments: [makeMoment('m1')],
      actions: [makeAction('a0', { momentId: 'm1' })],
    });
    const removed = plan.remove('a0');
    if (!removed) throw new Error('nothing removed');
    // The moment is deleted while the action is away.
    store.apply({ ...store.workshop, moments: [] });
    expect(plan.undoRemoval(removed)).toBe(true);
    expect(plan.actions[0]?.momentId).toBeNull();
  });

  it('says false on undo when the plan filled up meanwhile, and changes nothing', () => {
    const { store, plan } = setup({ actions: actions(LIMITS.actions) });
    const removed = plan.remove('a0');
    if (!removed) throw new Error('nothing removed');
    expect(plan.addAll([{ text: 'Otra' }])).toBe(1);
    const full = store.workshop;

    expect(plan.undoRemoval(removed)).toBe(false);
    expect(store.workshop).toBe(full);
    expect(plan.actions.some((a) => a.id === 'a0')).toBe(false);
  });

  it('takes no edits from a read-only store', async () => {
    const { store, save, plan } = setup({ actions: actions(2) });
    const removed = plan.remove('a0');
    if (!removed) throw new Error('nothing removed');
    await store.flush();
    const before = store.workshop;
    store.readOnly = true;

    plan.add({ text: 'Nueva' });
    plan.addAll([{ text: 'Uno' }]);
    plan.update('a1', { text: 'Cambiada' });
    plan.move('a1', 1);
    plan.remove('a1');
    expect(plan.undoRemoval(removed)).toBe(false);

    expect(store.workshop).toBe(before);
    expect(store.hasPendingChanges).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('uses the system clock and random ids when none are injected', () => {
    const { store } = setup();
    const plan = new ActionPlanEditor(store);
    plan.add({ text: 'Llamar' });
    expect(store.workshop.updatedAt).toBe(SYSTEM_TIME.toISOString());
    expect(plan.actions[0]?.id).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('CustomerTypesEditor', () => {
  /** Vecinos (a), Empresas (b), and moments for a alone, a and b, b alone, everyone. */
  function withSample() {
    const customerTypes: CustomerType[] = [
      makeCustomerType('a', { name: 'Vecinos' }),
      makeCustomerType('b', { name: 'Empresas' }),
    ];
    const moments: Moment[] = [
      makeMoment('m-a', { customerTypeIds: ['a'] }),
      makeMoment('m-ab', { customerTypeIds: ['a', 'b'] }),
      makeMoment('m-b', { customerTypeIds: ['b'] }),
      makeMoment('m-all', { allCustomers: true }),
    ];
    return setup({ customerTypes, moments });
  }

  const byId = (workshop: Workshop, id: string) => workshop.moments.find((m) => m.id === id);

  it('adds a customer type with the injected id and clock, and autosaves it', async () => {
    const { store, save, types, newId } = setup();
    const result = types.add({ name: ' Vecinos ', kind: 'external', description: 'Empadronados' });
    expect(result.ok).toBe(true);
    expect(newId).toHaveBeenCalledTimes(1);
    expect(store.workshop.customerTypes).toEqual([
      {
        id: 'new1',
        name: 'Vecinos',
        kind: 'external',
        description: 'Empadronados',
        expectations: '',
      },
    ]);
    expect(store.workshop.updatedAt).toBe(EDITED_AT.toISOString());
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(lastSaved(save)?.customerTypes.map((t) => t.id)).toEqual(['new1']);
  });

  it('hands back a refusal (no name, or LIMITS.customerTypes reached) and leaves the store clean', async () => {
    const full = Array.from({ length: LIMITS.customerTypes }, (_, i) => makeCustomerType(`t${i}`));
    const { store, save, types } = setup({ customerTypes: full });
    expect(types.add({ name: '  ', kind: 'external' })).toEqual({
      ok: false,
      error: 'nameRequired',
    });
    expect(types.add({ name: 'Otro', kind: 'internal' })).toEqual({
      ok: false,
      error: 'tooManyCustomerTypes',
    });
    expect(store.workshop.customerTypes).toHaveLength(LIMITS.customerTypes);
    expect(store.hasPendingChanges).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).not.toHaveBeenCalled();
  });

  it('updates and moves a customer type, and autosaves the result', async () => {
    const { store, save, types } = withSample();
    types.update('b', { name: 'Empresas locales', kind: 'internal' });
    types.move('b', -1);
    expect(store.workshop.customerTypes).toEqual([
      makeCustomerType('b', { name: 'Empresas locales', kind: 'internal' }),
      makeCustomerType('a', { name: 'Vecinos' }),
    ]);
    expect(store.workshop.updatedAt).toBe(EDITED_AT.toISOString());
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(lastSaved(save)?.customerTypes.map((t) => t.name)).toEqual([
      'Empresas locales',
      'Vecinos',
    ]);
  });

  it('keeps the old name when the new one is blank', () => {
    const { store, types } = withSample();
    types.update('a', { name: '   ', description: 'Del barrio' });
    expect(store.workshop.customerTypes[0]).toMatchObject({
      name: 'Vecinos',
      description: 'Del barrio',
    });
  });

  it('leaves the store clean when an update or a move changes nothing', () => {
    const { store, types } = withSample();
    types.update('nope', { name: 'X' });
    types.move('a', -1);
    types.move('b', 1);
    types.move('a', 0);
    expect(store.hasPendingChanges).toBe(false);
  });

  it('names the moments that only this customer type holds', () => {
    const { types } = withSample();
    expect(ids(types.orphansOf('a'))).toEqual(['m-a']);
    expect(ids(types.orphansOf('b'))).toEqual(['m-b']);
    expect(types.orphansOf('nope')).toEqual([]);
  });

  it('removes a type and moves its orphans to another type', async () => {
    const { store, save, types } = withSample();
    types.remove('a', { kind: 'reassign', to: 'b' });
    const ws = store.workshop;
    expect(ids(ws.customerTypes)).toEqual(['b']);
    expect(byId(ws, 'm-a')).toMatchObject({ allCustomers: false, customerTypeIds: ['b'] });
    expect(byId(ws, 'm-ab')?.customerTypeIds).toEqual(['b']);
    expect(byId(ws, 'm-b')?.customerTypeIds).toEqual(['b']);
    expect(ws.updatedAt).toBe(EDITED_AT.toISOString());
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(lastSaved(save)?.customerTypes.map((t) => t.id)).toEqual(['b']);
    expect(lastSaved(save)?.moments.map((m) => m.customerTypeIds)).toEqual([
      ['b'],
      ['b'],
      ['b'],
      [],
    ]);
  });

  it('removes a type and gives its orphans to all customers', () => {
    const { store, types } = withSample();
    types.remove('a', { kind: 'reassign', to: 'all' });
    const ws = store.workshop;
    expect(byId(ws, 'm-a')).toMatchObject({ allCustomers: true, customerTypeIds: [] });
    expect(byId(ws, 'm-ab')).toMatchObject({ allCustomers: false, customerTypeIds: ['b'] });
  });

  it('gives the orphans to all customers when the chosen type is gone', () => {
    const { store, types } = withSample();
    types.remove('a', { kind: 'reassign', to: 'gone' });
    expect(byId(store.workshop, 'm-a')).toMatchObject({ allCustomers: true, customerTypeIds: [] });
  });

  it('removes a type and deletes its orphans', async () => {
    const { store, save, types } = withSample();
    types.remove('a', { kind: 'delete' });
    expect(ids(store.workshop.moments)).toEqual(['m-ab', 'm-b', 'm-all']);
    expect(byId(store.workshop, 'm-ab')?.customerTypeIds).toEqual(['b']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(lastSaved(save)?.moments.map((m) => m.id)).toEqual(['m-ab', 'm-b', 'm-all']);
  });

  it('takes no edits from a read-only store', async () => {
    const { store, save, types } = withSample();
    const before = store.workshop;
    store.readOnly = true;
    types.add({ name: 'Otro', kind: 'external' });
    types.update('a', { name: 'X' });
    types.move('a', 1);
    types.remove('a', { kind: 'delete' });
    expect(store.workshop).toBe(before);
    expect(store.hasPendingChanges).toBe(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).not.toHaveBeenCalled();
  });
});
