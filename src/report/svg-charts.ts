// The web-page report's charts as inline SVG markup (pure): the maturity radar and the critical
// moments' gap bars, each an image with a name and a description that gives every value in words.
import { escapeHtml } from './html-escape';

/** Colours on white: text at least 4.5:1, lines and shapes at least 3:1 (WCAG 1.4.3 and 1.4.11). */
export const SVG_COLORS = {
  brand: '#0f5c63',
  ink: '#1b2328',
  soft: '#4f5b62',
  grid: '#8b969c',
  gap: '#b42318',
  band: '#c2410c',
} as const;

const FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', Roboto, sans-serif"';
const LINE = 16;

/** Number in SVG coordinates: short and locale-free. */
const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Words in lines of at most `max` characters (a longer word is cut), at most `lines` lines; what
 * does not fit ends the last line with "…" (the full text is in the chart's description).
 */
export function wrapText(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/)) {
    while (word.length > max) {
      if (line) out.push(line);
      out.push(word.slice(0, max));
      word = word.slice(max);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${(kept[lines - 1] ?? '').slice(0, max - 1).trimEnd()}…`;
  return kept;
}

interface Labelled {
  /** Prefix of the ids in the page (each chart needs its own). */
  id: string;
  /** The chart's name, short. */
  title: string;
  /** Every value in words: what a screen reader says for the image. */
  description: string;
}

function open(input: Labelled, width: number, height: number, extra = ''): string {
  const t = `${input.id}-title`;
  const d = `${input.id}-desc`;
  return (
    `<svg role="img" aria-labelledby="${t} ${d}" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" ${FONT} font-size="13"${extra}>` +
    `<title id="${t}">${escapeHtml(input.title)}</title>` +
    `<desc id="${d}">${escapeHtml(input.description)}</desc>`
  );
}

/** Lines of text from (x, top), one `<text>` each (SVG text does not wrap). */
function textLines(lines: string[], x: number, top: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${n(x)}" y="${n(top + 12 + i * LINE)}" ${attrs}>${escapeHtml(line)}</text>`,
    )
    .join('');
}

export interface RadarSvgInput extends Labelled {
  /** Full area names, in question-bank order. */
  labels: string[];
  /** Area scores on the 1-5 scale; null for an area with nothing rated (no point is drawn). */
  values: (number | null)[];
  /** Each value as the report writes it ("4,0"), or that it is not answered. */
  valueTexts: string[];
  /** Team mode: the lowest and highest participant's score per area, drawn as a band. */
  band?: { min: (number | null)[]; max: (number | null)[] };
  /** A follow-up: the baseline's scores, drawn as a dashed grey line under the current ones. */
  baseline?: (number | null)[];
}

const RADAR = { width: 620, height: 440, cx: 310, cy: 220, r: 140 };

