// Raw access to what the app stores, for tests that seed or inspect it as another version of the app,
// another tool or a damaged disk would leave it: IndexedDB records and localStorage notes.
import type { Page } from '@playwright/test';

export const DATABASE = 'momentos-cx-workshops';
export const STORE = 'workshops';

/** A stored workshop record as the app writes it (schema version 4). */
export interface StoredRecord {
  app: string;
  kind: string;
  schemaVersion: number;
  savedAt: string;
  data: {
    id: string;
    title: string;
    updatedAt: string;
    meta: { organisation: string } & Record<string, unknown>;
    ratings: Record<string, unknown>;
    prompts: Record<string, unknown>;
    moments: unknown[];
    unread?: Record<string, unknown>;
  } & Record<string, unknown>;
}

type Operation =
  | { op: 'get'; key: string }
  | { op: 'text'; key: string }
  | { op: 'keys' }
  | { op: 'put'; key: string; value: unknown };

/** One operation on the workshops store, through the plain IndexedDB API (the app must be loaded). */
function run<T>(page: Page, operation: Operation): Promise<T> {
  return page.evaluate(
    ({ database, store, operation }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onupgradeneeded = () => {
          if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store);
        };
        open.onerror = () => reject(new Error(`open failed: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, operation.op === 'put' ? 'readwrite' : 'readonly');
          const objects = tx.objectStore(store);
          const request =
            operation.op === 'put'
              ? objects.put(operation.value, operation.key)
              : operation.op === 'keys'
                ? objects.getAllKeys()
                : objects.get(operation.key);
          tx.oncomplete = () => {
            db.close();
            const result: unknown = request.result;
            resolve(
              (operation.op === 'text'
                ? result === undefined
                  ? null
                  : JSON.stringify(result)
                : operation.op === 'put'
                  ? undefined
                  : result) as T,
            );
          };
          tx.onerror = () => reject(new Error(`transaction failed: ${String(tx.error)}`));
        };
      }),
    { database: DATABASE, store: STORE, operation },
  );
}

export const readRecord = (page: Page, key: string) =>
  run<StoredRecord | undefined>(page, { op: 'get', key });

/** The record serialised exactly as stored (key order included), or null when there is none. */
export const recordText = (page: Page, key: string) =>
  run<string | null>(page, { op: 'text', key });

export const storedKeys = (page: Page) => run<string[]>(page, { op: 'keys' });

export const writeRecord = (page: Page, key: string, value: unknown) =>
  run<void>(page, { op: 'put', key, value });

/** The id of the workshop open in the page, from its address (#/w/<id>/...). */
export function workshopIdOf(page: Page): string {
  const id = /#\/w\/([^/]+)/.exec(new URL(page.url()).hash)?.[1];
  if (!id) throw new Error(`no workshop in ${page.url()}`);
  return id;
}

export const readNote = (page: Page, key: string) =>
  page.evaluate((name) => localStorage.getItem(name), key);

export const writeNote = (page: Page, key: string, value: string) =>
  page.evaluate(([name, text]) => localStorage.setItem(name, text), [key, value] as const);
