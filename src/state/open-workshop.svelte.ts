// One open workshop: its store, the editors of its lists, and who may edit it when it is open in
// several tabs (one tab edits, the others show it read-only, kept in step, and may ask to take over).
// Loaded with the walk-through.
import type { Workshop } from '../domain/workshop';
import { markPersistAsked, persistAsked } from '../persistence/backup-notes';
import type { WorkshopRepository } from '../persistence/repository';
import { ActionPlanEditor } from '../features/action-plan/action-plan-editor';
import { CustomerTypesEditor } from '../features/customer-types/customer-types-editor';
import { MomentsEditor } from '../features/moments/moments-editor.svelte';
import { EditLock } from './edit-lock';
import type { SaveStatus } from './save-status.svelte';
import { requestPersistence } from './storage-persistence';
import type { TabChannel, TabMessage } from './tab-channel';
import { WorkshopStore } from './workshop-store.svelte';

/** How long a tab waits for another to hand a workshop over before taking it anyway. */
export const HANDOVER_TIMEOUT_MS = 2000;

export class OpenWorkshop {
  readonly store: WorkshopStore;
  readonly customerTypes: CustomerTypesEditor;
  readonly moments: MomentsEditor;
  readonly actionPlan: ActionPlanEditor;
  /** Another tab edits this workshop; this one shows it read-only. */
  elsewhere = $state(false);
  /** False when this browser gives no storage: the workshop lives in this tab's memory only. */
  readonly persistent: boolean;
  /** Where this workshop is stored, and how other tabs hear of changes (for other workshops too). */
  readonly repository: WorkshopRepository;
  readonly channel: TabChannel;
  readonly #lock: EditLock | null;
  #handover: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(
    workshop: Workshop,
    deps: { repository: WorkshopRepository; status: SaveStatus; channel: TabChannel },
  ) {
    this.repository = deps.repository;
    this.channel = deps.channel;
    const memory = deps.repository.kind === 'memory';
    this.persistent = !memory;
    this.store = new WorkshopStore(workshop, {
      repository: deps.repository,
      status: deps.status,
      // In memory mode nothing may outlive the tab, as the banner promises: no journal either.
      journal: memory ? { write: () => false, clear: () => {} } : undefined,
      onsaved: (saved) => this.#saved(saved),
    });
    this.customerTypes = new CustomerTypesEditor(this.store);
    this.moments = new MomentsEditor(this.store);
    this.actionPlan = new ActionPlanEditor(this.store);
    // Memory is this tab's alone: there is nothing to share with other tabs.
    this.#lock = memory
      ? null
      : new EditLock(workshop.id, {
          ongranted: () => void this.#granted(),
          onlost: () => this.#lost(),
        });
  }

  /** Stores another, new workshop made from this one (the team's consensus); other tabs' lists follow. */
  async saveNew(workshop: Workshop): Promise<void> {
    await this.repository.save(workshop);
    this.channel.post({ type: 'listChanged' });
  }

  /** Takes the workshop for editing, or shows it read-only while another tab has it. */
  async claim(): Promise<void> {
    const lock = this.#lock;
    if (!lock) return;
    const held = await lock.tryAcquire();
    if (this.#closed) return lock.close();
    if (!held) {
      this.#readOnly(true);
      lock.wait();
    }
  }

  /** "Edit here instead": asks the tab that edits it to save and hand over; takes it if it does not. */
  takeOver(): void {
    const lock = this.#lock;
    if (!lock || lock.held || this.#closed) return;
    this.channel.post({ type: 'release', id: this.store.workshop.id });
    lock.wait();
    clearTimeout(this.#handover);
    this.#handover = setTimeout(() => {
      if (!this.#closed && !lock.held) lock.steal();
    }, HANDOVER_TIMEOUT_MS);
  }

  async hear(message: TabMessage): Promise<void> {
    if (!('id' in message) || message.id !== this.store.workshop.id || this.#closed) return;
    if (message.type === 'saved') {
      if (this.store.readOnly && message.updatedAt !== this.store.workshop.updatedAt)
        await this.#reload();
    } else if (message.type === 'release' && this.#lock?.held) {
      await this.store.flush();
      this.#readOnly(true);
      this.#lock.release();
      this.#lock.wait();
    }
  }

  /** Lets the workshop go: releases it for other tabs and stops listening. */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#handover);
    this.#lock?.close();
  }

  /** The lock came to this tab: show the newest stored copy, then take edits. */
  async #granted(): Promise<void> {
    clearTimeout(this.#handover);
    if (this.#closed) return this.#lock?.close();
    await this.#reload();
    this.#readOnly(false);
  }

  #lost(): void {
    if (this.#closed) return;
    this.#readOnly(true);
    this.#lock?.wait();
  }

  #readOnly(readOnly: boolean): void {
    this.store.readOnly = readOnly;
    this.elsewhere = readOnly;
  }

  async #reload(): Promise<void> {
    try {
      const result = await this.repository.load(this.store.workshop.id);
      if (result.ok) this.store.replace(result.workshop);
    } catch {
      // Keep showing what this tab has; the next save message tries again.
    }
  }

  #saved(workshop: Workshop): void {
    this.channel.post({ type: 'saved', id: workshop.id, updatedAt: workshop.updatedAt });
    // The first answer is the moment to ask the browser to keep this site's storage.
    if (this.repository.kind === 'indexeddb' && !persistAsked()) {
      markPersistAsked();
      void requestPersistence();
    }
  }
}
