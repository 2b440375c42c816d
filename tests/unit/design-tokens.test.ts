// Styles take their sizes from the design tokens of src/app.css (issue 15): every font-size, margin,
// padding and gap in a component's <style> block or a src/**/*.css file uses the type scale
// (--text-*) and the spacing scale (--space-*) instead of a raw rem or px length, and every token a
// file uses is defined in app.css's :root.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url);
const APP_CSS = 'app.css';

/** The properties that must use the scales (`font` too: a shorthand could carry a size). */
const SIZED =
  /(?<![\w-])(font-size|font|margin(?:-[a-z]+)*|padding(?:-[a-z]+)*|(?:row-|column-)?gap)\s*:\s*([^;{}]+)/g;
/** A length in rem or px; em (scales with its parent, as presenter mode does), %, vw and pt are not. */
const RAW_LENGTH = /(?<![\w.-])-?(?:\d+\.?\d*|\.\d+)(?:rem|px)\b/;
const TOKEN_USE = /var\(\s*(--(?:text|space)-[\w-]+)/g;
const TOKEN_DEFINITION = /(--(?:text|space)-[\w-]+)\s*:/g;

/**
 * The raw lengths kept on purpose, each one exact declaration (file, property, value). An entry that
 * no longer matches anything fails the test too, so the list cannot outlive its reason.
 */
const ALLOWED = [
  // The visually hidden pattern: a 1 px box pulled out of the flow; not spacing.
  { file: 'app.css', property: 'margin', value: '-1px' },
  // The results slide breaks out of the reading column up to a width cap (100rem): a width, not spacing.
  {
    file: 'components/results/ResultsSlide.svelte',
    property: 'margin-inline',
    value: 'calc((100% - max(100%, min(100vw - var(--space-16), 100rem))) / 2)',
  },
  // Fluid type formulas: the intercept and the cap of a size that grows with the window.
  {
    file: 'components/results/ResultsSlide.svelte',
    property: 'font-size',
    value: 'clamp(var(--text-base), 0.3rem + 0.9vw, 1.5rem)',
  },
  {
    file: 'screens/Presenter.svelte',
    property: 'font-size',
    value: 'clamp(var(--text-base), 0.4rem + 1.2vw + 0.5vh, 3rem)',
  },
  {
    file: 'screens/Presenter.svelte',
    property: 'font-size',
    value: 'clamp(var(--text-base), 0.2rem + 1vw + 0.25vh, 2.4rem)',
  },
];

interface Declaration {
  /** e.g. "components/Modal.svelte:31" */
  where: string;
  file: string;
  property: string;
  value: string;
}

/** The CSS of a file: a .css file whole, a .svelte file's <style> blocks; comments blanked out. */
function styleText(file: string, text: string): string {
  const css = file.endsWith('.svelte')
    ? text.replace(/<style[^>]*>([\s\S]*?)<\/style>|[^\n]/g, (all, style?: string) =>
        style === undefined ? '' : all,
      )
    : text;
  // Keep the newlines so that line numbers stay right.
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Every font-size, margin, padding and gap declaration in `css`, as found in `file`. */
function declarations(file: string, css: string): Declaration[] {
  return [...css.matchAll(SIZED)].map((match) => ({
    where: `${file}:${css.slice(0, match.index).split('\n').length}`,
    file,
    property: match[1]!,
    value: match[2]!.replace(/\s+/g, ' ').trim(),
  }));
}

/** Declarations that use a raw rem or px length and are not in the allow-list. */
function rawLengths(found: Declaration[], allowed = ALLOWED): string[] {
  return found
    .filter((d) => RAW_LENGTH.test(d.value))
    .filter((d) => !allowed.some((a) => isAllowed(d, a)))
    .map((d) => `${d.where}: ${d.property}: ${d.value}`);
}

function isAllowed(d: Declaration, a: (typeof ALLOWED)[number]): boolean {
  return d.file === a.file && d.property === a.property && d.value === a.value;
}

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map((path) => path.replaceAll('\\', '/'))
  .filter((path) => /\.(svelte|css)$/.test(path))
  .sort();
const texts = new Map(files.map((file) => [file, readFileSync(new URL(file, SRC), 'utf8')]));
const styles = new Map(files.map((file) => [file, styleText(file, texts.get(file)!)]));
const found = files.flatMap((file) => declarations(file, styles.get(file)!));

/** The tokens defined in app.css's first :root block (the light theme; dark changes only colours). */
const root = /:root\s*\{([^}]*)\}/.exec(styles.get(APP_CSS)!)?.[1] ?? '';
const defined = new Set([...root.matchAll(TOKEN_DEFINITION)].map((m) => m[1]!));

describe('the design tokens', () => {
  it('app.css defines a type scale and a spacing scale', () => {
    expect([...defined].filter((t) => t.startsWith('--text-')).length).toBeGreaterThanOrEqual(5);
    expect([...defined].filter((t) => t.startsWith('--space-')).length).toBeGreaterThanOrEqual(8);
  });

  it('are read from every component and stylesheet', () => {
    expect(files).toContain(APP_CSS);
    expect(files.filter((f) => f.endsWith('.svelte')).length).toBeGreaterThan(50);
    // A check that finds nothing would pass for the wrong reason.
    expect(found.length).toBeGreaterThan(200);
  });

  it('font sizes, margins, paddings and gaps use no raw rem or px length', () => {
    expect(rawLengths(found)).toEqual([]);
  });

  it('every raw length kept on purpose is still there', () => {
    const stale = ALLOWED.filter((a) => !found.some((d) => isAllowed(d, a)));
    expect(stale).toEqual([]);
  });

  it('every --text-* and --space-* a file uses is defined in app.css', () => {
    const undefinedUses = files.flatMap((file) =>
      [...texts.get(file)!.matchAll(TOKEN_USE)]
        .map((m) => m[1]!)
        .filter((token) => !defined.has(token))
        .map((token) => `${file}: ${token}`),
    );
    expect(undefinedUses).toEqual([]);
  });

  it('the scales are defined once, in app.css, and nowhere else', () => {
    const elsewhere = files
      .filter((file) => file !== APP_CSS)
      .flatMap((file) =>
        [...styles.get(file)!.matchAll(TOKEN_DEFINITION)].map((m) => `${file}: ${m[1]}`),
      );
    expect(elsewhere).toEqual([]);
  });

  it('reports a planted raw value, and not an em, pt, token or 1 px border', () => {
    const planted = declarations(
      'planted.svelte',
      styleText(
        'planted.svelte',
        `<div></div>
<style>
  .a { padding: var(--space-2) 0.6rem; border: 1px solid; }
  .b { font-size: 14px; margin: 0 auto; gap: 0.5em; }
  .c { font-size: 10.5pt; scroll-padding-top: 5rem; margin-top: calc(-1 * var(--space-2)); }
  /* margin: 3rem; in a comment */
</style>`,
      ),
    );
    expect(rawLengths(planted)).toEqual([
      'planted.svelte:3: padding: var(--space-2) 0.6rem',
      'planted.svelte:4: font-size: 14px',
    ]);
  });
});
