import { parse as fullParse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import { parse } from '../../src/i18n/icu-lite';

type Tree = { [key: string]: unknown };

function messages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    return typeof value === 'object' && value !== null ? messages(value as Tree, path) : [];
  });
}

/** svelte-i18n formats with ignoreTag: true, so that is how the full parser must read them too. */
const full = (message: string) => fullParse(message, { ignoreTag: true });

describe('icu-lite (the parser the build gives intl-messageformat)', () => {
  it('reads every message of both locale files exactly as the full ICU parser does', () => {
    const all = [...messages(es), ...messages(en)];
    expect(all.length).toBeGreaterThan(400);
    const different = all.filter(([, message]) => {
      try {
        return JSON.stringify(parse(message)) !== JSON.stringify(full(message));
      } catch {
        return true;
      }
    });
    expect(different).toEqual([]);
  });

  it.each([
    'Plain text with “quotes”, ¿signos? and an apostrophe: don’t',
    "It's ASCII, and '' doubled",
    "Quoted '{braces}' stay text, as does '}'",
    '{count, plural, =0 {none} one {# item} other {# items}}',
    '{count, plural, one {# moment for {name}} other {# moments for {name}}}',
    "{count, plural, one {'#' is literal when quoted} other {#}}",
    '{kind, select, external {outside} internal {inside} other {anyone}}',
    '{kind, select, a {# is text in a select} other {x}}',
    'Tags <b>stay</b> text, <i>too</i>',
    '  { name }  with spaces ',
  ])('parses %j like the full parser', (message) => {
    expect(parse(message)).toEqual(full(message));
  });

  it('formats the same text through intl-messageformat', () => {
    const message = '{count, plural, one {# momento de {name}} other {# momentos de {name}}}';
    for (const count of [0, 1, 2, 21]) {
      const values = { count, name: 'Ana' };
      expect(new IntlMessageFormat(parse(message), 'es').format(values)).toBe(
        new IntlMessageFormat(message, 'es').format(values),
      );
    }
  });

  it.each([
    '{n, number}',
    '{d, date, short}',
    '{n, number, ::currency/EUR}',
    '{n, plural, offset:1 one {a} other {b}}',
    '{n, plural, one {a}}',
    'unbalanced }',
    '{unclosed',
  ])('refuses what it does not support: %j', (message) => {
    expect(() => parse(message)).toThrow(SyntaxError);
  });
});
