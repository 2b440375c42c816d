// Links the web app manifest once the page has settled (see build/pwa.ts for why not in index.html),
// named after the host's brand when the site has one (src/site/ updates a link made before).
import { manifestHref } from '../state/manifest-href';
import { site } from '../state/site.svelte';

export function linkManifest(doc: Document = document): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = manifestHref(site.brand);
  doc.head.append(link);
}
