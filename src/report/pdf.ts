// The PDF export: jsPDF and the embedded font are fetched once, when a report is first asked for.
import type { Workshop } from '../domain/workshop';
import { reportFileName } from '../domain/file-name';
import { buildPdf, type PdfFonts } from './pdf-layout';
import { radarImage } from './radar-image';
import {
  buildReport,
  type CompareRadarBlock,
  type ReportDocument,
  type ReportFormat,
  type TeamRadarBlock,
  type Translate,
  withBrand,
} from './report-model';
import { reportBrand } from './logo-image';
import { wrapLabel } from '../charts/chart-config';
import { scoreWorkshop } from '../domain/scoring';

let jspdf: Promise<typeof import('jspdf')> | null = null;
let fonts: Promise<PdfFonts> | null = null;

const loadJsPdf = () =>
  (jspdf ??= import('jspdf').catch((error: unknown) => {
    jspdf = null;
    throw error;
  }));

/**
 * A font file as a binary string, which jsPDF reads as TrueType directly (it recognises the header);
 * base64 would be encoded here and decoded again by jsPDF on every export.
 */
async function binaryOf(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return binary;
}

const loadFonts = () =>
  (fonts ??= Promise.all([
    binaryOf('./fonts/DejaVuSansCondensed.ttf'),
    binaryOf('./fonts/DejaVuSansCondensed-Bold.ttf'),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fonts = null;
      throw error;
    },
  ));

/**
 * Fetches jsPDF and the font ahead of the click (the results screen does this when idle, and the
 * export dialog on opening), so "Create PDF" only has the report to lay out. A failure here is
 * left to the export to report.
 */
export function prepareExport(chart?: Omit<ExportInput, 'lang'>): void {
  loadJsPdf().catch(() => {});
  loadFonts().catch(() => {});
  // The radar of the workshop as it is now, in the interface's language (the usual choice).
  if (chart) void radarFor(chart).catch(() => {});
}

export interface ExportInput {
  workshop: Workshop;
  /** A follow-up's baseline, when the report should compare the two. */
  baseline?: Workshop;
  lang: string;
  t: Translate;
  format: ReportFormat;
  /** The host's brand (config.json): its name and logo on the cover. */
  brand?: { name: string | null; logo: string | null };
}

/** The last radar drawn, by what it shows: an export of an unchanged workshop reuses it. */
let lastRadar: { key: string; image: Promise<string> } | null = null;

/** The report's radar (a JPEG data URL), or null while nothing is rated. */
function radarFor({ workshop, t, format }: Omit<ExportInput, 'lang'>): Promise<string | null> {
  const scores = scoreWorkshop(workshop);
  if (scores.overall.mean === null) return Promise.resolve(null);
  // Full names and scores, as in the table beside it.
  const labels = scores.areas.map((s) => [
    ...wrapLabel(t(s.titleKey), 16),
    s.mean === null ? '–' : format.score(s.mean),
  ]);
  const values = scores.areas.map((s) => s.mean);
  const title = t('report.radarAlt');
  const key = JSON.stringify([labels, values, title]);
  if (lastRadar?.key !== key) {
    const image = radarImage(labels, values, title);
    lastRadar = { key, image };
    image.catch(() => {
      if (lastRadar?.image === image) lastRadar = null;
    });
  }
  return lastRadar.image;
}

/** Team mode's radar (median and min-max band), when the report has a team section. */
function teamRadarFor(report: ReportDocument, format: ReportFormat): Promise<string | null> {
  const block = report.blocks.find((b): b is TeamRadarBlock => b.kind === 'teamRadar');
  if (!block) return Promise.resolve(null);
  const labels = block.labels.map((label, i) => [
    ...wrapLabel(label, 16),
    block.medians[i] == null ? '–' : format.score(block.medians[i]),
  ]);
  return radarImage(labels, block.medians, block.title, { ...block, label: block.title });
}

/** A follow-up's radar of both workshops, when the report has a comparison section. */
function compareRadarFor(report: ReportDocument): Promise<string | null> {
  const block = report.blocks.find((b): b is CompareRadarBlock => b.kind === 'compareRadar');
  if (!block) return Promise.resolve(null);
  const labels = block.labels.map((label, i) => [
    ...wrapLabel(label, 16),
    block.valueTexts[i] ?? '',
  ]);
  return radarImage(labels, block.after, block.afterLabel, undefined, {
    values: block.before,
    label: block.beforeLabel,
  });
}

/** Builds the report of a snapshot of the workshop (which it never changes) as a PDF file. */
export async function exportPdf({ workshop, baseline, lang, t, format, brand }: ExportInput) {
  const built = buildReport(workshop, t, format, lang, baseline);
  const [{ jsPDF }, embedded, radar, teamRadar, compareRadar, cover] = await Promise.all([
    loadJsPdf(),
    loadFonts(),
    // Without the chart (e.g. chart.js could not be fetched) the report still has every number.
    radarFor({ workshop, t, format }).catch(() => null),
    teamRadarFor(built, format).catch(() => null),
    compareRadarFor(built).catch(() => null),
    reportBrand(brand),
  ]);
  const report = withBrand(built, cover);
  const bytes = buildPdf(
    jsPDF,
    embedded,
    report,
    { radar, teamRadar, compareRadar },
    t('report.generatedBy', { app: t('app.name') }),
  );
  return {
    blob: new Blob([bytes], { type: 'application/pdf' }),
    fileName: reportFileName(workshop.meta.organisation, workshop.meta.date),
  };
}
