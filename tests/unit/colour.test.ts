// src/domain/colour.ts: hex parsing, WCAG 2 luminance and contrast (numbers worked out by hand from
// the formula), mixing, and the brand tokens a site's colour becomes in each theme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  brandPalette,
  contrastRatio,
  mix,
  mixWithBlack,
  mixWithWhite,
  parseHex,
  relativeLuminance,
  TEXT_CONTRAST,
  THEME_COLOURS,
  type BrandVars,
  type ThemeMode,
} from '../../src/domain/colour';

const APP_CSS = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');

/** The custom properties one block of app.css sets (`:root {` or `:root[data-theme='dark'] {`). */
function tokens(opening: string): Record<string, string> {
  const start = APP_CSS.indexOf(opening);
  expect(start).toBeGreaterThanOrEqual(0);
  const block = APP_CSS.slice(start, APP_CSS.indexOf('}', start));
  const pairs = [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map(
    (m): [string, string] => [m[1]!, m[2]!],
  );
  return Object.fromEntries(pairs);
}
const LIGHT = tokens(':root {');
const DARK = { ...LIGHT, ...tokens(":root[data-theme='dark'] {") };
const CSS: Record<ThemeMode, Record<string, string>> = { light: LIGHT, dark: DARK };

describe('parseHex', () => {
  it('reads #rrggbb and #rgb in any case, as lower-case #rrggbb', () => {
    expect(parseHex('#0F5C63')).toBe('#0f5c63');
    expect(parseHex('#abc')).toBe('#aabbcc');
    expect(parseHex('#FfF')).toBe('#ffffff');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '#', '0f5c63', '#0f5c6', '#0f5c6300', '#ggg', ' #fff', '#fff ', 'red'])
      expect(parseHex(bad)).toBeNull();
    expect(parseHex('rgb(0,0,0)')).toBeNull();
    expect(parseHex('#' + 'f'.repeat(100_000))).toBeNull();
  });
});

describe('WCAG 2 luminance and contrast', () => {
  it('gives black 0 and white 1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it('weighs the channels 0.2126, 0.7152, 0.0722 (pure yellow is red + green)', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 10);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 10);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 10);
    expect(relativeLuminance('#ffff00')).toBeCloseTo(0.9278, 10);
  });

  it('linearises a channel: 0x80 is ((128/255 + 0.055) / 1.055)^2.4 = 0.2158605', () => {
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2158605, 6);
    // Below 0.04045 the curve is a straight line: 10/255/12.92 = 0.0030353.
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(0.0030353, 6);
  });

  it('computes (lighter + 0.05) / (darker + 0.05), in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
    // The grey every WCAG checker gives as just passing on white: 4.54.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // Yellow on white: 1.05 / (0.9278 + 0.05) = 1.0738.
    expect(contrastRatio('#ffff00', '#ffffff')).toBeCloseTo(1.0738, 4);
  });
});

describe('mixing', () => {
  it('moves each channel the given share of the way, rounded', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080'); // 127.5 rounds up
    expect(mixWithWhite('#0f5c63', 0)).toBe('#0f5c63');
    expect(mixWithWhite('#0f5c63', 1)).toBe('#ffffff');
    expect(mixWithBlack('#0f5c63', 1)).toBe('#000000');
    // 0x0f + (0xff - 0x0f) * 0.9 = 231 = 0xe7; 0x5c + 163 * 0.9 = 238.7 -> 0xef; 0x63 + 156 * 0.9 -> 0xef
    expect(mixWithWhite('#0f5c63', 0.9)).toBe('#e7efef');
    expect(mixWithBlack('#6cc4cc', 0.5)).toBe('#366266');
  });

  it('keeps the share between 0 and 1', () => {
    expect(mix('#336699', '#ffffff', -1)).toBe('#336699');
    expect(mix('#336699', '#ffffff', 2)).toBe('#ffffff');
  });
});

/** Every pairing of the brand tokens the interface draws (src/app.css and the components). */
function pairings(vars: BrandVars, mode: ThemeMode): [string, number][] {
  const t = THEME_COLOURS[mode];
  return [
    ['brand on bg', contrastRatio(vars['--brand'], t.bg)],
    ['brand on surface', contrastRatio(vars['--brand'], t.surface)],
    ['on-brand on brand', contrastRatio(vars['--on-brand'], vars['--brand'])],
    ['on-brand on brand-strong', contrastRatio(vars['--on-brand'], vars['--brand-strong'])],
    ['ink on brand-soft', contrastRatio(t.ink, vars['--brand-soft'])],
    ['ink-soft on brand-soft', contrastRatio(t.inkSoft, vars['--brand-soft'])],
    ['brand on brand-soft', contrastRatio(vars['--brand'], vars['--brand-soft'])],
  ];
}

