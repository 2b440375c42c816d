import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type WorkerEvents } from '../../src/pwa/service-worker';

/** A worker whose state the test moves along, as the browser would. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  move(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  readonly update = vi.fn(() => Promise.resolve());
}

class FakeContainer extends EventTarget {
  controller: FakeWorker | null = null;
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(() => Promise.resolve(this.registration));
  changeController(worker: FakeWorker): void {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function events() {
  return {
    offlineReady: vi.fn<() => void>(),
    updateReady: vi.fn<() => void>(),
    mustReload: vi.fn<() => void>(),
  } satisfies WorkerEvents;
}

const asContainer = (c: FakeContainer) => c as unknown as ServiceWorkerContainer;

describe('registerServiceWorker', () => {
  it("registers ./sw.js for the page's own folder, checking the host for updates", async () => {
    const container = new FakeContainer();
    await registerServiceWorker(events(), asContainer(container));
    expect(container.register).toHaveBeenCalledWith('./sw.js', {
      scope: './',
      updateViaCache: 'none',
    });
  });

  it('on the first install says "offline ready" once, and the worker claiming the page is no reload', async () => {
    const container = new FakeContainer();
    const worker = new FakeWorker();
    container.registration.installing = worker;
    const on = events();
    await registerServiceWorker(on, asContainer(container));
    worker.move('installed');
    worker.move('activating');
    container.changeController(worker); // clients.claim() may come before "activated"
    worker.move('activated');
    expect(on.offlineReady).toHaveBeenCalledOnce();
    expect(on.updateReady).not.toHaveBeenCalled();
    expect(on.mustReload).not.toHaveBeenCalled();
  });

  it('tells of a new version found later, and reloads when it takes over', async () => {
    const container = new FakeContainer();
    const current = new FakeWorker();
    current.state = 'activated';
    container.controller = current;
    container.registration.active = current;
    const on = events();
    const control = await registerServiceWorker(on, asContainer(container));

    const next = new FakeWorker();
    container.registration.installing = next;
    container.registration.dispatchEvent(new Event('updatefound'));
    next.move('installed');
    container.registration.waiting = next;
    expect(on.updateReady).toHaveBeenCalledOnce();
    expect(on.offlineReady).not.toHaveBeenCalled();

    control?.applyUpdate();
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    container.changeController(next);
    expect(on.mustReload).toHaveBeenCalledOnce();
  });

  it('tells at once of a version already waiting from an earlier visit', async () => {
    const container = new FakeContainer();
    container.controller = new FakeWorker();
    container.registration.active = container.controller;
    container.registration.waiting = new FakeWorker();
    const on = events();
    await registerServiceWorker(on, asContainer(container));
    expect(on.updateReady).toHaveBeenCalledOnce();
  });

  it('looks for a new version every hour, but not while offline', async () => {
    vi.useFakeTimers();
    const network = { onLine: true };
    vi.stubGlobal('navigator', network);
    try {
      const container = new FakeContainer();
      await registerServiceWorker(events(), asContainer(container));
      vi.advanceTimersByTime(60 * 60 * 1000 - 1);
      expect(container.registration.update).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(container.registration.update).toHaveBeenCalledOnce();
      network.onLine = false;
      vi.advanceTimersByTime(60 * 60 * 1000);
      expect(container.registration.update).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('does nothing when the browser gives no registration (blocked workers)', async () => {
    const container = new FakeContainer();
    container.register.mockResolvedValueOnce(undefined as unknown as FakeRegistration);
    expect(await registerServiceWorker(events(), asContainer(container))).toBeNull();
  });
});
