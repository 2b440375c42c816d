// The web-page report, built in Node exactly as in the browser: a self-contained, accessible HTML
// document with every number of the report, its charts described in words, and the team's text
// only ever as text.
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/domain/question-bank';
import { criticalMoments } from '../../src/domain/moment-gaps';
import { scoreWorkshop } from '../../src/domain/scoring';
import type { Workshop } from '../../src/domain/workshop';
import { escapeHtml } from '../../src/report/html-escape';
import { exportHtml, htmlFileName, reportPage } from '../../src/report/html-export';
import { REPORT_CSP } from '../../src/report/report-html';
import { buildReport } from '../../src/report/report-model';
import { SVG_COLORS, gapBarsSvg, radarSvg, wrapText } from '../../src/report/svg-charts';
import { TRICKY, formatter, richWorkshop, translator } from '../fixtures/report';
import { makeCustomerType, makeMoment, makeWorkshop } from '../fixtures/workshops';

const page = (workshop: Workshop, lang: 'es' | 'en') =>
  reportPage({ workshop, lang, t: translator(lang), format: formatter(lang) });

/** Every tag the page may contain: no script, image, link, frame, form, object or style sheet link. */
const ALLOWED_TAGS = new Set(
  [
    'html head meta title style body header main footer section h1 h2 h3 h4 h5 h6 p strong br',
    'ul li dl dt dd div table caption colgroup col thead tbody tr th td figure',
    'svg title desc polygon line circle text rect',
  ]
    .join(' ')
    .split(' '),
);
const tagsOf = (html: string) =>
  new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => (m[1] ?? '').toLowerCase()));

/** The heading levels in document order (h1 = 1). */
const headingLevels = (html: string) =>
  [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** Relative luminance contrast of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return 1.05 / (l + 0.05);
}

