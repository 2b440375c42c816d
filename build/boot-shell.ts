// The boot shell: the header and the home screen's heading and introduction, written into index.html
// so the first paint needs nothing but the HTML, and the inline script of build/boot-script.ts, which
// picks the language as the app does and, in the build, loads the app's script only after that first
// paint. The script is bundled and minified here with Rolldown (what Vite builds with).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown, type OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';
import type { BootTranslations, ShellTexts } from './boot-script.ts';
import type { BootLocales, BootTexts } from './boot-texts.ts';

export type { ShellTexts };

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, ' ');

/** The markup, in the default language (Spanish); the script swaps in English before the first paint. */
export function bootMarkup(texts: BootTexts): string {
  const t = (key: keyof BootTexts) => `data-boot="${key}">${escapeHtml(texts[key])}`;
  return [
    '<div id="boot">',
    '<header class="app-header"><div class="bar">',
    `<a class="brand" href="#/"><span class="brand-name" ${t('brandName')}</span><span class="brand-tagline" ${t('tagline')}</span></a>`,
    // The language switch as a picture (the app's real one replaces it), so the header keeps its size.
    `<div class="tools"><div class="segmented" aria-hidden="true"><span lang="es" data-lang="es" ${t('langEs')}</span><span lang="en" data-lang="en" ${t('langEn')}</span></div></div>`,
    '</div></header>',
    '<main>',
    `<div id="boot-home"><h1 ${t('heading')}</h1><p class="lead" ${t('intro')}</p></div>`,
    `<div id="boot-error" role="alert" hidden><h1 ${t('loadHeading')}</h1><p class="lead" ${t('loadBody')}</p><button type="button" id="boot-reload" ${t('reload')}</button></div>`,
    `<div id="boot-file" role="alert" hidden><h1 ${t('fileHeading')}</h1><p class="lead" ${t('fileBody')}</p><pre><code ${t('fileCommand')}</code></pre></div>`,
    '</main>',
    '</div>',
  ].join('');
}

// Not `new URL(…, import.meta.url)`, which Vite rewrites to an asset URL when a test imports this file.
const BOOT_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'boot-script.ts');
const ENTRY = '\0momentos-boot-entry';
/** Stand-ins for the build's values in the bundled code, replaced once it is minified. */
const SLOTS = ['__BOOT_TRANSLATIONS__', '__BOOT_LOAD_APP__', '__BOOT_SHELL_TEXTS__'] as const;

let bundled: Promise<string> | undefined;

/**
 * build/boot-script.ts with what it imports, minified, calling boot() with the SLOTS. Bundled once per
 * process (restart the dev server after editing the boot script).
 */
export function bootScriptCode(): Promise<string> {
  bundled ??= (async () => {
    const bundle = await rolldown({
      input: ENTRY,
      platform: 'browser',
      logLevel: 'warn',
      plugins: [
        {
          name: 'momentos-boot-entry',
          resolveId: (id) => (id === ENTRY ? ENTRY : null),
          load: (id) =>
            id === ENTRY
              ? `import { boot } from ${JSON.stringify(BOOT_SCRIPT)}; boot(${SLOTS.join(', ')});`
              : null,
        },
      ],
    });
    try {
      const { output } = await bundle.generate({ format: 'iife', minify: true });
      const code = output[0].code.trim();
      if (/<\/script|<!--|<script/i.test(code))
        throw new Error('boot shell: the bundled boot script holds text that would end <script>');
      for (const slot of SLOTS) {
        if (code.split(slot).length !== 2)
          throw new Error(`boot shell: ${slot} is not in the bundled boot script exactly once`);
      }
      return code;
    } finally {
      await bundle.close();
    }
  })();
  return bundled;
}

/**
 * The inline boot script: build/boot-script.ts called with the texts of the languages the markup is
 * not written in and, in the build, a function importing the app's entry and the file of each
 * language's shell texts.
 */
export async function bootScript(
  locales: BootLocales,
  entry: string | null,
  shellTexts: ShellTexts = {},
): Promise<string> {
  const translations: BootTranslations = {};
  for (const lang of LOCALES) if (lang !== DEFAULT_LOCALE) translations[lang] = locales[lang];
  const values: Record<(typeof SLOTS)[number], string> = {
    __BOOT_TRANSLATIONS__: scriptJson(translations),
    // A literal import() names the entry for the dist check and the size report (scripts/).
    __BOOT_LOAD_APP__: entry ? `()=>import(${scriptJson(entry)})` : 'null',
    __BOOT_SHELL_TEXTS__: scriptJson(shellTexts),
  };
  let code = await bootScriptCode();
  for (const slot of SLOTS) code = code.replace(slot, () => values[slot]);
  return code;
}

const SHELL_TEXTS = /[\\/]locales[\\/](es|en)\.json\?part=shell$/;
const ENTRY_SCRIPT =
  /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>\s*/;
const ENTRY_STYLE = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">\s*/;

/**
 * Removes an inlined stylesheet from the bundle and from the CSS that chunks import. Vite lists a
 * chunk's CSS in the preload dependencies of every lazy chunk that imports it; left there, the
 * lazy chunks would ask for a file that no longer exists (a 404 on real hosts, which made the PDF
 * export fail). Vite builds those lists after index.html, so removing it here is enough.
 */
function forgetStylesheet(bundle: OutputBundle, fileName: string): void {
  delete bundle[fileName];
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') output.viteMetadata?.importedCss.delete(fileName);
  }
}

/**
 * Writes the boot shell into index.html. In the build it also inlines the entry stylesheet (so the
 * first paint waits for no other file) and replaces Vite's entry <script> with the deferred import.
 */
export function bootShell(readLocales: () => Promise<BootLocales>): Plugin {
  return {
    name: 'momentos-boot-shell',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const locales = await readLocales();
        let entry: string | null = null;
        const shellTexts: ShellTexts = {};
        if (ctx.bundle) {
          for (const output of Object.values(ctx.bundle)) {
            const lang =
              output.type === 'chunk' ? SHELL_TEXTS.exec(output.facadeModuleId ?? '') : null;
            if (lang?.[1] === 'es' || lang?.[1] === 'en')
              shellTexts[lang[1]] = `./${output.fileName}`;
          }
          const script = ENTRY_SCRIPT.exec(html);
          if (!script?.[1]) throw new Error('boot shell: the entry <script> was not found');
          entry = script[1];
          html = html.replace(script[0], '');
          const style = ENTRY_STYLE.exec(html);
          const asset = style?.[1] ? ctx.bundle[style[1]] : undefined;
          if (!style?.[1] || asset?.type !== 'asset' || typeof asset.source !== 'string')
            throw new Error('boot shell: the entry stylesheet was not found');
          if (asset.source.includes('</style')) throw new Error('boot shell: unsafe stylesheet');
          html = html.replace(style[0], `<style>${asset.source.trim()}</style>\n  `);
          forgetStylesheet(ctx.bundle, style[1]);
        }
        const app = '<div id="app" hidden></div>';
        if (!html.includes(app)) throw new Error(`boot shell: ${app} is missing from index.html`);
        const boot = await bootScript(locales, entry, shellTexts);
        const shell = `${bootMarkup(locales.es)}<script>${boot}</script>`;
        return html.replace(app, `${shell}\n    ${app}`);
      },
    },
  };
}
