// Loads chart.js (its radar and bar parts) once, when a chart is first needed; a failed load is retried next time.
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

export function loadChart(): Promise<typeof Chart> {
  loading ??= import('./chart-parts').then(
    (module) => module.Chart,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
