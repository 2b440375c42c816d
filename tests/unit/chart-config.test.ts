import { describe, expect, it } from 'vitest';
import { gapBarsConfig, gapColor, radarConfig } from '../../src/charts/chart-config';

const AREAS = ['Clientes', 'Internos', 'Momentos', 'Procesos', 'Mejora', 'Liderazgo'];

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

  it('copies its input arrays (chart.js instruments the arrays it draws)', () => {
    const config = radarConfig(input);
    expect(config.data.labels).not.toBe(input.labels);
    expect(config.data.datasets[0]?.data).not.toBe(input.values);
  });
});

describe('gapBarsConfig', () => {
  it('draws horizontal bars of the gaps on a 0-4 axis, coloured by size', () => {
    const config = gapBarsConfig({
      labels: ['Pedir cita', 'Llamar', 'Pagar'],
      values: [3, 2, 1],
      seriesLabel: 'Brecha',
      animate: false,
      responsive: true,
    });
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['Pedir cita', 'Llamar', 'Pagar']);
    expect(config.data.datasets[0]?.data).toEqual([3, 2, 1]);
    expect(config.data.datasets[0]?.backgroundColor).toEqual(['#b42318', '#c2410c', '#b45309']);
    const x = config.options?.scales?.x as { min: number; max: number };
    expect([x.min, x.max]).toEqual([0, 4]);
    expect(config.options?.animation).toBe(false);
  });

  it('gives gaps beyond 3 the darkest colour and anything below 1 the lightest', () => {
    expect(gapColor(4)).toBe('#b42318');
    expect(gapColor(0.4)).toBe('#b45309');
  });
});