describe.each(['es', 'en'] as const)('the web-page report in %s', (lang) => {
  const t = translator(lang);
  const f = formatter(lang);
  const workshop = richWorkshop();
  const html = page(workshop, lang);
  const report = buildReport(workshop, t, f, lang);
  const scores = scoreWorkshop(workshop);

  it('is one complete document with its language, charset, viewport, strict CSP and title', () => {
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain(
      `<title>${escapeHtml(`${t('report.title')} · ${workshop.meta.organisation}`)}</title>`,
    );
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    // Under 250 kB like the PDF, for the richest workshop the fixtures have.
    expect(new TextEncoder().encode(html).length).toBeLessThan(250_000);
  });

  it('runs nothing and fetches nothing: no script, no link, no URL of any kind', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toContain('//');
    expect(html).not.toMatch(/\b(?:src|href|srcset|action|xmlns)\s*=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect([...tagsOf(html)].filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
  });

  it('has landmarks and one h1, with no heading level skipped', () => {
    expect(html).toMatch(
      /<header class="cover">[\s\S]*<\/header>\n<main>[\s\S]*<\/main>\n<footer>/,
    );
    const levels = headingLevels(html);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
    expect(html).toContain(`<h1>${escapeHtml(t('report.title'))}</h1>`);
    for (const key of [
      'report.summaryHeading',
      'report.customerTypes',
      'report.momentsMap',
      'report.actionPlan',
    ])
      expect(html).toMatch(new RegExp(`<h2 id="h\\d+">${escapeHtml(t(key))}</h2>`));
  });

  it('gives every area its title and score, in the summary table and as its own section', () => {
    for (const score of scores.areas) {
      const title = escapeHtml(t(AREAS.find((a) => a.id === score.areaId)!.titleKey));
      expect(html).toMatch(new RegExp(`<h2 id="h\\d+">${title}</h2>`));
      const row = new RegExp(`<tr><th scope="row">${title}</th><td>([^<]*)</td>`).exec(html);
      expect(row).not.toBeNull();
      expect(row?.[1]).toContain(
        score.mean === null ? t('results.table.notAnswered') : f.score(score.mean),
      );
    }
    expect(html).toContain(`<caption>${escapeHtml(t('results.table.caption'))}</caption>`);
  });

  it('writes the cover: organisation, overall score and the facts as a description list', () => {
    expect(html).toContain(`<p class="organisation">${escapeHtml(workshop.meta.organisation)}</p>`);
    expect(html).toContain(`<p class="score">${escapeHtml(report.cover.score)}</p>`);
    expect(report.cover.score).toMatch(/\d[,.]\d/);
    for (const [term, value] of report.cover.facts)
      expect(html).toContain(
        `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`,
      );
  });

  it('has real tables with column headers, the statements with their answers and the reflections', () => {
    for (const key of [
      'results.table.area',
      'results.table.score',
      'report.statement',
      'report.answer',
      'report.moment',
      'report.gap',
      'report.action',
      'report.due',
    ])
      expect(html).toContain(`<th scope="col">${escapeHtml(t(key))}</th>`);
    for (const area of AREAS) {
      for (const statement of area.statements)
        expect(html).toContain(escapeHtml(t(statement.textKey)));
      for (const prompt of area.prompts) {
        expect(html).toContain(escapeHtml(t(prompt.textKey)));
        expect(html).toContain(escapeHtml(workshop.prompts[prompt.id] ?? ''));
      }
    }
    for (const text of TRICKY) expect(html).toContain(escapeHtml(text));
    // The six-column tables (the moments map, the action plan) scroll sideways on a phone, in a
    // named group the keyboard can reach.
    expect(
      html.match(
        /<div class="table-wrap" role="group" tabindex="0" aria-labelledby="(h\d+)"><table aria-labelledby="\1" class="wide">/g,
      ),
    ).toHaveLength(2);
    for (const moment of workshop.moments) expect(html).toContain(escapeHtml(moment.name));
    for (const action of workshop.actions) expect(html).toContain(escapeHtml(action.text));
  });

  it('keeps the line breaks the team typed', () => {
    expect(html).toContain('<dd>Cita rápida.<br>Que les escuchen.</dd>');
  });

  it('has the method section, with the next review and the bank’s id', () => {
    expect(html).toMatch(
      new RegExp(`<h2 id="h\\d+">${escapeHtml(t('report.method.heading'))}</h2>`),
    );
    const method = html.slice(html.indexOf(escapeHtml(t('report.method.heading'))));
    expect(method).toContain(escapeHtml(t('report.method.what')));
    expect(method).toContain('momentos-cx v2');
  });

  it('draws the radar and the gap bars as named images that give every value in words', () => {
    const svgs = [...html.matchAll(/<svg role="img" aria-labelledby="([\w-]+) ([\w-]+)"/g)];
    expect(svgs).toHaveLength(2);
    for (const [, title, desc] of svgs) {
      expect(html).toContain(`<title id="${title}">`);
      expect(html).toContain(`<desc id="${desc}">`);
    }
    const radarDesc = /<desc id="radar-desc">([^<]*)<\/desc>/.exec(html)?.[1] ?? '';
    for (const score of scores.areas) {
      const title = t(AREAS.find((a) => a.id === score.areaId)!.titleKey);
      const value = score.mean === null ? t('results.notAnswered') : f.score(score.mean);
      expect(radarDesc).toContain(escapeHtml(`${title} ${value}`));
      // And printed by its point.
      expect(html).toMatch(new RegExp(`paint-order="stroke">${value}</text>`));
    }
    const gapDesc = /<desc id="gaps-desc">([^<]*)<\/desc>/.exec(html)?.[1] ?? '';
    const critical = criticalMoments(workshop.moments);
    expect(critical.length).toBeGreaterThan(0);
    for (const c of critical) expect(gapDesc).toContain(escapeHtml(`${c.moment.name} ${c.gap}`));
    // The gap bars come with the summary's critical moments, the radar with the score table.
    const summary = html.slice(0, html.indexOf(escapeHtml(t('report.statements'))));
    expect(summary).toContain('id="radar-title"');
    expect(summary.indexOf(escapeHtml(t('report.criticalMoments')))).toBeLessThan(
      summary.indexOf('id="gaps-title"'),
    );
  });

  it('leaves the workshop exactly as it was', () => {
    expect(workshop).toEqual(richWorkshop());
  });
});

describe('hostile text in the web-page report', () => {
  const HOSTILE = {
    script: '<script>alert(1)</script>',
    img: '"><img src=x onerror=alert(1)>',
    quote: "' onmouseover='alert(1)",
    template: '{{x}} ${x} {x}',
    entity: '&amp; &lt;b&gt;',
    svg: '</svg><svg onload=alert(1)>',
    url: 'javascript:alert(1) //evil',
  };
  function hostile(): Workshop {
    const base = makeWorkshop('h', {
      organisation: HOSTILE.script,
      team: HOSTILE.img,
      facilitator: HOSTILE.quote,
      participants: HOSTILE.template,
    });
    const area = AREAS[0]!;
    return {
      ...base,
      ratings: { [area.statements[0]!.id]: 4 },
      comments: { [area.statements[0]!.id]: HOSTILE.svg },
      prompts: { [area.prompts[0]!.id]: `${HOSTILE.entity}\n${HOSTILE.img}` },
      customerTypes: [makeCustomerType('c1', { name: HOSTILE.img, description: HOSTILE.url })],
      moments: [
        makeMoment('m1', {
          name: HOSTILE.svg,
          note: HOSTILE.script,
          owner: HOSTILE.quote,
          importance: 5,
          expectation: 5,
          delivered: 1,
        }),
      ],
    };
  }

  it.each(['es', 'en'] as const)('shows it as text, never as markup (%s)', (lang) => {
    const html = page(hostile(), lang);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    // Every "<" left is a tag of ours: none of them carries an event handler.
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect([...tagsOf(html)].filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&#39; onmouseover=&#39;alert(1)');
    expect(html).toContain('{{x}} ${x} {x}');
    expect(html).toContain('&amp;amp; &amp;lt;b&amp;gt;<br>&quot;&gt;&lt;img');
    // In the gap chart's label and description too.
    expect(html).toContain('&lt;/svg&gt;&lt;svg onload=alert(1)&gt;</text>');
    expect(html).toMatch(/<desc id="gaps-desc">[^<]*&lt;\/svg&gt;&lt;svg onload=alert\(1\)&gt; 4/);
    // Exactly the two charts' svg elements open and close.
    expect(html.match(/<svg\b/g)).toHaveLength(2);
    expect(html.match(/<\/svg>/g)).toHaveLength(2);
  });
});

describe('a workshop with nothing answered', () => {
  it('has no charts and says there is no score yet', () => {
    const html = page(makeWorkshop('empty'), 'es');
    const t = translator('es');
    expect(html).not.toContain('<svg');
    expect(html).toContain(escapeHtml(t('report.overallNone')));
    expect(headingLevels(html).filter((l) => l === 1)).toHaveLength(1);
  });
});

describe('exportHtml', () => {
  it('makes a UTF-8 HTML file named like the PDF', async () => {
    const workshop = richWorkshop();
    const { blob, fileName } = await exportHtml({
      workshop,
      lang: 'es',
      t: translator('es'),
      format: formatter('es'),
    });
    expect(blob.type).toBe('text/html;charset=utf-8');
    expect(fileName).toBe('momentos-lukasz-oyvind-clinica-santa-eulalia-2026-11-20.html');
    expect(await blob.text()).toBe(page(workshop, 'es'));
  });

  it.each([
    ['Clínica Ñandú', '2026-11-20', 'momentos-clinica-nandu-2026-11-20.html'],
    ['../../pdf', '2026-01-02', 'momentos-pdf-2026-01-02.html'],
    ['Acme', '5/3/2026', 'momentos-acme-sin-fecha.html'],
  ])('names %j safely, as the PDF', (organisation, date, expected) => {
    expect(htmlFileName(organisation, date)).toBe(expected);
  });
});

describe('svg charts', () => {
  it('wraps words in lines and cuts what does not fit, with an ellipsis', () => {
    expect(wrapText('Liderazgo y decisiones', 20, 2)).toEqual(['Liderazgo y', 'decisiones']);
    expect(wrapText('Clientes', 20, 2)).toEqual(['Clientes']);
    expect(wrapText('a'.repeat(45), 20, 2)).toEqual(['a'.repeat(20), `${'a'.repeat(19)}…`]);
    const long = wrapText('Pedir cita por teléfono y que nadie conteste durante media hora', 20, 2);
    expect(long).toHaveLength(2);
    expect(long[1]?.endsWith('…')).toBe(true);
    expect(long.every((line) => line.length <= 20)).toBe(true);
  });

  it('shortens a long moment name in the bars, keeping it whole in the description', () => {
    const name = `Llamada ${'muy '.repeat(30)}larga`;
    const svg = gapBarsSvg({
      id: 'g',
      title: 'Brecha',
      description: `Brecha: ${name} 3.`,
      labels: [name],
      values: [3],
      axisLabel: 'Brecha',
    });
    expect(svg).toContain(`<desc id="g-desc">Brecha: ${name} 3.</desc>`);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    expect(texts.some((text) => text.endsWith('…'))).toBe(true);
    expect(texts.every((text) => text.length <= 32)).toBe(true);
    expect(svg).toContain('>3</text>');
  });

  it('leaves an unscored area out of the shape and says so by its name', () => {
    const svg = radarSvg({
      id: 'r',
      title: 'Madurez',
      description: 'Madurez por área',
      labels: ['A', 'B', 'C', 'D', 'E', 'F'],
      values: [4, null, 3, 3.5, 2, 5],
      valueTexts: ['4,0', 'sin responder', '3,0', '3,5', '2,0', '5,0'],
    });
    expect(svg).toContain('>(sin responder)</text>');
    expect(svg.match(/<circle/g)).toHaveLength(5);
    // No filled shape, only the sides between neighbouring scored areas (C-D, D-E, E-F, F-A).
    expect(svg).not.toContain('fill-opacity');
    expect(svg.match(/stroke-width="2.5"/g)).toHaveLength(4);
  });

  it('draws a team’s band behind its medians, only where every area has a lowest and highest score', () => {
    const input = {
      id: 't',
      title: 'Equipo',
      description: 'Medianas y rango',
      labels: ['A', 'B', 'C', 'D', 'E', 'F'],
      values: [3, 3, 3, 3, 3, 3],
      valueTexts: ['3,0', '3,0', '3,0', '3,0', '3,0', '3,0'],
    };
    const band = { min: [2, 2, 1, 3, 2, 2], max: [4, 5, 4, 3, 4, 3] };
    const svg = radarSvg({ ...input, band });
    expect(svg.match(/stroke-dasharray="4 3"/g)).toHaveLength(2);
    expect(svg.indexOf('stroke-dasharray')).toBeLessThan(svg.indexOf('<circle'));
    expect(radarSvg(input)).not.toContain('stroke-dasharray');
    expect(radarSvg({ ...input, band: { ...band, min: [2, null, 1, 3, 2, 2] } })).not.toContain(
      'stroke-dasharray',
    );
    expect(contrastOnWhite(SVG_COLORS.band)).toBeGreaterThanOrEqual(3);
  });

  it('uses colours with enough contrast on white: 4.5:1 for text, 3:1 for shapes', () => {
    for (const color of [SVG_COLORS.brand, SVG_COLORS.ink, SVG_COLORS.soft, SVG_COLORS.gap])
      expect(contrastOnWhite(color)).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite(SVG_COLORS.grid)).toBeGreaterThanOrEqual(3);
  });
});
