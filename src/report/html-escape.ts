// Text into HTML and SVG markup: every character that could open a tag, an entity or end an
// attribute is escaped, so a workshop's text is only ever text in the web-page report.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escaped for element content and quoted attributes (NFC, like the PDF: macOS pastes decomposed). */
export const escapeHtml = (text: string): string =>
  text.normalize('NFC').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Escaped, with the line breaks the team typed kept as `<br>`. */
export const escapeLines = (text: string): string =>
  text.replace(/\r\n?/g, '\n').split('\n').map(escapeHtml).join('<br>');
