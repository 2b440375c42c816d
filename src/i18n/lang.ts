// The interface language as a store that always holds a supported language: the one place that falls
// back to DEFAULT_LOCALE while svelte-i18n's `locale` is not set yet.
import { derived } from 'svelte/store';
import { locale } from 'svelte-i18n';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export const lang = derived(locale, (value): Locale => (isLocale(value) ? value : DEFAULT_LOCALE));
