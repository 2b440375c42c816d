// A translator fixed to one language, whatever the interface shows (the PDF can be in the other one).
// A module of its own so that it stays out of the first load.
import { get } from 'svelte/store';
import { format } from 'svelte-i18n';
import { load } from './index';
import type { Locale } from './locales';

/**
 * A formatter fixed to one language, whatever the interface shows (the PDF can be in the other
 * one): loads that language's texts first.
 */
export async function translatorFor(
  lang: Locale,
): Promise<(key: string, values?: Record<string, string | number>) => string> {
  await Promise.all([load('shell', lang), load('workshop', lang), load('later', lang)]);
  const formatMessage = get(format);
  return (key, values) => formatMessage(key, { locale: lang, values });
}
