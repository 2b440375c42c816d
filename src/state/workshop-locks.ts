// The Web Locks a workshop is guarded by (see edit-lock.ts), and changes made from the home screen
// under that lock. Small, because the home screen needs it before any workshop is opened.

export const lockName = (id: string) => `momentos-cx-workshop:${id}`;

/** navigator.locks, or null where it is missing (older browsers) or throws. */
export function locks(): LockManager | null {
  try {
    return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
  } catch {
    return null;
  }
}

/**
 * Runs `change` while holding the workshop's lock, so no tab edits it meanwhile (renaming, deleting or
 * replacing it from the home screen); resolves 'busy' when another tab has it open for editing.
 */
export async function whileNotOpen<T>(id: string, change: () => Promise<T>): Promise<T | 'busy'> {
  const manager = locks();
  if (!manager) return change();
  return manager.request(lockName(id), { ifAvailable: true }, (lock) =>
    lock ? change() : ('busy' as const),
  );
}
