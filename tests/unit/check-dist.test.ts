import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDist } from '../../scripts/check-dist.js';

/** A small dist/ shaped like ours: boot script imports, lazy chunk with a preload list, fonts, sw.js. */
const SOUND: Record<string, string> = {
  'index.html':
    '<link rel="icon" href="./favicon.svg"><link rel="manifest" href="./manifest.webmanifest">' +
    '<a href="#/">home</a><script>boot({"es":"./assets/es-S.js"},()=>import("./assets/index-A.js"))</script>',
  'assets/index-A.js':
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./Lazy-B.js","./Lazy-C.css"])))=>i.map(i=>d[i]);' +
    'import("./Lazy-B.js");navigator.serviceWorker.register("./sw.js")',
  'assets/Lazy-B.js': 'import{a}from"./index-A.js";fetch("./fonts/F.ttf")',
  'assets/es-S.js': 'export default{}',
  'assets/Lazy-C.css':
    '.x{background:url(../icons/i.png)}.y{background:url(data:image/png;base64,AA)}',
  'fonts/F.ttf': 'ttf',
  'icons/i.png': 'png',
  'favicon.svg': '<svg/>',
  'manifest.webmanifest': JSON.stringify({
    start_url: './',
    scope: './',
    icons: [{ src: 'icons/i.png' }],
  }),
  'sw.js':
    'define(["./workbox-1"],function(e){e.precacheAndRoute([' +
    ['index.html', 'assets/index-A.js', 'assets/Lazy-B.js', 'assets/Lazy-C.css', 'fonts/F.ttf']
      .concat(['assets/es-S.js', 'icons/i.png', 'favicon.svg', 'manifest.webmanifest'])
      .map((url) => `{url:"${url}",revision:null}`)
      .join(',') +
    '])})',
  'workbox-1.js': '',
  _headers:
    '/*\n  X-A: b\n/assets/*\n  Cache-Control: immutable\n/index.html\n  Cache-Control: no-cache\n' +
    '/sw.js\n  Cache-Control: no-cache\n/workbox-*.js\n  Cache-Control: no-cache\n' +
    '/fonts/*\n  Cache-Control: no-cache\n/icons/*\n  Cache-Control: no-cache\n' +
    '/favicon.svg\n  Cache-Control: no-cache\n/manifest.webmanifest\n  Cache-Control: no-cache\n',
};

function dist(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'momentos-dist-'));
  for (const [path, text] of Object.entries({ ...SOUND, ...changes })) {
    if (text === null) continue;
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('checkDist', () => {
  it('passes a dist/ whose references all exist and are precached', () => {
    expect(checkDist(dist())).toEqual([]);
  });

  it("finds a stylesheet left in a lazy chunk's preload list (the PDF export bug)", () => {
    const problems = checkDist(dist({ 'assets/Lazy-C.css': null }));
    expect(problems).toContainEqual(
      expect.stringMatching(/assets\/index-A\.js: "\.\/Lazy-C\.css" refers to assets\/Lazy-C\.css/),
    );
  });

  it.each([
    ["the boot script's import", 'assets/index-A.js'],
    ["the boot script's shell texts", 'assets/es-S.js'],
    ['a file fetched by the page', 'fonts/F.ttf'],
    ['a CSS url()', 'icons/i.png'],
    ['the manifest', 'manifest.webmanifest'],
    ["the worker's runtime", 'workbox-1.js'],
  ])('finds a missing file referred to by %s', (_, missing) => {
    const problems = checkDist(dist({ [missing]: null }));
    expect(problems.join('\n')).toContain(`${missing}, which is not in dist`);
  });

  it('finds absolute paths and other origins', () => {
    const problems = checkDist(
      dist({
        'index.html': `${SOUND['index.html']}<script src="/assets/index-A.js"></script><link href="https://cdn.example.com/x.css">`,
      }),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('"/assets/index-A.js" is an absolute path'),
    );
    expect(problems).toContainEqual(expect.stringContaining('points outside the site'));
  });

  it('finds a file the app uses that the service worker does not precache', () => {
    const sw = (SOUND['sw.js'] ?? '').replace('{url:"fonts/F.ttf",revision:null},', '');
    expect(checkDist(dist({ 'sw.js': sw }))).toEqual([
      'fonts/F.ttf (used by assets/Lazy-B.js) is not precached: it would fail offline',
    ]);
    expect(checkDist(dist({ 'sw.js': null }))).toContainEqual(
      expect.stringContaining('sw.js is missing'),
    );
  });

  it('finds a file without exactly one Cache-Control rule', () => {
    const headers = `${SOUND._headers}/*\n  Cache-Control: no-cache\n`;
    const problems = checkDist(dist({ _headers: headers }));
    expect(problems).toContain('_headers gives /index.html 2 Cache-Control rules, not one');
    const none = (SOUND._headers ?? '').replace('/fonts/*\n  Cache-Control: no-cache\n', '');
    expect(checkDist(dist({ _headers: none }))).toEqual([
      '_headers gives /fonts/F.ttf 0 Cache-Control rules, not one',
    ]);
  });
});
