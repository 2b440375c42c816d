// `npm run bank-schema`: writes docs/question-bank.schema.json, the JSON Schema of a custom question
// bank, from the valibot schema the app reads banks with (build/bank-json-schema.ts), formatted as
// Prettier formats the repository. tests/unit/bank-json-schema.test.ts fails when the committed file
// differs from what the schema generates: run this after changing the bank's schema or limits.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { loadTs } from './load-ts.js';

const ROOT = new URL('../', import.meta.url);

const { bankJsonSchema, BANK_SCHEMA_FILE } =
  /** @type {typeof import('../build/bank-json-schema.ts')} */ (
    /** @type {unknown} */ (await loadTs(new URL('build/bank-json-schema.ts', ROOT)))
  );
const path = fileURLToPath(new URL(BANK_SCHEMA_FILE, ROOT));
const options = (await prettier.resolveConfig(path)) ?? {};
const text = await prettier.format(JSON.stringify(bankJsonSchema()), {
  ...options,
  filepath: path,
});
await writeFile(path, text);
console.log(`Wrote ${BANK_SCHEMA_FILE}`);
