// Build-time substitutions of library internals: smaller equivalents of what the first load needs, and
// nothing at all for the optional jsPDF dependencies the app never reaches. Each one is matched by a
// package name and a path substring of the importer; should a library update change those (a new
// file layout, a renamed dependency), the resolver would quietly stop matching and the full library
// would be bundled again, so the build fails instead when a substitution was not applied.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** A file of ours by its path from build/ (not `new URL(…, import.meta.url)`, which Vite rewrites in tests). */
const own = (path: string) => join(dirname(fileURLToPath(import.meta.url)), path);

interface Substitution {
  name: string;
  /** The imports replaced: each must be met at least once in a build. */
  sources: readonly string[];
  /** Only imports from files whose path holds this (the library that imports them). */
  importer: string;
  replacement: string;
}

/** A plugin resolving `sources` imported from `importer` to `replacement`, failing a build that never did. */
export function substitution({ name, sources, importer, replacement }: Substitution): Plugin {
  const applied = new Set<string>();
  return {
    name,
    enforce: 'pre',
    buildStart() {
      applied.clear();
    },
    resolveId(source, from) {
      if (!sources.includes(source) || !from?.includes(importer)) return null;
      applied.add(source);
      return replacement;
    },
    // Build only: the dev server and Vitest never write a bundle.
    generateBundle() {
      const missed = sources.filter((source) => !applied.has(source));
      if (missed.length > 0)
        this.error(
          `${name}: ${missed.join(', ')} imported from ${importer} was not replaced by ${replacement}. ` +
            'The library changed how it imports it: update build/substitutions.ts (or remove the substitution).',
        );
    },
  };
}

/**
 * svelte-i18n formats messages with intl-messageformat and its full ICU parser (~8 kB gzip together);
 * our messages need only a small part of ICU, which src/i18n/intl-messageformat-lite.ts parses (with
 * src/i18n/icu-lite.ts) and formats to the same text (tests/unit/intl-messageformat-lite.test.ts and
 * icu-lite.test.ts check every message of both locale files against the full library).
 */
export const liteMessageFormat = (): Plugin =>
  substitution({
    name: 'momentos-lite-message-format',
    sources: ['intl-messageformat'],
    importer: 'svelte-i18n',
    replacement: own('../src/i18n/intl-messageformat-lite.ts'),
  });

/** svelte-i18n merges message trees with `deepmerge`; src/i18n/deepmerge-lite.ts does the same in less. */
export const slimDeepmerge = (): Plugin =>
  substitution({
    name: 'momentos-slim-deepmerge',
    sources: ['deepmerge'],
    importer: 'svelte-i18n',
    replacement: own('../src/i18n/deepmerge-lite.ts'),
  });

/**
 * The host's config.json and question bank are read by src/persistence/site-config.ts, loaded only on
 * a site that has one. Valibot is one module of the first load (it reads the saved workshops), so
 * every valibot function any chunk uses would be bundled there; this gives that reader a copy of its
 * own (the same file under another id), bundled and tree-shaken with it, off the first load.
 */
export const siteReaderValibot = (): Plugin =>
  substitution({
    name: 'momentos-site-reader-valibot',
    sources: ['valibot'],
    importer: 'src/persistence/site-config.ts',
    replacement: `${own('../node_modules/valibot/dist/index.mjs')}?site-reader`,
  });

/** What jsPDF imports only for `html()` (html2canvas, DOMPurify) and `addSvgAsImage()` (canvg). */
export const JSPDF_UNUSED = ['html2canvas', 'dompurify', 'canvg'] as const;

/**
 * The report never calls jsPDF's html() or addSvgAsImage(), so their optional dependencies (about
 * 110 kB gzip of chunks) are left out of dist/ and of the offline cache. Should a future change call
 * them, the import fails with a message that says why (src/report/jspdf-unused.ts).
 */
export const withoutUnusedJsPdfParts = (): Plugin =>
  substitution({
    name: 'momentos-jspdf-unused',
    sources: JSPDF_UNUSED,
    importer: 'jspdf',
    replacement: own('../src/report/jspdf-unused.ts'),
  });
