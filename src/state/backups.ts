// Backup files made on this device: the file, and a note of when each workshop in it was backed up.
import type { Workshop } from '../domain/workshop';
import type { BackupFile } from '../persistence/backup';
import { saveLastBackup } from '../persistence/backup-notes';
import { systemClock } from './clock';

export async function backupOf(
  workshops: readonly Workshop[],
  now = systemClock(),
): Promise<BackupFile> {
  const { makeBackup } = await import('../persistence/backup');
  const file = makeBackup(workshops, now);
  saveLastBackup(
    workshops.map((w) => w.id),
    now,
  );
  return file;
}
