// What every editor of the open workshop's lists shares: the store it edits, the clock and the id
// maker (both injectable for tests), and the one way an edit is applied and autosaved.
import type { EditResult, ListName, Removed } from '../domain/list-edit';
import { hasItem } from '../domain/list-edit';
import type { Workshop } from '../domain/workshop';
import { systemClock } from './clock';
import { newId } from './ids';
import type { WorkshopStore } from './workshop-store.svelte';

export interface EditorDeps {
  now?: () => Date;
  newId?: () => string;
}

export abstract class WorkshopEditor {
  protected readonly store: WorkshopStore;
  protected readonly now: () => Date;
  protected readonly newId: () => string;

  constructor(store: WorkshopStore, deps: EditorDeps = {}) {
    this.store = store;
    this.now = deps.now ?? systemClock;
    this.newId = deps.newId ?? newId;
  }

  /** The workshop as it is now (reactive: it is the store's). */
  get workshop(): Workshop {
    return this.store.workshop;
  }

  /** Applies an accepted edit; a refused one changes nothing and is handed back for its reason. */
  protected commit<R extends EditResult<string>>(result: R): R {
    if (result.ok) this.store.apply(result.workshop);
    return result;
  }

  /** Applies a removal and hands back what Undo needs (null when there was nothing to remove). */
  protected removeWith<T>(edit: {
    workshop: Workshop;
    removed: Removed<T> | null;
  }): Removed<T> | null {
    this.store.apply(edit.workshop);
    return edit.removed;
  }

  /** Applies an Undo; false when the item could not come back (its list filled up meanwhile). */
  protected restoreWith(list: ListName, id: string, restored: Workshop): boolean {
    this.store.apply(restored);
    return hasItem(this.workshop, list, id);
  }
}
