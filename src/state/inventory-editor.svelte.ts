// Edits of the customer types and the moments-of-truth map on the open workshop. Kept apart from
// WorkshopStore so this code (and domain/inventory.ts) loads with the walk-through, not the home page.
import * as inventory from '../domain/inventory';
import { criticalMoments } from '../domain/moment-gaps';
import { systemClock } from './clock';
import { newId } from './ids';
import type { WorkshopStore } from './workshop-store.svelte';

export class InventoryEditor {
  readonly #store: WorkshopStore;
  readonly #now: () => Date;
  readonly #newId: () => string;
  /** The most critical moments of the open workshop, kept up to date. */
  readonly critical = $derived.by(() => criticalMoments(this.#store.workshop.moments));

  constructor(store: WorkshopStore, deps: { now?: () => Date; newId?: () => string } = {}) {
    this.#store = store;
    this.#now = deps.now ?? systemClock;
    this.#newId = deps.newId ?? newId;
  }

  get #workshop() {
    return this.#store.workshop;
  }

  addCustomerType(input: inventory.CustomerTypeInput): inventory.InventoryResult {
    return this.#result(
      inventory.addCustomerType(this.#workshop, input, this.#newId(), this.#now()),
    );
  }

  updateCustomerType(id: string, patch: inventory.CustomerTypePatch): void {
    this.#store.apply(inventory.updateCustomerType(this.#workshop, id, patch, this.#now()));
  }

  moveCustomerType(id: string, delta: number): void {
    this.#store.apply(inventory.moveCustomerType(this.#workshop, id, delta, this.#now()));
  }

  removeCustomerType(id: string, outcome: inventory.OrphanOutcome): void {
    this.#store.apply(inventory.removeCustomerType(this.#workshop, id, outcome, this.#now()));
  }

  addMoment(input: inventory.MomentInput): inventory.InventoryResult {
    return this.#result(inventory.addMoment(this.#workshop, input, this.#newId(), this.#now()));
  }

  updateMoment(id: string, patch: inventory.MomentPatch): void {
    this.#store.apply(inventory.updateMoment(this.#workshop, id, patch, this.#now()));
  }

  duplicateMoment(id: string, name: string): inventory.InventoryResult {
    return this.#result(
      inventory.duplicateMoment(this.#workshop, id, this.#newId(), name, this.#now()),
    );
  }

  /** Removes a moment and returns what undoMomentRemoval needs to put it back. */
  removeMoment(id: string): inventory.RemovedMoment | null {
    const { workshop, removed } = inventory.removeMoment(this.#workshop, id, this.#now());
    this.#store.apply(workshop);
    return removed;
  }

  /** False when the moment could not come back (the map filled up in the meantime). */
  undoMomentRemoval(removed: inventory.RemovedMoment): boolean {
    this.#store.apply(inventory.restoreMoment(this.#workshop, removed, this.#now()));
    return this.#workshop.moments.some((m) => m.id === removed.moment.id);
  }

  #result(result: inventory.InventoryResult): inventory.InventoryResult {
    if (result.ok) this.#store.apply(result.workshop);
    return result;
  }
}
