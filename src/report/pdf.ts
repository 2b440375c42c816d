// The PDF export: jsPDF and the embedded font are fetched once, when a report is first asked for.
import type { Workshop } from '../domain/workshop';
import { reportFileName } from './file-name';
import { buildPdf, type PdfFonts } from './pdf-layout';
import { radarImage } from './radar-image';
import { buildReport, type ReportFormat, type Translate } from './report-model';
import { AREAS } from '../domain/question-bank';
import { scoreWorkshop } from '../domain/scoring';

let jspdf: Promise<typeof import('jspdf')> | null = null;
let fonts: Promise<PdfFonts> | null = null;

const loadJsPdf = () =>
  (jspdf ??= import('jspdf').catch((error: unknown) => {
    jspdf = null;
    throw error;
  }));

async function base64Of(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const loadFonts = () =>
  (fonts ??= Promise.all([
    base64Of('./fonts/DejaVuSansCondensed.ttf'),
    base64Of('./fonts/DejaVuSansCondensed-Bold.ttf'),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fonts = null;
      throw error;
    },
  ));

export interface ExportInput {
  workshop: Workshop;
  lang: string;
  t: Translate;
  format: ReportFormat;
}

/** Builds the report of a snapshot of the workshop (which it never changes) as a PDF file. */
export async function exportPdf({ workshop, lang, t, format }: ExportInput) {
  const report = buildReport(workshop, t, format, lang);
  const scores = scoreWorkshop(workshop);
  const [{ jsPDF }, embedded, radar] = await Promise.all([
    loadJsPdf(),
    loadFonts(),
    scores.overall.mean === null
      ? Promise.resolve(null)
      : // Without the chart (e.g. chart.js could not be fetched) the report still has every number.
        radarImage(
          AREAS.map((a) => t(a.shortKey)),
          scores.areas.map((s) => s.mean),
          t('report.radarAlt'),
        ).catch(() => null),
  ]);
  const bytes = buildPdf(
    jsPDF,
    embedded,
    report,
    radar,
    t('report.generatedBy', { app: t('app.name') }),
  );
  return {
    blob: new Blob([bytes], { type: 'application/pdf' }),
    fileName: reportFileName(workshop.meta.organisation, workshop.meta.date),
  };
}
