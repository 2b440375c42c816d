import { IDBFactory } from 'fake-indexeddb';
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import { touch, type Workshop } from '../../src/domain/workshop';
import { readLastBackup } from '../../src/persistence/backup-notes';
import { MemoryRepository } from '../../src/persistence/memory-repository';
import { DATABASE_NAME, IdbRepository, STORE_NAME } from '../../src/persistence/repository';
import { SavedWorkshops } from '../../src/state/saved-workshops.svelte';
import {
  deleteEverything,
  existingIds,
  rawCopy,
  restoreWorkshops,
} from '../../src/state/saved-workshops-data';
import type { TabChannel, TabMessage } from '../../src/state/tab-channel';
import { lockName } from '../../src/state/workshop-locks';
import { makeWorkshop } from '../fixtures/workshops';

const NOW = new Date('2026-04-01T09:00:00.000Z');
const at = (day: number) => new Date(`2026-03-0${day}T12:00:00.000Z`);

/** A stand-in for the tab channel: records what this tab tells the others. */
function fakeChannel() {
  const post = vi.fn<(message: TabMessage) => void>();
  return { post, channel: { post, listen: vi.fn() } as unknown as TabChannel };
}

/** Web Locks as far as whileNotOpen uses them; `open` names workshops another tab is editing. */
function fakeLocks() {
  const held = new Set<string>();
  const open = new Set<string>();
  const manager = {
    async request(
      name: string,
      options: { ifAvailable?: boolean },
      callback: (lock: Lock | null) => unknown,
    ) {
      if (options.ifAvailable && (held.has(name) || open.has(name))) return callback(null);
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        held.delete(name);
      }
    },
  };
  Object.defineProperty(navigator, 'locks', {
    value: manager,
    configurable: true,
  });
  return { held, open };
}

const quotaError = () => new DOMException('full', 'QuotaExceededError');

async function setup(stored: Workshop[] = []) {
  const repository = new MemoryRepository();
  for (const workshop of stored) await repository.save(workshop);
  const { post, channel } = fakeChannel();
  const saved = new SavedWorkshops(repository, channel, () => NOW);
  return { repository, saved, post };
}

const ids = (workshops: readonly Workshop[]) => workshops.map((w) => w.id);

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'locks');
  vi.restoreAllMocks();
});

describe('SavedWorkshops.refresh', () => {
  it('lists the stored workshops, most recently changed first, and says it has loaded', async () => {
    const { saved } = await setup([
      makeWorkshop('old', {}, at(1)),
      makeWorkshop('new', {}, at(3)),
      makeWorkshop('mid', {}, at(2)),
    ]);
    expect(saved.loaded).toBe(false);
    expect(saved.workshops).toEqual([]);
    await saved.refresh();
    expect(saved.loaded).toBe(true);
    expect(ids(saved.workshops)).toEqual(['new', 'mid', 'old']);
    expect(saved.unreadable).toEqual([]);
  });

  it('lists records it cannot read apart (IndexedDB)', async () => {
    globalThis.indexedDB = new IDBFactory();
    const repository = new IdbRepository();
    await repository.save(makeWorkshop('good'));
    await set('bad', { app: 'someone-else' }, createStore(DATABASE_NAME, STORE_NAME));
    const saved = new SavedWorkshops(repository);
    await saved.refresh();
    expect(ids(saved.workshops)).toEqual(['good']);
    expect(saved.unreadable).toEqual([
      expect.objectContaining({ key: 'bad', name: 'bad', reason: 'foreign' }),
    ]);
  });
});

