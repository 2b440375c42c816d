// The saved workshops on the home screen, and what can be done with them: create, rename, duplicate,
// delete (never one that another tab is editing), back up. Restoring and deleting everything are in
// saved-workshops-data.ts, which loads once the home screen settled.
import * as model from '../domain/workshop';
import type { NewWorkshopInput, Workshop } from '../domain/workshop';
import type { BackupFile } from '../persistence/backup';
import type { UnreadableRecord, WorkshopRepository } from '../persistence/repository';
import { classifyStorageError, type StorageErrorReason } from '../persistence/storage-errors';
import { systemClock, type Clock } from './clock';
import { whileNotOpen } from './workshop-locks';
import { newId } from './ids';
import type { TabChannel } from './tab-channel';

export type SavedWorkshopsError =
  | 'organisationRequired'
  | 'dateInvalid'
  | 'titleRequired'
  /** Another tab is editing this workshop. */
  | 'busy'
  | StorageErrorReason;

export type SavedWorkshopsResult<T = void> =
  { ok: true; value: T } | { ok: false; error: SavedWorkshopsError };

/** Runs a storage write; a failure comes back as its reason, never thrown. */
export async function attempt(write: () => Promise<unknown>): Promise<SavedWorkshopsResult> {
  try {
    await write();
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, error: classifyStorageError(error) };
  }
}

export class SavedWorkshops {
  workshops = $state.raw<Workshop[]>([]);
  unreadable = $state.raw<UnreadableRecord[]>([]);
  loaded = $state(false);
  readonly repository: WorkshopRepository;
  readonly channel: TabChannel | null;
  readonly #now: Clock;

  constructor(
    repository: WorkshopRepository,
    channel: TabChannel | null = null,
    now = systemClock,
  ) {
    this.repository = repository;
    this.channel = channel;
    this.#now = now;
  }

  async refresh(): Promise<void> {
    const { workshops, unreadable } = await this.repository.list();
    this.workshops = workshops.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    this.unreadable = unreadable;
    this.loaded = true;
  }

  async create(input: NewWorkshopInput): Promise<SavedWorkshopsResult<Workshop>> {
    const result = model.createWorkshop(input, newId(), this.#now());
    if (!result.ok) return result;
    return this.#write(() => this.repository.save(result.workshop), result.workshop);
  }

  async rename(workshop: Workshop, title: string): Promise<SavedWorkshopsResult<Workshop>> {
    const next = model.rename(workshop, title, this.#now());
    if (!next) return { ok: false, error: 'titleRequired' };
    return this.whileNotOpen(workshop.id, () =>
      this.#write(() => this.repository.save(next, { expected: workshop.updatedAt }), next),
    );
  }

  async duplicate(workshop: Workshop, title: string): Promise<SavedWorkshopsResult<Workshop>> {
    const copy = model.duplicateWorkshop(workshop, newId(), title, this.#now());
    return this.#write(() => this.repository.save(copy), copy);
  }

  async remove(key: IDBValidKey): Promise<SavedWorkshopsResult> {
    const id = typeof key === 'string' ? key : '';
    return this.whileNotOpen(id, () => this.#write(() => this.repository.remove(key), undefined));
  }

  /** A backup of some workshops (all when none are named); remembers when each was backed up. */
  async backup(workshops: readonly Workshop[] = this.workshops): Promise<BackupFile> {
    const { backupOf } = await import('./backups');
    return backupOf(workshops, this.#now());
  }

  /** Runs a change under the workshop's lock; 'busy' while another tab is editing it. */
  async whileNotOpen<T>(
    id: string,
    change: () => Promise<SavedWorkshopsResult<T>>,
  ): Promise<SavedWorkshopsResult<T>> {
    const result = await whileNotOpen(id, change);
    return result === 'busy' ? { ok: false, error: 'busy' } : result;
  }

  async #write<T>(write: () => Promise<void>, value: T): Promise<SavedWorkshopsResult<T>> {
    // Domain objects are plain: they clone into IndexedDB as they are.
    const result = await attempt(write);
    if (!result.ok) return result;
    await this.changed();
    return { ok: true, value };
  }

  /** After a change: other tabs refresh their list, and so does this one. */
  async changed(): Promise<void> {
    this.channel?.post({ type: 'listChanged' });
    await this.refresh();
  }
}
