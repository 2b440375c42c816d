// The "web page" export: the report as one accessible, self-contained HTML file (jsPDF cannot tag a
// PDF for screen readers). Loaded on demand, like the PDF; it needs neither jsPDF nor chart.js.
import { reportFileName } from '../domain/file-name';
import { criticalMoments } from '../domain/moment-gaps';
import { scoreWorkshop } from '../domain/scoring';
import type { Workshop } from '../domain/workshop';
import { reportHtml, type HtmlCharts } from './report-html';
import { reportBrand } from './logo-image';
import {
  buildReport,
  withBrand,
  type ReportBrand,
  type ReportFormat,
  type Translate,
} from './report-model';
import { gapBarsSvg, radarSvg } from './svg-charts';

export interface HtmlExportInput {
  workshop: Workshop;
  /** A follow-up's baseline, when the page should compare the two. */
  baseline?: Workshop;
  lang: string;
  t: Translate;
  format: ReportFormat;
  /** The host's brand (config.json): its name and logo on the cover. */
  brand?: { name: string | null; logo: string | null };
}

/** momentos-<organisation>-<date>.html: the PDF's name with the page's extension. */
export const htmlFileName = (organisation: string, date: string) =>
  reportFileName(organisation, date).replace(/\.pdf$/, '.html');

/** The charts of the page, from the same scores as the report's numbers. */
export function reportCharts(workshop: Workshop, t: Translate, format: ReportFormat): HtmlCharts {
  const scores = scoreWorkshop(workshop);
  const labels = scores.areas.map((s) => t(s.titleKey));
  const valueTexts = scores.areas.map((s) =>
    s.mean === null ? t('results.notAnswered') : format.score(s.mean),
  );
  const critical = criticalMoments(workshop.moments);
  return {
    radar:
      scores.overall.mean === null
        ? null
        : radarSvg({
            id: 'radar',
            title: t('report.radarAlt'),
            description: t('results.radarLabel', {
              list: labels
                .map((area, i) => t('results.radarItem', { area, score: valueTexts[i] ?? '' }))
                .join(', '),
            }),
            labels,
            values: scores.areas.map((s) => s.mean),
            valueTexts,
          }),
    gaps:
      critical.length === 0
        ? null
        : gapBarsSvg({
            id: 'gaps',
            title: t('results.momentsHeading'),
            description: t('results.gapChartLabel', {
              list: critical
                .map((c) => t('results.gapItem', { name: c.moment.name, gap: c.gap }))
                .join(', '),
            }),
            labels: critical.map((c) => c.moment.name),
            values: critical.map((c) => c.gap),
            axisLabel: t('results.gapSeries'),
          }),
    scoresCaption: t('results.table.caption'),
    footer: t('report.generatedBy', { app: t('app.name') }),
  };
}

/** The report of a snapshot of the workshop (which it never changes) as an HTML document. */
export function reportPage(
  { workshop, baseline, lang, t, format }: HtmlExportInput,
  brand: ReportBrand | null = null,
): string {
  const report = withBrand(buildReport(workshop, t, format, lang, baseline), brand);
  return reportHtml(report, reportCharts(workshop, t, format));
}

/** The web-page report as a file to download. */
export async function exportHtml(input: HtmlExportInput) {
  const { organisation, date } = input.workshop.meta;
  const brand = await reportBrand(input.brand);
  return {
    blob: new Blob([reportPage(input, brand)], { type: 'text/html;charset=utf-8' }),
    fileName: htmlFileName(organisation, date),
  };
}
