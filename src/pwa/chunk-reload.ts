// After a redeploy, a page opened before it may ask for a chunk the host no longer has. Reload once to
// get the new version (what was typed is saved first, by the page-hide flush); if the chunk is still
// missing right after that reload, let the error through to the "could not load" message instead
// of reloading again.

const KEY = 'momentos:chunk-reload';
/** A second failure within this time of the last reload is the same problem, not a new deploy. */
export const RELOAD_GUARD_MS = 60_000;

export interface ChunkReloadDeps {
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  reload?: () => void;
  now?: () => number;
}

/** Decides, for one failed chunk load, whether to reload; true means the page is reloading. */
export function reloadOnceForMissingChunk({
  storage,
  reload = () => location.reload(),
  now = Date.now,
}: ChunkReloadDeps = {}): boolean {
  try {
    // Reading `sessionStorage` itself throws where storage is blocked: inside the guard too.
    const store = storage ?? sessionStorage;
    const last = Number(store.getItem(KEY));
    if (last && now() - last < RELOAD_GUARD_MS) return false;
    store.setItem(KEY, String(now()));
  } catch {
    // Without session storage there is no guard against a loop: do not reload at all.
    return false;
  }
  reload();
  return true;
}

/** Listens for Vite's failed-chunk event on the page. */
export function watchForMissingChunks(target: Window = window, deps?: ChunkReloadDeps): void {
  target.addEventListener('vite:preloadError', (event) => {
    if (reloadOnceForMissingChunk(deps)) event.preventDefault();
  });
}
