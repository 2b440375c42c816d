// Draws a ReportDocument on A4 pages with jsPDF: wrapped text inside the margins, headings kept with
// what follows, tables that break across pages with their header repeated, a footer on every page.
import type { jsPDF } from 'jspdf';
import { gapColor } from '../charts/chart-config';
import type { Block, GapRow, ReportDocument } from './report-model';

export const FONT_FAMILY = 'DejaVuSansCondensed';
const PAGE = { width: 210, height: 297, margin: 18, top: 20, bottom: 277 } as const;
const CONTENT = PAGE.width - 2 * PAGE.margin;
const COLORS = {
  ink: '#1b2328',
  muted: '#4a565e',
  brand: '#0f5c63',
  rule: '#c9cfd2',
  band: '#e8f1f1',
};
/** Drawn instead of a character the font has no glyph for (emoji, rare scripts). */
export const MISSING_GLYPH = '□';
const PT = 0.3528; // mm per point
/** Line height over font size. */
const LINE_FACTOR = 1.32;
/** The radar's size in mm: on the cover, and beside the summary's score table. */
const RADAR = { cover: 80, summary: 60 } as const;
/** The summary's score table beside the radar: its share of the text width. */
const SCORES_SHARE = 0.64;

/** A horizontal span of the page, in mm. */
interface Span {
  x: number;
  width: number;
}
const FULL: Span = { x: PAGE.margin, width: CONTENT };

type Style = { size: number; bold?: boolean; color?: string };
/** Font sizes of headings of levels 1, 2 and 3, in points. */
const HEADING_SIZES = { 1: 16, 2: 13, 3: 11.5 } as const;

/**
 * Text jsPDF can draw with the embedded font: composed first (macOS pastes "e" + U+0301, which the
 * font cannot join, even in workshops saved before the app composed text), then unknown characters
 * become a visible placeholder.
 */
export function printable(doc: jsPDF, text: string): string {
  // jsPDF keeps the parsed TrueType font on its internal font record (not in its typings).
  const internal = doc.internal as unknown as {
    getFont(): { metadata?: { characterToGlyph(code: number): number } };
  };
  const font = internal.getFont();
  const has = (code: number) => font.metadata?.characterToGlyph(code) !== 0;
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || char === '\t') out += char === '\t' ? ' ' : char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (code > 0xffff || !has(code)) out += MISSING_GLYPH;
    else out += char;
  }
  return out;
}

export class PdfWriter {
  y: number = PAGE.top;
  readonly #doc: jsPDF;

  constructor(doc: jsPDF) {
    this.#doc = doc;
  }

  style({ size, bold, color }: Style): number {
    this.#doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
    this.#doc.setFontSize(size);
    this.#doc.setTextColor(color ?? COLORS.ink);
    return size * PT * LINE_FACTOR;
  }

  /** Lines of `text` that fit `width` in the current style (long words are cut, never overflow). */
  lines(text: string, width: number): string[] {
    return this.#doc.splitTextToSize(printable(this.#doc, text), width) as string[];
  }

  newPage(): void {
    this.#doc.addPage();
    this.y = PAGE.top;
  }

