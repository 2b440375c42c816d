// Stored workshops: IndexedDB through idb-keyval, or memory when this device cannot store them.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Workshop } from '../domain/workshop';
import { readWorkshop, wrapWorkshop } from './schema';
import { isStaleConnection } from './storage-errors';

export const DATABASE_NAME = 'momentos-cx-workshops';
export const STORE_NAME = 'workshops';

export interface WorkshopList {
  workshops: Workshop[];
  /** Records that could not be read; they are left untouched in storage. */
  unreadable: number;
}

export interface WorkshopRepository {
  readonly kind: 'indexeddb' | 'memory';
  list(): Promise<WorkshopList>;
  load(id: string): Promise<Workshop | null>;
  save(workshop: Workshop): Promise<void>;
  remove(id: string): Promise<void>;
}

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
    const workshops: Workshop[] = [];
    let unreadable = 0;
    for (const [, value] of all) {
      const result = readWorkshop(value);
      if (result.ok) workshops.push(result.workshop);
      else unreadable++;
    }
    return { workshops, unreadable };
  }

  async load(id: string): Promise<Workshop | null> {
    const value: unknown = await this.#run((store) => get(id, store));
    if (value === undefined) return null;
    const result = readWorkshop(value);
    return result.ok ? result.workshop : null;
  }

  save(workshop: Workshop): Promise<void> {
    const envelope = wrapWorkshop(workshop, this.#now());
    return this.#run((store) => set(workshop.id, envelope, store));
  }

  remove(id: string): Promise<void> {
    return this.#run((store) => del(id, store));
  }
}

/** Used when IndexedDB is missing or broken: the app keeps working, nothing outlives the tab. */
export class MemoryRepository implements WorkshopRepository {
  readonly kind = 'memory';
  readonly #items = new Map<string, Workshop>();

  list(): Promise<WorkshopList> {
    return Promise.resolve({
      workshops: [...this.#items.values()].map((w) => structuredClone(w)),
      unreadable: 0,
    });
  }

  load(id: string): Promise<Workshop | null> {
    const found = this.#items.get(id);
    return Promise.resolve(found ? structuredClone(found) : null);
  }

  save(workshop: Workshop): Promise<void> {
    this.#items.set(workshop.id, structuredClone(workshop));
    return Promise.resolve();
  }

  remove(id: string): Promise<void> {
    this.#items.delete(id);
    return Promise.resolve();
  }
}

const PROBE_TIMEOUT_MS = 3000;

/** Opens IndexedDB and proves it answers; falls back to memory if it does not. */
export async function openRepository(deps: IdbDeps = {}): Promise<WorkshopRepository> {
  if (typeof indexedDB === 'undefined') return new MemoryRepository();
  try {
    const repository = new IdbRepository(deps);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([repository.load('__probe__'), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return repository;
  } catch {
    return new MemoryRepository();
  }
}
