// The report as one self-contained web page (pure): the same ReportDocument as the PDF, written as
// accessible HTML (landmarks, a heading outline, real lists and tables, charts with their values in
// words) that screen readers read and any browser shows and prints. No script, no URL of any kind.
import { radarSvg } from './svg-charts';
import { escapeHtml, escapeLines } from './html-escape';
import type { Block, ReportDocument } from './report-model';

export interface HtmlCharts {
  /** The radar's SVG markup (svg-charts.ts), put beside the summary's score table. */
  radar: string | null;
  /** The gap bars' SVG markup, put where the report has its gap chart. */
  gaps: string | null;
  /** A caption for the summary's score table (the report's first table). */
  scoresCaption?: string;
  /** The closing line of the page ("Made with Momentos, on this device…"). */
  footer?: string;
}

/** Nothing may be fetched, run or framed: the page is text, inline styles and inline SVG. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1b2328; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.cover, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header.cover { padding-top: 2.5rem; padding-bottom: 1.5rem; border-bottom: 3px solid #0f5c63; }
.app { margin: 0; color: #0f5c63; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; font-size: 0.9rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.3rem 0 0.6rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.8rem; color: #0f5c63; border-bottom: 1px solid #c9cfd2; padding-bottom: 0.25rem; }
h3 { font-size: 1.2rem; margin: 1.8rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
.organisation { font-size: 1.3rem; font-weight: 600; margin: 0 0 0.8rem; }
.score { font-size: 1.15rem; font-weight: 700; }
.muted { color: #4f5b62; }
p, li, dd, dt, td, th, caption, h1, h2, h3, h4, h5, h6 { overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.3rem 1.2rem; margin: 1rem 0; }
dl.facts > div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { padding-left: 1.4rem; }
li { margin: 0.2rem 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.8rem 0 1.2rem; font-size: 0.95rem; }
.table-wrap { overflow-x: auto; margin: 0.8rem 0 1.2rem; }
.table-wrap:focus-visible { outline: 3px solid #0f5c63; outline-offset: 2px; }
.table-wrap table { margin: 0; }
table.wide { min-width: 44rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
th, td { border: 1px solid #c9cfd2; padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; hyphens: auto; }
thead th { background: #e8f1f1; }
tbody th { font-weight: inherit; }
figure { margin: 1rem 0; }
figure svg { display: block; width: 100%; max-width: 40rem; height: auto; }
footer { margin-top: 3rem; padding-top: 0.8rem; padding-bottom: 2rem; border-top: 1px solid #c9cfd2; font-size: 0.9rem; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  header.cover, main, footer { max-width: none; padding: 0; }
  header.cover { break-after: page; page-break-after: always; border-bottom: 0; padding-top: 40mm; }
  section.new-page { break-before: page; page-break-before: always; }
  h2 { margin-top: 1.6rem; }
  h2, h3, h4, h5, h6, caption { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table.wide { min-width: 0; }
  thead { display: table-header-group; }
  tr, figure, dl.facts > div, li { break-inside: avoid; page-break-inside: avoid; }
  figure svg { max-width: 15cm; }
  p { orphans: 3; widows: 3; }
}
`
  .trim()
  .replace(/\n/g, '');

const heading = (level: number, id: string, text: string) =>
  `<h${level} id="${id}">${escapeLines(text)}</h${level}>`;

const facts = (rows: [string, string][]) =>
  `<dl class="facts">${rows
    .map(
      ([term, value]) => `<div><dt>${escapeLines(term)}</dt><dd>${escapeLines(value)}</dd></div>`,
    )
    .join('')}</dl>`;

/** Columns from which a table scrolls sideways on a narrow screen. */
const WIDE_TABLE = 5;

/** A name is a row's header only where it identifies the row: a column of distinct values. */
const namesRows = (rows: string[][]) => new Set(rows.map((r) => r[0])).size === rows.length;

function table(block: Extract<Block, { kind: 'table' }>, label: string, caption?: string) {
  const rowHeaders = namesRows(block.rows);
  const cols = block.widths
    .map((w) => `<col style="width:${Math.round(w * 1000) / 10}%">`)
    .join('');
  const head = block.header.map((h) => `<th scope="col">${escapeLines(h)}</th>`).join('');
  const body = block.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0 && rowHeaders
              ? `<th scope="row">${escapeLines(cell)}</th>`
              : `<td>${escapeLines(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const name = caption ? `<caption>${escapeLines(caption)}</caption>` : '';
  const labelled = caption || !label ? '' : ` aria-labelledby="${label}"`;
  // Five columns and more do not fit a phone: such a table keeps a readable width and scrolls
  // sideways in a named group the keyboard can reach and scroll (printed, it takes the page's width).
  const wide = block.header.length >= WIDE_TABLE && label !== '';
  const html = `<table${labelled}${wide ? ' class="wide"' : ''}>${name}<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  return wide
    ? `<div class="table-wrap" role="group" tabindex="0" aria-labelledby="${label}">${html}</div>`
    : html;
}

