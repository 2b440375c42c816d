// Asking for the host's config.json (src/site/load-site.ts): one request, the code that applies it
// fetched only when the file says something, and settled within 4 s whatever the host does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const setUpSite = vi.fn((text: string) => Promise.resolve(text.length > 0));

/** A fresh load-site module (it keeps its one request for the page's life). */
async function freshLoadSite() {
  vi.resetModules();
  vi.doMock('../../src/site/set-up-site', () => ({ setUpSite }));
  return (await import('../../src/site/load-site')).loadSite;
}

const answer = (body: string, status = 200, type = 'application/json') =>
  new Response(status === 404 ? 'Not found' : body, { status, headers: { 'Content-Type': type } });

// A block, not an arrow returning the mock: Vitest would call a returned function as a cleanup.
beforeEach(() => {
  setUpSite.mockClear();
});
afterEach(() => {
  vi.doUnmock('../../src/site/set-up-site');
  vi.useRealTimers();
});

describe('loadSite', () => {
  it.each([
    ['a 404 (no config.json)', answer('', 404)],
    ['a dev server answering with its page', answer('<!doctype html>', 200, 'text/html')],
    ['the file as built, {}', answer('{}\n')],
    ['an empty object however spaced', answer('  {\n  }  ')],
  ])('settles on nothing, fetching nothing more, for %s', async (_name, response) => {
    const fetch = vi.fn(() => Promise.resolve(response));
    vi.stubGlobal('fetch', fetch);
    const loadSite = await freshLoadSite();
    await expect(loadSite()).resolves.toBeNull();
    expect(fetch).toHaveBeenCalledExactlyOnceWith('./config.json', { cache: 'no-cache' });
    expect(setUpSite).not.toHaveBeenCalled();
  });

  it('hands a config that says something to the code that applies it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(answer('{"brand":"Brújula"}'))),
    );
    const loadSite = await freshLoadSite();
    await expect(loadSite()).resolves.toBe(true);
    expect(setUpSite).toHaveBeenCalledExactlyOnceWith('{"brand":"Brújula"}');
  });

  it('asks once for the whole visit, however often it is awaited', async () => {
    const fetch = vi.fn(() => Promise.resolve(answer('', 404)));
    vi.stubGlobal('fetch', fetch);
    const loadSite = await freshLoadSite();
    await Promise.all([loadSite(), loadSite(), loadSite()]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('settles on nothing when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const loadSite = await freshLoadSite();
    await expect(loadSite()).resolves.toBeNull();
  });

  it('settles after 4 s when the host never answers', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    const loadSite = await freshLoadSite();
    let settled = false;
    void loadSite().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(3999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
