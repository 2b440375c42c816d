// Edits of the action plan on the open workshop (see domain/actions.ts), loaded with the results screen.
import * as plan from '../domain/action-plan';
import type { Action } from '../domain/actions';
import { systemClock } from './clock';
import { newId } from './ids';
import type { WorkshopStore } from './workshop-store.svelte';

export class ActionPlanEditor {
  readonly #store: WorkshopStore;
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor(store: WorkshopStore, deps: { now?: () => Date; newId?: () => string } = {}) {
    this.#store = store;
    this.#now = deps.now ?? systemClock;
    this.#newId = deps.newId ?? newId;
  }

  get actions(): readonly Action[] {
    return this.#store.workshop.actions;
  }

  add(input: plan.ActionInput): plan.ActionResult {
    const result = plan.addAction(this.#store.workshop, input, this.#newId(), this.#now());
    if (result.ok) this.#store.apply(result.workshop);
    return result;
  }

  /** Adds several drafted actions at once; stops at the limit and says how many went in. */
  addAll(inputs: readonly plan.ActionInput[]): number {
    let added = 0;
    for (const input of inputs) {
      if (!this.add(input).ok) break;
      added++;
    }
    return added;
  }

  update(id: string, patch: plan.ActionPatch): void {
    this.#store.apply(plan.updateAction(this.#store.workshop, id, patch, this.#now()));
  }

  move(id: string, delta: number): void {
    this.#store.apply(plan.moveAction(this.#store.workshop, id, delta, this.#now()));
  }

  remove(id: string): plan.RemovedAction | null {
    const { workshop, removed } = plan.removeAction(this.#store.workshop, id, this.#now());
    this.#store.apply(workshop);
    return removed;
  }

  /** False when the action could not come back (the plan filled up in the meantime). */
  undoRemoval(removed: plan.RemovedAction): boolean {
    this.#store.apply(plan.restoreAction(this.#store.workshop, removed, this.#now()));
    return this.#store.workshop.actions.some((a) => a.id === removed.action.id);
  }
}
