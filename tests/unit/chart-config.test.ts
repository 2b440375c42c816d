import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  gapBarsConfig,
  gapColor,
  radarConfig,
  scaledFontSize,
  wrapLabel,
} from '../../src/charts/chart-config';

const AREAS = ['Clientes', 'Internos', 'Momentos', 'Procesos', 'Mejora', 'Liderazgo'];

/** The colours a chart is drawn on: the page and the cards (src/app.css), and the PDF's white page. */
const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
function cssColor(name: string): string {
  const found = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})\\b`, 'i').exec(css)?.[1];
  if (!found) throw new Error(`--${name} is not a #rrggbb colour in src/app.css`);
  return found;
}
const BACKGROUNDS = [cssColor('bg'), cssColor('surface'), '#ffffff'];

/** Red, green, blue (0-255) and alpha (0-1) of a #rrggbb or rgb()/rgba() colour. */
function channels(color: unknown): [number, number, number, number] {
  const text = String(color);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  const fn = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(text);
  if (hex) {
    const [r, g, b] = hex.slice(1, 4).map((part) => Number.parseInt(part, 16)) as [
      number,
      number,
      number,
    ];
    return [r, g, b, 1];
  }
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3]), Number(fn[4] ?? 1)];
  throw new Error(`Not a colour this test reads: ${text}`);
}

/** Relative luminance, as WCAG 2 defines it. */
function luminance(color: unknown): number {
  const [r, g, b] = channels(color)
    .slice(0, 3)
    .map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio (1 to 21). */
function contrast(a: unknown, b: unknown): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The lowest contrast of `color` against any background a chart is drawn on. */
const worstContrast = (color: unknown) => Math.min(...BACKGROUNDS.map((bg) => contrast(color, bg)));

describe('the contrast measure used below', () => {
  it('agrees with WCAG on known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // The grey at the 4.5:1 text limit on white.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('radarConfig', () => {
  const input = {
    labels: AREAS,
    values: [3.4, null, 2, 5, 1, 4.25],
    seriesLabel: 'Madurez (1–5)',
    animate: true,
    responsive: true,
  };

  it('draws the six areas with their scores, leaving a gap for an unanswered area', () => {
    const config = radarConfig(input);
    expect(config.type).toBe('radar');
    expect(config.data.labels).toEqual(AREAS);
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]?.data).toEqual([3.4, null, 2, 5, 1, 4.25]);
    expect(config.data.datasets[0]?.label).toBe('Madurez (1–5)');
    expect(config.data.datasets[0]?.spanGaps).toBe(false);
  });

  it('uses the fixed 1-5 maturity scale in steps of one', () => {
    const r = radarConfig(input).options?.scales?.r as {
      min: number;
      max: number;
      ticks: { stepSize: number };
    };
    expect([r.min, r.max, r.ticks.stepSize]).toEqual([1, 5, 1]);
  });

  it('animates only when asked (never with reduced motion or for the PDF)', () => {
    expect(radarConfig(input).options?.animation).toEqual({ duration: 400 });
    expect(radarConfig({ ...input, animate: false }).options?.animation).toBe(false);
  });

  it('draws a fixed-size, fixed-ratio image when not responsive', () => {
    const config = radarConfig({ ...input, responsive: false, devicePixelRatio: 2 });
    expect(config.options?.responsive).toBe(false);
    expect(config.options?.devicePixelRatio).toBe(2);
    expect(config.options?.plugins?.tooltip?.enabled).toBe(false);
  });

  it('draws the line and points at 3:1 or more, and the labels at 4.5:1, on every background', () => {
    const config = radarConfig(input);
    const series = config.data.datasets[0];
    expect(worstContrast(series?.borderColor)).toBeGreaterThanOrEqual(3);
    expect(worstContrast(series?.pointBackgroundColor)).toBeGreaterThanOrEqual(3);
    const r = config.options?.scales?.r as {
      ticks: { color: unknown };
      pointLabels: { color: unknown };
    };
    expect(worstContrast(r.ticks.color)).toBeGreaterThanOrEqual(4.5);
    expect(worstContrast(r.pointLabels.color)).toBeGreaterThanOrEqual(4.5);
  });

  it('fills the area with a see-through tint of the line colour, so the grid shows through', () => {
    const series = radarConfig(input).data.datasets[0];
    const [r, g, b, alpha] = channels(series?.backgroundColor);
    expect([r, g, b]).toEqual(channels(series?.borderColor).slice(0, 3));
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(0.5);
  });

  it('draws a team’s band from the lowest to the highest score behind its median line', () => {
    const band = { min: [2, null, 1, 4, 1, 3], max: [4.5, null, 3, 5, 2, 5], label: 'Mín.–máx.' };
    const config = radarConfig({ ...input, band });
    const [median, high, low] = config.data.datasets;
    expect(config.data.datasets).toHaveLength(3);
    expect(median?.data).toEqual(input.values);
    // The median is a line over the band: only the band is filled, from its top edge down to the next.
    expect(median?.fill).toBe(false);
    expect(high).toMatchObject({ data: band.max, fill: '+1', label: 'Mín.–máx.' });
    expect(low).toMatchObject({ data: band.min, fill: false });
    expect(high?.data).not.toBe(band.max);
    // Without a band, one filled series as before.
    expect(radarConfig(input).data.datasets).toHaveLength(1);
  });

  it('copies its input arrays (chart.js instruments the arrays it draws)', () => {
    const config = radarConfig(input);
    expect(config.data.labels).not.toBe(input.labels);
    expect(config.data.datasets[0]?.data).not.toBe(input.values);
  });
});

