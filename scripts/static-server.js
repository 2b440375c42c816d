// A strict static file server, as real hosts are (GitHub Pages, Netlify, nginx): a missing file is a
// real 404, never index.html; content types by extension; text compressed with gzip when the browser
// accepts it; optional sub-path; the rules of a Netlify-style `_headers` file in the served folder
// applied as response headers. The end-to-end tests and the benchmark serve dist/ with it. No
// dependencies.
//   node scripts/static-server.js [dir=dist] [--port=4173] [--base=/clientes/cx-2026/] [--host=127.0.0.1]
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Types that hosts compress (fonts and images are left as they are, as most hosts do). */
const COMPRESSED = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg\+xml)/;

/**
 * @typedef {{ path: string; headers: [string, string][] }} HeaderRule
 */

/**
 * Parses a Netlify `_headers` file: a path line (`/assets/*`), then indented `Name: value` lines.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (`*` matches anything) covers a site path. */
export const matches = (/** @type {string} */ pattern, /** @type {string} */ path) =>
  new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(path);
/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * The headers of every rule matching a site path; a header set by several rules is joined with ", "
 * (as Netlify does).
 * @param {HeaderRule[]} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/**
 * @typedef {object} ServerOptions
 * @property {string} root      the folder to serve
 * @property {string} [base]    the sub-path the site lives under, e.g. '/clientes/cx-2026/'
 * @property {number} [port]    0 (the default) picks a free port
 * @property {string} [host]
 *
 * @typedef {object} RunningServer
 * @property {string} url       the site's address, ending in '/'
 * @property {number} port
 * @property {(root: string) => void} setRoot  serves another folder from now on (a redeploy)
 * @property {() => Promise<void>} close
 */

/**
 * @param {ServerOptions} options
 * @returns {Promise<RunningServer>}
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error('base must start and end with /');
  let folder = resolve(root);

  /**
   * @param {string} urlPath the path inside the site, starting with '/'
   * @returns {Promise<{ file: string; size: number } | 'dir' | null>}
   */
  async function find(urlPath) {
    const file = resolve(folder, `.${urlPath}`);
    if (file !== folder && !file.startsWith(folder + sep)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, size: info.size };
    if (info?.isDirectory()) return urlPath.endsWith('/') ? find(`${urlPath}index.html`) : 'dir';
    return null;
  }

  async function rules() {
    const text = await readFile(join(folder, '_headers'), 'utf8').catch(() => null);
    return text === null ? [] : parseHeadersFile(text);
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      /** @param {number} status @param {string} text @param {Record<string, string>} [extra] */
      const fail = (status, text, extra = {}) => {
        response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extra });
        response.end(request.method === 'HEAD' ? undefined : `${status} ${text}\n`);
      };
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return fail(405, 'Method Not Allowed', { allow: 'GET, HEAD' });
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return fail(400, 'Bad Request');
      }
      if (path.includes('\0')) return fail(400, 'Bad Request');
      if (`${path}/` === base) return fail(301, 'Moved', { location: base });
      if (!path.startsWith(base)) return fail(404, 'Not Found');
      const sitePath = `/${path.slice(base.length)}`;
      // Netlify reads _headers and never serves it.
      const found = sitePath === '/_headers' ? null : await find(sitePath);
      if (found === 'dir') return fail(301, 'Moved', { location: `${url.pathname}/` });
      if (!found) return fail(404, 'Not Found');
      const type = CONTENT_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
      const headers = { 'content-type': type, ...headersFor(await rules(), sitePath) };
      const gzip =
        COMPRESSED.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (!gzip) {
        response.writeHead(200, { ...headers, 'content-length': String(found.size) });
        if (request.method === 'HEAD') return response.end();
        return void createReadStream(found.file).pipe(response);
      }
      const body = gzipSync(await readFile(found.file));
      response.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
        'content-length': String(body.length),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((/** @type {unknown} */ error) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`500 ${String(error)}\n`);
    });
  });

  await new Promise((/** @type {(value?: unknown) => void} */ done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${base}`,
    port: actualPort,
    setRoot: (next) => {
      folder = resolve(next);
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  /** @param {string} name */
  const option = (name) =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? undefined;
  const root = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const site = await startStaticServer({
    root,
    base: option('base') ?? '/',
    port: Number(option('port') ?? 4173),
    host: option('host') ?? '127.0.0.1',
  });
  console.log(`Serving ${root} at ${site.url}`);
}
