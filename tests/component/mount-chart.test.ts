// mountChart with chart.js's loader mocked (vi.mock needs this project's one module graph per file).
import type { Chart } from 'chart.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadChart } from '../../src/charts/chart';
import { mountChart } from '../../src/charts/mount-chart';

vi.mock('../../src/charts/chart', () => ({ loadChart: vi.fn() }));

/** chart.js as the loader hands it over, arriving when the test says. */
function arriving() {
  let arrive!: () => void;
  let fail!: (error: unknown) => void;
  const ChartClass = class {} as unknown as typeof Chart;
  vi.mocked(loadChart).mockReturnValue(
    new Promise((resolve, reject) => {
      arrive = () => resolve(ChartClass);
      fail = reject;
    }),
  );
  return { ChartClass, arrive, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
  const chart = { destroy: vi.fn() };
  const create = vi.fn((_ChartClass: typeof Chart) => chart);
  const onchart = vi.fn();
  const onfail = vi.fn();
  const cleanup = mountChart(create, onchart, onfail);
  return { chart, create, onchart, onfail, cleanup };
}

describe('mountChart', () => {
  beforeEach(() => {
    vi.mocked(loadChart).mockReset();
  });

  it('creates the chart once chart.js has arrived, and destroys it on cleanup', async () => {
    const library = arriving();
    const { chart, create, onchart, cleanup } = mount();
    expect(create).not.toHaveBeenCalled();
    library.arrive();
    await settle();
    expect(create).toHaveBeenCalledExactlyOnceWith(library.ChartClass);
    expect(onchart).toHaveBeenLastCalledWith(chart);

    cleanup();
    expect(chart.destroy).toHaveBeenCalledTimes(1);
    expect(onchart).toHaveBeenLastCalledWith(null);
  });

  it('never creates a chart for a component gone before chart.js arrived', async () => {
    const library = arriving();
    const { create, onchart, cleanup } = mount();
    cleanup();
    library.arrive();
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(onchart).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('says when chart.js could not be loaded, unless the component is already gone', async () => {
    const first = arriving();
    const shown = mount();
    first.fail(new TypeError('Failed to fetch dynamically imported module'));
    await settle();
    expect(shown.onfail).toHaveBeenCalledTimes(1);

    const second = arriving();
    const gone = mount();
    gone.cleanup();
    second.fail(new TypeError('Failed to fetch dynamically imported module'));
    await settle();
    expect(gone.onfail).not.toHaveBeenCalled();
    expect(gone.create).not.toHaveBeenCalled();
  });
});