describe('SavedWorkshops.create', () => {
  it('stores a new workshop stamped with the clock, tells other tabs, and lists it', async () => {
    const { repository, saved, post } = await setup([makeWorkshop('old', {}, at(1))]);
    const result = await saved.create({ organisation: ' Ayuntamiento ', team: 'Padrón' });
    if (!result.ok) throw new Error(result.error);
    const created = result.value;
    expect(created).toMatchObject({
      title: 'Ayuntamiento — Padrón',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(await repository.load(created.id)).toEqual({ ok: true, workshop: created });
    expect(post).toHaveBeenCalledWith({ type: 'listChanged' });
    expect(ids(saved.workshops)).toEqual([created.id, 'old']);
  });

  it('gives each new workshop its own id', async () => {
    const { saved } = await setup();
    const one = await saved.create({ organisation: 'A' });
    const two = await saved.create({ organisation: 'B' });
    expect(one.ok && two.ok && one.value.id !== two.value.id).toBe(true);
    expect(saved.workshops).toHaveLength(2);
  });

  it.each([
    [{ organisation: '   ' }, 'organisationRequired'],
    [{ organisation: 'Acme', date: '2026-02-30' }, 'dateInvalid'],
  ] as const)('refuses %o (%s): nothing stored, nothing said', async (input, error) => {
    const { repository, saved, post } = await setup();
    const save = vi.spyOn(repository, 'save');
    expect(await saved.create(input)).toEqual({ ok: false, error });
    expect(save).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
    expect(saved.loaded).toBe(false);
  });

  it.each([
    ['quota', quotaError()],
    ['unavailable', new DOMException('gone', 'InvalidStateError')],
    ['unknown', new Error('boom')],
  ] as const)('hands back %s when the write throws, and tells no one', async (reason, error) => {
    const { repository, saved, post } = await setup();
    vi.spyOn(repository, 'save').mockRejectedValueOnce(error);
    expect(await saved.create({ organisation: 'Acme' })).toEqual({ ok: false, error: reason });
    expect(post).not.toHaveBeenCalled();
    expect((await repository.list()).workshops).toEqual([]);
  });
});

describe('SavedWorkshops.rename', () => {
  it('renames the stored workshop, stamped with the clock, and lists it', async () => {
    const original = makeWorkshop('w1', {}, at(1));
    const { repository, saved, post } = await setup([original]);
    const result = await saved.rename(original, '  Taller de marzo ');
    expect(result).toEqual({
      ok: true,
      value: { ...original, title: 'Taller de marzo', updatedAt: NOW.toISOString() },
    });
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: result.ok && result.value });
    expect(post).toHaveBeenCalledWith({ type: 'listChanged' });
    expect(saved.workshops.map((w) => w.title)).toEqual(['Taller de marzo']);
  });

  it('refuses a blank title without writing', async () => {
    const original = makeWorkshop('w1');
    const { repository, saved } = await setup([original]);
    const save = vi.spyOn(repository, 'save');
    expect(await saved.rename(original, '   ')).toEqual({ ok: false, error: 'titleRequired' });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses (conflict) when the stored copy changed since this one was listed', async () => {
    const original = makeWorkshop('w1', {}, at(1));
    const { repository, saved, post } = await setup([original]);
    const theirs = touch(original, at(2), { prompts: { 'customers.who': 'Vecinos' } });
    await repository.save(theirs);
    expect(await saved.rename(original, 'Nuevo')).toEqual({ ok: false, error: 'conflict' });
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: theirs });
    expect(post).not.toHaveBeenCalled();
  });

  it('renames under the workshop lock', async () => {
    const locks = fakeLocks();
    const original = makeWorkshop('w1');
    const { repository, saved } = await setup([original]);
    const heldWhileSaving: boolean[] = [];
    const save = repository.save.bind(repository);
    vi.spyOn(repository, 'save').mockImplementation((workshop, options) => {
      heldWhileSaving.push(locks.held.has(lockName('w1')));
      return save(workshop, options);
    });
    expect((await saved.rename(original, 'Nuevo')).ok).toBe(true);
    expect(heldWhileSaving).toEqual([true]);
    expect(locks.held.size).toBe(0);
  });

  it('refuses (busy) while another tab is editing the workshop, without writing', async () => {
    const locks = fakeLocks();
    const original = makeWorkshop('w1');
    const { repository, saved, post } = await setup([original]);
    locks.open.add(lockName('w1'));
    expect(await saved.rename(original, 'Nuevo')).toEqual({ ok: false, error: 'busy' });
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: original });
    expect(post).not.toHaveBeenCalled();
  });
});

