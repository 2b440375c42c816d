// Runes in this file (the fakes' $state) are compiled because of its .svelte.test.ts name.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Problem } from '../../src/persistence/problems';
import { readLastStep, saveLastStep } from '../../src/persistence/preferences';
import type { Route } from '../../src/router/routes';
import { Navigator, type NavigatorDeps } from '../../src/state/navigator.svelte';

type OpenResult = Awaited<ReturnType<NavigatorDeps['session']['openWorkshop']>>;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The router as the navigator sees it: a route that changes, go() and replace() that change it. */
class FakeRouter {
  route = $state.raw<Route>({ name: 'home' });
  go = vi.fn((route: Route) => (this.route = route));
  replace = vi.fn((route: Route) => (this.route = route));
}

/** An AppSession stand-in: opening a stored workshop sets `store`; results can be made to wait. */
class FakeSession {
  repository = $state.raw<object | null>({});
  store = $state.raw<object | null>(null);
  wiped = $state(0);
  /** What opening each id answers; anything else opens fine. */
  results = new Map<string, OpenResult | Promise<OpenResult>>();
  close = vi.fn(() => {
    this.store = null;
    return Promise.resolve();
  });
  openWorkshop = vi.fn(async (id: string): Promise<OpenResult> => {
    const result = await (this.results.get(id) ?? { ok: true as const });
    this.store = result.ok ? { id } : null;
    return result;
  });
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
});

function setup(route: Route = { name: 'home' }, options: { storageReady?: boolean } = {}) {
  const router = new FakeRouter();
  router.route = route;
  const session = new FakeSession();
  if (options.storageReady === false) session.repository = null;
  const loadWalkThrough = vi.fn(() => Promise.resolve());
  const loadDeadEnds = vi.fn(() => Promise.resolve());
  let navigator!: Navigator;
  stop = $effect.root(() => {
    navigator = new Navigator({ session, router, loadWalkThrough, loadDeadEnds });
  });
  /** Changes the route as a click or the address bar would. */
  const goTo = (next: Route) => {
    router.route = next;
    flushSync();
  };
  flushSync();
  return { navigator, router, session, loadWalkThrough, loadDeadEnds, goTo };
}

