// Stands in for intl-messageformat inside svelte-i18n (wired in vite.config.ts): our messages use only
// text, {arguments}, and plural / select with `#` (what src/i18n/icu-lite.ts parses), so formatting
// them takes a few lines instead of the library's ~2.5 kB gzip on the first load. It keeps the
// library's behaviour for those messages: an argument prints as String(value), `#` with the locale's
// number format, a plural picks `=n`, then the locale's plural rule, then `other`; a missing value
// throws. tests/unit/intl-messageformat-lite.test.ts formats every message of both locale files with
// both and requires the same text.
import { parse, TYPE, type MessageFormatElement } from './icu-lite';

type Values = Record<string, unknown>;

export class IntlMessageFormat {
  readonly #ast: MessageFormatElement[];
  readonly #locales: string | string[];
  #numbers: Intl.NumberFormat | undefined;
  #plurals: Intl.PluralRules | undefined;

  constructor(message: string | MessageFormatElement[], locales: string | string[] = 'en') {
    this.#ast = typeof message === 'string' ? parse(message) : message;
    this.#locales = locales;
  }

  /** As the library's: the first of `locales` that Intl supports (svelte-i18n checks a locale with it). */
  static resolveLocale(locales: string | string[]): Intl.Locale | undefined {
    const [supported] = Intl.NumberFormat.supportedLocalesOf(locales);
    return supported ? new Intl.Locale(supported) : undefined;
  }

  format(values: Values = {}): string {
    return this.#write(this.#ast, values, null);
  }

  #write(elements: MessageFormatElement[], values: Values, pound: number | null): string {
    let text = '';
    for (const element of elements) {
      if (element.type === TYPE.literal) text += element.value;
      else if (element.type === TYPE.pound) {
        if (pound !== null)
          text += (this.#numbers ??= new Intl.NumberFormat(this.#locales)).format(pound);
      } else {
        if (!(element.value in values))
          throw new Error(`The intl string context variable "${element.value}" was not provided`);
        const value = values[element.value];
        if (element.type === TYPE.argument)
          text += typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        else if (element.type === TYPE.select) {
          const option = element.options[String(value)] ?? element.options.other;
          if (!option) throw new Error(`No option for "${String(value)}" in "${element.value}"`);
          text += this.#write(option.value, values, pound);
        } else {
          const count = Number(value);
          const rules = (this.#plurals ??= new Intl.PluralRules(this.#locales));
          const rule = rules.select(count - element.offset);
          const option =
            element.options[`=${count}`] ?? element.options[rule] ?? element.options.other;
          if (!option) throw new Error(`No option for ${count} in "${element.value}"`);
          text += this.#write(option.value, values, count - element.offset);
        }
      }
    }
    return text;
  }
}