describe('SavedWorkshops.duplicate', () => {
  it('stores a copy under a new id and the title given, the original untouched', async () => {
    const original = makeWorkshop('w1', {}, at(1));
    const { repository, saved, post } = await setup([original]);
    const result = await saved.duplicate(original, 'Copia');
    if (!result.ok) throw new Error(result.error);
    const copy = result.value;
    expect(copy.id).not.toBe('w1');
    expect(copy).toMatchObject({ title: 'Copia', createdAt: NOW.toISOString() });
    expect(await repository.load(copy.id)).toEqual({ ok: true, workshop: copy });
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: original });
    expect(post).toHaveBeenCalledWith({ type: 'listChanged' });
    expect(ids(saved.workshops)).toEqual([copy.id, 'w1']);
  });

  it('keeps the original title when the one given is blank', async () => {
    const original = makeWorkshop('w1');
    const { saved } = await setup([original]);
    const result = await saved.duplicate(original, '  ');
    expect(result.ok && result.value.title).toBe(original.title);
  });

  it('hands back refused when the copy would not read back, and stores nothing', async () => {
    const broken = { ...makeWorkshop('w1'), ratings: { 'customers.voice': 9 } } as never;
    const { repository, saved, post } = await setup();
    expect(await saved.duplicate(broken, 'Copia')).toEqual({ ok: false, error: 'refused' });
    expect((await repository.list()).workshops).toEqual([]);
    expect(post).not.toHaveBeenCalled();
  });
});

describe('SavedWorkshops.remove', () => {
  it('deletes the workshop, tells other tabs, and lists the rest', async () => {
    const { repository, saved, post } = await setup([makeWorkshop('w1'), makeWorkshop('w2')]);
    expect(await saved.remove('w1')).toEqual({ ok: true, value: undefined });
    expect((await repository.load('w1')).ok).toBe(false);
    expect(post).toHaveBeenCalledWith({ type: 'listChanged' });
    expect(ids(saved.workshops)).toEqual(['w2']);
  });

  it('refuses (busy) while another tab is editing it, and keeps it', async () => {
    const locks = fakeLocks();
    const { repository, saved } = await setup([makeWorkshop('w1')]);
    locks.open.add(lockName('w1'));
    expect(await saved.remove('w1')).toEqual({ ok: false, error: 'busy' });
    expect((await repository.load('w1')).ok).toBe(true);
  });

  it('hands back the reason when the delete throws', async () => {
    const { repository, saved, post } = await setup([makeWorkshop('w1')]);
    vi.spyOn(repository, 'remove').mockRejectedValueOnce(quotaError());
    expect(await saved.remove('w1')).toEqual({ ok: false, error: 'quota' });
    expect(post).not.toHaveBeenCalled();
  });
});

describe('SavedWorkshops.backup', () => {
  it('backs up every listed workshop by default, and notes when', async () => {
    const { saved } = await setup([makeWorkshop('w1'), makeWorkshop('w2')]);
    await saved.refresh();
    const file = await saved.backup();
    const envelope = JSON.parse(file.text) as { exportedAt: string; workshops: Workshop[] };
    expect(envelope.exportedAt).toBe(NOW.toISOString());
    expect(ids(envelope.workshops).sort()).toEqual(['w1', 'w2']);
    expect(readLastBackup('w1')).toBe(NOW.toISOString());
    expect(readLastBackup('w2')).toBe(NOW.toISOString());
  });
});

