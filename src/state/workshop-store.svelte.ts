// The open workshop: its state, derived completion, and debounced autosave with a synchronous flush on page hide.
import type { AreaId, Rating } from '../domain/question-bank';
import * as answers from '../domain/answers';
import * as model from '../domain/workshop';
import type { Workshop } from '../domain/workshop';
import { clearJournal, writeJournal } from '../persistence/journal';
import type { WorkshopRepository } from '../persistence/repository';
import { classifyStorageError } from '../persistence/storage-errors';
import { systemClock } from './clock';
import { SaveStatus } from './save-status.svelte';

export const AUTOSAVE_DELAY_MS = 250;

export interface StoreDeps {
  repository: WorkshopRepository;
  status?: SaveStatus;
  now?: () => Date;
  delayMs?: number;
  journal?: { write: (w: Workshop, now: Date) => boolean; clear: (id: string) => void };
  /** Called after each write that stored the newest change. */
  onsaved?: (workshop: Workshop) => void;
}

export class WorkshopStore {
  workshop = $state.raw<Workshop>() as Workshop;
  readonly status: SaveStatus;
  readonly overall = $derived(model.overallCompletion(this.workshop));
  /** Another tab edits this workshop (or it changed under this one): edits are not taken here. */
  readOnly = $state(false);

  readonly #repository: WorkshopRepository;
  readonly #now: () => Date;
  readonly #delayMs: number;
  readonly #journal: NonNullable<StoreDeps['journal']>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  /** Counts changes; a write knows which version it holds, so an older write never claims "saved". */
  #version = 0;
  #newestQueued = 0;
  /** The newest version a write has confirmed stored. */
  #stored = 0;
  #writing: Promise<void> = Promise.resolve();
  /** `updatedAt` of the stored copy this tab's state was built on: a write over any other is refused. */
  #base: string;
  readonly #onsaved: (workshop: Workshop) => void;

  constructor(workshop: Workshop, deps: StoreDeps) {
    this.workshop = workshop;
    this.#repository = deps.repository;
    this.status = deps.status ?? new SaveStatus();
    this.#now = deps.now ?? systemClock;
    this.#delayMs = deps.delayMs ?? AUTOSAVE_DELAY_MS;
    this.#journal = deps.journal ?? { write: writeJournal, clear: clearJournal };
    this.#onsaved = deps.onsaved ?? (() => {});
    this.#base = workshop.updatedAt;
  }

  /** Shows the stored copy another tab saved (only while nothing here is waiting to be saved). */
  replace(workshop: Workshop): void {
    if (this.#dirty || workshop.id !== this.workshop.id) return;
    this.workshop = workshop;
    this.#base = workshop.updatedAt;
  }

  areaCompletion(areaId: AreaId): model.Completion {
    return model.areaCompletion(this.workshop, areaId);
  }

  setRating(statementId: string, rating: Rating | null): void {
    this.#change(answers.setRating(this.workshop, statementId, rating, this.#now()));
  }

  setComment(statementId: string, text: string): void {
    this.#change(answers.setComment(this.workshop, statementId, text, this.#now()));
  }

  setPrompt(promptId: string, text: string): void {
    this.#change(answers.setPromptAnswer(this.workshop, promptId, text, this.#now()));
  }

  /**
   * Applies an edit made by a pure domain function (e.g. domain/moment-edits.ts through
   * MomentsEditor) and autosaves it; the same object back means nothing changed.
   */
  apply(next: Workshop): void {
    if (next !== this.workshop) this.#change(next);
  }

  /** Forgets what is waiting to be saved (everything was deleted on purpose, e.g. in another tab). */
  discard(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#dirty = false;
  }

  get hasPendingChanges(): boolean {
    return this.#dirty;
  }

  #change(next: Workshop): void {
    if (this.readOnly) return;
    this.workshop = next;
    this.#version++;
    this.#dirty = true;
    this.status.saving();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
  }

  /** Writes any pending change now and resolves once it is stored (or has failed). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#dirty) return this.#writing;
    this.#dirty = false;
    const snapshot = $state.snapshot(this.workshop);
    const version = this.#version;
    this.#newestQueued = version;
    this.#writing = this.#writing.then(() => this.#write(snapshot, version));
    return this.#writing;
  }

  async #write(snapshot: Workshop, version: number): Promise<void> {
    try {
      await this.#repository.save(snapshot, { expected: this.#base });
      this.#base = snapshot.updatedAt;
      this.#stored = Math.max(this.#stored, version);
      // Only the write holding the latest change may clear the journal and say "saved".
      if (version === this.#version) {
        this.#journal.clear(snapshot.id);
        this.status.saved(this.#now());
        this.#onsaved(snapshot);
      }
    } catch (error) {
      const reason = classifyStorageError(error);
      // Changed or deleted elsewhere: never write over it; this tab stops taking edits.
      if (reason === 'conflict') this.readOnly = true;
      // A newer queued write also holds these changes and will report for itself.
      if (version === this.#newestQueued) {
        this.#dirty = reason !== 'conflict';
        this.status.failed(reason);
      }
    }
  }

  /**
   * Called on visibilitychange -> hidden and pagehide: the async write may not finish before the page
   * is gone, so the pending state goes to the synchronous journal too, and is replayed at start-up.
   */
  flushOnHide(): void {
    // A write already on its way may still be lost with the page (IndexedDB aborts what an unloading
    // page has not committed): until one is confirmed, the change goes to the journal too.
    if (!this.#dirty && this.#stored === this.#version) return;
    this.#journal.write($state.snapshot(this.workshop), this.#now());
    void this.flush();
  }
}
