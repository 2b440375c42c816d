// The boot shell's markup and inline script (build/boot-shell.ts), run in a DOM as the browser would.
import { afterEach, describe, expect, it } from 'vitest';
import { bootMarkup, bootScript, bootTexts, type BootLocales } from '../../build/boot-shell';
import en from '../../locales/en.json';
import es from '../../locales/es.json';

const locales: BootLocales = { es: bootTexts(es), en: bootTexts(en) };

function boot(options: { saved?: string; languages?: string[]; hash?: string } = {}): void {
  document.body.innerHTML = bootMarkup(locales.es);
  localStorage.clear();
  if (options.saved !== undefined) localStorage.setItem('momentos:locale', options.saved);
  Object.defineProperty(navigator, 'languages', {
    configurable: true,
    get: () => options.languages ?? [],
  });
  history.replaceState(null, '', options.hash ?? '#/');
  // The script is ours, built at build time; run it as the inline <script> would be.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(bootScript(locales, null)) as () => void;
  run();
}

const heading = () => document.querySelector('h1')?.textContent;

describe('boot shell', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    localStorage.clear();
  });

  it('reads its texts from the locale files and fails loudly when one is missing', () => {
    expect(locales.en.heading).toBe(en.home.heading);
    expect(locales.es.reload).toBe(es.error.reload);
    expect(() => bootTexts({ app: { name: 'Momentos' } })).toThrow(/app\.tagline/);
  });

  it('escapes texts in the markup and keeps the script free of a closing tag', () => {
    const hostile = { ...locales.es, heading: '<img src=x onerror=alert(1)> & "q"' };
    expect(bootMarkup(hostile)).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    const script = bootScript({ es: hostile, en: { ...locales.en, intro: '</script><b>' } }, null);
    expect(script).not.toContain('</script');
    expect(script).not.toContain('import(');
  });

  it('picks the language as the app does: saved choice, then browser languages, then Spanish', () => {
    boot({ languages: ['en-GB', 'es'] });
    expect(document.documentElement.lang).toBe('en');
    expect(heading()).toBe(en.home.heading);

    boot({ saved: 'es', languages: ['en-US'] });
    expect(document.documentElement.lang).toBe('es');
    expect(heading()).toBe(es.home.heading);

    boot({ saved: 'en', languages: ['es-ES'] });
    expect(heading()).toBe(en.home.heading);
    expect(document.querySelector('.is-current')?.getAttribute('lang')).toBe('en');

    boot({ saved: '__proto__', languages: ['de-DE', 'fr'] });
    expect(document.documentElement.lang).toBe('es');
    expect(heading()).toBe(es.home.heading);
  });

  it('hides the home heading when the link points into a workshop', () => {
    boot({ hash: '#/w/abc/area/customers' });
    expect(document.getElementById('boot-home')?.hidden).toBe(true);
    boot({ hash: '#/' });
    expect(document.getElementById('boot-home')?.hidden).toBe(false);
  });

  it('imports the app only when given its entry', () => {
    expect(bootScript(locales, './assets/index-abc.js')).toContain(
      'import("./assets/index-abc.js")',
    );
  });
});
