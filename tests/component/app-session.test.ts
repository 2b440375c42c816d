import { IDBFactory } from 'fake-indexeddb';
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPromptAnswer } from '../../src/domain/answers';
import type { Workshop } from '../../src/domain/workshop';
import { writeJournal } from '../../src/persistence/journal';
import { MemoryRepository } from '../../src/persistence/memory-repository';
import {
  DATABASE_NAME,
  IdbRepository,
  STORE_NAME,
  type LoadResult,
  type WorkshopRepository,
} from '../../src/persistence/repository';
import { ActionPlanEditor } from '../../src/features/action-plan/action-plan-editor';
import { CustomerTypesEditor } from '../../src/features/customer-types/customer-types-editor';
import { MomentsEditor } from '../../src/features/moments/moments-editor.svelte';
import { AppSession } from '../../src/state/app-session.svelte';
import { TabChannel } from '../../src/state/tab-channel';
import { AUTOSAVE_DELAY_MS } from '../../src/state/workshop-store.svelte';
import { makeWorkshop } from '../fixtures/workshops';

const T1 = new Date('2026-03-05T10:00:00.000Z');
const T2 = new Date('2026-03-05T10:05:00.000Z');
const JOURNAL_KEY = 'momentos:journal:';

const who = (workshop: Workshop | undefined) => workshop?.prompts['customers.who'];

/** A session whose storage is this repository; `open` counts how often it was asked for. */
async function started(repository: WorkshopRepository = new MemoryRepository()) {
  const open = vi.fn(() => Promise.resolve(repository));
  const session = new AppSession(open);
  await session.start();
  sessions.push(session);
  return { session, repository, open };
}

