// Light or dark: the header's choice (saved on this device) or, by default, the device's own setting,
// followed live. The boot script set the same data-theme before the first paint.
import {
  readThemeChoice,
  saveThemeChoice,
  themeOf,
  type ThemeChoice,
} from '../persistence/preferences';

export class Theme {
  choice = $state<ThemeChoice>(readThemeChoice());
  readonly #device =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

  constructor() {
    this.#apply();
    this.#device?.addEventListener('change', () => this.#apply());
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    saveThemeChoice(choice);
    this.#apply();
  }

  #apply(): void {
    document.documentElement.dataset.theme = themeOf(
      this.choice === 'system' ? null : this.choice,
      this.#device?.matches ?? false,
    );
  }
}
