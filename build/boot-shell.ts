// The boot shell: the header and the home screen's heading and introduction, written into index.html
// so the first paint needs nothing but the HTML. A small inline script picks the language (as
// src/i18n/locales.ts does) and, in the build, loads the app's script only after that first paint.
import type { Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';

/** The texts the boot shell shows, taken from the locale files at build time. */
export interface BootTexts {
  brandName: string;
  tagline: string;
  heading: string;
  intro: string;
  loadHeading: string;
  loadBody: string;
  reload: string;
  fileHeading: string;
  fileBody: string;
  fileCommand: string;
  langEs: string;
  langEn: string;
}
export type BootLocales = Record<'es' | 'en', BootTexts>;

const PATHS: Record<keyof BootTexts, readonly string[]> = {
  brandName: ['app', 'name'],
  tagline: ['app', 'tagline'],
  heading: ['home', 'heading'],
  intro: ['home', 'intro'],
  loadHeading: ['error', 'loadHeading'],
  loadBody: ['error', 'loadBody'],
  reload: ['error', 'reload'],
  fileHeading: ['boot', 'fileHeading'],
  fileBody: ['boot', 'fileBody'],
  fileCommand: ['boot', 'fileCommand'],
  langEs: ['lang', 'es'],
  langEn: ['lang', 'en'],
};

export function bootTexts(messages: unknown): BootTexts {
  const entries = Object.entries(PATHS).map(([key, path]) => {
    let node: unknown = messages;
    for (const segment of path) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[segment]
          : undefined;
    }
    if (typeof node !== 'string') throw new Error(`Locale text ${path.join('.')} is missing`);
    return [key, node];
  });
  return Object.fromEntries(entries) as BootTexts;
}

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

/** The chunk holding each language's shell texts, which the app imports first. */
export type ShellTexts = Partial<Record<'es' | 'en', string>>;

/**
 * The inline boot script. With an entry, it imports the app once the first contentful paint has been
 * presented (or after 250 ms, e.g. in a background tab, which does not paint), together with the
 * shell texts of the language shown (only that one), and shows a reload message if that fails.
 */
export function bootScript(
  locales: BootLocales,
  entry: string | null,
  shellTexts: ShellTexts = {},
): string {
  // Opened from disk, the browser refuses to load the app's modules: say so instead of waiting.
  const load = entry
    ? 'if(location.protocol==="file:"){byId("boot-home").hidden=true;byId("boot-file").hidden=false;return;}' +
      `var S=${scriptJson(shellTexts)};` +
      `var started=false;function start(){if(started)return;started=true;if(S[lang])import(S[lang]).catch(function(){});import(${scriptJson(entry)}).catch(function(){byId("boot-home").hidden=true;byId("boot-error").hidden=false;});}` +
      `byId("boot-reload").onclick=function(){location.reload();};` +
      'try{new PerformanceObserver(function(list){if(list.getEntriesByName("first-contentful-paint").length)start();}).observe({type:"paint",buffered:true});}catch(e){}' +
      'setTimeout(start,250);'
    : '';
  return (
    '(function(){' +
    `var T=${scriptJson({ en: locales.en })};var codes=["es","en"];var lang=null;var saved=null;` +
    'function byId(id){return document.getElementById(id);}' +
    'try{saved=localStorage.getItem("momentos:locale");}catch(e){}' +
    'if(codes.indexOf(saved)>=0)lang=saved;' +
    'var tags=navigator.languages||[];' +
    'for(var i=0;!lang&&i<tags.length;i++){var p=String(tags[i]).toLowerCase().split("-")[0];if(codes.indexOf(p)>=0)lang=p;}' +
    'lang=lang||"es";document.documentElement.lang=lang;' +
    'var nodes=document.querySelectorAll("[data-boot]");' +
    'for(var j=0;T[lang]&&j<nodes.length;j++){nodes[j].textContent=T[lang][nodes[j].getAttribute("data-boot")];}' +
    'var current=document.querySelector("[data-lang="+lang+"]");if(current)current.className="is-current";' +
    'var hash=location.hash;if(hash&&hash!=="#"&&hash!=="#/")byId("boot-home").hidden=true;' +
    load +
    '})();'
  );
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
        const boot = bootScript(locales, entry, shellTexts);
        const shell = `${bootMarkup(locales.es)}<script>${boot}</script>`;
        return html.replace(app, `${shell}\n    ${app}`);
      },
    },
  };
}