/** What the stored copy holds now. */
async function stored(repository: WorkshopRepository, id: string): Promise<Workshop | undefined> {
  const result = await repository.load(id);
  return result.ok ? result.workshop : undefined;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

const sessions: AppSession[] = [];
/** Another tab of the app: the same BroadcastChannel, a different end. */
let otherTab: TabChannel;

beforeEach(() => {
  localStorage.clear();
  globalThis.indexedDB = new IDBFactory();
  otherTab = new TabChannel();
});

afterEach(async () => {
  vi.useRealTimers();
  for (const session of sessions.splice(0)) await session.close();
});

describe('AppSession.start', () => {
  it('opens the storage, then replays what the journal holds that is newer than it', async () => {
    const older = setPromptAnswer(makeWorkshop('w1'), 'customers.who', 'Vecinos', T1);
    const newer = setPromptAnswer(older, 'customers.who', 'Vecinos y empresas', T2);
    const repository = new IdbRepository();
    await repository.save(older);
    expect(writeJournal(newer, T2)).toBe(true);

    const { session, open } = await started(repository);
    expect(open).toHaveBeenCalledTimes(1);
    expect(session.repository).toBe(repository);
    expect(session.persistent).toBe(true);
    expect(who(await stored(repository, 'w1'))).toBe('Vecinos y empresas');
    expect(localStorage.getItem(`${JOURNAL_KEY}w1`)).toBeNull();
  });

  it('has no repository until the journal has been replayed', async () => {
    const repository = new MemoryRepository();
    const saveIfNewer = vi.spyOn(repository, 'saveIfNewer');
    const replayed = deferred<boolean>();
    saveIfNewer.mockReturnValueOnce(replayed.promise);
    await repository.save(makeWorkshop('w1', {}, T1));
    writeJournal(setPromptAnswer(makeWorkshop('w1', {}, T1), 'customers.who', 'X', T2), T2);

    const session = new AppSession(() => Promise.resolve(repository));
    sessions.push(session);
    const starting = session.start();
    await vi.waitFor(() => expect(saveIfNewer).toHaveBeenCalled());
    expect(session.repository).toBeNull();
    replayed.resolve(true);
    await starting;
    expect(session.repository).toBe(repository);
  });

  it('says storage is not persistent in memory', async () => {
    const { session } = await started(new MemoryRepository());
    expect(session.persistent).toBe(false);
  });

  it('opens nothing before it has started', async () => {
    const session = new AppSession(() => Promise.resolve(new MemoryRepository()));
    await expect(session.openWorkshop('w1')).rejects.toThrow('AppSession not started');
  });
});

describe('AppSession.openWorkshop', () => {
  it('says missing for a workshop that is not stored, and opens nothing', async () => {
    const { session } = await started();
    expect(await session.openWorkshop('nope')).toEqual({
      ok: false,
      reason: 'missing',
      problems: [],
    });
    expect(session.opened).toBeNull();
    expect(session.store).toBeNull();
  });

  it('says why a stored record cannot be read, and opens nothing', async () => {
    const repository = new IdbRepository();
    await set('w1', { app: 'someone-else' }, createStore(DATABASE_NAME, STORE_NAME));
    const { session } = await started(repository);
    expect(await session.openWorkshop('w1')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(session.opened).toBeNull();
  });

  it('says error when the storage throws, and opens nothing', async () => {
    const repository = new MemoryRepository();
    vi.spyOn(repository, 'load').mockRejectedValueOnce(new DOMException('x', 'UnknownError'));
    const { session } = await started(repository);
    expect(await session.openWorkshop('w1')).toEqual({ ok: false, reason: 'error', problems: [] });
    expect(session.opened).toBeNull();
  });

  it('opens a stored workshop with its store and the editors of its lists', async () => {
    const workshop = makeWorkshop('w1');
    const repository = new MemoryRepository();
    await repository.save(workshop);
    const { session } = await started(repository);

    expect(await session.openWorkshop('w1')).toEqual({ ok: true, workshop });
    const opened = session.opened;
    expect(opened?.store).toBe(session.store);
    expect(session.store?.workshop).toEqual(workshop);
    expect(session.store?.status).toBe(session.status);
    expect(session.store?.readOnly).toBe(false);
    expect(opened?.customerTypes).toBeInstanceOf(CustomerTypesEditor);
    expect(opened?.moments).toBeInstanceOf(MomentsEditor);
    expect(opened?.actionPlan).toBeInstanceOf(ActionPlanEditor);
    expect(opened?.actionPlan.workshop).toBe(session.store?.workshop);
  });

  it('opens a workshop from IndexedDB and takes it for editing', async () => {
    const repository = new IdbRepository();
    await repository.save(makeWorkshop('w1'));
    const { session } = await started(repository);
    expect((await session.openWorkshop('w1')).ok).toBe(true);
    expect(session.store?.readOnly).toBe(false);
    expect(session.opened?.elsewhere).toBe(false);
  });

  it('gives the same workshop back when it is open already, without loading it again', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    const load = vi.spyOn(repository, 'load');
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    const opened = session.opened;
    session.store?.setPrompt('customers.who', 'Vecinos');

    const again = await session.openWorkshop('w1');
    expect(load).toHaveBeenCalledTimes(1);
    expect(session.opened).toBe(opened);
    expect(again).toEqual({ ok: true, workshop: session.store?.workshop });
    expect(who(again.ok ? again.workshop : undefined)).toBe('Vecinos');
  });

  it('saves what the open workshop has pending before opening another', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    await repository.save(makeWorkshop('w2'));
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    session.store?.setPrompt('customers.who', 'Vecinos');

    await session.openWorkshop('w2');
    expect(session.store?.workshop.id).toBe('w2');
    expect(who(await stored(repository, 'w1'))).toBe('Vecinos');
  });

  it('keeps the workshop asked for last when an earlier one loads later', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    await repository.save(makeWorkshop('w2'));
    const slow = deferred<LoadResult>();
    const load = repository.load.bind(repository);
    vi.spyOn(repository, 'load').mockImplementation((id) =>
      id === 'w1' ? slow.promise : load(id),
    );
    const { session } = await started(repository);

    const first = session.openWorkshop('w1');
    const second = session.openWorkshop('w2');
    await second;
    slow.resolve(await load('w1'));
    expect((await first).ok).toBe(true);
    expect(session.store?.workshop.id).toBe('w2');
  });
});

