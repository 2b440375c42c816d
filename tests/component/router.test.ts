import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from '../../src/router/router.svelte';

describe('Router', () => {
  beforeEach(() => {
    history.replaceState(null, '', '#/');
  });

  it('starts on the route in the address', () => {
    history.replaceState(null, '', '#/w/abc/area/moments');
    expect(new Router().route).toEqual({ name: 'area', id: 'abc', areaId: 'moments' });
  });

  it('follows the address when it changes (a link, back or forward)', async () => {
    const router = new Router();
    location.hash = '#/w/abc/results';
    await vi.waitFor(() => expect(router.route).toEqual({ name: 'results', id: 'abc' }));
    location.hash = '#/no/such/page';
    await vi.waitFor(() => expect(router.route).toEqual({ name: 'notFound' }));
  });

  it('goes to a route through the address, as a new history entry', async () => {
    const router = new Router();
    const entries = history.length;
    router.go({ name: 'intro', id: 'abc' });
    expect(location.hash).toBe('#/w/abc/intro');
    expect(history.length).toBe(entries + 1);
    await vi.waitFor(() => expect(router.route).toEqual({ name: 'intro', id: 'abc' }));
  });

  it('resolves the route shown again when asked to go where it already is', () => {
    history.replaceState(null, '', '#/w/abc/intro');
    const router = new Router();
    const shown = router.route;
    router.go({ name: 'intro', id: 'abc' });
    // A new value, so whatever depends on the route runs again (e.g. home after a wipe elsewhere).
    expect(router.route).not.toBe(shown);
    expect(router.route).toEqual(shown);
  });

  it('replaces the current history entry, updating the route at once', () => {
    const router = new Router();
    const entries = history.length;
    router.replace({ name: 'area', id: 'abc', areaId: 'leadership' });
    expect(location.hash).toBe('#/w/abc/area/leadership');
    expect(history.length).toBe(entries);
    expect(router.route).toEqual({ name: 'area', id: 'abc', areaId: 'leadership' });
  });
});
