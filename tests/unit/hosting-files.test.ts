import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../build/csp';
import { headersFile, policyOf } from '../../build/host-headers';
import { webManifest } from '../../build/pwa';
import { headersFor, parseHeadersFile } from '../../scripts/static-server.js';

const POLICY = contentSecurityPolicy(["'sha256-abc='"], ["'sha256-def='"]);
const html = `<head>\n<meta http-equiv="Content-Security-Policy" content="${POLICY}" />`;

describe('_headers for static hosts', () => {
  const rules = parseHeadersFile(headersFile(policyOf(html)));

  it("sends the page's own policy as a header, adding what only a header can say", () => {
    const csp = headersFor(rules, '/index.html')['content-security-policy'];
    expect(csp).toBe(`${POLICY}; frame-ancestors 'none'`);
    expect(headersFor(rules, '/assets/index-abc.js')['x-content-type-options']).toBe('nosniff');
  });

  it('lets hashed assets be kept for a year and revalidates everything else', () => {
    expect(headersFor(rules, '/assets/index-abc.js')['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/index.html', '/sw.js', '/workbox-1a2b.js', '/manifest.webmanifest'])
      expect(headersFor(rules, path)['cache-control'], path).toBe('no-cache');
    expect(headersFor(rules, '/fonts/DejaVuSansCondensed.ttf')['cache-control']).toBe('no-cache');
  });

  it('refuses a page without a policy', () => {
    expect(() => policyOf('<head></head>')).toThrow(/Content-Security-Policy/);
  });
});

describe('webManifest', () => {
  const manifest = webManifest({ name: 'Momentos', tagline: 'Autodiagnóstico' });

  it('uses relative paths, so the app installs from any sub-path', () => {
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    for (const icon of manifest.icons ?? []) expect(icon.src).not.toMatch(/^\/|:\/\//);
  });

  it('names the app in the default language and offers a maskable icon', () => {
    expect(manifest.name).toBe('Momentos: Autodiagnóstico');
    expect(manifest.lang).toBe('es');
    expect(manifest.icons?.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});