  get atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  get room(): number {
    return PAGE.bottom - this.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  /** Writes wrapped text at `x`, breaking across pages line by line. */
  write(text: string, style: Style, x: number = PAGE.margin, width: number = CONTENT): void {
    const height = this.style(style);
    const lines = this.lines(text, width);
    // As many lines as fit on this page in one call, the rest on the next pages.
    for (let done = 0; done < lines.length;) {
      this.ensure(height);
      this.style(style);
      const count = Math.max(
        1,
        Math.min(lines.length - done, Math.floor((this.room + 0.01) / height)),
      );
      this.#doc.text(lines.slice(done, done + count), x, this.y + height * 0.75, {
        lineHeightFactor: LINE_FACTOR,
      });
      this.y += height * count;
      done += count;
    }
  }

  /** The height of the start of a block: what must fit for it not to begin at a page's foot. */
  #startOf(block: Block): number {
    switch (block.kind) {
      case 'table':
        return this.tableStart(block.header, block.rows, block.widths);
      case 'scores':
      case 'teamRadar':
      case 'compareRadar':
        return RADAR.summary;
      case 'qa':
        return (
          this.style({ size: 10.5, bold: true }) * (this.lines(block.question, CONTENT).length + 2)
        );
      default:
        return 14;
    }
  }

  #headingHeight(block: Extract<Block, { kind: 'heading' }>): number {
    const height = this.style({ size: HEADING_SIZES[block.level], bold: true });
    return height * this.lines(block.text, CONTENT).length + 1.5 + (block.level === 1 ? 4 : 2.5);
  }

  /**
   * How much of what follows a heading must fit under it for the heading not to be left alone: the
   * headings and the one short line (an area's score) that come straight after it, and the start of
   * the content they introduce (a table's header and first row, a question, a chart).
   */
  #keptWith(following: readonly Block[]): number {
    let total = 0;
    for (const [i, block] of following.entries()) {
      if (block.kind === 'heading') total += this.#headingHeight(block);
      else if (block.kind === 'paragraph' && following[i + 1]?.kind === 'heading')
        total +=
          this.style({ size: 10.5, bold: block.bold }) * this.lines(block.text, CONTENT).length + 2;
      else return total + this.#startOf(block);
    }
    return total;
  }

  block(block: Block, images: ReportImages, following: readonly Block[] = []): void {
    const radarImage = images.radar;
    switch (block.kind) {
      case 'pageBreak':
        if (!this.atTop) this.newPage();
        return;
      case 'heading': {
        const size = HEADING_SIZES[block.level];
        const height = this.style({ size, bold: true });
        // Keep a heading with the start of what follows (a table's header and first row).
        this.y += this.atTop ? 0 : block.level === 1 ? 4 : 2.5;
        const lines = this.lines(block.text, CONTENT).length;
        this.ensure(height * lines + 1.5 + Math.min(this.#keptWith(following), 90));
        this.write(block.text, {
          size,
          bold: true,
          color: block.level === 1 ? COLORS.brand : COLORS.ink,
        });
        this.y += 1.5;
        return;
      }
      case 'paragraph':
        this.write(block.text, {
          size: 10.5,
          bold: block.bold,
          color: block.muted ? COLORS.muted : COLORS.ink,
        });
        this.y += 2;
        return;
      case 'list':
        for (const item of block.items) {
          const height = this.style({ size: 10.5 });
          this.ensure(height);
          this.#doc.text('•', PAGE.margin + 1, this.y + height * 0.75);
          this.write(item, { size: 10.5 }, PAGE.margin + 6, CONTENT - 6);
          this.y += 0.8;
        }
        this.y += 1.5;
        return;
      case 'qa': {
        const height = this.style({ size: 10.5, bold: true });
        this.ensure(height * (this.lines(block.question, CONTENT).length + 2));
        this.write(block.question, { size: 10.5, bold: true });
        this.write(
          block.answer,
          { size: 10.5, color: block.empty ? COLORS.muted : COLORS.ink },
          PAGE.margin + 4,
          CONTENT - 4,
        );
        this.y += 3;
        return;
      }
      case 'facts':
        this.table([], block.rows, [0.28, 0.72], true);
        this.y += 2;
        return;
      case 'table':
        this.table(block.header, block.rows, block.widths, false);
        this.y += 3;
        return;
      case 'scores': {
        const { table } = block;
        const chart = block.radar && radarImage ? radarImage : null;
        if (!chart) {
          this.table(table.header, table.rows, table.widths, true);
          this.y += 3;
          return;
        }
        // The table on the left, the radar beside it on the right; below whichever is taller.
        const left = { x: PAGE.margin, width: CONTENT * SCORES_SHARE };
        this.ensure(
          Math.max(RADAR.summary, this.tableStart(table.header, table.rows, table.widths, left)),
        );
        const top = this.y;
        this.table(table.header, table.rows, table.widths, true, left);
        const below = this.y;
        const x = PAGE.margin + CONTENT - RADAR.summary;
        this.#doc.addImage(chart, 'JPEG', x, top, RADAR.summary, RADAR.summary, 'radar', 'FAST');
        this.y = Math.max(below, top + RADAR.summary) + 3;
        return;
      }
      case 'gapChart':
        this.gapChart(block.rows, block.max);
        this.y += 2;
        return;
      case 'teamRadar':
        // Its numbers are in the table that follows: without the image, nothing is missing.
        if (!images.teamRadar) return;
        this.ensure(RADAR.summary);
        this.image(images.teamRadar, RADAR.summary, 'team-radar');
        this.y += RADAR.summary + 3;
        return;
      case 'compareRadar':
        // Its numbers are in the table that follows, likewise.
        if (!images.compareRadar) return;
        this.ensure(RADAR.summary);
        this.image(images.compareRadar, RADAR.summary, 'compare-radar');
        this.y += RADAR.summary + 3;
        return;
    }
  }

  /**
   * The critical moments as horizontal bars on one scale (0 to `max`): the moment's name (two lines
   * at most), the bar in the colour of its gap, and the gap and criticality in words. Drawn as
   * vectors, so it is the same, and sharp, on every device.
   */
  gapChart(rows: GapRow[], max: number): void {
    const size = 9.5;
    const lineHeight = this.style({ size });
    const labelWidth = CONTENT * 0.4;
    const valueWidth = CONTENT * 0.24;
    const track = { x: PAGE.margin + labelWidth + 2, width: CONTENT - labelWidth - valueWidth - 4 };
    for (const row of rows) {
      this.style({ size });
      const lines = this.lines(row.label, labelWidth - 1);
      const shown =
        lines.length > 2 ? [lines[0] ?? '', `${(lines[1] ?? '').replace(/\s*\S?$/, '')}…`] : lines;
      const height = Math.max(shown.length * lineHeight, 5) + 2;
      this.ensure(height);
      shown.forEach((line, k) =>
        this.#doc.text(line, PAGE.margin, this.y + 1 + lineHeight * (k + 0.75)),
      );
      const barY = this.y + height / 2 - 2;
      this.#doc.setFillColor(COLORS.band);
      this.#doc.rect(track.x, barY, track.width, 4, 'F');
      this.#doc.setFillColor(gapColor(row.gap));
      this.#doc.rect(track.x, barY, (track.width * Math.min(row.gap, max)) / max, 4, 'F');
      this.style({ size, bold: true });
      this.#doc.text(row.value, track.x + track.width + 2, this.y + height / 2 + lineHeight * 0.25);
      this.y += height;
    }
  }

  /** The height of a table's header and the start of its first row (at most three lines). */
  tableStart(header: string[], rows: string[][], widths: number[], span: Span = FULL): number {
    const size = 9.5;
    const pad = 1.6;
    const lineHeight = this.style({ size });
    const linesOf = (row: string[] | undefined, bold: boolean) =>
      Math.max(
        1,
        ...(row ?? []).map((text, i) => {
          this.style({ size, bold });
          return this.lines(text, (widths[i] ?? 0.2) * span.width - 2 * pad).length;
        }),
      );
    const head = header.length > 0 ? linesOf(header, true) * lineHeight + 2 * pad : 0;
    return head + Math.min(3, linesOf(rows[0], false)) * lineHeight + 2 * pad;
  }

  /** A table whose rows break across pages (header repeated); `keys` puts the first column in bold. */
  table(header: string[], rows: string[][], widths: number[], keys: boolean, span = FULL): void {
    const size = 9.5;
    const pad = 1.6;
    const columns = widths.map((w) => w * span.width);
    const cells = (row: string[], bold: (i: number) => boolean) =>
      row.map((text, i) => {
        this.style({ size, bold: bold(i) });
        return this.lines(text, (columns[i] ?? 20) - 2 * pad);
      });
    const lineHeight = this.style({ size });
    const drawRow = (
      wrapped: string[][],
      from: number,
      count: number,
      bold: (i: number) => boolean,
      fill: boolean,
    ) => {
      const height = count * lineHeight + 2 * pad;
      if (fill) {
        this.#doc.setFillColor(COLORS.band);
        this.#doc.rect(span.x, this.y, span.width, height, 'F');
      }
      let x = span.x;
      wrapped.forEach((lines, i) => {
        this.style({ size, bold: bold(i) });
        // One call per cell: jsPDF's cost is per call more than per character.
        const shown = lines.slice(from, from + count);
        if (shown.length > 0)
          this.#doc.text(shown, x + pad, this.y + pad + lineHeight * 0.75, {
            lineHeightFactor: LINE_FACTOR,
          });
        x += columns[i] ?? 0;
      });
      this.y += height;
      this.#doc.setDrawColor(COLORS.rule);
      this.#doc.setLineWidth(0.2);
      this.#doc.line(span.x, this.y, span.x + span.width, this.y);
    };
    const headerCells = cells(header, () => true);
    const headerLines = Math.max(0, ...headerCells.map((l) => l.length));
    const drawHeader = () => {
      if (headerLines > 0) drawRow(headerCells, 0, headerLines, () => true, true);
    };
    const headerHeight = headerLines > 0 ? headerLines * lineHeight + 2 * pad : 0;
    const bodyBold = (i: number) => keys && i === 0;
    const first = rows[0] ? cells(rows[0], bodyBold) : [];
    const firstLines = Math.min(3, Math.max(1, ...first.map((l) => l.length)));
    this.ensure(headerHeight + firstLines * lineHeight + 2 * pad);
    drawHeader();
    const freshLines = Math.floor((PAGE.bottom - PAGE.top - headerHeight - 2 * pad) / lineHeight);
    for (const row of rows) {
      const wrapped = cells(row, bodyBold);
      const total = Math.max(1, ...wrapped.map((l) => l.length));
      let done = 0;
      while (done < total) {
        const remaining = total - done;
        let fit = Math.floor((this.room - 2 * pad) / lineHeight);
        // A row that would fit on a new page moves there whole; only a taller one is split.
        if (fit < remaining && (remaining <= freshLines || fit < 1)) {
          this.newPage();
          drawHeader();
          fit = Math.floor((this.room - 2 * pad) / lineHeight);
        }
        const count = Math.min(remaining, Math.max(1, fit));
        drawRow(wrapped, done, count, bodyBold, false);
        done += count;
      }
    }
  }

  /** A radar, `size` mm square, centred at the current line (the same image, reused by id). */
  image(radarImage: string, size: number, id = 'radar'): void {
    const x = PAGE.margin + (CONTENT - size) / 2;
    this.#doc.addImage(radarImage, 'JPEG', x, this.y, size, size, id, 'FAST');
  }

  /** The cover: who and when, the overall score and level, a small radar, the bank in words. */
  cover(report: ReportDocument, generatedBy: string, radarImage: string | null): void {
    const doc = this.#doc;
    doc.setFillColor(COLORS.brand);
    doc.rect(0, 0, PAGE.width, 8, 'F');
    this.y = 32;
    const logo = report.cover.brand?.logo;
    if (logo) {
      // The host's logo above its name: 16 mm high at most, never wider than half the page.
      const height = Math.min(16, (CONTENT / 2) * (logo.height / logo.width));
      const width = height * (logo.width / logo.height);
      doc.addImage(logo.data, 'PNG', PAGE.margin, 20, width, height, 'brand-logo', 'FAST');
      this.y = 20 + height + 10;
    }
    this.write(report.cover.appName, { size: 14, bold: true, color: COLORS.brand });
    this.y += 3;
    this.write(report.cover.title, { size: 22, bold: true });
    this.y += 8;
    this.write(report.cover.organisation, { size: 19 });
    this.y += 6;
    this.write(report.cover.score, { size: 13, bold: true, color: COLORS.brand });
    if (report.cover.provisional)
      this.write(report.cover.provisional, { size: 9.5, color: COLORS.muted });
    this.y += 5;
    this.table([], report.cover.facts, [0.3, 0.7], true);
    const footer = PAGE.bottom - 14;
    if (radarImage && footer - this.y >= RADAR.cover + 6) {
      this.y += 4;
      this.image(radarImage, RADAR.cover);
    }
    this.y = footer + 2;
    this.write(generatedBy, { size: 9, color: COLORS.muted });
  }

  /** The footer of every page: organisation and date on the left, "page X of Y" on the right. */
  footers(report: ReportDocument): void {
    const doc = this.#doc;
    const pages = doc.getNumberOfPages();
    for (let page = 1; page <= pages; page++) {
      doc.setPage(page);
      doc.setDrawColor(COLORS.rule);
      doc.setLineWidth(0.2);
      doc.line(PAGE.margin, PAGE.height - 14, PAGE.width - PAGE.margin, PAGE.height - 14);
      this.style({ size: 8.5, color: COLORS.muted });
      const pageOf = report.pageOf(page, pages);
      const right = doc.getTextWidth(pageOf);
      const [running = ''] = this.lines(report.running, CONTENT - right - 6);
      doc.text(running, PAGE.margin, PAGE.height - 9);
      doc.text(pageOf, PAGE.width - PAGE.margin - right, PAGE.height - 9);
    }
  }
}

