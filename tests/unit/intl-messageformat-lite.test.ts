// src/i18n/intl-messageformat-lite.ts stands in for intl-messageformat inside svelte-i18n
// (build/substitutions.ts): every message of both locale files, with every kind of value our screens
// pass, must come out exactly as the full library writes it.
import { IntlMessageFormat as Full } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import { parse, TYPE, type MessageFormatElement } from '../../src/i18n/icu-lite';
import { IntlMessageFormat as Lite } from '../../src/i18n/intl-messageformat-lite';

type Tree = { [key: string]: unknown };

function messages(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    return typeof value === 'object' && value !== null ? messages(value as Tree, path) : [];
  });
}

/** The values a message asks for, by kind: plain arguments, plural counts, select choices. */
function variables(elements: MessageFormatElement[], found = new Map<string, unknown[]>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument)
      found.set(element.value, found.get(element.value) ?? ['Ana «López»', 0, 7, 1234.5]);
    if (element.type === TYPE.plural) found.set(element.value, [0, 1, 2, 5, 21, 1234, 1.5]);
    if (element.type === TYPE.select)
      found.set(element.value, [...Object.keys(element.options), 'unknown']);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) variables(option.value, found);
  }
  return found;
}

/** One set of values per variant of each variable, the others at their first variant. */
function valueSets(message: string): Record<string, unknown>[] {
  const found = [...variables(parse(message)).entries()];
  const first = Object.fromEntries(found.map(([name, variants]) => [name, variants[0]]));
  const sets = found.flatMap(([name, variants]) =>
    variants.map((variant) => ({ ...first, [name]: variant })),
  );
  return sets.length ? sets : [{}];
}

const outcome = (format: () => unknown) => {
  try {
    return { text: format() };
  } catch {
    return { threw: true };
  }
};

describe('intl-messageformat-lite', () => {
  it.each([
    ['es', es],
    ['en', en],
  ] as const)('writes every %s message as intl-messageformat does', (locale, tree) => {
    const all = messages(tree);
    expect(all.length).toBeGreaterThan(400);
    const different: string[] = [];
    let compared = 0;
    for (const [key, message] of all)
      for (const values of valueSets(message)) {
        compared++;
        const lite = outcome(() => new Lite(message, locale).format(values));
        const full = outcome(() =>
          new Full(message, locale, undefined, { ignoreTag: true }).format(values),
        );
        if (JSON.stringify(lite) !== JSON.stringify(full))
          different.push(
            `${key} ${JSON.stringify(values)}: ${JSON.stringify(lite)} ≠ ${JSON.stringify(full)}`,
          );
      }
    expect(compared).toBeGreaterThan(all.length);
    expect(different).toEqual([]);
  });

  it('throws, as the library does, when a value is missing (svelte-i18n then shows the message as written)', () => {
    expect(() => new Lite('Hola, {name}', 'es').format({})).toThrow(/"name"/);
    expect(() => new Full('Hola, {name}', 'es').format({})).toThrow(/"name"/);
  });

  it('prints "#" with the locale\'s number format and picks "=n" before the plural rule', () => {
    const message = '{n, plural, =0 {ninguno} one {# momento} other {# momentos}}';
    expect(new Lite(message, 'es').format({ n: 0 })).toBe('ninguno');
    expect(new Lite(message, 'es').format({ n: 1 })).toBe('1 momento');
    expect(new Lite(message, 'en').format({ n: 12345 })).toBe('12,345 momentos');
    expect(new Lite(message, 'es').format({ n: 12345 })).toBe('12.345 momentos');
  });

  it('resolves a locale as svelte-i18n asks it to', () => {
    expect(Lite.resolveLocale('es-ES')?.toString()).toBe(Full.resolveLocale('es-ES')?.toString());
    expect(Lite.resolveLocale(['en'])?.toString()).toBe('en');
  });
});
