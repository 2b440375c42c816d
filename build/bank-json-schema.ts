// The JSON Schema of a custom question bank file (docs/question-bank.schema.json), generated from the
// valibot schema the app reads banks with (persistence/site-config.ts), so the two cannot disagree.
// `npm run bank-schema` writes it; tests/unit/bank-json-schema.test.ts fails when the committed file
// differs from what this returns.
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { SITE_LIMITS } from '../src/domain/site-config.ts';
import { QuestionBankSchema } from '../src/persistence/site-config.ts';

/** Where the schema is committed, from the repository's root. */
export const BANK_SCHEMA_FILE = 'docs/question-bank.schema.json';

/** What JSON Schema cannot say about ids, said where it applies instead of checked. */
const UNIQUE_IDS =
  'Each id appears at most once in this list. JSON Schema cannot check this; the app and `npm run check-bank` do.';

/** The JSON Schema (draft-07) of a custom question bank file. */
export function bankJsonSchema(): JsonSchema {
  const schema = toJsonSchema(QuestionBankSchema, {
    target: 'draft-07',
    // Anything else the converter cannot express fails here, and so `npm run bank-schema` and the
    // test: a rule the schema would silently leave out has to be named below first.
    errorMode: 'throw',
    overrideAction: ({ valibotAction, jsonSchema }) =>
      // The one rule JSON Schema cannot express (a rawCheck): ids unique in their list.
      valibotAction.type === 'raw_check' ? { ...jsonSchema, description: UNIQUE_IDS } : undefined,
  });
  return {
    $schema: schema.$schema,
    title: 'Momentos: a custom question bank',
    description: `A question bank of your own for Momentos, named by "questionBank" in config.json. The file may be at most ${SITE_LIMITS.bankChars / 1024} KB. Texts count UTF-16 units, so a character outside the Basic Multilingual Plane (an emoji) counts as two for the app and one here.`,
    ...schema,
  };
}
