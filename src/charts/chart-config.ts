// Pure chart.js configurations for the maturity radar and the critical-moment gap bars: data in,
// configuration out, so the screen and the PDF draw the same chart and tests can check it.
import type { ChartConfiguration } from 'chart.js';

export const CHART_COLORS = {
  brand: '#0f5c63',
  brandFill: 'rgba(15, 92, 99, 0.22)',
  grid: '#c9cfd2',
  ink: '#1b2328',
  gap: ['#b45309', '#c2410c', '#b42318'] as const,
} as const;

export interface RadarInput {
  /** Area names in the interface language, in question-bank order. */
  labels: string[];
  /** Area means on the 1-5 scale; null for an area with nothing answered (drawn as a gap). */
  values: (number | null)[];
  /** Name of the data series (for tooltips and screen readers). */
  seriesLabel: string;
  /** No animation when the user prefers reduced motion, or when drawing for the PDF. */
  animate: boolean;
  /** False for a fixed-size canvas (the PDF); true on screen. */
  responsive: boolean;
  /** Pixel ratio to draw at; the PDF fixes it so the image is the same on every device. */
  devicePixelRatio?: number;
  fontSize?: number;
}

export function radarConfig(input: RadarInput): ChartConfiguration<'radar', (number | null)[]> {
  const font = { size: input.fontSize ?? 13, family: 'system-ui, sans-serif' };
  return {
    type: 'radar',
    data: {
      // Copies: chart.js instruments the arrays it is given.
      labels: [...input.labels],
      datasets: [
        {
          label: input.seriesLabel,
          data: [...input.values],
          borderColor: CHART_COLORS.brand,
          backgroundColor: CHART_COLORS.brandFill,
          pointBackgroundColor: CHART_COLORS.brand,
          borderWidth: 2,
          pointRadius: 4,
          fill: true,
          spanGaps: false,
        },
      ],
    },
    options: {
      responsive: input.responsive,
      maintainAspectRatio: true,
      aspectRatio: 1,
      animation: input.animate ? { duration: 400 } : false,
      devicePixelRatio: input.devicePixelRatio,
      // Room around the point labels: on a narrow phone a long area name must not be cut.
      layout: { padding: 12 },
      plugins: { legend: { display: false }, tooltip: { enabled: input.responsive } },
      scales: {
        r: {
          min: 1,
          max: 5,
          ticks: { stepSize: 1, font, color: CHART_COLORS.ink, backdropColor: 'transparent' },
          pointLabels: { font: { ...font, weight: 600 }, color: CHART_COLORS.ink },
          grid: { color: CHART_COLORS.grid },
          angleLines: { color: CHART_COLORS.grid },
        },
      },
    },
  };
}

export interface GapBarsInput {
  /** Moment names, most critical first. */
  labels: string[];
  /** Their gaps (importance - delivered), all positive. */
  values: number[];
  seriesLabel: string;
  animate: boolean;
  responsive: boolean;
  devicePixelRatio?: number;
}

/** Colour of a gap bar: darker as the gap grows (1, 2, 3+); the number is always printed too. */
export function gapColor(gap: number): string {
  const index = Math.min(Math.max(Math.round(gap), 1), 3) - 1;
  return CHART_COLORS.gap[index] ?? CHART_COLORS.gap[2];
}

export function gapBarsConfig(input: GapBarsInput): ChartConfiguration<'bar', number[]> {
  const font = { size: 13, family: 'system-ui, sans-serif' };
  return {
    type: 'bar',
    data: {
      labels: [...input.labels],
      datasets: [
        {
          label: input.seriesLabel,
          data: [...input.values],
          backgroundColor: input.values.map(gapColor),
          borderRadius: 4,
          barThickness: 18,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: input.responsive,
      maintainAspectRatio: false,
      animation: input.animate ? { duration: 400 } : false,
      devicePixelRatio: input.devicePixelRatio,
      plugins: { legend: { display: false }, tooltip: { enabled: input.responsive } },
      scales: {
        x: {
          min: 0,
          max: 4,
          ticks: { stepSize: 1, font, color: CHART_COLORS.ink },
          grid: { color: CHART_COLORS.grid },
        },
        y: { ticks: { font, color: CHART_COLORS.ink }, grid: { display: false } },
      },
    },
  };
}
