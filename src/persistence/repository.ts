// Stored workshops: IndexedDB through idb-keyval, or memory when this device cannot store them. Every
// write is checked against the same schema the reader uses, and runs in one transaction with its check.
import { clear, createStore, del, entries, get, update, type UseStore } from 'idb-keyval';
import type { Workshop } from '../domain/workshop';
import { clearAllJournals, clearJournal } from './journal';
import { forgetAllWorkshops, forgetWorkshop } from './preferences';
import type { Problem } from './problems';
import { readWorkshop, type ReadFailure } from './read-workshop';
import { assertWritable, wrapWorkshop } from './schema';
import { hasTeamParts, loadTeamSchemas, readyFor } from './lazy-parts';
import { conflictError, isStaleConnection } from './storage-errors';

export const DATABASE_NAME = 'momentos-cx-workshops';
export const STORE_NAME = 'workshops';

/** A stored record the reader refuses: listed with the reason, left untouched. */
export interface UnreadableRecord {
  key: IDBValidKey;
  /** The key as a person can read it. */
  name: string;
  reason: ReadFailure;
  problems: Problem[];
}

export interface WorkshopList {
  workshops: Workshop[];
  unreadable: UnreadableRecord[];
}

export type LoadResult =
  | { ok: true; workshop: Workshop }
  | { ok: false; reason: 'missing' | ReadFailure; problems: Problem[] };

export interface SaveOptions {
  /**
   * The `updatedAt` of the copy this change was made on. The write is refused (ConflictError) if the
   * stored record is neither that copy nor this one: someone else changed or deleted it meanwhile.
   */
  expected?: string;
}

export interface WorkshopRepository {
  readonly kind: 'indexeddb' | 'memory';
  list(): Promise<WorkshopList>;
  load(id: string): Promise<LoadResult>;
  save(workshop: Workshop, options?: SaveOptions): Promise<void>;
  /** Writes `workshop` only if a record with its id exists and is older; says whether it wrote. */
  saveIfNewer(workshop: Workshop): Promise<boolean>;
  /** Deletes a workshop and everything this device keeps about it. */
  remove(key: IDBValidKey): Promise<void>;
  /** The record exactly as stored (to give a person a copy of one that cannot be read). */
  raw(key: IDBValidKey): Promise<unknown>;
  /** Deletes every workshop and note on this device (the language choice stays). */
  clearAll(): Promise<void>;
}

function storedUpdatedAt(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return undefined;
  const data = (record as { data?: unknown }).data;
  return typeof data === 'object' && data !== null
    ? (data as { updatedAt?: unknown }).updatedAt
    : undefined;
}

export function checkExpected(stored: unknown, workshop: Workshop, options: SaveOptions): void {
  if (options.expected === undefined) return;
  const at = storedUpdatedAt(stored);
  if (at !== options.expected && at !== workshop.updatedAt) throw conflictError();
}

const keyName = (key: IDBValidKey) => (typeof key === 'string' ? key : undefined);

/** A key that is not a string (a number, a date, binary) written so a person can tell it apart. */
function keyText(key: IDBValidKey): string {
  if (typeof key === 'number') return String(key);
  if (key instanceof Date) return key.toISOString();
  if (Array.isArray(key)) return `[${key.map(keyText).join(', ')}]`;
  return `(${typeof key})`;
}

class Skip extends Error {}

export interface IdbDeps {
  makeStore?: () => UseStore;
  now?: () => Date;
}

export class IdbRepository implements WorkshopRepository {
  readonly kind = 'indexeddb';
  #store: UseStore;
  readonly #makeStore: () => UseStore;
  readonly #now: () => Date;

  constructor(deps: IdbDeps = {}) {
    this.#makeStore = deps.makeStore ?? (() => createStore(DATABASE_NAME, STORE_NAME));
    this.#now = deps.now ?? (() => new Date());
    this.#store = this.#makeStore();
  }

  /** Runs an operation; on a dropped connection, opens a new one and tries once more. */
  async #run<T>(operation: (store: UseStore) => Promise<T>): Promise<T> {
    try {
      return await operation(this.#store);
    } catch (error) {
      if (!isStaleConnection(error)) throw error;
      this.#store = this.#makeStore();
      return operation(this.#store);
    }
  }

  async list(): Promise<WorkshopList> {
    const all = await this.#run((store) => entries(store));
    await readyFor(all.map(([, value]): unknown => value));
    const workshops: Workshop[] = [];
    const unreadable: UnreadableRecord[] = [];
    for (const [key, value] of all) {
      const name = keyName(key);
      const result = name === undefined ? null : readWorkshop(value, name);
      if (result?.ok) workshops.push(result.workshop);
      else
        unreadable.push({
          key,
          name: name ?? keyText(key),
          reason: result?.reason ?? 'invalid',
          problems: result?.problems ?? [],
        });
    }
    return { workshops, unreadable };
  }

  async load(id: string): Promise<LoadResult> {
    const value: unknown = await this.#run((store) => get(id, store));
    if (value === undefined) return { ok: false, reason: 'missing', problems: [] };
    await readyFor([value]);
    return readWorkshop(value, id);
  }

  async save(workshop: Workshop, options: SaveOptions = {}): Promise<void> {
    if (hasTeamParts(workshop)) await loadTeamSchemas();
    assertWritable(workshop);
    const envelope = wrapWorkshop(workshop, this.#now());
    await this.#run((store) =>
      update(
        workshop.id,
        (stored) => {
          checkExpected(stored, workshop, options);
          return envelope;
        },
        store,
      ),
    );
  }

  async saveIfNewer(workshop: Workshop): Promise<boolean> {
    if (hasTeamParts(workshop)) await loadTeamSchemas();
    assertWritable(workshop);
    const envelope = wrapWorkshop(workshop, this.#now());
    try {
      await this.#run((store) =>
        update(
          workshop.id,
          (stored) => {
            const at = storedUpdatedAt(stored);
            // A record that is gone was deleted: a late copy must not bring it back.
            if (typeof at !== 'string' || at >= workshop.updatedAt) throw new Skip();
            return envelope;
          },
          store,
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof Skip) return false;
      throw error;
    }
  }

  async remove(key: IDBValidKey): Promise<void> {
    await this.#run((store) => del(key, store));
    const name = keyName(key);
    if (name !== undefined) {
      clearJournal(name);
      forgetWorkshop(name);
    }
  }

  raw(key: IDBValidKey): Promise<unknown> {
    return this.#run((store) => get(key, store));
  }

  async clearAll(): Promise<void> {
    await this.#run((store) => clear(store));
    clearAllJournals();
    forgetAllWorkshops();
  }
}

const PROBE_TIMEOUT_MS = 3000;

/**
 * Opens IndexedDB and proves it answers; falls back to memory if it does not. Reading
 * `window.indexedDB` itself may throw (storage blocked in Firefox), so that is inside the guard too.
 */
export async function openRepository(deps: IdbDeps = {}): Promise<WorkshopRepository> {
  try {
    if (typeof indexedDB === 'undefined' || !indexedDB) return await memory();
    const repository = new IdbRepository(deps);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([repository.raw('__probe__'), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return repository;
  } catch {
    return memory();
  }
}

/** The stand-in for a browser without storage: rare, so it loads only when needed. */
async function memory(): Promise<WorkshopRepository> {
  const { MemoryRepository } = await import('./memory-repository');
  return new MemoryRepository();
}
