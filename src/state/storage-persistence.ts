// Asks the browser to keep this site's storage (navigator.storage.persist) and says whether it does.
// Browsers often refuse; a backup file is the only copy a person can be sure of.

export type Persistence = 'persisted' | 'notPersisted' | 'unsupported';

function storageManager(): StorageManager | null {
  try {
    return typeof navigator !== 'undefined' && 'storage' in navigator && navigator.storage
      ? navigator.storage
      : null;
  } catch {
    return null;
  }
}

export async function requestPersistence(): Promise<Persistence> {
  const manager = storageManager();
  if (!manager) return 'unsupported';
  try {
    return (await manager.persist()) ? 'persisted' : 'notPersisted';
  } catch {
    return 'notPersisted';
  }
}

export async function currentPersistence(): Promise<Persistence> {
  const manager = storageManager();
  if (!manager) return 'unsupported';
  try {
    return (await manager.persisted()) ? 'persisted' : 'notPersisted';
  } catch {
    return 'notPersisted';
  }
}
