// The site's own question bank speaks through the same messages as ours: its texts (both languages,
// from its file) are added under siteBankTexts(bank), one place per bank and version, so every
// screen and the report show them by key.
// They are looked up without values, which svelte-i18n returns as stored, never parsed as ICU: a
// brace or an apostrophe in the consultant's words prints as typed (tests/unit/site-bank-texts.test.ts).
import { addMessages } from 'svelte-i18n';
import { SITE_BANK_TEXTS, siteBankTexts } from '../domain/question-bank';
import type { BothLanguages, CustomBank } from '../domain/site-config';
import type { Messages } from './index';
import { LOCALES, type Locale } from './locales';

/** The bank's texts in one language, as a message tree under siteBankTexts(bank). */
export function bankMessages(bank: CustomBank, lang: Locale): Messages {
  const say = (text: BothLanguages) => text[lang];
  const areas: Messages = { name: say(bank.name) };
  for (const area of bank.areas) {
    const prompt: Messages = {};
    for (const p of area.prompts) prompt[p.id] = { text: say(p.text), hint: say(p.hint) };
    const statement: Messages = {};
    const evidence: Messages = {};
    const levels: Messages = {};
    for (const s of area.statements) {
      statement[s.id] = say(s.text);
      if (s.evidence) evidence[s.id] = say(s.evidence);
      if (s.levels)
        levels[s.id] = { 1: say(s.levels[1]), 3: say(s.levels[3]), 5: say(s.levels[5]) };
    }
    areas[area.id] = {
      title: say(area.title),
      short: say(area.short),
      intro: say(area.intro),
      prompt,
      statement,
      evidence,
      levels,
    };
  }
  const [, key = ''] = siteBankTexts(bank).split('.');
  return { [SITE_BANK_TEXTS]: { [key]: areas } };
}

/** Adds the bank's texts in every language the app speaks (switching language needs no reload). */
export function registerBankTexts(bank: CustomBank): void {
  for (const lang of LOCALES) addMessages(lang, bankMessages(bank, lang));
}
