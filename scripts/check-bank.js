// `npm run check-bank path/to/bank.json`: checks a custom question bank with the app's own reader
// (readQuestionBank in src/persistence/site-config.ts, bundled on the fly by scripts/load-ts.js), so a
// bank that passes here is one the app takes. Prints a short summary and exits 0, or prints each
// problem (the field and what is wrong, in plain English) and exits 1. Exits 2 when used wrongly.
import { readFile, stat } from 'node:fs/promises';
import { loadTs } from './load-ts.js';

/**
 * @typedef {import('../src/domain/site-config.ts').SiteProblem} SiteProblem
 * @typedef {import('../src/domain/site-config.ts').CustomBank} CustomBank
 * @typedef {typeof import('../src/persistence/site-config.ts') &
 *   typeof import('../src/domain/site-config.ts') &
 *   Pick<typeof import('../src/domain/bank-ids.ts'), 'AREA_IDS' | 'BANK_ID'>} App
 */

const ROOT = new URL('../', import.meta.url);

/**
 * What is wrong with one field, in plain English.
 * @param {SiteProblem} problem
 * @param {App} app
 */
function explain(problem, app) {
  const { field, kind, limit } = problem;
  const list = /(?:^|\.)(areas|statements|prompts)$/.test(field);
  switch (kind) {
    case 'unreadable':
      return `the file is empty, is not JSON, is not a JSON object, or is larger than ${app.SITE_LIMITS.bankChars / 1024} KB.`;
    case 'unknownField':
      return 'this field is not part of the format (a typo?): rename or remove it.';
    case 'missing':
      return list
        ? 'this list may not be empty.'
        : 'this field is required, and a text may not be blank.';
    case 'tooLong':
      return list
        ? `this list has more than ${limit} items.`
        : `this text is longer than ${limit} characters.`;
    case 'duplicate':
      return 'this id is already used earlier in the same list; ids must be unique in their list.';
    case 'ourBankId':
      return `"${app.BANK_ID}" is the id of the app's own question bank: give yours an id of its own.`;
    case 'notRelative':
      return 'this must be a relative path inside the site (no https:, no leading /, no ..).';
    case 'lowContrast':
      return 'this colour does not reach 4.5:1 contrast with the page.';
    default: // wrongValue
      return wrongValue(field, app);
  }
}

/**
 * @param {string} field
 * @param {App} app
 */
function wrongValue(field, app) {
  if (field === 'id')
    return 'the id must be 2 to 40 lower-case letters (a-z), digits or hyphens, not starting with a hyphen.';
  if (field === 'version') return 'the version must be a whole number, 1 or more.';
  if (/^areas\.\d+\.id$/.test(field))
    return `an area id must be one of ${app.AREA_IDS.join(', ')}.`;
  if (/\.(?:statements|prompts)\.\d+\.id$/.test(field))
    return 'an id must start with a letter, then letters (A-Z, a-z) and digits only, at most 40 in all.';
  if (/\.(?:es|en)$/.test(field)) return 'this must be a text.';
  if (/(?:^|\.)(?:areas|statements|prompts)$/.test(field)) return 'this must be a list ([ ... ]).';
  return 'this has the wrong type: an object ({ ... }) was expected; a text in both languages is { "es": "...", "en": "..." }.';
}

/**
 * The summary of a good bank.
 * @param {CustomBank} bank
 */
function summary(bank) {
  const count = (/** @type {number} */ n, /** @type {string} */ one) =>
    `${n} ${one}${n === 1 ? '' : 's'}`;
  const statements = bank.areas.reduce((sum, area) => sum + area.statements.length, 0);
  const prompts = bank.areas.reduce((sum, area) => sum + area.prompts.length, 0);
  return [
    `id ${bank.id}, version ${bank.version}: "${bank.name.en}" / "${bank.name.es}"`,
    `${count(bank.areas.length, 'area')}, ${count(statements, 'statement')}, ${count(prompts, 'prompt')}:`,
    ...bank.areas.map(
      (area) =>
        `  ${area.id} ("${area.short.en}" / "${area.short.es}"): ${count(area.statements.length, 'statement')}, ${count(area.prompts.length, 'prompt')}`,
    ),
  ].join('\n');
}

async function main() {
  const path = process.argv[2];
  if (!path || process.argv.length > 3) {
    console.error('Usage: npm run check-bank path/to/bank.json');
    return 2;
  }
  const app = /** @type {App} */ (
    /** @type {unknown} */ (
      await loadTs(
        new URL('src/persistence/site-config.ts', ROOT),
        new URL('src/domain/site-config.ts', ROOT),
        new URL('src/domain/bank-ids.ts', ROOT),
      )
    )
  );
  let text;
  try {
    // Refused unread when it cannot be within the limit (a character is at most 3 bytes in UTF-8).
    const tooBig = (await stat(path)).size > app.SITE_LIMITS.bankChars * 3;
    // The browser drops a byte-order mark when it reads a file as text; Node does not.
    text = tooBig ? '' : (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    console.error(`${path}: cannot be read (${/** @type {Error} */ (error).message}).`);
    return 1;
  }
  const read = app.readQuestionBank(text);
  if (read.ok) {
    console.log(`${path}: a valid question bank.\n${summary(read.bank)}`);
    return 0;
  }
  const many = read.problems.length >= app.MAX_PROBLEMS ? ' (the first ones)' : '';
  console.log(
    `${path}: not a valid question bank. ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'}${many}; the app would keep its own questions:`,
  );
  for (const problem of read.problems)
    console.log(`  ${problem.field || '(the file)'}: ${explain(problem, app)}`);
  return 1;
}

process.exitCode = await main();
