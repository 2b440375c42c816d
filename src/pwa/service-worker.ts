// The page's side of the offline cache: registers the service worker (build/pwa.ts), says when the app
// first works offline and when a new version is waiting, and lets that version take over on request.
// Loaded after the first screen is on view, so it costs the first load nothing.

/** Workshops last hours on one open page: look for a new version this often. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface WorkerEvents {
  /** The first worker is active: from now on the app opens with no network. */
  offlineReady: () => void;
  /** A new version is installed and waits for the user's go-ahead. */
  updateReady: () => void;
  /** A new version has taken over this page (asked for here or in another tab): reload now. */
  mustReload: () => void;
}

export interface WorkerControl {
  /** Lets the waiting version take over; `mustReload` follows. */
  applyUpdate: () => void;
}

export async function registerServiceWorker(
  events: WorkerEvents,
  container: ServiceWorkerContainer = navigator.serviceWorker,
): Promise<WorkerControl | null> {
  let controlled = Boolean(container.controller);
  // Some browsers (and test runners that block workers) resolve without a registration.
  const registration = (await container.register('./sw.js', {
    scope: './',
    // The update check always asks the host for sw.js, whatever its cache headers say.
    updateViaCache: 'none',
  })) as ServiceWorkerRegistration | undefined;
  if (!registration) return null;

  const watch = (worker: ServiceWorker) => {
    // No active worker before this one: it is the first install, not an update.
    const first = !registration.active;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && !first) events.updateReady();
      if (worker.state === 'activated' && first) events.offlineReady();
    });
  };
  if (registration.waiting && container.controller) events.updateReady();
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing);
  });
  container.addEventListener('controllerchange', () => {
    // The first worker claiming the page is not an update; any later change is.
    if (controlled) events.mustReload();
    controlled = true;
  });
  setInterval(() => {
    if (navigator.onLine) registration.update().catch(() => {});
  }, UPDATE_CHECK_MS);

  return { applyUpdate: () => registration.waiting?.postMessage({ type: 'SKIP_WAITING' }) };
}
