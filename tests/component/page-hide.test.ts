import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushWhenHidden } from '../../src/state/page-hide';

let visibility: DocumentVisibilityState = 'visible';

/** Switches tabs or apps as a phone does: the page becomes hidden (or visible again). */
function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('flushWhenHidden', () => {
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  afterEach(() => {
    visibility = 'visible';
  });

  it('flushes when the page is hidden, not when it shows again', () => {
    const target = { flushOnHide: vi.fn() };
    const stop = flushWhenHidden(target);
    setVisibility('hidden');
    expect(target.flushOnHide).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    expect(target.flushOnHide).toHaveBeenCalledTimes(1);
    stop();
  });

  it('flushes when the page is being unloaded or put in the back-forward cache', () => {
    const target = { flushOnHide: vi.fn() };
    const stop = flushWhenHidden(target);
    window.dispatchEvent(new Event('pagehide'));
    expect(target.flushOnHide).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening once cleaned up', () => {
    const target = { flushOnHide: vi.fn() };
    flushWhenHidden(target)();
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(target.flushOnHide).not.toHaveBeenCalled();
  });
});
