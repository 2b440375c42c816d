// The app's session: the storage in use, the shared save status, the workshop currently open (its
// code loads with the walk-through, see open-workshop.svelte.ts), and what other tabs say.
import { replayJournal } from '../persistence/journal';
import {
  openRepository,
  type LoadResult,
  type WorkshopRepository,
} from '../persistence/repository';
import { SaveStatus } from './save-status.svelte';
import type { OpenWorkshop } from './open-workshop.svelte';
import { TabChannel, type TabMessage } from './tab-channel';
import type { WorkshopStore } from './workshop-store.svelte';

export type OpenResult = LoadResult | { ok: false; reason: 'error'; problems: [] };

export class AppSession {
  repository = $state.raw<WorkshopRepository | null>(null);
  opened = $state.raw<OpenWorkshop | null>(null);
  readonly status = new SaveStatus();
  readonly persistent = $derived(this.repository?.kind === 'indexeddb');
  /** Bumped when another tab deleted everything: what was open is gone. */
  wiped = $state(0);
  /** Bumped when another tab changed the list of workshops. */
  listChanged = $state(0);
  readonly channel = new TabChannel();
  readonly #open: () => Promise<WorkshopRepository>;
  #opening = 0;

  constructor(open: () => Promise<WorkshopRepository> = openRepository) {
    this.#open = open;
    this.channel.listen((message) => this.#hear(message));
  }

  get store(): WorkshopStore | null {
    return this.opened?.store ?? null;
  }

  async start(): Promise<void> {
    const repository = await this.#open();
    await replayJournal(repository);
    this.repository = repository;
  }

  /** Opens a stored workshop (closing the previous one first); says why when it cannot. */
  async openWorkshop(id: string): Promise<OpenResult> {
    if (this.store?.workshop.id === id) return { ok: true, workshop: this.store.workshop };
    await this.close();
    const repository = this.#require();
    const opening = ++this.#opening;
    let result: LoadResult;
    let OpenWorkshopClass: typeof OpenWorkshop;
    try {
      [result, { OpenWorkshop: OpenWorkshopClass }] = await Promise.all([
        repository.load(id),
        import('./open-workshop.svelte'),
      ]);
    } catch {
      return { ok: false, reason: 'error', problems: [] };
    }
    if (!result.ok || opening !== this.#opening) return result;
    const opened = new OpenWorkshopClass(result.workshop, {
      repository,
      status: this.status,
      channel: this.channel,
    });
    this.opened = opened;
    await opened.claim();
    return result;
  }

  async close(): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    await opened.store.flush();
    this.#leave();
  }

  /** Writes pending answers to storage and waits for it (before a reload the app asks for). */
  async flush(): Promise<void> {
    await this.store?.flush();
  }

  /** Page is being hidden or unloaded: get pending answers somewhere durable right now. */
  flushOnHide(): void {
    this.store?.flushOnHide();
  }

  #hear(message: TabMessage): void {
    if (message.type === 'listChanged') {
      this.listChanged++;
    } else if (message.type === 'wiped') {
      this.#leave();
      this.listChanged++;
      this.wiped++;
    } else {
      void this.opened?.hear(message);
    }
  }

  /** Drops the open workshop without writing (after a flush, or because it was deleted). */
  #leave(): void {
    this.opened?.store.discard();
    this.opened?.close();
    this.opened = null;
    this.status.reset();
  }

  #require(): WorkshopRepository {
    if (!this.repository) throw new Error('AppSession not started');
    return this.repository;
  }
}