export const PAGE_BOX = {
  left: PAGE.margin,
  right: PAGE.width - PAGE.margin,
  width: PAGE.width,
  height: PAGE.height,
};

/** The report's chart images (JPEG data URLs), each null when there is none. */
export interface ReportImages {
  radar: string | null;
  /** Team mode's radar, for the team section. */
  teamRadar?: string | null;
  /** A follow-up's radar of both workshops, for the comparison section. */
  compareRadar?: string | null;
}

/** Lays the whole report out: cover, blocks, footers, metadata. */
export function layoutReport(
  doc: jsPDF,
  report: ReportDocument,
  images: ReportImages,
  generatedBy: string,
): void {
  const radarImage = images.radar;
  const writer = new PdfWriter(doc);
  doc.setProperties({
    title: `${report.title} — ${report.cover.organisation}`,
    subject: report.title,
    creator: report.cover.appName,
  });
  doc.setLanguage(report.lang as Parameters<jsPDF['setLanguage']>[0]);
  writer.cover(report, generatedBy, radarImage);
  writer.newPage();
  report.blocks.forEach((block, i) => writer.block(block, images, report.blocks.slice(i + 1)));
  writer.footers(report);
}

/** The embedded font, regular and bold, as TrueType in binary strings (one byte per character). */
export interface PdfFonts {
  regular: string;
  bold: string;
}

/** Builds the whole PDF (no browser API needed, so Node tests run the same code). */
export function buildPdf(
  JsPDF: typeof jsPDF,
  fonts: PdfFonts,
  report: ReportDocument,
  images: ReportImages,
  generatedBy: string,
): ArrayBuffer {
  const doc = new JsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS(`${FONT_FAMILY}.ttf`, fonts.regular);
  doc.addFont(`${FONT_FAMILY}.ttf`, FONT_FAMILY, 'normal');
  doc.addFileToVFS(`${FONT_FAMILY}-Bold.ttf`, fonts.bold);
  doc.addFont(`${FONT_FAMILY}-Bold.ttf`, FONT_FAMILY, 'bold');
  layoutReport(doc, report, images, generatedBy);
  return doc.output('arraybuffer');
}
