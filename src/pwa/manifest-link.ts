// Links the web app manifest once the page has settled (see build/pwa.ts for why not in index.html).
export const MANIFEST_HREF = './manifest.webmanifest';

export function linkManifest(doc: Document = document): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_HREF;
  doc.head.append(link);
}
