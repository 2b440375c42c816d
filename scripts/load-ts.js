// Loads one of the app's TypeScript modules in plain Node (no TypeScript runtime is installed and
// Node 20 cannot strip types): rolldown, already a dev dependency, bundles the module with what it
// imports (valibot included) into one ES module in memory, which is then imported from a data: URL.
// Nothing is written to disk, and nothing needs a build first: a fresh clone after `npm ci` works.
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/**
 * The exports of a TypeScript module.
 * @param {string | URL} file the module (a path, or a file: URL)
 * @returns {Promise<Record<string, unknown>>}
 */
export async function loadTs(file) {
  const input = file instanceof URL ? fileURLToPath(file) : file;
  const bundle = await rolldown({ input, platform: 'node', logLevel: 'silent' });
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
