// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRating } from '../../src/domain/answers';
import { rename } from '../../src/domain/workshop';
import { CURRENT_SCHEMA_VERSION } from '../../src/persistence/migrations';
import {
  DATABASE_NAME,
  IdbRepository,
  STORE_NAME,
  openRepository,
} from '../../src/persistence/repository';
import { MemoryRepository } from '../../src/persistence/memory-repository';
import type { Workshop } from '../../src/domain/workshop';
import { wrapWorkshop } from '../../src/persistence/schema';
import { makeWorkshop } from '../fixtures/workshops';

const SAVED_AT = new Date('2026-03-05T12:00:00.000Z');
const LATER = new Date('2026-03-05T12:05:00.000Z');
const realStore = () => createStore(DATABASE_NAME, STORE_NAME);
const found = (workshop: Workshop) => ({ ok: true, workshop });
const MISSING = { ok: false, reason: 'missing', problems: [] };

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
    expect(await repository.load('one')).toEqual(found(one));
    expect(await repository.load('missing')).toEqual(MISSING);

    const listed = await repository.list();
    expect(listed.unreadable).toEqual([]);
    expect(listed.workshops.map((w) => w.id).sort()).toEqual(['one', 'two']);

    await repository.remove('one');
    expect(await repository.load('one')).toEqual(MISSING);
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

  it('lists records it cannot read with the reason, and leaves them in storage', async () => {
    const repository = new IdbRepository();
    await repository.save(makeWorkshop('good'));
    const garbage = { app: 'momentos', kind: 'workshop', schemaVersion: 1, savedAt: '', data: 'x' };
    const long = wrapWorkshop(makeWorkshop('long'), SAVED_AT);
    long.data.meta.organisation = 'o'.repeat(501);
    await set('garbage', garbage, realStore());
    await set('future', { ...garbage, schemaVersion: 99 }, realStore());
    await set('long', long, realStore());
    await set(7, { app: 'other' }, realStore());

    const listed = await repository.list();
    expect(listed.workshops.map((w) => w.id)).toEqual(['good']);
    expect(listed.unreadable).toEqual([
      { key: 7, name: '7', reason: 'invalid', problems: [] },
      { key: 'future', name: 'future', reason: 'newer', problems: [] },
      {
        key: 'garbage',
        name: 'garbage',
        reason: 'invalid',
        problems: [{ kind: 'wrongValue', field: '' }],
      },
      {
        key: 'long',
        name: 'long',
        reason: 'invalid',
        problems: [{ kind: 'tooLong', field: 'meta.organisation', limit: 500 }],
      },
    ]);
    expect(await repository.load('long')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await get('garbage', realStore())).toEqual(garbage);
    expect(await get('long', realStore())).toEqual(long);
    expect(await repository.raw('long')).toEqual(long);
  });

  it('names a record by the key it is stored under, so it can be opened and deleted', async () => {
    const repository = new IdbRepository();
    await set('stored-key', wrapWorkshop(makeWorkshop('other-id'), SAVED_AT), realStore());
    const { workshops } = await repository.list();
    expect(workshops.map((w) => w.id)).toEqual(['stored-key']);
    expect(await repository.load('stored-key')).toMatchObject({
      ok: true,
      workshop: { id: 'stored-key' },
    });
    await repository.remove('stored-key');
    expect(await repository.list()).toEqual({ workshops: [], unreadable: [] });
  });

  it('refuses, before writing, a workshop it could not read back', async () => {
    const repository = new IdbRepository();
    const stored = makeWorkshop('one');
    await repository.save(stored);
    const tooLong = { ...stored, title: 't'.repeat(1001) };
    await expect(repository.save(tooLong)).rejects.toMatchObject({
      name: 'WriteRefusedError',
      problems: [{ kind: 'tooLong', field: 'title', limit: 1000 }],
    });
    const badRating = { ...stored, ratings: { 'customers.voice': 7 } } as unknown as Workshop;
    await expect(repository.save(badRating)).rejects.toMatchObject({ name: 'WriteRefusedError' });
    expect(await repository.load('one')).toEqual(found(stored));
  });

  it('refuses a write over a copy changed or deleted since this one was read', async () => {
    const repository = new IdbRepository();
    const base = makeWorkshop('one');
    await repository.save(base);
    const mine = setRating(base, 'customers.voice', 4, SAVED_AT);
    const theirs = rename(base, 'Otro nombre', LATER);
    if (!theirs) throw new Error('rename failed');
    await repository.save(theirs, { expected: base.updatedAt });

    await expect(repository.save(mine, { expected: base.updatedAt })).rejects.toMatchObject({
      name: 'ConflictError',
    });
    expect(await repository.load('one')).toEqual(found(theirs));
    // Writing the same copy twice is no conflict (a retry after a lost answer).
    await repository.save(theirs, { expected: base.updatedAt });

    await repository.remove('one');
    await expect(repository.save(theirs, { expected: theirs.updatedAt })).rejects.toMatchObject({
      name: 'ConflictError',
    });
    expect(await repository.load('one')).toEqual(MISSING);
  });

  it('saves a newer copy only over an older stored one, in one transaction', async () => {
    const repository = new IdbRepository();
    const older = makeWorkshop('one');
    const newer = setRating(older, 'customers.voice', 3, LATER);
    expect(await repository.saveIfNewer(newer)).toBe(false);
    expect(await repository.load('one')).toEqual(MISSING);
    await repository.save(older);
    expect(await repository.saveIfNewer(newer)).toBe(true);
    expect(await repository.saveIfNewer(older)).toBe(false);
    expect(await repository.load('one')).toEqual(found(newer));
  });

  it('deletes everything on this device, including notes kept about workshops', async () => {
    const repository = new IdbRepository();
    await repository.save(makeWorkshop('one'));
    await set('odd', { app: 'other' }, realStore());
    await repository.clearAll();
    expect(await repository.list()).toEqual({ workshops: [], unreadable: [] });
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
    expect(await new IdbRepository().load('one')).toEqual(found(makeWorkshop('one')));
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

  it('falls back to memory when reading window.indexedDB itself throws (storage blocked)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
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
    expect(await repository.load('one')).toEqual(found(makeWorkshop('one')));
    expect((await repository.list()).workshops.map((w) => w.id)).toEqual(['one', 'two']);
    await repository.remove('one');
    expect(await repository.load('one')).toEqual(MISSING);
    expect(await repository.list()).toEqual({ workshops: [makeWorkshop('two')], unreadable: [] });
  });

  it('hands out copies: changing a loaded or saved object does not change the stored one', async () => {
    const repository = new MemoryRepository();
    const saved = makeWorkshop('one');
    await repository.save(saved);
    saved.title = 'changed after saving';

    const result = await repository.load('one');
    if (!result.ok) throw new Error('not stored');
    const loaded = result.workshop;
    loaded.ratings['customers.voice'] = 5;
    loaded.meta.participants.push('Intrusa');
    const [listed] = (await repository.list()).workshops;
    if (listed) listed.title = 'changed in a list';

    expect(await repository.load('one')).toEqual(found(makeWorkshop('one')));
  });

  it('checks writes like IndexedDB does: the schema, and the copy it was made on', async () => {
    const repository = new MemoryRepository();
    const base = makeWorkshop('one');
    await repository.save(base);
    await expect(repository.save({ ...base, title: '' })).rejects.toMatchObject({
      name: 'WriteRefusedError',
    });
    const theirs = setRating(base, 'customers.voice', 2, LATER);
    await repository.save(theirs, { expected: base.updatedAt });
    const mine = setRating(base, 'customers.voice', 5, LATER);
    await expect(
      repository.save({ ...mine, updatedAt: SAVED_AT.toISOString() }, { expected: base.updatedAt }),
    ).rejects.toMatchObject({ name: 'ConflictError' });
  });
});
