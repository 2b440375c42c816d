// Loads the app's TypeScript modules in plain Node (no TypeScript runtime is installed and Node 20
// cannot strip types): rolldown, already a dev dependency, bundles them with what they import (valibot
// included) into one ES module in memory, which is then imported from a data: URL. Nothing is written
// to disk and nothing needs a build first: a fresh clone after `npm ci` works.
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const ENTRY = 'load-ts:entry';

/**
 * The exports of one or more TypeScript modules, as one namespace (a name exported twice is an error).
 * @param {(string | URL)[]} files the modules (paths, or file: URLs)
 * @returns {Promise<Record<string, unknown>>}
 */
export async function loadTs(...files) {
  const paths = files.map((file) => (file instanceof URL ? fileURLToPath(file) : file));
  const entry = paths.map((path) => `export * from ${JSON.stringify(path)};`).join('\n');
  const bundle = await rolldown({
    input: ENTRY,
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'load-ts-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? entry : null),
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'esm', codeSplitting: false });
    const code = output[0].code;
    /** @type {unknown} */
    const exports = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    );
    return /** @type {Record<string, unknown>} */ (exports);
  } finally {
    await bundle.close();
  }
}
