// Build-time substitutions of library internals: smaller equivalents of what the first load needs, and
// nothing at all for the optional jsPDF dependencies the app never reaches.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const own = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * intl-messageformat parses messages with @formatjs/icu-messageformat-parser (~5.5 kB gzip); our
 * messages need only a small part of ICU, which src/i18n/icu-lite.ts parses to the same AST
 * (tests/unit/icu-lite.test.ts checks every message of both locale files against the full parser).
 */
export function liteIcuParser(): Plugin {
  const lite = own('../src/i18n/icu-lite.ts');
  return {
    name: 'momentos-lite-icu-parser',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === '@formatjs/icu-messageformat-parser' && importer?.includes('intl-messageformat')
        ? lite
        : null,
  };
}

/** svelte-i18n merges message trees with `deepmerge`; src/i18n/deepmerge-lite.ts does the same in less. */
export function slimDeepmerge(): Plugin {
  const lite = own('../src/i18n/deepmerge-lite.ts');
  return {
    name: 'momentos-slim-deepmerge',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === 'deepmerge' && importer?.includes('svelte-i18n') ? lite : null,
  };
}

/** What jsPDF imports only for `html()` (html2canvas, DOMPurify) and `addSvgAsImage()` (canvg). */
export const JSPDF_UNUSED = ['html2canvas', 'dompurify', 'canvg'] as const;
const STAND_IN = own('../src/report/jspdf-unused.ts');

/**
 * The report never calls jsPDF's html() or addSvgAsImage(), so their optional dependencies (about
 * 110 kB gzip of chunks) are left out of dist/ and of the offline cache. Should a future change call
 * them, the import fails with a message that says why (src/report/jspdf-unused.ts).
 */
export function withoutUnusedJsPdfParts(): Plugin {
  return {
    name: 'momentos-jspdf-unused',
    enforce: 'pre',
    resolveId: (source, importer) =>
      (JSPDF_UNUSED as readonly string[]).includes(source) && importer?.includes('jspdf')
        ? STAND_IN
        : null,
  };
}