/** The maturity radar: six axes from 1 (centre) to 5, the values printed by their points. */
export function radarSvg(input: RadarSvgInput): string {
  const { cx, cy, r } = RADAR;
  const count = input.labels.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / count;
  const at = (i: number, value: number) => {
    const radius = ((value - 1) / 4) * r;
    return { x: cx + radius * Math.cos(angle(i)), y: cy + radius * Math.sin(angle(i)) };
  };
  const ring = (value: number) =>
    input.labels.map((_, i) => `${n(at(i, value).x)},${n(at(i, value).y)}`).join(' ');
  const parts: string[] = [open(input, RADAR.width, RADAR.height)];

  for (const value of [2, 3, 4, 5])
    parts.push(
      `<polygon points="${ring(value)}" fill="none" stroke="${SVG_COLORS.grid}" stroke-width="1"/>`,
    );
  input.labels.forEach((_, i) => {
    const end = at(i, 5);
    parts.push(
      `<line x1="${cx}" y1="${cy}" x2="${n(end.x)}" y2="${n(end.y)}" stroke="${SVG_COLORS.grid}" stroke-width="1"/>`,
    );
  });
  for (const value of [1, 2, 3, 4, 5])
    parts.push(
      `<text x="${cx - 5}" y="${n(at(0, value).y + 4)}" text-anchor="end" font-size="11" fill="${SVG_COLORS.soft}">${value}</text>`,
    );

  // Team mode's band: the highest scores' shape tinted, the lowest's cut back out of it in white.
  const shape = (values: (number | null)[]) =>
    values.every((v) => v !== null)
      ? values.map((v, i) => `${n(at(i, v).x)},${n(at(i, v).y)}`).join(' ')
      : null;
  const [high, low] = [shape(input.band?.max ?? []), shape(input.band?.min ?? [])];
  if (input.band && high && low)
    parts.push(
      `<polygon points="${high}" fill="${SVG_COLORS.band}" fill-opacity="0.22" stroke="${SVG_COLORS.band}" stroke-dasharray="4 3"/>`,
      `<polygon points="${low}" fill="#fff" fill-opacity="0.85" stroke="${SVG_COLORS.band}" stroke-dasharray="4 3"/>`,
    );

  // A follow-up's baseline: dashed, unfilled, square points (told apart without colour).
  if (input.baseline) {
    const before = input.baseline.map((v, i) => (v === null ? null : at(i, v)));
    before.forEach((p, i) => {
      const next = before[(i + 1) % count];
      if (p && next)
        parts.push(
          `<line x1="${n(p.x)}" y1="${n(p.y)}" x2="${n(next.x)}" y2="${n(next.y)}" stroke="${SVG_COLORS.soft}" stroke-width="2" stroke-dasharray="6 4"/>`,
        );
      if (p)
        parts.push(
          `<rect x="${n(p.x - 3.5)}" y="${n(p.y - 3.5)}" width="7" height="7" fill="${SVG_COLORS.soft}"/>`,
        );
    });
  }

  // The team's scores: a filled shape when every area is scored, otherwise the sides between
  // neighbouring scored areas (an unscored area is a gap, never a 0).
  const points = input.values.map((v, i) => (v === null ? null : at(i, v)));
  if (points.every((p) => p !== null))
    parts.push(
      `<polygon points="${points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="${SVG_COLORS.brand}" fill-opacity="0.16" stroke="${SVG_COLORS.brand}" stroke-width="2.5"/>`,
    );
  else
    points.forEach((p, i) => {
      const next = points[(i + 1) % count];
      if (p && next)
        parts.push(
          `<line x1="${n(p.x)}" y1="${n(p.y)}" x2="${n(next.x)}" y2="${n(next.y)}" stroke="${SVG_COLORS.brand}" stroke-width="2.5"/>`,
        );
    });

  input.labels.forEach((label, i) => {
    const dx = Math.cos(angle(i));
    const dy = Math.sin(angle(i));
    const point = points[i];
    const valueText = input.valueTexts[i] ?? '';
    if (point) {
      parts.push(
        `<circle cx="${n(point.x)}" cy="${n(point.y)}" r="4.5" fill="${SVG_COLORS.brand}"/>`,
      );
      // Beside the point (across the axis, a little outwards), so it clears the axis and the label.
      const x = point.x - dy * 9 + dx * 8;
      const y = point.y + dx * 9 + dy * 8 + 4;
      const anchor = -dy > 0.3 ? 'start' : -dy < -0.3 ? 'end' : 'middle';
      parts.push(
        `<text x="${n(x)}" y="${n(y)}" text-anchor="${anchor}" font-weight="700" fill="${SVG_COLORS.brand}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeHtml(valueText)}</text>`,
      );
    }
    const lines = wrapText(label, 20, 2);
    if (!point) lines.push(`(${valueText})`);
    const end = { x: cx + (r + 14) * dx, y: cy + (r + 14) * dy };
    const height = lines.length * LINE;
    const top = dy < -0.3 ? end.y - height : dy > 0.3 ? end.y : end.y - height / 2;
    const anchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
    parts.push(
      textLines(
        lines,
        end.x,
        top,
        `text-anchor="${anchor}" font-weight="600" fill="${SVG_COLORS.ink}"`,
      ),
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface GapBarsSvgInput extends Labelled {
  /** Moment names, most critical first. */
  labels: string[];
  /** Their gaps (expectation - delivered), positive. */
  values: number[];
  /** Under the axis: what the bars measure. */
  axisLabel: string;
}

const BARS = { width: 640, labelRight: 236, left: 250, right: 600, row: 40, top: 8 };

/** Horizontal bars of the critical moments' gaps, the value printed at the end of each bar. */
export function gapBarsSvg(input: GapBarsSvgInput): string {
  const { left, right, row, top } = BARS;
  const max = Math.max(4, ...input.values);
  const x = (value: number) => left + (Math.max(0, value) / max) * (right - left);
  const bottom = top + input.values.length * row;
  const height = bottom + 48;
  const parts: string[] = [open(input, BARS.width, height)];
  for (let tick = 0; tick <= max; tick++)
    parts.push(
      `<line x1="${n(x(tick))}" y1="${top}" x2="${n(x(tick))}" y2="${bottom}" stroke="${SVG_COLORS.grid}" stroke-width="1"/>`,
      `<text x="${n(x(tick))}" y="${bottom + 16}" text-anchor="middle" font-size="11" fill="${SVG_COLORS.soft}">${tick}</text>`,
    );
  parts.push(
    `<text x="${n((left + right) / 2)}" y="${bottom + 36}" text-anchor="middle" fill="${SVG_COLORS.soft}">${escapeHtml(input.axisLabel)}</text>`,
  );
  input.values.forEach((value, i) => {
    const y = top + i * row;
    const lines = wrapText(input.labels[i] ?? '', 32, 2);
    parts.push(
      textLines(
        lines,
        BARS.labelRight,
        y + row / 2 - (lines.length * LINE) / 2,
        `text-anchor="end" fill="${SVG_COLORS.ink}"`,
      ),
      `<rect x="${left}" y="${y + 9}" width="${n(x(value) - left)}" height="22" fill="${SVG_COLORS.gap}"/>`,
      `<text x="${n(x(value) + 6)}" y="${y + 25}" font-weight="700" fill="${SVG_COLORS.ink}">${escapeHtml(String(value))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
