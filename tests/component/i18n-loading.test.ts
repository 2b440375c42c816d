// Loading texts and switching language (src/i18n): what is fetched, when, and what happens when a
// fetch fails. The module keeps what it loaded for the whole file, so each test relies on parts the
// ones before it have not loaded yet: keep their order.
import { get } from 'svelte/store';
import { locale } from 'svelte-i18n';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loaders, loadLaterTexts, loadWorkshopTexts, switchLocale } from '../../src/i18n';
import { readSavedLocale } from '../../src/persistence/preferences';

const offline = () => new TypeError('Failed to fetch dynamically imported module');

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'es';
});

afterEach(async () => {
  vi.restoreAllMocks();
  await switchLocale('es');
});

describe('loadLaterTexts', () => {
  it('fetches the texts again after a failed fetch', async () => {
    const fetchTexts = vi.spyOn(loaders.later, 'es').mockRejectedValueOnce(offline());
    await expect(loadLaterTexts()).rejects.toThrow(TypeError);
    await expect(loadLaterTexts()).resolves.toBeUndefined();
    expect(fetchTexts).toHaveBeenCalledTimes(2);
    // Once loaded, they are not fetched again.
    await loadLaterTexts();
    expect(fetchTexts).toHaveBeenCalledTimes(2);
  });
});

describe('switchLocale', () => {
  it('keeps the language when a text cannot be fetched, and switches on the next try', async () => {
    await loadLaterTexts();
    const shell = vi.spyOn(loaders.shell, 'en');
    const later = vi.spyOn(loaders.later, 'en').mockRejectedValueOnce(offline());
    await expect(switchLocale('en')).rejects.toThrow(TypeError);
    expect(get(locale)).toBe('es');
    expect(readSavedLocale()).toBeNull();
    expect(document.documentElement.lang).toBe('es');

    await switchLocale('en');
    expect(get(locale)).toBe('en');
    expect(readSavedLocale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // Every part in use is loaded in the new language; only the one that failed is fetched again.
    expect(later).toHaveBeenCalledTimes(2);
    expect(shell).toHaveBeenCalledTimes(1);
  });

  it('loads texts asked for after a switch in the language shown', async () => {
    await switchLocale('en');
    const english = vi.spyOn(loaders.workshop, 'en');
    const spanish = vi.spyOn(loaders.workshop, 'es');
    await loadWorkshopTexts();
    expect(english).toHaveBeenCalledTimes(1);
    expect(spanish).not.toHaveBeenCalled();
  });
});
