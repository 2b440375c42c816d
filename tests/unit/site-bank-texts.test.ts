// The site bank's texts, as the interface shows them: exactly as the consultant typed them.
import { get } from 'svelte/store';
import { _, init, locale } from 'svelte-i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areasOf } from '../../src/domain/question-bank';
import { useSiteBank } from '../../src/domain/site-bank';
import { registerBankTexts } from '../../src/i18n/site-bank-texts';
import { CUSTOM_BANK } from '../fixtures/custom-bank';

describe('registerBankTexts', () => {
  beforeAll(async () => {
    useSiteBank(CUSTOM_BANK);
    registerBankTexts(CUSTOM_BANK);
    await init({ fallbackLocale: 'es', initialLocale: 'es' });
  });
  // Test files share modules: no other file may find the site's bank in place.
  afterAll(() => useSiteBank(null));

  it('gives every key of the bank its text as typed (never parsed as a message), in both languages', async () => {
    const areas = areasOf(CUSTOM_BANK);
    const [moments, customers] = areas;
    const t = () => get(_);
    expect(t()(moments!.titleKey)).toBe('Nuestros momentos');
    expect(t()(moments!.statements[0]!.levelKeys![5])).toBe('Lista revisada cada mes.');
    expect(t()(customers!.statements[2]!.textKey)).toBe("Es {raro}: l'«#1» <b>");
    await locale.set('en');
    expect(t()(moments!.prompts[0]!.hintKey)).toBe('One.');
    expect(t()(moments!.statements[0]!.evidenceKey!)).toBe('An up-to-date list.');
    expect(t()(customers!.statements[2]!.textKey)).toBe("It's {odd}: the '#1' <b> '{x}'");
    expect(t()('siteBank.acme-cx_v3.name')).toBe('Acme diagnosis');
  });
});