describe('gapBarsConfig', () => {
  const bars = gapBarsConfig({
    labels: ['Pedir cita', 'Llamar', 'Pagar'],
    values: [3, 2, 1],
    seriesLabel: 'Brecha',
    animate: false,
    responsive: true,
  });

  it('draws horizontal bars of the gaps on a 0-4 axis', () => {
    expect(bars.options?.indexAxis).toBe('y');
    expect(bars.data.labels).toEqual(['Pedir cita', 'Llamar', 'Pagar']);
    expect(bars.data.datasets[0]?.data).toEqual([3, 2, 1]);
    const x = bars.options?.scales?.x as { min: number; max: number };
    expect([x.min, x.max]).toEqual([0, 4]);
    expect(bars.options?.animation).toBe(false);
  });

  it('colours each bar by its gap: a different colour for each size, darker as the gap grows', () => {
    const colors = bars.data.datasets[0]?.backgroundColor as unknown[];
    expect(colors).toEqual([gapColor(3), gapColor(2), gapColor(1)]);
    expect(new Set(colors).size).toBe(3);
    const [gap3, gap2, gap1] = colors.map(luminance) as [number, number, number];
    expect(gap3).toBeLessThan(gap2);
    expect(gap2).toBeLessThan(gap1);
  });

  it('gives gaps beyond 3 the colour of 3, and anything below 1 the colour of 1', () => {
    expect(gapColor(4)).toBe(gapColor(3));
    expect(gapColor(0.4)).toBe(gapColor(1));
    expect(gapColor(3)).not.toBe(gapColor(1));
  });

  it('draws every bar at 3:1 or more, and the axis labels at 4.5:1, on every background', () => {
    for (const gap of [1, 2, 3]) expect(worstContrast(gapColor(gap))).toBeGreaterThanOrEqual(3);
    const { x, y } = bars.options?.scales as Record<'x' | 'y', { ticks: { color: unknown } }>;
    expect(worstContrast(x.ticks.color)).toBeGreaterThanOrEqual(4.5);
    expect(worstContrast(y.ticks.color)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('wrapLabel', () => {
  it('breaks a name at spaces into lines of at most the width', () => {
    expect(wrapLabel('Momentos de la verdad', 14)).toEqual(['Momentos de la', 'verdad']);
    expect(wrapLabel('Liderazgo y decisiones', 16)).toEqual(['Liderazgo y', 'decisiones']);
    expect(wrapLabel('Customers', 14)).toEqual(['Customers']);
  });

  it('keeps a word longer than the width whole, and drops extra spaces', () => {
    expect(wrapLabel('  Experiencia   omnicanalidadintegral ', 10)).toEqual([
      'Experiencia',
      'omnicanalidadintegral',
    ]);
    expect(wrapLabel('', 10)).toEqual([]);
  });
});

describe('scaledFontSize', () => {
  it('grows with the chart between 11 and 22 px', () => {
    expect(scaledFontSize(200)).toBe(11);
    expect(scaledFontSize(600)).toBe(15);
    expect(scaledFontSize(2000)).toBe(22);
  });

  it('is what the radar uses unless a fixed size is given', () => {
    type FontFn = (ctx: { chart: { width: number } }) => { size: number };
    const labelSize = (config: ReturnType<typeof radarConfig>, width: number) =>
      (config.options?.scales?.r?.pointLabels?.font as unknown as FontFn)({ chart: { width } })
        .size;
    const base = { labels: ['A'], values: [3], seriesLabel: 's', animate: false, responsive: true };
    expect(labelSize(radarConfig(base), 800)).toBe(20);
    expect(labelSize(radarConfig({ ...base, fontSize: 26 }), 800)).toBe(26);
  });
});

describe('radarConfig with a baseline (a follow-up)', () => {
  it('draws the baseline as a second, dashed and unfilled dataset under the current scores', () => {
    const config = radarConfig({
      labels: AREAS,
      values: [4, 3, null, 2, 5, 3],
      seriesLabel: 'Now',
      baseline: { values: [3, 3, 2, null, 4, 4], label: 'Before' },
      animate: false,
      responsive: false,
    });
    const [now, before] = config.data.datasets;
    expect(now?.data).toEqual([4, 3, null, 2, 5, 3]);
    expect(before).toMatchObject({
      label: 'Before',
      data: [3, 3, 2, null, 4, 4],
      borderDash: [6, 4],
      fill: false,
      pointStyle: 'rect',
    });
    expect(config.data.datasets).toHaveLength(2);
  });
});
