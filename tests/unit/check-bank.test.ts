// `npm run check-bank path/to/bank.json` (scripts/check-bank.js) in a child process, as a consultant
// runs it: the app's own reader on a file, a summary and exit 0, or each problem and exit 1.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/site/brand/bank.json');

/** Runs the script on `path`; its exit code and what it printed. */
async function checkBank(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['scripts/check-bank.js', ...args],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(os.tmpdir(), 'momentos-check-bank-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run check-bank', { timeout: 30_000 }, () => {
  it('passes the example bank with a summary (id, version, areas, statement counts)', async () => {
    const run = await checkBank(EXAMPLE);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('a valid question bank');
    expect(run.stdout).toContain('id brujula-servicio, version 1');
    expect(run.stdout).toContain('2 areas, 7 statements, 3 prompts');
    expect(run.stdout).toMatch(/customers \("Customers" \/ "Clientes"\): 3 statements, 1 prompt\n/);
    expect(run.stdout).toMatch(/moments \("Moments" \/ "Momentos"\): 4 statements, 2 prompts\n/);
  });

  it('lists each problem with its field and a plain-English reason, and exits 1', async () => {
    const bank = JSON.parse(await readFile(EXAMPLE, 'utf8')) as {
      id: string;
      areas: { id: string; statements: { text: { en: string } }[] }[];
    };
    bank.id = 'momentos-cx';
    bank.areas[1]!.id = 'customers';
    bank.areas[0]!.statements[0]!.text.en = '   ';
    const path = join(folder, 'bad.json');
    await writeFile(path, JSON.stringify(bank));
    const run = await checkBank(path);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('not a valid question bank. 3 problems');
    expect(run.stdout).toContain(`  id: "momentos-cx" is the id of the app's own question bank`);
    expect(run.stdout).toContain(
      '  areas.0.statements.0.text.en: this field is required, and a text may not be blank.',
    );
    expect(run.stdout).toContain('  areas.1.id: this id is already used earlier in the same list');
  });

  it('refuses a file that is not JSON, and reads one that starts with a byte-order mark', async () => {
    const notJson = join(folder, 'not.json');
    await writeFile(notJson, 'id: my-bank\n');
    const bad = await checkBank(notJson);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('(the file): the file is empty, is not JSON');
    const bom = join(folder, 'bom.json');
    await writeFile(bom, `\uFEFF${await readFile(EXAMPLE, 'utf8')}`);
    expect((await checkBank(bom)).code).toBe(0);
  });

  it('says when the file cannot be read, and how to use it', async () => {
    const missing = await checkBank(join(folder, 'nowhere.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot be read');
    const usage = await checkBank();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run check-bank path/to/bank.json');
  });
});