describe('brandPalette', () => {
  it('knows the theme colours app.css sets', () => {
    for (const mode of ['light', 'dark'] as const) {
      const css = CSS[mode];
      expect(THEME_COLOURS[mode]).toEqual({
        bg: css['--bg'],
        surface: css['--surface'],
        ink: css['--ink'],
        inkSoft: css['--ink-soft'],
      });
    }
  });

  it("checks the same pairings with app.css's own tokens: all of ours reach 4.5:1", () => {
    for (const mode of ['light', 'dark'] as const) {
      const css = CSS[mode];
      const ours = {
        '--brand': css['--brand']!,
        '--brand-strong': css['--brand-strong']!,
        '--on-brand': css['--on-brand']!,
        '--brand-soft': css['--brand-soft']!,
      };
      for (const [name, ratio] of pairings(ours, mode))
        expect(ratio, `${mode}: ${name}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('accepts our own colours, light and dark, and derives tokens that pass every pairing', () => {
    for (const mode of ['light', 'dark'] as const) {
      const result = brandPalette(CSS[mode]['--brand']!, mode);
      expect(result.ok, mode).toBe(true);
      if (!result.ok) continue;
      expect(result.vars['--brand']).toBe(CSS[mode]['--brand']);
      for (const [name, ratio] of pairings(result.vars, mode))
        expect(ratio, `${mode}: ${name}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('puts white on a dark brand in light mode and a near-black on a light brand in dark mode', () => {
    const light = brandPalette('#0f5c63', 'light');
    expect(light.ok && light.vars['--on-brand']).toBe('#ffffff');
    // Hover darkens under white text: 0x0f * 0.75 = 11.25 -> 0b, 0x5c * 0.75 = 69 -> 45, 0x63 -> 4a.
    expect(light.ok && light.vars['--brand-strong']).toBe('#0b454a');
    const dark = brandPalette('#6CC4CC', 'dark');
    expect(dark.ok && dark.vars['--brand']).toBe('#6cc4cc');
    // 15 % of 0x6c, 0xc4, 0xcc: 16.2, 29.4, 30.6 -> #101d1f.
    expect(dark.ok && dark.vars['--on-brand']).toBe('#101d1f');
    // Under dark text, hover lightens.
    expect(dark.ok && relativeLuminance(dark.vars['--brand-strong'])).toBeGreaterThan(
      relativeLuminance('#6cc4cc'),
    );
  });

  it('refuses pure yellow in light mode: 1.007:1 on the page background', () => {
    const result = brandPalette('#ffff00', 'light');
    expect(result).toMatchObject({ ok: false, check: 'brandOnBackground' });
    // (0.9278 + 0.05) / (L(#f7f6f2) + 0.05), L(#f7f6f2) = 0.9209687.
    expect(!result.ok && 'ratio' in result && result.ratio).toBeCloseTo(1.00704, 4);
  });

  it('accepts yellow in dark mode, with dark text on it', () => {
    const result = brandPalette('#ff0', 'dark');
    expect(result.ok).toBe(true);
    if (result.ok)
      for (const [name, ratio] of pairings(result.vars, 'dark'))
        expect(ratio, name).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it('refuses navy in dark mode (1.13:1 on the dark background) though it passes in light mode', () => {
    expect(brandPalette('#000080', 'light').ok).toBe(true);
    const dark = brandPalette('#000080', 'dark');
    expect(dark.ok).toBe(false);
    expect(!dark.ok && 'ratio' in dark && dark.check).toBe('brandOnBackground');
    expect(!dark.ok && 'ratio' in dark && dark.ratio).toBeCloseTo(1.1295, 3);
  });

  it('refuses a grey that passes on white but not on the warmer page background', () => {
    // #767676: 4.54:1 on #ffffff, but (0.9209687 + 0.05) / (0.1811642 + 0.05) = 4.2 on #f7f6f2.
    const result = brandPalette('#767676', 'light');
    expect(result).toMatchObject({ ok: false, check: 'brandOnBackground' });
    expect(!result.ok && 'ratio' in result && result.ratio).toBeCloseTo(4.2, 1);
  });

  it('says when the text is not a colour', () => {
    expect(brandPalette('teal', 'light')).toEqual({ ok: false, check: 'notAColour' });
  });

  it('derives passing tokens for every colour it accepts (a sweep of the colour cube)', () => {
    let accepted = 0;
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51)
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
          for (const mode of ['light', 'dark'] as const) {
            const result = brandPalette(hex, mode);
            const onBg = contrastRatio(hex, THEME_COLOURS[mode].bg);
            const onSurface = contrastRatio(hex, THEME_COLOURS[mode].surface);
            // Refused exactly when the colour itself cannot be text on the page.
            expect(result.ok, `${mode} ${hex}`).toBe(Math.min(onBg, onSurface) >= TEXT_CONTRAST);
            if (!result.ok) continue;
            accepted += 1;
            for (const [name, ratio] of pairings(result.vars, mode))
              expect(ratio, `${mode} ${hex}: ${name}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
          }
        }
    expect(accepted).toBeGreaterThan(100);
  });
});
