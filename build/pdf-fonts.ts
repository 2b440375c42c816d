// The PDF's embedded font: DejaVu Sans Condensed (regular and bold) from npm, cut at build time to
// the scripts a workshop in Europe and the Americas types (Latin, Greek, Cyrillic, punctuation,
// currency, arrows, common symbols) without hinting: 680 kB -> 150 kB per weight, which makes the
// export several times faster. Anything else prints as a visible placeholder (pdf-layout.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

const RANGES: [number, number][] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1, Latin Extended-A and -B
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x370, 0x3ff], // Greek
  [0x400, 0x4ff], // Cyrillic
  [0x2000, 0x206f], // General Punctuation (dashes, quotes, ellipsis)
  [0x20a0, 0x20cf], // Currency symbols
  [0x2100, 0x215f], // Letterlike symbols and number forms
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical operators
  [0x25a0, 0x25ff], // Geometric shapes (□, the placeholder)
  [0x2713, 0x2717], // Check and cross marks
];

const SOURCES = {
  'fonts/DejaVuSansCondensed.ttf': 'DejaVuSansCondensed.ttf',
  'fonts/DejaVuSansCondensed-Bold.ttf': 'DejaVuSansCondensed-Bold.ttf',
} as const;
const LICENSE = { 'fonts/DejaVu-LICENSE.txt': 'LICENSE' } as const;

/** The font package's folder, wherever Node resolves it from here (hoisted, nested or linked). */
const PACKAGE_DIR = dirname(
  createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'),
);
const packageFile = (path: string) => join(PACKAGE_DIR, path);

const CHARACTERS = RANGES.map(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join(''),
).join('');

const cache = new Map<string, Promise<Buffer>>();

/** One weight of the font, cut to the ranges above (computed once per process). */
export function pdfFont(file: (typeof SOURCES)[keyof typeof SOURCES]): Promise<Buffer> {
  let pending = cache.get(file);
  if (!pending) {
    pending = readFile(packageFile(`ttf/${file}`)).then((source) =>
      subsetFont(source, CHARACTERS, { targetFormat: 'sfnt', noHinting: true }),
    );
    cache.set(file, pending);
  }
  return pending;
}

async function fileFor(path: string): Promise<Buffer | null> {
  if (path in SOURCES) return pdfFont(SOURCES[path as keyof typeof SOURCES]);
  if (path in LICENSE) return readFile(packageFile(LICENSE[path as keyof typeof LICENSE]));
  return null;
}

/** Serves the font files in development and writes them into dist/fonts/ in the build. */
export function pdfFonts(): Plugin {
  return {
    name: 'momentos-pdf-fonts',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        fileFor(path).then((bytes) => (bytes ? response.end(bytes) : next()), next);
      });
    },
    async generateBundle() {
      for (const fileName of [...Object.keys(SOURCES), ...Object.keys(LICENSE)]) {
        const source = await fileFor(fileName);
        if (source) this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
