// What this device notes about backups: when each workshop was last downloaded as a backup file, and
// whether the browser was already asked to keep this site's storage. Loaded with the screens using it.
import { keysWith, readItem, writeItem } from './device-storage';
import { BACKUP_PREFIX, PERSIST_KEY } from './preferences';

/** When this workshop was last downloaded as a backup file on this device (ISO time), or null. */
export function readLastBackup(id: string): string | null {
  return readItem(BACKUP_PREFIX + id);
}

export function saveLastBackup(ids: readonly string[], at: Date): void {
  for (const id of ids) writeItem(BACKUP_PREFIX + id, at.toISOString());
}

/** The most recent backup of any workshop on this device. */
export function readNewestBackup(): string | null {
  let newest: string | null = null;
  for (const key of keysWith(BACKUP_PREFIX)) {
    const at = readItem(key);
    if (at && (!newest || at > newest)) newest = at;
  }
  return newest;
}

/** Whether persistent storage was already requested on this device (it is asked once). */
export function persistAsked(): boolean {
  return readItem(PERSIST_KEY) !== null;
}

export function markPersistAsked(): void {
  writeItem(PERSIST_KEY, '1');
}
