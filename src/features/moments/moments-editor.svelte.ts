// Edits of the moments-of-truth map on the open workshop, and its most critical moments kept up to date.
import * as edits from '../../domain/moment-edits';
import { criticalMoments } from '../../domain/moment-gaps';
import { WorkshopEditor } from '../../state/workshop-editor';

export class MomentsEditor extends WorkshopEditor {
  // The map itself, as its own derived: a change elsewhere in the workshop (a keystroke in a
  // reflection) gives the same array, so the ranking below is not redone for it.
  readonly #moments = $derived(this.store.workshop.moments);

  /** The most critical moments of the open workshop, kept up to date. */
  readonly critical = $derived.by(() => criticalMoments(this.#moments));

  add(input: edits.MomentInput) {
    return this.commit(edits.addMoment(this.workshop, input, this.newId(), this.now()));
  }

  update(id: string, patch: edits.MomentPatch): void {
    this.store.apply(edits.updateMoment(this.workshop, id, patch, this.now()));
  }

  duplicate(id: string, name: string) {
    return this.commit(edits.duplicateMoment(this.workshop, id, this.newId(), name, this.now()));
  }

  /** Removes a moment and returns what undoRemoval needs to put it back. */
  remove(id: string): edits.RemovedMoment | null {
    return this.removeWith(edits.removeMoment(this.workshop, id, this.now()));
  }

  /** False when the moment could not come back (the map filled up in the meantime). */
  undoRemoval(removed: edits.RemovedMoment): boolean {
    const restored = edits.restoreMoment(this.workshop, removed, this.now());
    return this.restoreWith('moments', removed.item.id, restored);
  }
}
