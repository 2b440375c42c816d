import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditResult } from '../../src/domain/list-edit';
import type { Workshop } from '../../src/domain/workshop';
import { IdbRepository } from '../../src/persistence/repository';
import { SaveStatus } from '../../src/state/save-status.svelte';
import { CustomerTypesEditor } from '../../src/features/customer-types/customer-types-editor';
import { MomentsEditor } from '../../src/features/moments/moments-editor.svelte';
import { AUTOSAVE_DELAY_MS, WorkshopStore } from '../../src/state/workshop-store.svelte';
import { overallCompletionOf } from '../fixtures/question-bank';
import { fakeRepository, makeWorkshop } from '../fixtures/workshops';

const NOW = new Date('2026-03-05T10:00:00.000Z');

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup() {
  const { repository, save } = fakeRepository();
  const journal = {
    write: vi.fn<(workshop: Workshop, now: Date) => boolean>(() => true),
    clear: vi.fn<(id: string) => void>(),
  };
  const status = new SaveStatus();
  const store = new WorkshopStore(makeWorkshop('w1'), {
    repository,
    status,
    journal,
    now: () => NOW,
  });
  return { store, save, journal, status };
}

const savedPrompt = (workshop: Workshop | undefined) => workshop?.prompts['customers.who'];

describe('WorkshopStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves several quick changes once, with the latest text, after the autosave delay', async () => {
    const { store, save } = setup();
    store.setPrompt('customers.who', 'V');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    store.setPrompt('customers.who', 'Ve');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    store.setPrompt('customers.who', 'Vecinos');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(savedPrompt(save.mock.calls[0]?.[0])).toBe('Vecinos');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not clear the journal or say "saved" while a newer change is still being written', async () => {
    const { store, save, status, journal } = setup();
    const first = deferred();
    const second = deferred();
    save.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    store.setPrompt('customers.who', 'A');
    const firstFlush = store.flush();
    store.setPrompt('customers.who', 'AB');
    store.flushOnHide();
    first.resolve();
    await firstFlush;
    expect(journal.clear).not.toHaveBeenCalled();
    expect(status.current).toEqual({ kind: 'saving' });

    second.resolve();
    await store.flush();
    expect(savedPrompt(save.mock.calls[1]?.[0])).toBe('AB');
    expect(journal.clear).toHaveBeenCalledWith('w1');
    expect(status.current.kind).toBe('saved');
  });

  it('clears an error once a later write that holds the same changes succeeds', async () => {
    const { store, save, status } = setup();
    const first = deferred();
    save.mockReturnValueOnce(first.promise);
    store.setPrompt('customers.who', 'A');
    const firstFlush = store.flush();
    store.setPrompt('customers.who', 'AB');
    const secondFlush = store.flush();
    first.reject(new DOMException('full', 'QuotaExceededError'));
    await firstFlush.catch(() => undefined);
    await secondFlush;
    expect(status.current.kind).toBe('saved');
    expect(store.hasPendingChanges).toBe(false);
  });

  it('shows "saving" until the write resolves, and only then "saved"', async () => {
    const { store, save, status, journal } = setup();
    const write = deferred();
    save.mockReturnValueOnce(write.promise);
    expect(status.current).toEqual({ kind: 'idle' });

    store.setRating('customers.voice', 4);
    expect(status.current).toEqual({ kind: 'saving' });
    expect(store.hasPendingChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(status.current).toEqual({ kind: 'saving' });

    write.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(status.current).toEqual({ kind: 'saved', at: NOW });
    expect(store.hasPendingChanges).toBe(false);
    expect(journal.clear).toHaveBeenCalledWith('w1');
  });

  it('stays "saving" when another change arrives while a write is in flight', async () => {
    const { store, save, status } = setup();
    const first = deferred();
    save.mockReturnValueOnce(first.promise);
    store.setRating('customers.voice', 4);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    store.setRating('customers.voice', 5);
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(status.current).toEqual({ kind: 'saving' });

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0].ratings).toEqual({ 'customers.voice': 5 });
    expect(status.current).toEqual({ kind: 'saved', at: NOW });
  });

  it('reports a full disk as a quota error, never "saved", and saves the change on the next flush', async () => {
    const { store, save, status, journal } = setup();
    const saved = vi.spyOn(status, 'saved');
    save.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));

    store.setPrompt('customers.who', 'Vecinos');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(status.current).toEqual({ kind: 'error', reason: 'quota' });
    expect(saved).not.toHaveBeenCalled();
    expect(journal.clear).not.toHaveBeenCalled();
    expect(store.hasPendingChanges).toBe(true);

    await store.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(savedPrompt(save.mock.calls[1]?.[0])).toBe('Vecinos');
    expect(status.current).toEqual({ kind: 'saved', at: NOW });
  });

  it('writes at once on flush() and cancels the pending timer', async () => {
    const { store, save } = setup();
    store.setPrompt('customers.who', 'Vecinos');
    await store.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does not write on flush() when nothing changed', async () => {
    const { store, save } = setup();
    await store.flush();
    await store.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it("takes no edits while read-only, and shows another tab's copy only when nothing waits here", async () => {
    const { store, save } = setup();
    store.readOnly = true;
    store.setPrompt('customers.who', 'Vecinos');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).not.toHaveBeenCalled();
    expect(savedPrompt(store.workshop)).toBeUndefined();
    const theirs = { ...makeWorkshop('w1'), prompts: { 'customers.who': 'De otra pestaña' } };
    store.replace(theirs);
    expect(store.workshop).toBe(theirs);
  });

  it('writes over the copy it holds only: a conflict stops edits and says so', async () => {
    const { store, save, status } = setup();
    save.mockRejectedValueOnce(Object.assign(new Error('changed'), { name: 'ConflictError' }));
    store.setPrompt('customers.who', 'Vecinos');
    await store.flush();
    expect(save.mock.calls[0]?.[1]).toEqual({ expected: makeWorkshop('w1').updatedAt });
    expect(status.current).toEqual({ kind: 'error', reason: 'conflict' });
    expect(store.readOnly).toBe(true);
    expect(store.hasPendingChanges).toBe(false);
  });

  it('writes later changes over the copy it wrote itself', async () => {
    const { store, save } = setup();
    store.setPrompt('customers.who', 'Vecinos');
    await store.flush();
    const first = save.mock.calls[0]?.[0];
    store.setPrompt('customers.who', 'Vecinos y empresas');
    await store.flush();
    expect(save.mock.calls[1]?.[1]).toEqual({ expected: first?.updatedAt });
  });

  it('journals the latest state synchronously when the page hides, then saves it', async () => {
    const { store, save, journal } = setup();
    store.setPrompt('customers.who', 'Vecinos');
    store.setRating('moments.owner', 'dontKnow');

    store.flushOnHide();
    expect(journal.write).toHaveBeenCalledTimes(1);
    expect(journal.write).toHaveBeenCalledWith(store.workshop, NOW);
    expect(journal.write.mock.calls[0]?.[0].ratings).toEqual({ 'moments.owner': 'dontKnow' });

    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('journals a change whose write has started but is not confirmed when the page hides', async () => {
    const { store, save, journal } = setup();
    const pending = deferred();
    save.mockReturnValueOnce(pending.promise);
    store.setPrompt('customers.who', 'Vecinos');
    const writing = store.flush();
    // The page goes away while IndexedDB still has the write: it may never commit.
    store.flushOnHide();
    expect(journal.write).toHaveBeenCalledTimes(1);
    expect(journal.write.mock.calls[0]?.[0].prompts).toEqual({ 'customers.who': 'Vecinos' });
    pending.resolve();
    await writing;
    expect(journal.clear).toHaveBeenCalledWith('w1');
  });

  it('writes no journal on hide when everything is saved', async () => {
    const { store, journal } = setup();
    store.setRating('customers.voice', 2);
    await store.flush();
    store.flushOnHide();
    expect(journal.write).not.toHaveBeenCalled();
  });

  it('keeps completion up to date', () => {
    const { store } = setup();
    expect(store.overall.answered).toBe(0);
    store.setRating('customers.voice', 'dontKnow');
    store.setPrompt('customers.who', 'Vecinos');
    expect(store.overall).toEqual(overallCompletionOf(2));
    // Customers (bank version 2): 3 prompts + 6 statements.
    expect(store.areaCompletion('customers')).toEqual({ answered: 2, total: 9, percent: 22 });
  });
});

describe('WorkshopStore customer types and moments', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  /** The id of a moment or customer type the store just added. */
  function addedId(result: EditResult<string>, list: 'moments' | 'customerTypes'): string {
    if (!result.ok) throw new Error(`refused: ${result.error}`);
    const id = result.workshop[list].at(-1)?.id;
    if (!id) throw new Error('nothing added');
    return id;
  }

  it('autosaves an added moment after the autosave delay', async () => {
    const { store, save, status } = setup();
    const editor = new MomentsEditor(store);
    const typeId = addedId(
      new CustomerTypesEditor(store).add({ name: 'Vecinos', kind: 'external' }),
      'customerTypes',
    );
    const result = editor.add({ name: 'Pedir cita previa', customerTypeIds: [typeId] });
    expect(result.ok).toBe(true);
    expect(store.workshop.moments.map((m) => m.name)).toEqual(['Pedir cita previa']);

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    const saved = save.mock.calls[0]?.[0];
    expect(saved?.customerTypes.map((t) => t.name)).toEqual(['Vecinos']);
    expect(saved?.moments).toEqual([
      expect.objectContaining({ name: 'Pedir cita previa', customerTypeIds: [typeId] }),
    ]);
    expect(status.current).toEqual({ kind: 'saved', at: NOW });
  });

  it('saves nothing when a moment is refused', async () => {
    const { store, save, status } = setup();
    const editor = new MomentsEditor(store);
    expect(editor.add({ name: '   ' })).toEqual({ ok: false, error: 'nameRequired' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).not.toHaveBeenCalled();
    expect(status.current).toEqual({ kind: 'idle' });
    expect(store.hasPendingChanges).toBe(false);
  });

  it('puts a removed moment back in its place on undo, and saves that', async () => {
    const { store, save } = setup();
    const editor = new MomentsEditor(store);
    const first = addedId(editor.add({ name: 'Pedir cita' }), 'moments');
    const second = addedId(editor.add({ name: 'Llamar al 010' }), 'moments');
    await store.flush();

    const removed = editor.remove(first);
    expect(removed?.index).toBe(0);
    expect(store.workshop.moments.map((m) => m.id)).toEqual([second]);
    expect(editor.remove('gone')).toBeNull();

    if (!removed) throw new Error('nothing removed');
    editor.undoRemoval(removed);
    expect(store.workshop.moments.map((m) => m.id)).toEqual([first, second]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0].moments.map((m) => m.name)).toEqual([
      'Pedir cita',
      'Llamar al 010',
    ]);
  });

  it('keeps the most critical moments up to date as ratings change', () => {
    const { store } = setup();
    const editor = new MomentsEditor(store);
    expect(editor.critical).toEqual([]);
    const id = addedId(
      editor.add({ name: 'Pedir cita', importance: 5, expectation: 5, delivered: 2 }),
      'moments',
    );
    // gap 5 - 2 = 3, criticality 3 x importance 5 = 15
    expect(editor.critical.map((r) => [r.moment.id, r.gap, r.criticality])).toEqual([[id, 3, 15]]);

    editor.update(id, { delivered: 1 });
    expect(editor.critical.map((r) => [r.gap, r.criticality])).toEqual([[4, 20]]);

    // A less important moment with the same gap is less critical: 4 x 2 = 8.
    editor.update(id, { importance: 2 });
    expect(editor.critical.map((r) => [r.gap, r.criticality])).toEqual([[4, 8]]);

    editor.update(id, { delivered: 5 });
    expect(editor.critical).toEqual([]);
  });
});

