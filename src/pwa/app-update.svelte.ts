// What the app tells the user about its own version: ready to work offline (once per device), and a
// new version waiting. Taking the new version flushes the open workshop's save first.
import { markOfflineReadyShown, offlineReadyShown } from '../persistence/offline-note';
import { linkManifest } from './manifest-link';
import { registerServiceWorker, type WorkerControl, type WorkerEvents } from './service-worker';

export interface AppUpdateDeps {
  /** Writes every pending answer durably; awaited before any reload. */
  flush: () => Promise<void>;
  register?: (events: WorkerEvents) => Promise<WorkerControl | null>;
  reload?: () => void;
  seen?: { get: () => boolean; mark: () => void };
  /** Whether this page can have a service worker (not from file://, not in old browsers). */
  supported?: () => boolean;
}

export class AppUpdate {
  offlineReady = $state(false);
  updateReady = $state(false);
  updating = $state(false);

  readonly #deps: Required<AppUpdateDeps>;
  #control: WorkerControl | null = null;

  constructor(deps: AppUpdateDeps) {
    this.#deps = {
      register: registerServiceWorker,
      reload: () => location.reload(),
      seen: { get: offlineReadyShown, mark: markOfflineReadyShown },
      supported: () => /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator,
      ...deps,
    };
  }

  /** Registers the service worker, where there can be one. */
  async start(): Promise<void> {
    if (!this.#deps.supported()) return;
    linkManifest();
    try {
      this.#control = await this.#deps.register({
        offlineReady: () => {
          if (this.#deps.seen.get()) return;
          this.#deps.seen.mark();
          this.offlineReady = true;
        },
        updateReady: () => {
          this.updateReady = true;
        },
        mustReload: () => void this.#reloadSafely(),
      });
    } catch {
      // No worker (blocked, private mode in some browsers): the app still works online.
    }
  }

  /** The user asked for the new version: save, then let it take over (the page reloads then). */
  async takeUpdate(): Promise<void> {
    this.updating = true;
    await this.#flushQuietly();
    if (this.#control) this.#control.applyUpdate();
    else this.#deps.reload();
  }

  dismissOfflineReady(): void {
    this.offlineReady = false;
  }

  async #reloadSafely(): Promise<void> {
    await this.#flushQuietly();
    this.#deps.reload();
  }

  async #flushQuietly(): Promise<void> {
    try {
      await this.#deps.flush();
    } catch {
      // A failed write is shown by the save status and kept in the page-hide journal.
    }
  }
}
