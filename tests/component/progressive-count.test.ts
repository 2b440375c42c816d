import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ProgressiveListHarness from './ProgressiveListHarness.svelte';

describe('progressiveCount', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the first items at once, then a few more at a time until the list is whole', async () => {
    render(ProgressiveListHarness, { total: 30, first: 2, step: 4 });
    // The first frame carries only the first items.
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const seen = new Set<number>();
    await expect
      .poll(() => {
        const count = screen.getAllByRole('listitem').length;
        seen.add(count);
        return count;
      })
      .toBe(30);
    // It grew in steps, not all at once (and never past the list's end).
    expect([...seen].every((n) => n === 30 || (n - 2) % 4 === 0)).toBe(true);
    expect(screen.getAllByRole('listitem').at(-1)).toHaveTextContent('Item 30');
  });

  it('starts from nothing when asked, and shows items added once it is complete', async () => {
    render(ProgressiveListHarness, { total: 5, first: 0, step: 3 });
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    await expect.poll(() => screen.queryAllByRole('listitem').length).toBe(5);
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getAllByRole('listitem').at(-1)).toHaveTextContent('Item 6');
  });

  it('keeps growing in a browser that is never idle, once the longest wait has passed', async () => {
    // An idle callback that only ever runs when its timeout expires (CI once stalled a list this way).
    vi.stubGlobal('requestIdleCallback', (next: () => void, options?: { timeout?: number }) =>
      setTimeout(next, options?.timeout ?? 3_600_000),
    );
    vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
    render(ProgressiveListHarness, { total: 9, first: 3, step: 3 });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await expect.poll(() => screen.getAllByRole('listitem').length, { timeout: 3_000 }).toBe(9);
  });
});
