import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../src/domain/file-name';

describe('reportFileName', () => {
  it.each([
    ['Clínica Ñandú', '2026-11-20', 'momentos-clinica-nandu-2026-11-20.pdf'],
    ['Łukasz & Øyvind — “Straße”', '2026-01-02', 'momentos-lukasz-oyvind-strasse-2026-01-02.pdf'],
    ['../../etc/passwd', '2026-01-02', 'momentos-etc-passwd-2026-01-02.pdf'],
    ['CON: <aux>|*?', '2026-01-02', 'momentos-con-aux-2026-01-02.pdf'],
    ['😀😀', '2026-01-02', 'momentos-informe-2026-01-02.pdf'],
  ])('makes %j safe for every file system', (organisation, date, expected) => {
    expect(reportFileName(organisation, date)).toBe(expected);
  });

  it('keeps names short and never ends a part with a dash', () => {
    const name = reportFileName(`${'Ayuntamiento de Villaverde '.repeat(5)}`, '2026-03-05');
    expect(name.length).toBeLessThanOrEqual('momentos--2026-03-05.pdf'.length + 60);
    expect(name).not.toMatch(/--/);
  });

  it('uses a placeholder for a date that is not YYYY-MM-DD', () => {
    expect(reportFileName('Acme', '5/3/2026')).toBe('momentos-acme-sin-fecha.pdf');
  });
});
