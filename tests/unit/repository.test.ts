// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRating } from '../../src/domain/workshop';
import { CURRENT_SCHEMA_VERSION } from '../../src/persistence/migrations';
import {
  DATABASE_NAME,
  IdbRepository,
  MemoryRepository,
  STORE_NAME,
  openRepository,
} from '../../src/persistence/repository';
import { makeWorkshop } from '../fixtures/workshops';

const SAVED_AT = new Date('2026-03-05T12:00:00.000Z');
const realStore = () => createStore(DATABASE_NAME, STORE_NAME);

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('IdbRepository', () => {
  it('saves, loads, lists and removes workshops', async () => {
    const repository = new IdbRepository({ now: () => SAVED_AT });
    const one = setRating(makeWorkshop('one'), 'customers.voice', 'dontKnow', SAVED_AT);
    const two = makeWorkshop('two', { organisation: 'Beta' });

    await repository.save(one);
    await repository.save(two);
    expect(await repository.load('one')).toEqual(one);
    expect(await repository.load('missing')).toBeNull();

    const listed = await repository.list();
    expect(listed.unreadable).toBe(0);
    expect(listed.workshops.map((w) => w.id).sort()).toEqual(['one', 'two']);

    await repository.remove('one');
    expect(await repository.load('one')).toBeNull();
    expect((await repository.list()).workshops.map((w) => w.id)).toEqual(['two']);
  });

  it('stores each workshop in the versioned envelope', async () => {
    await new IdbRepository({ now: () => SAVED_AT }).save(makeWorkshop('one'));
    expect(await get('one', realStore())).toMatchObject({
      app: 'momentos',
      kind: 'workshop',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      savedAt: SAVED_AT.toISOString(),
      data: { id: 'one' },
    });
  });

  it('counts records it cannot read and leaves them in storage', async () => {
    const repository = new IdbRepository();
    await repository.save(makeWorkshop('good'));
    const garbage = { app: 'momentos', kind: 'workshop', schemaVersion: 1, data: 'garbage' };
    await set('garbage', garbage, realStore());
    await set('future', { ...garbage, schemaVersion: 99, savedAt: '' }, realStore());

    const listed = await repository.list();
    expect(listed.workshops.map((w) => w.id)).toEqual(['good']);
    expect(listed.unreadable).toBe(2);
    expect(await repository.load('garbage')).toBeNull();
    expect(await get('garbage', realStore())).toEqual(garbage);
  });

  it('opens a new connection and retries once when the old one went stale', async () => {
    let calls = 0;
    const staleOnce: UseStore = (mode, callback) => {
      calls++;
      if (calls === 1)
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return realStore()(mode, callback);
    };
    const makeStore = vi
      .fn<() => UseStore>()
      .mockReturnValueOnce(staleOnce)
      .mockImplementation(realStore);
    const repository = new IdbRepository({ makeStore });

    await repository.save(makeWorkshop('one'));

    expect(makeStore).toHaveBeenCalledTimes(2);
    expect(await new IdbRepository().load('one')).toEqual(makeWorkshop('one'));
  });

  it('does not retry other errors, and rejects with them', async () => {
    const full: UseStore = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const makeStore = vi.fn(() => full);
    const repository = new IdbRepository({ makeStore });

    await expect(repository.save(makeWorkshop('one'))).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(makeStore).toHaveBeenCalledTimes(1);
  });

  it('gives up when the new connection fails too', async () => {
    const stale: UseStore = () => {
      throw new DOMException('closing', 'InvalidStateError');
    };
    const makeStore = vi.fn(() => stale);
    await expect(new IdbRepository({ makeStore }).list()).rejects.toMatchObject({
      name: 'InvalidStateError',
    });
    expect(makeStore).toHaveBeenCalledTimes(2);
  });
});

describe('openRepository', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('uses IndexedDB when it answers', async () => {
    expect((await openRepository()).kind).toBe('indexeddb');
  });

  it('falls back to memory when the browser has no IndexedDB', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    // @ts-expect-error -- simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      expect(typeof indexedDB).toBe('undefined');
      expect((await openRepository()).kind).toBe('memory');
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'indexedDB', descriptor);
    }
  });

  it('falls back to memory when the probe fails', async () => {
    const broken: UseStore = () => Promise.reject(new Error('IndexedDB is broken'));
    expect((await openRepository({ makeStore: () => broken })).kind).toBe('memory');
  });

  it('falls back to memory when the probe never answers', async () => {
    vi.useFakeTimers();
    const silent: UseStore = () => new Promise(() => {});
    const opening = openRepository({ makeStore: () => silent });
    await vi.advanceTimersByTimeAsync(3000);
    expect((await opening).kind).toBe('memory');
  });
});

describe('MemoryRepository', () => {
  it('saves, loads, lists and removes workshops', async () => {
    const repository = new MemoryRepository();
    await repository.save(makeWorkshop('one'));
    await repository.save(makeWorkshop('two'));
    expect(await repository.load('one')).toEqual(makeWorkshop('one'));
    expect((await repository.list()).workshops.map((w) => w.id)).toEqual(['one', 'two']);
    await repository.remove('one');
    expect(await repository.load('one')).toBeNull();
    expect(await repository.list()).toEqual({ workshops: [makeWorkshop('two')], unreadable: 0 });
  });

  it('hands out copies: changing a loaded or saved object does not change the stored one', async () => {
    const repository = new MemoryRepository();
    const saved = makeWorkshop('one');
    await repository.save(saved);
    saved.title = 'changed after saving';

    const loaded = await repository.load('one');
    if (!loaded) throw new Error('not stored');
    loaded.ratings['customers.voice'] = 5;
    loaded.meta.participants.push('Intrusa');
    const [listed] = (await repository.list()).workshops;
    if (listed) listed.title = 'changed in a list';

    expect(await repository.load('one')).toEqual(makeWorkshop('one'));
  });
});
