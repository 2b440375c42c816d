// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPromptAnswer } from '../../src/domain/answers';
import type { Workshop } from '../../src/domain/workshop';
import { clearJournal, replayJournal, writeJournal } from '../../src/persistence/journal';
import { CURRENT_SCHEMA_VERSION } from '../../src/persistence/migrations';
import { MemoryRepository } from '../../src/persistence/memory-repository';
import { fakeRepository, makeWorkshop } from '../fixtures/workshops';

/** Just enough of the Web Storage API for the journal, kept in memory. */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
}

const KEY = 'momentos:journal:';
const T1 = new Date('2026-03-05T10:00:00.000Z');
const T2 = new Date('2026-03-05T10:05:00.000Z');
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The same workshop at an earlier and a later moment. */
function versions(): { older: Workshop; newer: Workshop } {
  const older = setPromptAnswer(makeWorkshop('w1'), 'customers.who', 'Vecinos', T1);
  return { older, newer: setPromptAnswer(older, 'customers.who', 'Vecinos y empresas', T2) };
}

describe('writeJournal', () => {
  it('writes the workshop synchronously under its id, in the stored envelope', () => {
    const { newer } = versions();
    expect(writeJournal(newer, T2)).toBe(true);
    expect(JSON.parse(storage.getItem(`${KEY}w1`) ?? 'null')).toMatchObject({
      app: 'momentos',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      data: { id: 'w1', prompts: { 'customers.who': 'Vecinos y empresas' } },
    });
  });

  it('reports false when storage is full', () => {
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeJournal(makeWorkshop('w1'), T1)).toBe(false);
  });

  it('reports false when there is no localStorage', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(writeJournal(makeWorkshop('w1'), T1)).toBe(false);
  });
});

describe('clearJournal', () => {
  it('removes only that workshop', () => {
    writeJournal(makeWorkshop('w1'), T1);
    writeJournal(makeWorkshop('w2'), T1);
    clearJournal('w1');
    expect(storage.getItem(`${KEY}w1`)).toBeNull();
    expect(storage.getItem(`${KEY}w2`)).not.toBeNull();
  });
});

describe('replayJournal', () => {
  it('saves a journaled workshop that is newer than the stored one and clears the entry', async () => {
    const { older, newer } = versions();
    const repository = new MemoryRepository();
    await repository.save(older);
    writeJournal(newer, T2);

    expect(await replayJournal(repository)).toBe(1);
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: newer });
    expect(storage.getItem(`${KEY}w1`)).toBeNull();
  });

  it('does not bring back a workshop that is no longer stored (it was deleted)', async () => {
    const repository = new MemoryRepository();
    writeJournal(versions().newer, T2);
    expect(await replayJournal(repository)).toBe(0);
    expect((await repository.list()).workshops).toEqual([]);
    expect(storage.getItem(`${KEY}w1`)).toBeNull();
  });

  it('keeps the stored workshop when it is newer, and clears the stale entry', async () => {
    const { older, newer } = versions();
    const repository = new MemoryRepository();
    await repository.save(newer);
    writeJournal(older, T1);

    expect(await replayJournal(repository)).toBe(0);
    expect(await repository.load('w1')).toEqual({ ok: true, workshop: newer });
    expect(storage.getItem(`${KEY}w1`)).toBeNull();
  });

  it('keeps the entry when saving it fails, for the next start', async () => {
    const { repository, saveIfNewer } = fakeRepository();
    saveIfNewer.mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    writeJournal(versions().newer, T2);

    expect(await replayJournal(repository)).toBe(0);
    expect(saveIfNewer).toHaveBeenCalledTimes(1);
    expect(storage.getItem(`${KEY}w1`)).not.toBeNull();
  });

  it('skips entries it cannot read and leaves other keys alone', async () => {
    const repository = new MemoryRepository();
    await repository.save(versions().older);
    storage.setItem(`${KEY}broken`, '{not json');
    storage.setItem(`${KEY}other-id`, JSON.stringify({ app: 'momentos' }));
    storage.setItem('momentos:locale', 'en');
    writeJournal(versions().newer, T2);
    // An entry filed under another workshop's id is not trusted.
    storage.setItem(`${KEY}w9`, storage.getItem(`${KEY}w1`) ?? '');

    expect(await replayJournal(repository)).toBe(1);
    expect((await repository.list()).workshops.map((w) => w.id)).toEqual(['w1']);
    expect(storage.getItem('momentos:locale')).toBe('en');
  });

  it('does nothing without localStorage', async () => {
    vi.stubGlobal('localStorage', undefined);
    expect(await replayJournal(new MemoryRepository())).toBe(0);
  });
});
