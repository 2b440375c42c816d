// Backup files made on this device: the file, and a note of when each workshop in it was backed up.
import type { Workshop } from '../domain/workshop';
import type { BackupFile } from '../persistence/backup';
import { saveLastBackup } from '../persistence/backup-notes';
import { loadTeamSchemas } from '../persistence/lazy-parts';
import { systemClock } from './clock';

export async function backupOf(
  workshops: readonly Workshop[],
  now = systemClock(),
): Promise<BackupFile> {
  const [{ makeBackup }] = await Promise.all([
    import('../persistence/backup'),
    // Workshops with team parts are checked by team mode's schemas before they are written.
    loadTeamSchemas(),
  ]);
  const file = makeBackup(workshops, now);
  saveLastBackup(
    workshops.map((w) => w.id),
    now,
  );
  return file;
}
