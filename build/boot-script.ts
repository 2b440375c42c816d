// The boot shell's inline script. This module runs in the page, not in Node: build/boot-shell.ts bundles
// it with what it imports, minifies it and writes it into index.html as the one inline <script> (whose
// hash the Content-Security-Policy allows). It picks the language exactly as the app does (the same
// pickLocale and the same saved preference) and, in the build, imports the app only after the first
// paint.
import { pickLocale, type Locale } from '../src/i18n/locales.ts';
import { LOCALE_KEY, THEME_KEY, themeOf } from '../src/persistence/preferences.ts';
import type { BootTexts } from './boot-texts.ts';

/** The shell texts in the languages the markup is not written in (the markup is in Spanish). */
export type BootTranslations = Partial<Record<Locale, BootTexts>>;

/** The chunk holding each language's shell texts, which the app imports first. */
export type ShellTexts = Partial<Record<Locale, string>>;

/**
 * Shows the shell in the language the app will pick. With `loadApp` (the build's import of the app's
 * entry), it starts the app once the first contentful paint has been presented (or after 250 ms, e.g.
 * in a background tab, which does not paint), importing the shell texts of the language shown (only
 * that one) alongside, and shows a reload message if the app cannot be loaded.
 */
export function boot(
  translations: BootTranslations,
  loadApp: (() => Promise<unknown>) | null,
  shellTexts: ShellTexts,
): void {
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  let saved: string | null = null;
  let theme: string | null = null;
  try {
    saved = localStorage.getItem(LOCALE_KEY);
    theme = localStorage.getItem(THEME_KEY);
  } catch {
    // Storage blocked: the browser's languages and colour scheme decide, as in the app.
  }
  // Light or dark before the first paint, as state/theme.svelte.ts will keep it.
  document.documentElement.dataset.theme = themeOf(
    theme,
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches,
  );
  const lang = pickLocale(saved, navigator.languages ?? []);
  document.documentElement.lang = lang;
  const texts = translations[lang];
  if (texts) {
    for (const node of document.querySelectorAll('[data-boot]'))
      node.textContent = texts[node.getAttribute('data-boot') as keyof BootTexts];
  }
  const current = document.querySelector(`[data-lang=${lang}]`);
  if (current) current.className = 'is-current';
  const home = byId('boot-home');
  const hash = location.hash;
  if (hash && hash !== '#' && hash !== '#/') home.hidden = true;
  if (!loadApp) return;
  // Opened from disk, the browser refuses to load the app's modules: say so instead of waiting.
  if (location.protocol === 'file:') {
    home.hidden = true;
    byId('boot-file').hidden = false;
    return;
  }
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const shell = shellTexts[lang];
    // The app imports the same file and reports a failure itself; this one only starts it early.
    if (shell) import(shell).catch(() => undefined);
    loadApp().catch(() => {
      home.hidden = true;
      byId('boot-error').hidden = false;
    });
  };
  byId('boot-reload').onclick = () => location.reload();
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the timer starts the app.
  }
  setTimeout(start, 250);
}
