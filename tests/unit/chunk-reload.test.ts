import { describe, expect, it, vi } from 'vitest';
import { RELOAD_GUARD_MS, reloadOnceForMissingChunk } from '../../src/pwa/chunk-reload';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('reloadOnceForMissingChunk', () => {
  it('reloads the first time a chunk is missing', () => {
    const reload = vi.fn();
    expect(reloadOnceForMissingChunk({ storage: memoryStorage(), reload, now: () => 1000 })).toBe(
      true,
    );
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not reload again right after that reload: the error goes to the retry message', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    reloadOnceForMissingChunk({ storage, reload, now: () => 1000 });
    expect(reloadOnceForMissingChunk({ storage, reload, now: () => 1000 + 5000 })).toBe(false);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads again for a later deploy, once the guard time has passed', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    reloadOnceForMissingChunk({ storage, reload, now: () => 1000 });
    expect(
      reloadOnceForMissingChunk({ storage, reload, now: () => 1000 + RELOAD_GUARD_MS + 1 }),
    ).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('never reloads when there is no storage to guard against a loop', () => {
    const reload = vi.fn();
    const storage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {},
    };
    expect(reloadOnceForMissingChunk({ storage, reload })).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('never reloads, and does not throw, when reading sessionStorage itself throws', () => {
    const reload = vi.fn();
    vi.stubGlobal('sessionStorage', undefined);
    Object.defineProperty(globalThis, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(reloadOnceForMissingChunk({ reload })).toBe(false);
      expect(reload).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
