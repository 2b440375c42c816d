// Stands in for @formatjs/icu-messageformat-parser inside intl-messageformat (wired in vite.config.ts):
// our messages use only text, {arguments}, and plural / select with `#`, so this small parser builds
// the same AST for them as the full one (~5 kB gzip less on the first load). tests/unit/icu-lite.test.ts
// parses every message of both locale files with both parsers and requires identical results; any
// other syntax (number, date, time, tags…) throws, so a message that needs it fails that test.

export enum TYPE {
  literal = 0,
  argument = 1,
  number = 2,
  date = 3,
  time = 4,
  select = 5,
  plural = 6,
  pound = 7,
  tag = 8,
}

export interface PluralOrSelectOption {
  value: MessageFormatElement[];
}
export type MessageFormatElement =
  | { type: TYPE.literal; value: string }
  | { type: TYPE.argument; value: string }
  | { type: TYPE.select; value: string; options: Record<string, PluralOrSelectOption> }
  | {
      type: TYPE.plural;
      value: string;
      options: Record<string, PluralOrSelectOption>;
      offset: number;
      pluralType: 'cardinal';
    }
  | { type: TYPE.pound };

type El = { type: TYPE };
const is = (type: TYPE) => (el: El) => el.type === type;
export const isLiteralElement = is(TYPE.literal);
export const isArgumentElement = is(TYPE.argument);
export const isNumberElement = is(TYPE.number);
export const isDateElement = is(TYPE.date);
export const isTimeElement = is(TYPE.time);
export const isSelectElement = is(TYPE.select);
export const isPluralElement = is(TYPE.plural);
export const isPoundElement = is(TYPE.pound);
export const isTagElement = is(TYPE.tag);
/** Skeletons are never produced by this parser. */
export const isNumberSkeleton = (_el: unknown): boolean => false;
export const isDateTimeSkeleton = (_el: unknown): boolean => false;

class Parser {
  #at = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  parse(): MessageFormatElement[] {
    const out = this.#message(null);
    if (this.#at < this.#text.length) this.#fail('unexpected "}"');
    return out;
  }

  #fail(reason: string): never {
    throw new SyntaxError(`Unsupported message syntax (${reason}) at ${this.#at}: ${this.#text}`);
  }

  /** Elements up to an unmatched "}" or the end; `#` is a pound sign only right inside a plural. */
  #message(parent: 'plural' | 'select' | null): MessageFormatElement[] {
    const out: MessageFormatElement[] = [];
    let literal = '';
    const flush = () => {
      if (literal) out.push({ type: TYPE.literal, value: literal });
      literal = '';
    };
    while (this.#at < this.#text.length) {
      const ch = this.#text[this.#at];
      if (ch === '}') break;
      if (ch === '{') {
        flush();
        out.push(this.#argument());
      } else if (ch === '#' && parent === 'plural') {
        flush();
        this.#at++;
        out.push({ type: TYPE.pound });
      } else if (ch === "'") {
        literal += this.#quote(parent);
      } else {
        literal += ch;
        this.#at++;
      }
    }
    flush();
    return out;
  }

  /** ICU apostrophes: '' is one; '{…}' (also before } # < >) quotes text up to the next single '. */
  #quote(parent: 'plural' | 'select' | null): string {
    const next = this.#text[this.#at + 1];
    if (next === "'") {
      this.#at += 2;
      return "'";
    }
    const opens = next === '{' || next === '}' || next === '<' || next === '>';
    if (!opens && !(next === '#' && parent === 'plural')) {
      this.#at++;
      return "'";
    }
    this.#at++;
    let quoted = '';
    while (this.#at < this.#text.length) {
      const ch = this.#text[this.#at];
      if (ch === "'") {
        if (this.#text[this.#at + 1] === "'") {
          quoted += "'";
          this.#at += 2;
          continue;
        }
        this.#at++;
        return quoted;
      }
      quoted += ch;
      this.#at++;
    }
    return quoted;
  }

  #space(): void {
    while (/\s/.test(this.#text[this.#at] ?? '')) this.#at++;
  }

  #word(): string {
    this.#space();
    const match = /^[^\s{}#,=<>'"]+|^=\d+/.exec(this.#text.slice(this.#at));
    if (!match) this.#fail('a name was expected');
    this.#at += match[0].length;
    this.#space();
    return match[0];
  }

  #expect(ch: string): void {
    this.#space();
    if (this.#text[this.#at] !== ch) this.#fail(`"${ch}" expected`);
    this.#at++;
  }

  #argument(): MessageFormatElement {
    this.#expect('{');
    const name = this.#word();
    if (this.#text[this.#at] === '}') {
      this.#at++;
      return { type: TYPE.argument, value: name };
    }
    this.#expect(',');
    const kind = this.#word();
    if (kind !== 'plural' && kind !== 'select') this.#fail(`"${kind}" arguments`);
    this.#expect(',');
    const options: Record<string, PluralOrSelectOption> = {};
    this.#space();
    while (this.#text[this.#at] !== '}') {
      if (this.#at >= this.#text.length) this.#fail('unclosed argument');
      const key = this.#word();
      if (key.startsWith('offset:')) this.#fail('plural offsets');
      this.#expect('{');
      options[key] = { value: this.#message(kind) };
      this.#expect('}');
      this.#space();
    }
    this.#at++;
    if (!('other' in options)) this.#fail('an "other" option is required');
    return kind === 'select'
      ? { type: TYPE.select, value: name, options }
      : { type: TYPE.plural, value: name, options, offset: 0, pluralType: 'cardinal' };
  }
}

export function parse(message: string, _options?: unknown): MessageFormatElement[] {
  return new Parser(message).parse();
}