/** The report's blocks as the page's main content: a section per top-level heading. */
function mainContent(blocks: Block[], charts: HtmlCharts): string {
  const out: string[] = [];
  let sectionOpen = false;
  let newPage = false;
  /** The level of the last heading written: a heading goes at most one level deeper. */
  let depth = 1;
  let lastHeading = '';
  let headings = 0;
  let tables = 0;

  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const id = `h${++headings}`;
        if (block.level === 1) {
          if (sectionOpen) out.push('</section>');
          out.push(`<section aria-labelledby="${id}"${newPage ? ' class="new-page"' : ''}>`);
          sectionOpen = true;
          newPage = false;
          depth = 2;
        } else depth = Math.min(block.level + 1, depth + 1, 6);
        out.push(heading(depth, id, block.text));
        lastHeading = id;
        break;
      }
      case 'paragraph': {
        const text = escapeLines(block.text);
        out.push(
          `<p${block.muted ? ' class="muted"' : ''}>${block.bold ? `<strong>${text}</strong>` : text}</p>`,
        );
        break;
      }
      case 'facts':
        out.push(facts(block.rows));
        break;
      case 'list':
        out.push(`<ul>${block.items.map((item) => `<li>${escapeLines(item)}</li>`).join('')}</ul>`);
        break;
      case 'qa': {
        const level = Math.min(depth + 1, 6);
        out.push(
          `<h${level}>${escapeLines(block.question)}</h${level}>`,
          `<p${block.empty ? ' class="muted"' : ''}>${escapeLines(block.answer)}</p>`,
        );
        break;
      }
      case 'table':
        out.push(table(block, lastHeading, tables++ === 0 ? charts.scoresCaption : undefined));
        break;
      case 'scores':
        out.push(
          table(block.table, lastHeading, tables++ === 0 ? charts.scoresCaption : undefined),
        );
        if (block.radar && charts.radar) out.push(`<figure>${charts.radar}</figure>`);
        break;
      case 'gapChart':
        // The chart, then the same moments in words with their criticality.
        if (charts.gaps) out.push(`<figure>${charts.gaps}</figure>`);
        out.push(
          `<ul>${block.rows.map((row) => `<li>${escapeLines(`${row.label}: ${row.value}`)}</li>`).join('')}</ul>`,
        );
        break;
      case 'teamRadar':
        out.push(
          `<figure>${radarSvg({ ...block, id: 'team-radar', values: block.medians, band: block })}</figure>`,
        );
        break;
      case 'compareRadar':
        out.push(
          `<figure>${radarSvg({
            id: 'compare-radar',
            title: block.title,
            description: block.description,
            labels: block.labels,
            values: block.after,
            valueTexts: block.valueTexts,
            baseline: block.before,
          })}</figure>`,
        );
        break;
      case 'pageBreak':
        newPage = true;
        break;
      default: {
        // A new kind of block fails type checking here (npm run check), rather than going
        // missing from the page unnoticed.
        const unhandled: never = block;
        void unhandled;
      }
    }
  }
  if (sectionOpen) out.push('</section>');
  return out.join('\n');
}

/** The whole report as one HTML document: its text escaped, its styles and charts inline. */
export function reportHtml(report: ReportDocument, charts: HtmlCharts): string {
  const { cover } = report;
  const title = cover.organisation ? `${report.title} · ${cover.organisation}` : report.title;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(report.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    cover.brand?.logo
      ? `<img class="logo" src="${escapeHtml(cover.brand.logo.data)}" alt="" height="64">`
      : '',
    `<p class="app">${escapeHtml(cover.appName)}</p>`,
    `<h1>${escapeLines(cover.title)}</h1>`,
    `<p class="organisation">${escapeLines(cover.organisation)}</p>`,
    `<p class="score">${escapeLines(cover.score)}</p>`,
    cover.provisional ? `<p class="muted">${escapeLines(cover.provisional)}</p>` : '',
    facts(cover.facts),
    '</header>',
    '<main>',
    mainContent(report.blocks, charts),
    '</main>',
    charts.footer ? `<footer><p class="muted">${escapeLines(charts.footer)}</p></footer>` : '',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
