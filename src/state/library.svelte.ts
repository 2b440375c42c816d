// The list of saved workshops on the home screen, and the actions on them.
import * as model from '../domain/workshop';
import type { NewWorkshopInput, Workshop } from '../domain/workshop';
import type { WorkshopRepository } from '../persistence/repository';
import { classifyStorageError, type StorageErrorReason } from '../persistence/storage-errors';
import { systemClock, type Clock } from './clock';
import { newId } from './ids';

export type ActionResult<T = void> =
  | { ok: true; value: T }
  | { ok: false; error: 'organisationRequired' | 'titleRequired' | StorageErrorReason };

export class Library {
  workshops = $state.raw<Workshop[]>([]);
  unreadable = $state(0);
  loaded = $state(false);
  readonly #repository: WorkshopRepository;
  readonly #now: Clock;

  constructor(repository: WorkshopRepository, now: Clock = systemClock) {
    this.#repository = repository;
    this.#now = now;
  }

  async refresh(): Promise<void> {
    const { workshops, unreadable } = await this.#repository.list();
    this.workshops = workshops.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    this.unreadable = unreadable;
    this.loaded = true;
  }

  async create(input: NewWorkshopInput): Promise<ActionResult<Workshop>> {
    const result = model.createWorkshop(input, newId(), this.#now());
    if (!result.ok) return result;
    return this.#store(result.workshop);
  }

  async rename(workshop: Workshop, title: string): Promise<ActionResult<Workshop>> {
    const next = model.rename(workshop, title, this.#now());
    if (!next) return { ok: false, error: 'titleRequired' };
    return this.#store(next);
  }

  async duplicate(workshop: Workshop, title: string): Promise<ActionResult<Workshop>> {
    return this.#store(model.duplicateWorkshop(workshop, newId(), title, this.#now()));
  }

  async remove(workshop: Workshop): Promise<ActionResult> {
    try {
      await this.#repository.remove(workshop.id);
    } catch (error) {
      return { ok: false, error: classifyStorageError(error) };
    }
    await this.refresh();
    return { ok: true, value: undefined };
  }

  async #store(workshop: Workshop): Promise<ActionResult<Workshop>> {
    try {
      // A reactive proxy cannot be cloned into IndexedDB (DataCloneError).
      await this.#repository.save($state.snapshot(workshop));
    } catch (error) {
      return { ok: false, error: classifyStorageError(error) };
    }
    await this.refresh();
    return { ok: true, value: workshop };
  }
}
