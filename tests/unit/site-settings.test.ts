// What a site's settings change beyond its bank: the language shown, the report's cover and bank,
// and the app's drafts (our recommendations library knows only our statements).
import { afterEach, describe, expect, it } from 'vitest';
import { suggestActions } from '../../src/domain/action-plan';
import { isOtherBank, problemText } from '../../src/features/data/problem-text';
import { criticalMoments } from '../../src/domain/moment-gaps';
import { useSiteBank } from '../../src/domain/site-bank';
import { siteLanguage } from '../../src/domain/site-config';
import { bankMessages } from '../../src/i18n/site-bank-texts';
import { reportPage } from '../../src/report/html-export';
import { buildReport, withBrand, type Translate } from '../../src/report/report-model';
import { CUSTOM_BANK } from '../fixtures/custom-bank';
import { formatter, translator } from '../fixtures/report';
import { makeMoment, makeWorkshop } from '../fixtures/workshops';

afterEach(() => useSiteBank(null));

describe('siteLanguage', () => {
  const both = { languages: ['es', 'en'] as ('es' | 'en')[], defaultLanguage: null };
  it.each([
    ['keeps the language shown when the site offers both and says nothing', both, 'en', null, null],
    [
      "shows the site's default to a visitor who chose nothing",
      { ...both, defaultLanguage: 'en' as const },
      'es',
      null,
      'en',
    ],
    [
      "keeps a visitor's own choice over the site's default",
      { ...both, defaultLanguage: 'en' as const },
      'es',
      'es',
      null,
    ],
    [
      "a visitor's choice the site no longer offers gives way to its default",
      { languages: ['en'] as ('es' | 'en')[], defaultLanguage: 'en' as const },
      'es',
      'es',
      'en',
    ],
    [
      'without a default, the first language offered',
      { languages: ['en'] as ('es' | 'en')[], defaultLanguage: null },
      'es',
      null,
      'en',
    ],
    [
      'a saved choice that is not a language is no choice',
      { ...both, defaultLanguage: 'en' as const },
      'es',
      'fr',
      'en',
    ],
  ] as const)('%s', (_name, config, current, saved, expected) => {
    expect(siteLanguage(config, current, saved)).toBe(expected);
  });
});

/** The fixture's translator, with the site bank's texts added as the app adds them. */
function withBankTexts(lang: 'es' | 'en'): Translate {
  const base = translator(lang);
  const messages = bankMessages(CUSTOM_BANK, lang) as Record<string, unknown>;
  return (key, values) => {
    if (!key.startsWith('siteBank.')) return base(key, values);
    let node: unknown = messages;
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`Missing bank text: ${key}`);
    return node;
  };
}

describe('the report of a workshop of the site bank', () => {
  it("names the site's bank in words and by id and version, and its areas by its titles", () => {
    useSiteBank(CUSTOM_BANK);
    const workshop = { ...makeWorkshop('c1'), ratings: { 'moments.listed': 4 as const } };
    const report = buildReport(workshop, withBankTexts('en'), formatter('en'), 'en');
    expect(report.cover.facts).toContainEqual(['Question bank', 'Acme diagnosis']);
    const text = JSON.stringify(report.blocks);
    expect(text).toContain('acme-cx v3');
    expect(text).toContain('Our moments');
    expect(text).toContain('Who chooses us');
    expect(text).not.toContain('Internal customers');
  });
});

describe('withBrand', () => {
  const report = () => buildReport(makeWorkshop('w1'), translator('es'), formatter('es'), 'es');
  const logo = { data: 'data:image/png;base64,iVBORw0KGgo=', width: 320, height: 160 };

  it("puts the host's name in place of the app's on the cover, with the logo", () => {
    const branded = withBrand(report(), { name: 'Brújula <Consultores>', logo });
    expect(branded.cover.appName).toBe('Brújula <Consultores>');
    expect(branded.cover.brand?.logo).toEqual(logo);
    expect(report().cover.appName).toBe('Momentos');
  });

  it('leaves the report as it was without a brand', () => {
    const plain = report();
    expect(withBrand(plain, null)).toBe(plain);
    expect(withBrand(plain, { name: null, logo: null })).toBe(plain);
  });

  it('prints the brand on the web page as text and the logo as a data image only', () => {
    const html = reportPage(
      { workshop: makeWorkshop('w1'), lang: 'es', t: translator('es'), format: formatter('es') },
      { name: 'Brújula <Consultores>', logo },
    );
    expect(html).toContain('<p class="app">Brújula &lt;Consultores&gt;</p>');
    expect(html.match(/<img\b[^>]*>/g)).toEqual([
      `<img class="logo" src="${logo.data}" alt="" height="64">`,
    ]);
  });
});

describe('suggestActions with the site bank', () => {
  it('drafts for critical moments only: the recommendations library knows our statements', () => {
    useSiteBank(CUSTOM_BANK);
    const workshop = {
      ...makeWorkshop('c1'),
      ratings: { 'moments.listed': 1 as const, 'moments.owned': 2 as const },
    };
    const critical = criticalMoments([
      makeMoment('m1', { importance: 5, expectation: 5, delivered: 1 }),
    ]);
    expect(suggestActions(workshop, ['moments'], critical)).toEqual([
      { kind: 'moment', momentId: 'm1' },
    ]);
  });
});

describe('a workshop of a bank the site does not offer, in words', () => {
  const t = (key: string, options?: { values?: Record<string, string | number> }) =>
    translator('en')(key, options?.values);
  it('is said as such, not as damage, in a record and in a backup', () => {
    expect(isOtherBank([{ kind: 'wrongValue', field: 'bank.id' }])).toBe(true);
    // Its id known but in another version: the bank as a whole.
    expect(isOtherBank([{ kind: 'wrongValue', field: 'bank' }])).toBe(true);
    expect(isOtherBank([{ kind: 'missing', field: 'bank.id' }])).toBe(false);
    expect(problemText([{ kind: 'wrongValue', field: 'workshops.2.bank.id' }], t)).toBe(
      'it was answered with a question bank this site does not offer now',
    );
    expect(problemText([{ kind: 'wrongValue', field: 'meta.date' }], t)).not.toContain('bank');
  });
});
