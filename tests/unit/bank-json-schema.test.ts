// docs/question-bank.schema.json is generated from the valibot schema the app reads custom banks with
// (build/bank-json-schema.ts, written by `npm run bank-schema`): it must be exactly what the schema
// generates today, and say what the reader checks (lengths, patterns, required fields, enums, sizes).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema, BANK_SCHEMA_FILE } from '../../build/bank-json-schema';
import { AREA_IDS, BANK_ID } from '../../src/domain/bank-ids';
import { CUSTOM_BANK_LIMITS } from '../../src/domain/site-config';

const PATH = fileURLToPath(new URL(`../../${BANK_SCHEMA_FILE}`, import.meta.url));
const COMMITTED = readFileSync(PATH, 'utf8');

// A small walker over the generated schema, typed loosely on purpose (it is JSON).
type Node = Record<string, unknown> & {
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
};
const schema = bankJsonSchema() as Node;
const prop = (node: Node | undefined, ...names: string[]): Node => {
  let at = node;
  for (const name of names) at = name === '[]' ? at?.items : at?.properties?.[name];
  expect(at, names.join('.')).toBeDefined();
  return at!;
};

describe('docs/question-bank.schema.json', () => {
  it('is exactly what the schema generates (run `npm run bank-schema` after changing it)', async () => {
    const options = (await prettier.resolveConfig(PATH)) ?? {};
    const expected = await prettier.format(JSON.stringify(bankJsonSchema()), {
      ...options,
      filepath: PATH,
    });
    expect(COMMITTED).toBe(expected);
  });

  it('is a draft-07 schema of a strict object', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['id', 'version', 'name', 'areas']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('says the id pattern, that our id is not allowed, and a positive integer version', () => {
    expect(prop(schema, 'id')).toEqual({
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]{1,39}$',
      not: { const: BANK_ID },
    });
    expect(prop(schema, 'version')).toMatchObject({ type: 'integer', minimum: 1 });
  });

  it('says the sizes of the lists, our area ids, and that ids are unique', () => {
    const areas = prop(schema, 'areas');
    expect(areas).toMatchObject({ type: 'array', minItems: 1, maxItems: CUSTOM_BANK_LIMITS.areas });
    expect(prop(areas, '[]', 'id').enum).toEqual([...AREA_IDS]);
    const statements = prop(areas, '[]', 'statements');
    expect(statements).toMatchObject({ minItems: 1, maxItems: CUSTOM_BANK_LIMITS.statements });
    const prompts = prop(areas, '[]', 'prompts');
    expect(prompts).toMatchObject({ maxItems: CUSTOM_BANK_LIMITS.prompts });
    expect(prompts.minItems).toBeUndefined();
    for (const list of [areas, statements, prompts])
      expect(list.description).toMatch(/at most once/);
    for (const item of [statements, prompts])
      expect(prop(item, '[]', 'id').pattern).toBe('^[A-Za-z][A-Za-z0-9]{0,39}$');
  });

  it('says which fields are required, and the length of every text in both languages', () => {
    const area = prop(schema, 'areas', '[]');
    expect(area.required).toEqual(['id', 'title', 'short', 'intro', 'prompts', 'statements']);
    const statement = prop(area, 'statements', '[]');
    expect(statement.required).toEqual(['id', 'text']);
    expect(prop(area, 'prompts', '[]').required).toEqual(['id', 'text', 'hint']);
    const levels = prop(statement, 'levels');
    expect(levels.required).toEqual(['1', '3', '5']);
    expect(levels.additionalProperties).toBe(false);
    const texts: [Node, number][] = [
      [prop(schema, 'name'), CUSTOM_BANK_LIMITS.name],
      [prop(area, 'title'), CUSTOM_BANK_LIMITS.title],
      [prop(area, 'short'), CUSTOM_BANK_LIMITS.short],
      [prop(area, 'intro'), CUSTOM_BANK_LIMITS.intro],
      [prop(area, 'prompts', '[]', 'text'), CUSTOM_BANK_LIMITS.promptText],
      [prop(area, 'prompts', '[]', 'hint'), CUSTOM_BANK_LIMITS.promptHint],
      [prop(statement, 'text'), CUSTOM_BANK_LIMITS.statementText],
      [prop(statement, 'evidence'), CUSTOM_BANK_LIMITS.evidence],
      [prop(levels, '1'), CUSTOM_BANK_LIMITS.level],
    ];
    for (const [text, max] of texts) {
      expect(text.required).toEqual(['es', 'en']);
      expect(text.additionalProperties).toBe(false);
      for (const language of ['es', 'en'])
        expect(prop(text, language)).toEqual({ type: 'string', maxLength: max, pattern: '\\S' });
    }
  });
});