describe('WorkshopStore with IndexedDB', () => {
  it('stores the workshop it holds without a DataCloneError, and it loads back', async () => {
    const repository = new IdbRepository();
    const status = new SaveStatus();
    const journal = { write: vi.fn(() => true), clear: vi.fn() };
    await repository.save(makeWorkshop('idb1'));
    const store = new WorkshopStore(makeWorkshop('idb1'), { repository, status, journal });
    const editor = new MomentsEditor(store);

    store.setRating('customers.voice', 3);
    store.setPrompt('customers.who', 'Vecinos');
    new CustomerTypesEditor(store).add({ name: 'Vecinos', kind: 'external' });
    editor.add({ name: 'Pedir cita', allCustomers: true, expectation: 5, delivered: 2 });
    await store.flush();

    expect(status.current.kind).toBe('saved');
    expect(await repository.load('idb1')).toEqual({ ok: true, workshop: store.workshop });
    expect(store.workshop.moments).toHaveLength(1);
  });
});

describe('SaveStatus', () => {
  it('goes from idle to saving, saved, error and back to idle', () => {
    const status = new SaveStatus();
    expect(status.current).toEqual({ kind: 'idle' });
    status.saving();
    expect(status.current).toEqual({ kind: 'saving' });
    status.saved(NOW);
    expect(status.current).toEqual({ kind: 'saved', at: NOW });
    status.failed('unavailable');
    expect(status.current).toEqual({ kind: 'error', reason: 'unavailable' });
    status.reset();
    expect(status.current).toEqual({ kind: 'idle' });
  });
});
