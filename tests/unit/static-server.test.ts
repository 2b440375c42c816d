import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  headersFor,
  parseHeadersFile,
  startStaticServer,
  type RunningServer,
} from '../../scripts/static-server.js';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'momentos-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const FILES = {
  'index.html': '<!doctype html><title>A</title>',
  'assets/app-1.js': 'export {};',
  'assets/app-1.css': 'body{}',
  'fonts/x.ttf': 'ttf',
  'manifest.webmanifest': '{}',
  'secret.txt': 'outside',
};

let running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.map((s) => s.close()));
  running = [];
});

async function serve(root: string, base?: string) {
  const server = await startStaticServer({ root, base });
  running.push(server);
  return server;
}

describe('startStaticServer', () => {
  it('serves files with their content types and a real 404 for a missing one', async () => {
    const { url } = await serve(site(FILES));
    const html = await fetch(url);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('<title>A</title>');
    expect((await fetch(`${url}assets/app-1.js`)).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
    expect((await fetch(`${url}assets/app-1.css`)).headers.get('content-type')).toMatch(
      /^text\/css/,
    );
    expect((await fetch(`${url}fonts/x.ttf`)).headers.get('content-type')).toBe('font/ttf');
    expect((await fetch(`${url}manifest.webmanifest`)).headers.get('content-type')).toMatch(
      /^application\/manifest\+json/,
    );
    const missing = await fetch(`${url}assets/index-gone.css`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<title>');
  });

  it('serves the site only under its sub-path', async () => {
    const server = await serve(site(FILES), '/clientes/cx-2026/');
    expect(server.url).toMatch(/\/clientes\/cx-2026\/$/);
    expect((await fetch(server.url)).status).toBe(200);
    expect((await fetch(`${server.url}assets/app-1.js`)).status).toBe(200);
    const root = server.url.replace('/clientes/cx-2026/', '/');
    expect((await fetch(root)).status).toBe(404);
    expect((await fetch(`${root}assets/app-1.js`)).status).toBe(404);
    const bare = await fetch(server.url.replace(/\/$/, ''), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/clientes/cx-2026/');
  });

  it('redirects a folder without its slash and never leaves the served folder', async () => {
    const root = site({ 'site/index.html': 'in', 'site/assets/a.js': '', 'outside.txt': 'no' });
    const { url } = await serve(join(root, 'site'));
    const folder = await fetch(`${url}assets`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/assets/');
    expect((await fetch(`${url}..%2foutside.txt`)).status).toBe(404);
    expect((await fetch(`${url}%2e%2e/outside.txt`)).status).toBe(404);
    expect((await fetch(`${url}%E0%A4%A`)).status).toBe(400);
  });

  it('answers only GET and HEAD', async () => {
    const { url } = await serve(site(FILES));
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${url}assets/app-1.js`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('export {};'.length));
  });

  it('compresses text with gzip when the browser accepts it, as hosts do, but not fonts', async () => {
    const code = `export const text = '${'momentos '.repeat(200)}';`;
    const { url } = await serve(site({ ...FILES, 'assets/big.js': code }));
    const raw = (path: string, encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; bytes: number }>((resolve, reject) => {
        get(`${url}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => resolve({ headers: response.headers, bytes }));
        }).on('error', reject);
      });
    const zipped = await raw('assets/big.js', 'gzip, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.bytes).toBeLessThan(code.length / 5);
    expect((await raw('assets/big.js', 'identity')).bytes).toBe(code.length);
    expect((await raw('fonts/x.ttf', 'gzip')).headers['content-encoding']).toBeUndefined();
    expect(await (await fetch(`${url}assets/big.js`)).text()).toBe(code);
  });

  it('applies the rules of a _headers file and does not serve it', async () => {
    const headers =
      '/*\n  X-Test: all\n/assets/*\n  Cache-Control: immutable\n/\n  Cache-Control: no-cache\n';
    const { url } = await serve(site({ ...FILES, _headers: headers }), '/sub/');
    const asset = await fetch(`${url}assets/app-1.js`);
    expect(asset.headers.get('x-test')).toBe('all');
    expect(asset.headers.get('cache-control')).toBe('immutable');
    expect((await fetch(url)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${url}_headers`)).status).toBe(404);
  });

  it('serves another folder after setRoot, as a redeploy does', async () => {
    const server = await serve(site({ 'index.html': 'build A' }));
    expect(await (await fetch(server.url)).text()).toBe('build A');
    server.setRoot(site({ 'index.html': 'build B' }));
    expect(await (await fetch(server.url)).text()).toBe('build B');
  });
});

describe('parseHeadersFile and headersFor', () => {
  const rules = parseHeadersFile(
    '# comment\n/*\n  A: one\n/assets/*\n  A: two\n  B: x: y\n/index.html\n  C: z\n',
  );

  it('reads paths and their indented headers', () => {
    expect(rules).toEqual([
      { path: '/*', headers: [['A', 'one']] },
      {
        path: '/assets/*',
        headers: [
          ['A', 'two'],
          ['B', 'x: y'],
        ],
      },
      { path: '/index.html', headers: [['C', 'z']] },
    ]);
  });

  it('joins a header set by several matching rules, as Netlify does', () => {
    expect(headersFor(rules, '/assets/a.js')).toEqual({ a: 'one, two', b: 'x: y' });
    expect(headersFor(rules, '/index.html')).toEqual({ a: 'one', c: 'z' });
    expect(headersFor(rules, '/index.htm')).toEqual({ a: 'one' });
  });

  it('refuses a header line before any path', () => {
    expect(() => parseHeadersFile('  A: one\n')).toThrow(/cannot read/);
  });
});
