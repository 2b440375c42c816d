// Asks the browser to keep this site's storage (navigator.storage.persist) and says whether it does.
// Browsers often refuse; a backup file is the only copy a person can be sure of.

export type Persistence = 'persisted' | 'notPersisted' | 'unsupported';

async function ask(question: (manager: StorageManager) => Promise<boolean>): Promise<Persistence> {
  let manager: StorageManager | undefined;
  try {
    manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!manager) return 'unsupported';
    return (await question(manager)) ? 'persisted' : 'notPersisted';
  } catch {
    return manager ? 'notPersisted' : 'unsupported';
  }
}

export const requestPersistence = () => ask((manager) => manager.persist());
export const currentPersistence = () => ask((manager) => manager.persisted());
