// The app's session: the storage in use, the shared save status and the workshop currently open.
import type { Workshop } from '../domain/workshop';
import { replayJournal } from '../persistence/journal';
import { openRepository, type WorkshopRepository } from '../persistence/repository';
import { SaveStatus } from './save-status.svelte';
import { WorkshopStore } from './workshop-store.svelte';

export class Workspace {
  repository = $state.raw<WorkshopRepository | null>(null);
  store = $state.raw<WorkshopStore | null>(null);
  readonly status = new SaveStatus();
  readonly persistent = $derived(this.repository?.kind === 'indexeddb');
  readonly #open: () => Promise<WorkshopRepository>;

  constructor(open: () => Promise<WorkshopRepository> = openRepository) {
    this.#open = open;
  }

  async start(): Promise<void> {
    const repository = await this.#open();
    await replayJournal(repository);
    this.repository = repository;
  }

  /** Opens a stored workshop (closing the previous one first); resolves false if it does not exist. */
  async openWorkshop(id: string): Promise<boolean> {
    if (this.store?.workshop.id === id) return true;
    await this.close();
    const repository = this.#require();
    let workshop: Workshop | null;
    try {
      workshop = await repository.load(id);
    } catch {
      workshop = null;
    }
    if (!workshop) return false;
    // In memory mode nothing may outlive the tab, as the banner promises: no journal either.
    const journal =
      repository.kind === 'memory' ? { write: () => false, clear: () => {} } : undefined;
    this.store = new WorkshopStore(workshop, { repository, status: this.status, journal });
    return true;
  }

  async close(): Promise<void> {
    const store = this.store;
    if (!store) return;
    await store.flush();
    this.store = null;
    this.status.reset();
  }

  /** Writes pending answers to storage and waits for it (before a reload the app asks for). */
  async flush(): Promise<void> {
    await this.store?.flush();
  }

  /** Page is being hidden or unloaded: get pending answers somewhere durable right now. */
  flushOnHide(): void {
    this.store?.flushOnHide();
  }

  #require(): WorkshopRepository {
    if (!this.repository) throw new Error('Workspace not started');
    return this.repository;
  }
}
