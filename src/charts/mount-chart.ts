// Creates a chart once chart.js has loaded and hands back the cleanup for a Svelte $effect: a chart
// whose component is gone before the library arrives is never created, and a created one is destroyed.
import type { Chart } from 'chart.js';
import { loadChart } from './chart';

export function mountChart<C extends { destroy(): void }>(
  create: (ChartClass: typeof Chart) => C,
  onchart: (chart: C | null) => void,
  onfail: () => void,
): () => void {
  let cancelled = false;
  let created: C | null = null;
  loadChart().then(
    (ChartClass) => {
      if (cancelled) return;
      created = create(ChartClass);
      onchart(created);
    },
    () => {
      if (!cancelled) onfail();
    },
  );
  return () => {
    cancelled = true;
    created?.destroy();
    onchart(null);
  };
}
