// Workshops kept in memory, for browsers that give no storage: the app keeps working, nothing
// outlives the tab. Writes are checked exactly as IndexedDB writes are.
import type { Workshop } from '../domain/workshop';
import {
  checkExpected,
  type LoadResult,
  type SaveOptions,
  type WorkshopList,
  type WorkshopRepository,
} from './repository';
import { assertWritable } from './schema';
import { hasTeamParts, loadTeamSchemas } from './lazy-parts';

export class MemoryRepository implements WorkshopRepository {
  readonly kind = 'memory';
  readonly #items = new Map<string, Workshop>();

  list(): Promise<WorkshopList> {
    return Promise.resolve({
      workshops: [...this.#items.values()].map((w) => structuredClone(w)),
      unreadable: [],
    });
  }

  load(id: string): Promise<LoadResult> {
    const found = this.#items.get(id);
    return Promise.resolve(
      found
        ? { ok: true, workshop: structuredClone(found) }
        : { ok: false, reason: 'missing', problems: [] },
    );
  }

  async save(workshop: Workshop, options: SaveOptions = {}): Promise<void> {
    if (hasTeamParts(workshop)) await loadTeamSchemas();
    assertWritable(workshop);
    const stored = this.#items.get(workshop.id);
    checkExpected(stored && { data: stored }, workshop, options);
    this.#items.set(workshop.id, structuredClone(workshop));
    return Promise.resolve();
  }

  saveIfNewer(workshop: Workshop): Promise<boolean> {
    const stored = this.#items.get(workshop.id);
    if (!stored || stored.updatedAt >= workshop.updatedAt) return Promise.resolve(false);
    return this.save(workshop).then(() => true);
  }

  remove(key: IDBValidKey): Promise<void> {
    if (typeof key === 'string') this.#items.delete(key);
    return Promise.resolve();
  }

  raw(key: IDBValidKey): Promise<unknown> {
    return Promise.resolve(typeof key === 'string' ? this.#items.get(key) : undefined);
  }

  clearAll(): Promise<void> {
    this.#items.clear();
    return Promise.resolve();
  }
}
