// Component test set-up: jest-dom matchers, IndexedDB, canvas and <dialog> stand-ins, and svelte-i18n loaded
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

// jsdom has <dialog> but not its modal methods; enough of them for Modal.svelte to open and close.
if (!('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}

afterEach(async () => {
  await resetLocale();
});
