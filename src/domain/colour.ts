// Colours as WCAG 2 measures them, and a site's primary colour turned into the four brand tokens of
// src/app.css (--brand, --brand-strong, --on-brand, --brand-soft) for the light or the dark theme,
// only when every pairing of those tokens the interface draws reaches 4.5:1 (text contrast).

/** The contrast text needs (WCAG 2, level AA, normal-size text). */
export const TEXT_CONTRAST = 4.5;

export type ThemeMode = 'light' | 'dark';

/**
 * The colours of our two themes a brand colour is drawn against: the same values as src/app.css
 * (tests/unit/colour.test.ts reads app.css and fails when they drift apart).
 */
export const THEME_COLOURS: Record<
  ThemeMode,
  { bg: string; surface: string; ink: string; inkSoft: string }
> = {
  light: { bg: '#f7f6f2', surface: '#ffffff', ink: '#1b2328', inkSoft: '#4a565e' },
  dark: { bg: '#11171a', surface: '#1a2327', ink: '#e8ecee', inkSoft: '#aab6bd' },
};

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#rgb` or `#rrggbb` (any case) as `#rrggbb` in lower case; null for anything else. */
export function parseHex(text: string): string | null {
  if (!HEX.test(text)) return null;
  const digits = text.slice(1).toLowerCase();
  if (digits.length === 6) return `#${digits}`;
  return `#${[...digits].map((d) => d + d).join('')}`;
}

/** The red, green and blue of a colour, 0-255 each. Throws on a text parseHex refuses. */
function channels(hex: string): [number, number, number] {
  const parsed = parseHex(hex);
  if (parsed === null) throw new Error(`Not a colour: ${hex.slice(0, 20)}`);
  const n = Number.parseInt(parsed.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (rgb: readonly number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** One sRGB channel (0-255) made linear, as WCAG 2 defines it. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** `hex` moved `amount` (0 = itself, 1 = the target) toward `target`, channel by channel in sRGB. */
export function mix(hex: string, target: string, amount: number): string {
  const t = Math.min(1, Math.max(0, amount));
  const from = channels(hex);
  const to = channels(target);
  return toHex(from.map((c, i) => c + (to[i]! - c) * t));
}

export const mixWithWhite = (hex: string, amount: number) => mix(hex, '#ffffff', amount);
export const mixWithBlack = (hex: string, amount: number) => mix(hex, '#000000', amount);

/** The four brand tokens of src/app.css. */
export interface BrandVars {
  '--brand': string;
  '--brand-strong': string;
  '--on-brand': string;
  '--brand-soft': string;
}

/**
 * The pairing that did not reach 4.5:1:
 * - brandOnBackground / brandOnSurface: --brand as text (links, the brand name, secondary buttons) on
 *   --bg / --surface;
 * - onBrand: neither white nor a near-black reads on --brand (buttons, the current step, chosen tiles);
 * - onBrandStrong: the same on --brand-strong (buttons under the pointer);
 * - inkOnSoft / inkSoftOnSoft / brandOnSoft: --ink, --ink-soft and --brand (a link in a notice, a
 *   secondary button under the pointer) on --brand-soft.
 */
export type PaletteCheck =
  | 'brandOnBackground'
  | 'brandOnSurface'
  | 'onBrand'
  | 'onBrandStrong'
  | 'inkOnSoft'
  | 'inkSoftOnSoft'
  | 'brandOnSoft';

export type BrandPalette =
  | { ok: true; vars: BrandVars }
  | { ok: false; check: 'notAColour' }
  | { ok: false; check: PaletteCheck; ratio: number };

/** How far --brand-strong moves from --brand, away from the text on it (ours: about a quarter). */
const STRONG_STEP = 0.25;
/** How far toward black a brand colour goes to make its near-black text. */
const NEAR_BLACK = 0.85;
/** --brand-soft: the brand washed toward the page, from these amounts up to all the way. */
const SOFT_FROM: Record<ThemeMode, number> = { light: 0.9, dark: 0.8 };

/**
 * The brand tokens for `hex` in one theme, or the first pairing the interface draws that would stay
 * under 4.5:1. --on-brand is white or a near-black of the brand's own hue, whichever reads on it
 * (in the light theme white is tried first, in the dark one the near-black, as ours do);
 * --brand-strong moves the brand away from --on-brand; --brand-soft washes the brand toward white
 * (light) or black (dark) until --ink, --ink-soft and --brand all read on it.
 */
export function brandPalette(hex: string, mode: ThemeMode): BrandPalette {
  const brand = parseHex(hex);
  if (brand === null) return { ok: false, check: 'notAColour' };
  const theme = THEME_COLOURS[mode];
  const fail = (check: PaletteCheck, ratio: number): BrandPalette => ({ ok: false, check, ratio });

  const onBg = contrastRatio(brand, theme.bg);
  if (onBg < TEXT_CONTRAST) return fail('brandOnBackground', onBg);
  const onSurface = contrastRatio(brand, theme.surface);
  if (onSurface < TEXT_CONTRAST) return fail('brandOnSurface', onSurface);

  const white = '#ffffff';
  const nearBlack = mixWithBlack(brand, NEAR_BLACK);
  const candidates =
    mode === 'light' ? [white, nearBlack, '#000000'] : [nearBlack, '#000000', white];
  const onBrand = candidates.find((c) => contrastRatio(c, brand) >= TEXT_CONTRAST);
  if (onBrand === undefined)
    return fail('onBrand', Math.max(...candidates.map((c) => contrastRatio(c, brand))));

  const strong =
    onBrand === white ? mixWithBlack(brand, STRONG_STEP) : mixWithWhite(brand, STRONG_STEP);
  const onStrong = contrastRatio(onBrand, strong);
  if (onStrong < TEXT_CONTRAST) return fail('onBrandStrong', onStrong);

  const wash = mode === 'light' ? mixWithWhite : mixWithBlack;
  let last: BrandPalette = fail('brandOnSoft', 0);
  for (let step = Math.round(SOFT_FROM[mode] * 100); step <= 100; step += 1) {
    const soft = wash(brand, step / 100);
    const pairs: [PaletteCheck, number][] = [
      ['inkOnSoft', contrastRatio(theme.ink, soft)],
      ['inkSoftOnSoft', contrastRatio(theme.inkSoft, soft)],
      ['brandOnSoft', contrastRatio(brand, soft)],
    ];
    const short = pairs.find(([, ratio]) => ratio < TEXT_CONTRAST);
    if (short === undefined)
      return {
        ok: true,
        vars: {
          '--brand': brand,
          '--brand-strong': strong,
          '--on-brand': onBrand,
          '--brand-soft': soft,
        },
      };
    last = fail(short[0], short[1]);
  }
  return last;
}