describe('restoreWorkshops', () => {
  const restored = (title: string) => `${title} (restored)`;

  it('stores workshops that are not here as they are, tells other tabs, and lists them', async () => {
    const { repository, saved, post } = await setup();
    const incoming = [makeWorkshop('b1'), makeWorkshop('b2')];
    for (const choice of ['keepBoth', 'replace'] as const) {
      await repository.clearAll();
      expect(await restoreWorkshops(saved, incoming, choice, restored)).toEqual({
        ok: true,
        value: incoming,
      });
      expect(ids((await repository.list()).workshops).sort()).toEqual(['b1', 'b2']);
    }
    expect(post).toHaveBeenCalledWith({ type: 'listChanged' });
    expect(ids(saved.workshops).sort()).toEqual(['b1', 'b2']);
  });

  it('keeps both: one already here stays, the backup goes beside it under a new id and title', async () => {
    const here = makeWorkshop('w1', { organisation: 'Aquí' });
    const { repository, saved } = await setup([here]);
    const incoming = makeWorkshop('w1', { organisation: 'Copia' });
    const result = await restoreWorkshops(saved, [incoming], 'keepBoth', restored);
    if (!result.ok) throw new Error(result.error);
    const [beside] = result.value;
    expect(beside?.id).not.toBe('w1');
    expect(beside).toEqual({ ...incoming, id: beside?.id, title: 'Copia — Soporte (restored)' });
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: here });
    expect(await repository.load(beside?.id ?? '')).toEqual({ ok: true, workshop: beside });
    expect(saved.workshops).toHaveLength(2);
  });

  it('caps the title of the copy kept beside at LIMITS.title', async () => {
    const here = makeWorkshop('w1');
    const { saved } = await setup([here]);
    const long = (title: string) => title + 'x'.repeat(LIMITS.title);
    const result = await restoreWorkshops(saved, [here], 'keepBoth', long);
    expect(result.ok && result.value[0]?.title).toHaveLength(LIMITS.title);
  });

  it('replaces one already here, under its lock', async () => {
    const locks = fakeLocks();
    const here = makeWorkshop('w1', { organisation: 'Aquí' });
    const { repository, saved } = await setup([here]);
    const incoming = makeWorkshop('w1', { organisation: 'Copia' });
    const heldWhileSaving: boolean[] = [];
    const save = repository.save.bind(repository);
    vi.spyOn(repository, 'save').mockImplementation((workshop, options) => {
      heldWhileSaving.push(locks.held.has(lockName('w1')));
      return save(workshop, options);
    });
    expect(await restoreWorkshops(saved, [incoming], 'replace', restored)).toEqual({
      ok: true,
      value: [incoming],
    });
    expect(heldWhileSaving).toEqual([true]);
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: incoming });
    expect(saved.workshops).toHaveLength(1);
  });

  it('does not replace one another tab is editing (busy), and stops there', async () => {
    const locks = fakeLocks();
    const here = makeWorkshop('w1', { organisation: 'Aquí' });
    const { repository, saved, post } = await setup([here]);
    locks.open.add(lockName('w1'));
    const incoming = [makeWorkshop('w1', { organisation: 'Copia' }), makeWorkshop('w2')];
    expect(await restoreWorkshops(saved, incoming, 'replace', restored)).toEqual({
      ok: false,
      error: 'busy',
    });
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: here });
    expect((await repository.load('w2')).ok).toBe(false);
    // The list is refreshed all the same.
    expect(post).toHaveBeenCalledWith({ type: 'listChanged' });
    expect(saved.loaded).toBe(true);
  });

  it('stops at the first write that fails, keeping what was stored before it', async () => {
    const { repository, saved, post } = await setup();
    const save = repository.save.bind(repository);
    vi.spyOn(repository, 'save').mockImplementation((workshop, options) =>
      workshop.id === 'b2' ? Promise.reject(quotaError()) : save(workshop, options),
    );
    const incoming = [makeWorkshop('b1'), makeWorkshop('b2'), makeWorkshop('b3')];
    expect(await restoreWorkshops(saved, incoming, 'keepBoth', restored)).toEqual({
      ok: false,
      error: 'quota',
    });
    expect(ids(saved.workshops)).toEqual(['b1']);
    expect(post).toHaveBeenCalledWith({ type: 'listChanged' });
  });

  it('finds which workshops are here already, readable or not', async () => {
    globalThis.indexedDB = new IDBFactory();
    const repository = new IdbRepository();
    await repository.save(makeWorkshop('good'));
    await set('bad', { app: 'someone-else' }, createStore(DATABASE_NAME, STORE_NAME));
    const saved = new SavedWorkshops(repository);
    const found = await existingIds(saved, [
      makeWorkshop('good'),
      makeWorkshop('bad'),
      makeWorkshop('new'),
    ]);
    expect([...found].sort()).toEqual(['bad', 'good']);
    expect(JSON.parse(await rawCopy(saved, 'bad'))).toEqual({ app: 'someone-else' });
  });
});

describe('deleteEverything', () => {
  it('deletes every workshop, tells other tabs they are wiped, and empties the list', async () => {
    const { repository, saved, post } = await setup([makeWorkshop('w1'), makeWorkshop('w2')]);
    await saved.refresh();
    expect(saved.workshops).toHaveLength(2);
    expect(await deleteEverything(saved)).toEqual({ ok: true, value: undefined });
    expect(post).toHaveBeenCalledWith({ type: 'wiped' });
    expect(post).not.toHaveBeenCalledWith({ type: 'listChanged' });
    expect(saved.workshops).toEqual([]);
    expect((await repository.list()).workshops).toEqual([]);
  });

  it('hands back the reason when it fails, and tells no one', async () => {
    const { repository, saved, post } = await setup([makeWorkshop('w1')]);
    vi.spyOn(repository, 'clearAll').mockRejectedValueOnce(
      new DOMException('gone', 'InvalidStateError'),
    );
    expect(await deleteEverything(saved)).toEqual({ ok: false, error: 'unavailable' });
    expect(post).not.toHaveBeenCalled();
    expect((await repository.list()).workshops).toHaveLength(1);
  });
});