/** Lets every pending promise (fake storage, fake chunk loads) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const intro = (id: string): Route => ({ name: 'intro', id });

describe('Navigator', () => {
  let scrollTo: MockInstance<typeof window.scrollTo>;
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = '<main><h1 tabindex="-1">Heading</h1></main>';
    scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  it('waits for storage before resolving the first route', async () => {
    const { navigator, session } = setup(intro('w1'), { storageReady: false });
    await settle();
    expect(navigator.view).toEqual({ kind: 'loading' });
    expect(session.openWorkshop).not.toHaveBeenCalled();

    session.repository = {};
    flushSync();
    await settle();
    expect(navigator.view).toEqual({ kind: 'step', step: 'intro' });
  });

  it('shows home, closing the workshop that was open', async () => {
    const { navigator, session, goTo } = setup(intro('w1'));
    await settle();
    goTo({ name: 'home' });
    await settle();
    expect(navigator.view).toEqual({ kind: 'home' });
    expect(session.close).toHaveBeenCalled();
    expect(session.store).toBeNull();
  });

  it('shows "not found" for an unknown link, once its screen has loaded', async () => {
    const { navigator, loadDeadEnds, loadWalkThrough } = setup({ name: 'notFound' });
    await settle();
    expect(navigator.view).toEqual({ kind: 'notFound' });
    expect(loadDeadEnds).toHaveBeenCalledTimes(1);
    expect(loadWalkThrough).not.toHaveBeenCalled();
  });

  it('opens the workshop of an intro or area link and remembers that step on this device', async () => {
    const { navigator, session, loadWalkThrough, goTo } = setup(intro('w1'));
    await settle();
    expect(session.openWorkshop).toHaveBeenCalledWith('w1');
    expect(navigator.view).toEqual({ kind: 'step', step: 'intro' });
    expect(readLastStep('w1')).toBe('intro');

    goTo({ name: 'area', id: 'w1', areaId: 'moments' });
    await settle();
    expect(navigator.view).toEqual({ kind: 'step', step: 'moments' });
    expect(readLastStep('w1')).toBe('moments');
    // The walk-through screens are fetched once, however many steps are shown.
    expect(loadWalkThrough).toHaveBeenCalledTimes(1);
  });

  it('shows the results without making them the step to come back to', async () => {
    saveLastStep('w1', 'processes');
    const { navigator } = setup({ name: 'results', id: 'w1' });
    await settle();
    expect(navigator.view).toEqual({ kind: 'step', step: 'results' });
    expect(readLastStep('w1')).toBe('processes');
  });

  it('opens presenter mode of an area (the step to come back to) and of the results (not one)', async () => {
    saveLastStep('w1', 'processes');
    const { navigator, session, loadWalkThrough, goTo } = setup({
      name: 'present',
      id: 'w1',
      target: 'results',
    });
    await settle();
    expect(session.openWorkshop).toHaveBeenCalledWith('w1');
    expect(navigator.view).toEqual({ kind: 'present', step: 'results' });
    expect(readLastStep('w1')).toBe('processes');

    goTo({ name: 'present', id: 'w1', target: 'moments' });
    await settle();
    expect(navigator.view).toEqual({ kind: 'present', step: 'moments' });
    expect(readLastStep('w1')).toBe('moments');
    expect(loadWalkThrough).toHaveBeenCalledTimes(1);
  });

  it('sends a workshop link to the step last shown on this device, replacing the history entry', async () => {
    saveLastStep('w1', 'leadership');
    const { navigator, router } = setup({ name: 'workshop', id: 'w1' });
    await settle();
    expect(router.replace).toHaveBeenCalledWith({ name: 'area', id: 'w1', areaId: 'leadership' });
    expect(router.go).not.toHaveBeenCalled();
    expect(navigator.view).toEqual({ kind: 'step', step: 'leadership' });
  });

  it('sends a workshop link to the intro when no step (or no known step) was kept', async () => {
    const { router } = setup({ name: 'workshop', id: 'w1' });
    await settle();
    expect(router.replace).toHaveBeenLastCalledWith(intro('w1'));

    localStorage.setItem('momentos:step:w2', 'an-area-that-was-removed');
    const other = setup({ name: 'workshop', id: 'w2' });
    await settle();
    expect(other.router.replace).toHaveBeenLastCalledWith(intro('w2'));
  });

  it('says a workshop is missing when it is not stored here or storage failed', async () => {
    const { navigator, session, loadDeadEnds, goTo } = setup();
    session.results.set('gone', { ok: false, reason: 'missing', problems: [] });
    session.results.set('broken', { ok: false, reason: 'error', problems: [] });
    goTo(intro('gone'));
    await settle();
    expect(navigator.view).toEqual({ kind: 'missing' });
    expect(loadDeadEnds).toHaveBeenCalled();
    goTo(intro('broken'));
    await settle();
    expect(navigator.view).toEqual({ kind: 'missing' });
    expect(readLastStep('gone')).toBeNull();
  });

  it('says why a stored workshop cannot be opened', async () => {
    const problems: Problem[] = [{ kind: 'wrongValue', field: 'schemaVersion' }];
    const { navigator, session, goTo } = setup();
    session.results.set('w1', { ok: false, reason: 'newer', problems });
    goTo({ name: 'area', id: 'w1', areaId: 'customers' });
    await settle();
    expect(navigator.view).toEqual({ kind: 'unopenable', reason: 'newer', problems });
  });

  it('never lets a slow earlier route overwrite a later one', async () => {
    const { navigator, session, router, goTo } = setup();
    await settle();
    const slow = deferred<OpenResult>();
    session.results.set('slow', slow.promise);
    goTo({ name: 'workshop', id: 'slow' });
    goTo(intro('fast'));
    await settle();
    expect(navigator.view).toEqual({ kind: 'step', step: 'intro' });

    slow.resolve({ ok: true });
    await settle();
    // Neither the view nor the address changes for the route the user has already left.
    expect(navigator.view).toEqual({ kind: 'step', step: 'intro' });
    expect(router.replace).not.toHaveBeenCalled();
    expect(router.route).toEqual(intro('fast'));
  });

  it('never lets a slow dead-end screen, loaded or failed, replace the workshop opened after it', async () => {
    const { navigator, loadDeadEnds, goTo } = setup();
    await settle();
    const loaded = deferred<void>();
    const failed = deferred<void>();
    loadDeadEnds.mockReturnValueOnce(loaded.promise).mockReturnValueOnce(failed.promise);
    goTo({ name: 'notFound' });
    goTo(intro('w1'));
    await settle();
    loaded.resolve();
    await settle();
    expect(navigator.view).toEqual({ kind: 'step', step: 'intro' });

    goTo({ name: 'notFound' });
    goTo({ name: 'results', id: 'w1' });
    await settle();
    failed.reject(new TypeError('Failed to fetch dynamically imported module'));
    await settle();
    expect(navigator.view).toEqual({ kind: 'step', step: 'results' });
  });

  it('shows the load error when a screen cannot be fetched, and fetches it again next time', async () => {
    const { navigator, loadWalkThrough, goTo } = setup();
    await settle();
    loadWalkThrough.mockRejectedValueOnce(
      new TypeError('Failed to fetch dynamically imported module'),
    );
    goTo(intro('w1'));
    await settle();
    expect(navigator.view).toEqual({ kind: 'loadError' });

    goTo(intro('w1'));
    await settle();
    expect(loadWalkThrough).toHaveBeenCalledTimes(2);
    expect(navigator.view).toEqual({ kind: 'step', step: 'intro' });
  });

  it('goes home when everything was deleted in another tab', async () => {
    const { navigator, session, router } = setup(intro('w1'));
    await settle();
    session.wiped++;
    flushSync();
    await settle();
    expect(router.go).toHaveBeenCalledWith({ name: 'home' });
    expect(navigator.view).toEqual({ kind: 'home' });
  });

  it('leaves focus alone on the first screen, then focuses each new heading at the top', async () => {
    const { goTo } = setup();
    await settle();
    expect(document.activeElement).toBe(document.body);
    expect(scrollTo).not.toHaveBeenCalled();

    goTo(intro('w1'));
    await settle();
    expect(document.activeElement).toBe(document.querySelector('main h1'));
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });
});
