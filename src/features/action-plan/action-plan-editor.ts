// Edits of the action plan on the open workshop (see domain/action-plan.ts).
import * as plan from '../../domain/action-plan';
import type { Action } from '../../domain/actions';
import { WorkshopEditor } from '../../state/workshop-editor';

export class ActionPlanEditor extends WorkshopEditor {
  get actions(): readonly Action[] {
    return this.workshop.actions;
  }

  add(input: plan.ActionInput) {
    return this.commit(plan.addAction(this.workshop, input, this.newId(), this.now()));
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
    this.store.apply(plan.updateAction(this.workshop, id, patch, this.now()));
  }

  move(id: string, delta: number): void {
    this.store.apply(plan.moveAction(this.workshop, id, delta, this.now()));
  }

  remove(id: string): plan.RemovedAction | null {
    return this.removeWith(plan.removeAction(this.workshop, id, this.now()));
  }

  /** False when the action could not come back (the plan filled up in the meantime). */
  undoRemoval(removed: plan.RemovedAction): boolean {
    const restored = plan.restoreAction(this.workshop, removed, this.now());
    return this.restoreWith('actions', removed.item.id, restored);
  }
}
