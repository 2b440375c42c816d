// What the build reads about the app (build/app-info.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appVersion, readBootLocales, readManifestTexts } from '../../build/app-info';
import en from '../../locales/en.json';
import es from '../../locales/es.json';

describe('app info', () => {
  it("is package.json's version unless the tests ask for another", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(appVersion({})).toBe(pkg.version);
    expect(appVersion({ MOMENTOS_VERSION: '0.1.0-next' })).toBe('0.1.0-next');
  });

  it('reads the boot texts of both languages and the manifest texts in Spanish', async () => {
    const boot = await readBootLocales();
    expect(boot.es.heading).toBe(es.home.heading);
    expect(boot.en.heading).toBe(en.home.heading);
    expect(readManifestTexts()).toEqual({ name: es.app.name, tagline: es.app.tagline });
  });
});
