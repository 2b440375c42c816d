// Switches the interface language in component tests; setup.ts puts Spanish back after each test.
import { locale } from 'svelte-i18n';
import type { Locale } from '../../src/i18n/locales';

export async function useLocale(next: Locale): Promise<void> {
  await locale.set(next);
}

export async function resetLocale(): Promise<void> {
  await locale.set('es');
}
