import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import {
  BOOT_SECTIONS,
  LATER_SECTIONS,
  LOCALE_PARTS,
  SHELL_SECTIONS,
  WORKSHOP_SECTIONS,
  pickPart,
  type LocalePart,
} from '../../src/i18n/locale-parts';
import { LOCALES } from '../../src/i18n/locales';

type Tree = { [key: string]: unknown };
const FILES: Record<(typeof LOCALES)[number], Tree> = { es, en };

/** Flattens a nested message tree to { "a.b.c": "message" }; a non-string leaf is kept as is. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

type ArgKind = 'text' | 'number' | 'date' | 'select';

/** Every argument a message takes, with the kind of value it needs, found at any depth. */
function collectArguments(elements: MessageFormatElement[], out = new Map<string, ArgKind>()) {
  for (const el of elements) {
    if (isArgumentElement(el)) out.set(el.value, out.get(el.value) ?? 'text');
    else if (isNumberElement(el) || isPluralElement(el)) out.set(el.value, 'number');
    else if (isDateElement(el) || isTimeElement(el)) out.set(el.value, 'date');
    else if (isSelectElement(el)) out.set(el.value, 'select');
    if (isPluralElement(el) || isSelectElement(el)) {
      for (const option of Object.values(el.options)) collectArguments(option.value, out);
    }
    if (isTagElement(el)) collectArguments(el.children, out);
  }
  return out;
}

/** Calls visit on every element, nested ones included. */
function walk(elements: MessageFormatElement[], visit: (el: MessageFormatElement) => void): void {
  for (const el of elements) {
    visit(el);
    if (isPluralElement(el) || isSelectElement(el)) {
      for (const option of Object.values(el.options)) walk(option.value, visit);
    }
    if (isTagElement(el)) walk(el.children, visit);
  }
}

function dummyValues(args: Map<string, ArgKind>): Record<string, string | number | Date> {
  const dummies = { text: 'x', number: 2, date: new Date(Date.UTC(2026, 2, 5)), select: 'other' };
  return Object.fromEntries([...args].map(([name, kind]) => [name, dummies[kind]]));
}

const flat = { es: flatten(es), en: flatten(en) };
const messages = LOCALES.flatMap((lang) =>
  [...flat[lang]].map(([key, value]) => ({ lang, key, value })),
);
const strings = () =>
  messages.map(({ lang, key, value }) => ({ lang, key, message: String(value) }));

describe('locales/es.json and locales/en.json', () => {
  it('have exactly the same keys', () => {
    expect([...flat.en.keys()].sort()).toEqual([...flat.es.keys()].sort());
  });

  it('hold only non-empty strings', () => {
    const bad = messages.filter(({ value }) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(({ lang, key }) => `${lang}:${key}`)).toEqual([]);
  });

  it('use the same ICU arguments for every message in both languages', () => {
    const mismatched: string[] = [];
    for (const [key, esMessage] of flat.es) {
      const esArgs = [...collectArguments(parse(String(esMessage))).keys()].sort();
      const enArgs = [...collectArguments(parse(String(flat.en.get(key)))).keys()].sort();
      if (esArgs.join() !== enArgs.join()) {
        mismatched.push(`${key}: ${esArgs.join()} / ${enArgs.join()}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('give every plural and select an "other" branch', () => {
    const missing: string[] = [];
    let branches = 0;
    for (const { lang, key, message } of strings()) {
      walk(parse(message), (el) => {
        if (!isPluralElement(el) && !isSelectElement(el)) return;
        branches++;
        if (!('other' in el.options)) missing.push(`${lang}:${key}`);
      });
    }
    expect(missing).toEqual([]);
    expect(branches).toBeGreaterThan(0);
  });

  it('format every message with intl-messageformat given values for its arguments', () => {
    const failures: string[] = [];
    for (const { lang, key, message } of strings()) {
      try {
        const values = dummyValues(collectArguments(parse(message)));
        const formatted = new IntlMessageFormat(message, lang).format(values);
        if (typeof formatted !== 'string' || formatted === '') failures.push(`${lang}:${key}`);
      } catch (error) {
        failures.push(`${lang}:${key}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('contain no HTML', () => {
    const html = strings().filter(({ message }) => message.includes('<'));
    expect(html.map(({ lang, key }) => `${lang}:${key}`)).toEqual([]);
  });

  it('format plurals in each language', () => {
    const format = (lang: 'es' | 'en', count: number) =>
      new IntlMessageFormat(String(flat[lang].get('step.unread')), lang).format({ count });
    expect(format('es', 1)).toContain('Una parte de este taller');
    expect(format('es', 3)).toContain('3 partes de este taller');
    expect(format('en', 1)).toContain('One part of this workshop');
    expect(format('en', 3)).toContain('3 parts of this workshop');
  });
});

describe('pickPart', () => {
  /** Where each top-level section goes, written out: a new section or a move has to be decided here. */
  const EXPECTED: Record<string, LocalePart> = {
    app: 'shell',
    lang: 'shell',
    storage: 'shell',
    home: 'shell',
    error: 'shell',
    intro: 'workshop',
    step: 'workshop',
    rating: 'workshop',
    scale: 'workshop',
    area: 'workshop',
    inventory: 'workshop',
    results: 'workshop',
    report: 'workshop',
    advice: 'workshop',
    presenter: 'workshop',
    compare: 'workshop',
    team: 'later',
    site: 'later',
    save: 'later',
    pwa: 'later',
    notFound: 'later',
    data: 'later',
    manage: 'later',
    boot: 'boot',
  };

  it.each(LOCALES)('sends each section of %s.json to the part written above', (lang) => {
    const placed = Object.fromEntries(
      LOCALE_PARTS.flatMap((part) =>
        Object.keys(pickPart(FILES[lang], part)).map((section) => [section, part]),
      ),
    );
    expect(placed).toEqual(EXPECTED);
  });

  it('keeps the texts of each section whole', () => {
    expect(pickPart(es, 'shell').home).toEqual(es.home);
    expect(pickPart(en, 'workshop').area).toEqual(en.area);
  });

  it('refuses a section that is in no part, rather than guessing one', () => {
    expect(() => pickPart({ ...es, newScreen: { title: 'x' } }, 'shell')).toThrow(
      /Section "newScreen" .* is in no part/,
    );
  });

  it('lists each section in one part only', () => {
    const lists = [SHELL_SECTIONS, WORKSHOP_SECTIONS, LATER_SECTIONS, BOOT_SECTIONS].flat();
    expect(new Set(lists).size).toBe(lists.length);
  });
});
