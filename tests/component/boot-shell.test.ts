// The boot shell (build/boot-shell.ts): its markup, and its inline script (build/boot-script.ts) run in
// a DOM as the browser would, both as the module itself and as the bundled, minified build output.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../build/boot-script';
import { bootMarkup, bootScript } from '../../build/boot-shell';
import { bootTexts, type BootLocales } from '../../build/boot-texts';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import { LOCALE_KEY, THEME_KEY } from '../../src/persistence/preferences';

const locales: BootLocales = { es: bootTexts(es), en: bootTexts(en) };

interface Page {
  saved?: string;
  /** The light / dark choice saved on this device, and whether the device itself is set to dark. */
  theme?: string;
  deviceDark?: boolean;
  languages?: string[];
  hash?: string;
}

function openPage({ saved, theme, deviceDark = false, languages = [], hash = '#/' }: Page): void {
  document.body.innerHTML = bootMarkup(locales.es);
  document.documentElement.lang = 'es';
  delete document.documentElement.dataset.theme;
  localStorage.clear();
  if (saved !== undefined) localStorage.setItem(LOCALE_KEY, saved);
  if (theme !== undefined) localStorage.setItem(THEME_KEY, theme);
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: deviceDark && query === '(prefers-color-scheme: dark)',
  }));
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  history.replaceState(null, '', hash);
}

/** The built inline script, run as the browser runs the <script> element. */
async function runBuilt(page: Page, entry: string | null = null): Promise<void> {
  openPage(page);
  const code = await bootScript(locales, entry);
  // The script is ours, built from build/boot-script.ts; run it as the inline <script> would be.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(code) as () => void)();
}

/** The module itself, without the app's entry (as in the dev server). */
function runModule(page: Page): void {
  openPage(page);
  boot({ en: locales.en }, null, {});
}

const heading = () => document.querySelector('h1')?.textContent;
const hidden = (id: string) => document.getElementById(id)?.hidden;

describe('boot shell', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
    localStorage.clear();
    vi.useRealTimers();
  });

  it('reads its texts from the locale files and fails loudly when one is missing', () => {
    expect(locales.en.heading).toBe(en.home.heading);
    expect(locales.es.reload).toBe(es.error.reload);
    expect(() => bootTexts({ app: { name: 'Momentos' } })).toThrow(/app\.tagline/);
  });

  it('escapes texts in the markup and in the script, which never holds a closing tag', async () => {
    const hostile = { ...locales.es, heading: '<img src=x onerror=alert(1)> & "q"' };
    expect(bootMarkup(hostile)).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    const intro = '</script><!-- \u2028';
    const script = await bootScript({ es: hostile, en: { ...locales.en, intro } }, null);
    expect(script).not.toMatch(/<\/script|<!--|\u2028/i);
    expect(script).not.toContain('import("'); // no entry: the dev server loads the app itself
    openPage({ languages: ['en'] });
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    (new Function(script) as () => void)();
    expect(document.querySelector('[data-boot="intro"]')?.textContent).toBe('</script><!--  ');
  });

  it.each([
    ['the module', (page: Page) => Promise.resolve(runModule(page))],
    ['the built script', (page: Page) => runBuilt(page)],
  ])(
    '%s picks the language as the app does: saved choice, then browser languages, then Spanish',
    async (_, run) => {
      await run({ languages: ['en-GB', 'es'] });
      expect(document.documentElement.lang).toBe('en');
      expect(heading()).toBe(en.home.heading);
      expect(document.querySelector('.is-current')?.getAttribute('lang')).toBe('en');

      await run({ saved: 'es', languages: ['en-US'] });
      expect(document.documentElement.lang).toBe('es');
      expect(heading()).toBe(es.home.heading);

      await run({ saved: 'en', languages: ['es-ES'] });
      expect(heading()).toBe(en.home.heading);

      await run({ saved: '__proto__', languages: ['de-DE', 'fr'] });
      expect(document.documentElement.lang).toBe('es');
      expect(heading()).toBe(es.home.heading);
      expect(document.querySelector('.is-current')?.getAttribute('lang')).toBe('es');
    },
  );

  it.each([
    ['the module', (page: Page) => Promise.resolve(runModule(page))],
    ['the built script', (page: Page) => runBuilt(page)],
  ])(
    '%s sets light or dark before the first paint: the saved choice, else the device',
    async (_, run) => {
      await run({});
      expect(document.documentElement.dataset.theme).toBe('light');
      await run({ deviceDark: true });
      expect(document.documentElement.dataset.theme).toBe('dark');
      await run({ theme: 'light', deviceDark: true });
      expect(document.documentElement.dataset.theme).toBe('light');
      await run({ theme: 'dark' });
      expect(document.documentElement.dataset.theme).toBe('dark');
      await run({ theme: '<script>', deviceDark: false });
      expect(document.documentElement.dataset.theme).toBe('light');
    },
  );

  it('hides the home heading when the link points into a workshop', async () => {
    await runBuilt({ hash: '#/w/abc/area/customers' });
    expect(hidden('boot-home')).toBe(true);
    await runBuilt({ hash: '#/' });
    expect(hidden('boot-home')).toBe(false);
  });

  it('imports the app once started (after the first paint, or 250 ms), and says so when it fails', async () => {
    const code = await bootScript(locales, './assets/index-abc.js', {
      es: './assets/es-1.js',
      en: './assets/en-2.js',
    });
    // The dist check and the size report find the entry by this literal import.
    expect(code).toContain('import("./assets/index-abc.js")');
    expect(code).toContain('{"es":"./assets/es-1.js","en":"./assets/en-2.js"}');

    vi.useFakeTimers();
    openPage({ languages: ['en'] });
    let failApp: (error: Error) => void = () => undefined;
    const loadApp = vi.fn(() => new Promise((_, reject) => (failApp = reject)));
    boot({ en: locales.en }, loadApp, {});
    expect(loadApp).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(loadApp).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(loadApp).toHaveBeenCalledTimes(1);
    expect(hidden('boot-error')).toBe(true);

    failApp(new Error('offline'));
    await vi.waitFor(() => expect(hidden('boot-error')).toBe(false));
    expect(hidden('boot-home')).toBe(true);
    expect(document.querySelector('#boot-error h1')?.textContent).toBe(en.error.loadHeading);
  });
});
