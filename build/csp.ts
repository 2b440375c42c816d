// The Content-Security-Policy of the built page: a <meta> first in <head> (build only; the dev server
// injects styles). The boot shell's inline script and the inlined stylesheet are allowed by their
// hashes, computed from the final HTML, and nothing else inline is.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const contentSecurityPolicy = (scriptHashes: string[], styleHashes: string[]): string =>
  [
    "default-src 'none'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');

/** A CSP source expression for exactly this text. */
export const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The text of each inline element of one kind; one with attributes is refused (it would not be hashed). */
export function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  const found = [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))];
  return found
    .filter((m) => (m[2] ?? '') !== '')
    .map(([element, attributes = '', text = '']) => {
      if (attributes.trim() !== '')
        throw new Error(`CSP: inline ${element.slice(0, 40)}… has attributes; write it bare`);
      return text;
    });
}

/** index.html with the policy for its own inline script and style, as the first element of <head>. */
export function withContentSecurityPolicy(html: string): string {
  if (!html.includes('<head>')) throw new Error('CSP: index.html has no <head>');
  const policy = contentSecurityPolicy(
    inlineTexts(html, 'script').map(sha256),
    inlineTexts(html, 'style').map(sha256),
  );
  return html.replace(
    '<head>',
    `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}

export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'momentos-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withContentSecurityPolicy },
  };
}
