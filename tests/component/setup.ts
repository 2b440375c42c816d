// Component test set-up: jest-dom matchers, IndexedDB and canvas stand-ins, and svelte-i18n loaded
// synchronously with the full locale files, failing loudly on any missing key.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import 'vitest-canvas-mock';
import { addMessages, init } from 'svelte-i18n';
import { afterEach } from 'vitest';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import { resetLocale } from './i18n';

addMessages('es', es);
addMessages('en', en);
void init({
  fallbackLocale: 'es',
  initialLocale: 'es',
  handleMissingMessage: ({ id }) => {
    throw new Error('Missing locale key: ' + id);
  },
});

afterEach(async () => {
  await resetLocale();
});
