// The Content-Security-Policy written into index.html (build/csp.ts): the policy itself, and a <meta>
// first in <head> that allows exactly the inline script and style the page holds.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from '../../build/csp';

const PAGE = [
  '<!doctype html>',
  '<html lang="es">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <style>.a{color:red}</style>',
  '    <script type="module" crossorigin src="./assets/x.js"></script>',
  '  </head>',
  '  <body><div id="boot"></div><script>(function(){boot()})();</script></body>',
  '</html>',
].join('\n');

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The directives of the policy in the page's first <meta>, which must be the first element in <head>. */
function policyIn(html: string): Map<string, string[]> {
  const first = /<head>\s*(<[^>]+>)/.exec(html)?.[1] ?? '';
  const content = /^<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>$/.exec(first);
  if (!content?.[1]) throw new Error(`the first element in <head> is ${first}`);
  return new Map(
    content[1].split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('allows only same-origin files and the given hashes; no eval, no other origin, no framing by forms', () => {
    expect(contentSecurityPolicy(["'sha256-s='"], ["'sha256-t='"])).toBe(
      "default-src 'none'; script-src 'self' 'sha256-s='; style-src 'self' 'sha256-t='; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
        "manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
    );
  });
});

describe('withContentSecurityPolicy', () => {
  const html = withContentSecurityPolicy(PAGE);
  const policy = () => policyIn(html);

  it('puts the policy first in <head>, before any script or style it governs', () => {
    expect(policy().size).toBe(11);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<meta charset'));
    expect(html.replace(/\n {4}<meta http-equiv="Content-Security-Policy"[^>]+>/, '')).toBe(PAGE);
  });

  it('allows the inline script and style by the hashes of their exact text, and nothing else', () => {
    expect(policy().get('script-src')).toEqual(["'self'", hash('(function(){boot()})();')]);
    expect(policy().get('style-src')).toEqual(["'self'", hash('.a{color:red}')]);
    expect(policy().get('default-src')).toEqual(["'none'"]);
    expect(policy().get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('follows the script: a changed byte gives another hash', () => {
    const changed = withContentSecurityPolicy(PAGE.replace('boot()', 'boot( )'));
    expect(policyIn(changed).get('script-src')).not.toEqual(policy().get('script-src'));
  });

  it('refuses an inline element it could not allow by hash, and a page without <head>', () => {
    expect(() => withContentSecurityPolicy(PAGE.replace('<style>', '<style media="all">'))).toThrow(
      /attributes/,
    );
    expect(() => withContentSecurityPolicy('<html><body></body></html>')).toThrow(/<head>/);
  });
});
