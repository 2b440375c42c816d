// Pure chart.js configurations for the maturity radar and the critical-moment gap bars: data in,
// configuration out, so the screen and the PDF draw the same chart and tests can check it.
import type { ChartConfiguration, Plugin } from 'chart.js';

/** Marks a chart's canvas once its first frame is drawn (the benchmark and the tests wait for it). */
export const markDrawn: Plugin = {
  id: 'momentos-drawn',
  afterDraw: (chart) => void (chart.canvas.dataset.drawn = 'true'),
};

export const CHART_COLORS = {
  brand: '#0f5c63',
  brandFill: 'rgba(15, 92, 99, 0.22)',
  grid: '#c9cfd2',
  ink: '#1b2328',
  gap: ['#b45309', '#c2410c', '#b42318'] as const,
  /** The team's spread (min-max band) behind its median. */
  band: 'rgba(194, 65, 12, 0.16)',
  bandEdge: 'rgba(194, 65, 12, 0.55)',
  /** A follow-up's baseline, drawn dashed under the current scores. */
  baseline: '#5a6670',
} as const;

/** A chart label: one line, or several lines (a long area name wrapped, its score below). */
export type ChartLabel = string | string[];

/**
 * A name broken into lines of at most `width` characters where it has spaces (a single longer word
 * stays whole), so a chart's labels stay inside a narrow canvas.
 */
export function wrapLabel(text: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A font size that grows with the chart (a projected radar is read from the back of a room). */
export const scaledFontSize = (chartWidth: number) =>
  Math.round(Math.min(22, Math.max(11, chartWidth / 40)));

export interface RadarInput {
  /** Area names in the interface language, in question-bank order (each one or more lines). */
  labels: ChartLabel[];
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
  /** A fixed font size (the PDF); without it the text grows with the chart (scaledFontSize). */
  fontSize?: number;
  /** Width over height; wider than square leaves the side labels room on a wide screen. */
  aspectRatio?: number;
  /** Team mode: the lowest and highest participant's score per area, drawn as a band. */
  band?: { min: (number | null)[]; max: (number | null)[]; label: string };
  /** A follow-up: the baseline's area means, drawn as a dashed line. */
  baseline?: { values: (number | null)[]; label: string };
}

/** The baseline of a comparison: grey, dashed, square points, unfilled (told apart without colour). */
function baselineDataset(baseline: NonNullable<RadarInput['baseline']>) {
  return {
    label: baseline.label,
    data: [...baseline.values],
    borderColor: CHART_COLORS.baseline,
    backgroundColor: 'transparent',
    pointBackgroundColor: CHART_COLORS.baseline,
    pointStyle: 'rect' as const,
    borderWidth: 2,
    borderDash: [6, 4],
    pointRadius: 4,
    fill: false,
    spanGaps: false,
  };
}

/** The band's two edges: the highest scores filled down to the lowest (dataset +1). */
function bandDatasets(band: NonNullable<RadarInput['band']>) {
  const edge = {
    borderColor: CHART_COLORS.bandEdge,
    borderWidth: 1,
    borderDash: [4, 3],
    pointRadius: 0,
    spanGaps: false,
  };
  return [
    {
      ...edge,
      label: band.label,
      data: [...band.max],
      backgroundColor: CHART_COLORS.band,
      fill: '+1',
    },
    {
      ...edge,
      label: band.label,
      data: [...band.min],
      backgroundColor: CHART_COLORS.band,
      fill: false,
    },
  ];
}

export function radarConfig(input: RadarInput): ChartConfiguration<'radar', (number | null)[]> {
  const family = 'system-ui, sans-serif';
  const size = (width: number) => input.fontSize ?? scaledFontSize(width);
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
          fill: !input.band,
          spanGaps: false,
        },
        ...(input.band ? bandDatasets(input.band) : []),
        ...(input.baseline ? [baselineDataset(input.baseline)] : []),
      ],
    },
    options: {
      responsive: input.responsive,
      maintainAspectRatio: true,
      aspectRatio: input.aspectRatio ?? 1,
      animation: input.animate ? { duration: 400 } : false,
      devicePixelRatio: input.devicePixelRatio,
      // chart.js places multi-line point labels a little beyond its own estimate: room at the
      // sides keeps a long area name from being cut at the canvas's edge.
      layout: { padding: { top: 8, bottom: 8, left: 30, right: 30 } },
      // A comparison's legend is written beside the chart (HTML on screen, a line of text in the PDF).
      plugins: { legend: { display: false }, tooltip: { enabled: input.responsive } },
      scales: {
        r: {
          min: 1,
          max: 5,
          ticks: {
            // The scale is drawn over the data, its numbers on a white backdrop: a point at 3 no
            // longer hides the "3".
            z: 1,
            stepSize: 1,
            font: ({ chart }) => ({ size: Math.round(size(chart.width) * 0.85), family }),
            color: CHART_COLORS.ink,
            backdropColor: 'rgba(255, 255, 255, 0.85)',
            showLabelBackdrop: true,
          },
          pointLabels: {
            font: ({ chart }) => ({ size: size(chart.width), family, weight: 600 }),
            color: CHART_COLORS.ink,
          },
          grid: { color: CHART_COLORS.grid },
          angleLines: { color: CHART_COLORS.grid },
        },
      },
    },
  };
}

export interface GapBarsInput {
  /** Moment names, most critical first. */
  labels: ChartLabel[];
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
        // Every moment named: never skip a label to make room.
        y: { ticks: { font, color: CHART_COLORS.ink, autoSkip: false }, grid: { display: false } },
      },
    },
  };
}
