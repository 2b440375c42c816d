// The open workshop: its state, derived completion, and debounced autosave with a synchronous flush on page hide.
import type { AreaId, Rating } from '../domain/question-bank';
import * as model from '../domain/workshop';
import type { StepId, Workshop } from '../domain/workshop';
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
}

export class WorkshopStore {
  workshop = $state.raw<Workshop>() as Workshop;
  readonly status: SaveStatus;
  readonly overall = $derived(model.overallCompletion(this.workshop));

  readonly #repository: WorkshopRepository;
  readonly #now: () => Date;
  readonly #delayMs: number;
  readonly #journal: NonNullable<StoreDeps['journal']>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  /** Counts changes; a write knows which version it holds, so an older write never claims "saved". */
  #version = 0;
  #newestQueued = 0;
  #writing: Promise<void> = Promise.resolve();

  constructor(workshop: Workshop, deps: StoreDeps) {
    this.workshop = workshop;
    this.#repository = deps.repository;
    this.status = deps.status ?? new SaveStatus();
    this.#now = deps.now ?? systemClock;
    this.#delayMs = deps.delayMs ?? AUTOSAVE_DELAY_MS;
    this.#journal = deps.journal ?? { write: writeJournal, clear: clearJournal };
  }

  areaCompletion(areaId: AreaId): model.Completion {
    return model.areaCompletion(this.workshop, areaId);
  }

  setRating(statementId: string, rating: Rating | null): void {
    this.#change(model.setRating(this.workshop, statementId, rating, this.#now()));
  }

  setPrompt(promptId: string, text: string): void {
    this.#change(model.setPromptAnswer(this.workshop, promptId, text, this.#now()));
  }

  setStep(step: StepId): void {
    const next = model.setLastStep(this.workshop, step);
    if (next !== this.workshop) this.#change(next);
  }

  /**
   * Applies an edit made by a pure domain function (e.g. domain/inventory.ts through
   * InventoryEditor) and autosaves it; the same object back means nothing changed.
   */
  apply(next: Workshop): void {
    if (next !== this.workshop) this.#change(next);
  }

  get hasPendingChanges(): boolean {
    return this.#dirty;
  }

  #change(next: Workshop): void {
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
      await this.#repository.save(snapshot);
      // Only the write holding the latest change may clear the journal and say "saved".
      if (version === this.#version) {
        this.#journal.clear(snapshot.id);
        this.status.saved(this.#now());
      }
    } catch (error) {
      // A newer queued write also holds these changes and will report for itself.
      if (version === this.#newestQueued) {
        this.#dirty = true;
        this.status.failed(classifyStorageError(error));
      }
    }
  }

  /**
   * Called on visibilitychange -> hidden and pagehide: the async write may not finish before the page
   * is gone, so the pending state goes to the synchronous journal too, and is replayed at start-up.
   */
  flushOnHide(): void {
    if (!this.#dirty) return;
    this.#journal.write($state.snapshot(this.workshop), this.#now());
    void this.flush();
  }
}
