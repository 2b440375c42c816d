// `locales/<lang>.json?part=…` as a module holding only that part's sections (build/locale-parts.ts).
import { describe, expect, it } from 'vitest';
import { localePartModule } from '../../build/locale-parts';

const FILE = '/app/locales/es.json';
const JSON_TEXT = JSON.stringify({ home: { heading: 'Mis talleres' }, area: { x: 'y' } });
const moduleFor = (id: string) => localePartModule(id, () => JSON_TEXT);

describe('localePartModule', () => {
  it("exports the requested part's sections only", () => {
    expect(moduleFor(`${FILE}?part=shell`)).toBe(
      'export default {"home":{"heading":"Mis talleres"}};',
    );
    expect(moduleFor(`${FILE}?part=workshop`)).toBe('export default {"area":{"x":"y"}};');
  });

  it('leaves other files and requests alone', () => {
    expect(moduleFor(FILE)).toBeNull();
    expect(moduleFor(`${FILE}?part=everything`)).toBeNull();
    expect(moduleFor('/app/src/data.json?part=shell')).toBeNull();
    expect(moduleFor('/app/locales/fr.json?part=shell')).toBeNull();
  });
});
