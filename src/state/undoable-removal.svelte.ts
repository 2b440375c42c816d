// The one "deleted — Undo" behaviour of every list: the last change said out loud, Undo offered after
// a removal, and focus kept where the keyboard needs it (on Undo once the item's buttons are gone,
// back on the list's heading after Undo).
import { tick } from 'svelte';

export interface UndoTexts<T> {
  /** Said after Undo put the item back. */
  restored: (item: T) => string;
  /** Said when it could not come back (its list filled up in the meantime). */
  refused: () => string;
}

export class UndoableRemoval<T> {
  /** What the live region says now. */
  message = $state('');
  /** The Undo button while it is shown (bound by the view). */
  undoButton = $state<HTMLButtonElement | undefined>();
  #removed = $state.raw<{ item: T; restore: () => boolean } | null>(null);
  readonly #texts: UndoTexts<T>;
  readonly #heading: () => HTMLElement | undefined;

  /** `heading`: where focus goes when Undo is not there (and after Undo). */
  constructor(texts: UndoTexts<T>, heading: () => HTMLElement | undefined) {
    this.#texts = texts;
    this.#heading = heading;
  }

  get canUndo(): boolean {
    return this.#removed !== null;
  }

  /** Any other change: says it, and what was removed before can no longer be undone. */
  say(message: string): void {
    this.#removed = null;
    this.message = message;
  }

  /** An item was removed: says so, offers Undo (`restore` puts it back) and moves focus to Undo. */
  async removed(item: T | null, message: string, restore: () => boolean): Promise<void> {
    this.#removed = item === null ? null : { item, restore };
    this.message = message;
    await tick();
    (this.undoButton ?? this.#heading())?.focus();
  }

  undo(): void {
    const removed = this.#removed;
    if (!removed) return;
    this.#removed = null;
    this.message = removed.restore() ? this.#texts.restored(removed.item) : this.#texts.refused();
    this.#heading()?.focus();
  }
}
