// A synchronous localStorage journal of the last unsaved change, written when the page hides and replayed at start-up.
import type { Workshop } from '../domain/workshop';
import type { WorkshopRepository } from './repository';
import { readWorkshop, wrapWorkshop } from './schema';

const PREFIX = 'momentos:journal:';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Writes synchronously; returns false when the journal could not be written (no storage, quota). */
export function writeJournal(workshop: Workshop, now: Date): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(PREFIX + workshop.id, JSON.stringify(wrapWorkshop(workshop, now)));
    return true;
  } catch {
    return false;
  }
}

export function clearJournal(id: string): void {
  try {
    storage()?.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

function journalIds(store: Storage): string[] {
  const ids: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
  }
  return ids;
}

function readEntry(store: Storage, id: string): Workshop | null {
  try {
    const result = readWorkshop(JSON.parse(store.getItem(PREFIX + id) ?? 'null'));
    return result.ok && result.workshop.id === id ? result.workshop : null;
  } catch {
    return null;
  }
}

/**
 * Saves every journaled workshop that is newer than its stored copy, then clears the journal entry.
 * An entry whose save fails stays in the journal for the next start.
 */
export async function replayJournal(repository: WorkshopRepository): Promise<number> {
  const store = storage();
  if (!store) return 0;
  let replayed = 0;
  for (const id of journalIds(store)) {
    const journaled = readEntry(store, id);
    if (!journaled) continue;
    try {
      const stored = await repository.load(id);
      if (!stored || stored.updatedAt < journaled.updatedAt) {
        await repository.save(journaled);
        replayed++;
      }
      clearJournal(id);
    } catch {
      // Keep the entry: it is the only copy of those answers.
    }
  }
  return replayed;
}
