// localStorage, or null where it is missing or throws on access (storage blocked, some private modes).

export function deviceStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readItem(key: string): string | null {
  try {
    return deviceStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the value could not be written (no storage, quota). */
export function writeItem(key: string, value: string): boolean {
  const store = deviceStorage();
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(key: string): void {
  try {
    deviceStorage()?.removeItem(key);
  } catch {
    // Nothing to remove when storage is unavailable.
  }
}

/** Keys that start with `prefix`. */
export function keysWith(prefix: string): string[] {
  const store = deviceStorage();
  const keys: string[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // No keys to list.
  }
  return keys;
}