describe('AppSession.close and flush', () => {
  it('writes pending changes, then lets the workshop go', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    session.store?.setPrompt('customers.who', 'Vecinos');
    expect(session.status.current.kind).toBe('saving');

    await session.close();
    expect(who(await stored(repository, 'w1'))).toBe('Vecinos');
    expect(session.opened).toBeNull();
    expect(session.store).toBeNull();
    expect(session.status.current).toEqual({ kind: 'idle' });
  });

  it('does nothing when nothing is open', async () => {
    const { session } = await started();
    await session.close();
    await session.flush();
    session.flushOnHide();
    expect(session.opened).toBeNull();
  });

  it('flush() writes pending changes now and keeps the workshop open', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    session.store?.setPrompt('customers.who', 'Vecinos');
    await session.flush();
    expect(who(await stored(repository, 'w1'))).toBe('Vecinos');
    expect(session.store?.hasPendingChanges).toBe(false);
    expect(session.opened).not.toBeNull();
  });

  it('flushOnHide() puts pending changes in the journal at once (IndexedDB)', async () => {
    const repository = new IdbRepository();
    await repository.save(makeWorkshop('w1'));
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    session.store?.setPrompt('customers.who', 'Vecinos');

    session.flushOnHide();
    const entry = JSON.parse(localStorage.getItem(`${JOURNAL_KEY}w1`) ?? 'null') as {
      data?: Workshop;
    } | null;
    expect(who(entry?.data)).toBe('Vecinos');
    await session.flush();
    expect(who(await stored(repository, 'w1'))).toBe('Vecinos');
  });
});

describe('AppSession and other tabs', () => {
  it('counts a changed list another tab announces, and keeps the workshop open', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    const opened = session.opened;

    otherTab.post({ type: 'listChanged' });
    await vi.waitFor(() => expect(session.listChanged).toBe(1));
    expect(session.wiped).toBe(0);
    expect(session.opened).toBe(opened);
  });

  it('drops the open workshop when another tab deleted everything, without writing it back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    session.store?.setPrompt('customers.who', 'Vecinos');

    // The other tab deletes everything, then says so.
    await repository.clearAll();
    otherTab.post({ type: 'wiped' });
    await vi.waitFor(() => expect(session.wiped).toBe(1));
    expect(session.listChanged).toBe(1);
    expect(session.opened).toBeNull();
    expect(session.status.current).toEqual({ kind: 'idle' });

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect((await repository.list()).workshops).toEqual([]);
    // The change that was waiting is gone with the workshop: no save fails later over the wipe.
    expect(session.status.current).toEqual({ kind: 'idle' });
  });

  it('hands other messages to the open workshop (a read-only copy follows the saves of others)', async () => {
    const workshop = makeWorkshop('w1', {}, T1);
    const repository = new MemoryRepository();
    await repository.save(workshop);
    const { session } = await started(repository);
    await session.openWorkshop('w1');
    const store = session.store;
    if (!store) throw new Error('not open');
    store.readOnly = true;

    const theirs = setPromptAnswer(workshop, 'customers.who', 'De otra pestaña', T2);
    await repository.save(theirs);
    otherTab.post({ type: 'saved', id: 'w1', updatedAt: theirs.updatedAt });
    await vi.waitFor(() => expect(who(store.workshop)).toBe('De otra pestaña'));
    expect(session.listChanged).toBe(0);
  });

  it('tells other tabs when the open workshop was saved', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('w1'));
    const { session } = await started(repository);
    const heard = vi.fn();
    otherTab.listen(heard);
    await session.openWorkshop('w1');
    session.store?.setPrompt('customers.who', 'Vecinos');
    await session.flush();
    await vi.waitFor(() =>
      expect(heard).toHaveBeenCalledWith({
        type: 'saved',
        id: 'w1',
        updatedAt: session.store?.workshop.updatedAt,
      }),
    );
  });
});
