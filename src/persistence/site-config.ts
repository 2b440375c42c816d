// The one reader of a site's own files: `config.json` next to index.html (brand, logo, colours,
// languages, a custom question bank's path) and the custom question bank it names. Neither ever throws:
// a config keeps what it says well, field by field, and falls back to ours for the rest; a bank is taken
// whole or refused. Each says what was wrong, field by field (domain/site-config.ts: SiteProblem).
// The bank's valibot schema is exported: docs/question-bank.schema.json is generated from it
// (build/bank-json-schema.ts).
import * as v from 'valibot';
import { AREA_IDS, BANK_ID } from '../domain/bank-ids';
import { brandPalette, parseHex } from '../domain/colour';
import {
  CUSTOM_BANK_ID_PATTERN,
  CUSTOM_BANK_LIMITS as BANK,
  CUSTOM_ITEM_ID_PATTERN,
  DEFAULT_SITE_CONFIG,
  SITE_LIMITS,
  type BothLanguages,
  type CustomArea,
  type CustomBank,
  type SiteConfig,
  type SiteLanguage,
  type SiteProblem,
} from '../domain/site-config';
import { parseJson } from './outside-json';

type Kind = SiteProblem['kind'];
type AnyIssue = v.BaseIssue<unknown>;

export const SITE_LANGUAGES: readonly SiteLanguage[] = ['es', 'en'];

/** The fields config.json may have, in the order they are checked. */
export const CONFIG_FIELDS = [
  'brand',
  'logo',
  'primaryColor',
  'primaryColorDark',
  'defaultLanguage',
  'languages',
  'questionBank',
  'olderQuestionBanks',
] as const satisfies readonly (keyof SiteConfig)[];

/** At most this many problems are reported for one file (a hostile file could make thousands). */
export const MAX_PROBLEMS = 50;
/** A field named in a problem is cut to this many characters (an unknown key may be any length). */
const FIELD_CHARS = 120;

const KINDS: ReadonlySet<string> = new Set<Kind>([
  'unreadable',
  'unknownField',
  'wrongValue',
  'tooLong',
  'missing',
  'duplicate',
  'notRelative',
  'lowContrast',
  'ourBankId',
]);

/** A path segment: letters, digits, `-`, `_` and dots, not starting with a dot. */
const PATH_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * A path that stays on the site, below the folder of index.html: segments of letters, digits, `-`,
 * `_` and `.` joined by `/`, optionally after `./`. So no scheme (`https:`, `data:`, `javascript:`),
 * no `//host`, no leading `/`, no `..`, no backslash, no `?`, `#` or `%` (an encoded `..`), no spaces.
 */
export function isRelativePath(path: string): boolean {
  const parts = path.split('/');
  if (parts[0] === '.' && parts.length > 1) parts.shift();
  return parts.every((part) => PATH_SEGMENT.test(part));
}

/** A relative path to a file whose name ends with one of `extensions`. */
const pathTo = (extensions: RegExp) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(SITE_LIMITS.path, 'tooLong'),
    v.check(isRelativePath, 'notRelative'),
    v.regex(extensions, 'wrongValue'),
  );

/** A primary colour, as lower-case #rrggbb, that passes every contrast check in `mode`. */
const colour = (mode: 'light' | 'dark') =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'wrongValue'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const palette = brandPalette(dataset.value, mode);
      if (!palette.ok)
        addIssue({
          message: 'lowContrast',
          received: 'ratio' in palette ? `${palette.ratio}` : '',
        });
    }),
    v.transform((hex) => parseHex(hex) ?? hex),
  );

const unique = (list: readonly unknown[]) => new Set(list).size === list.length;

/** The schema of each field of config.json, each checked on its own. */
const CONFIG_SCHEMAS: {
  [K in (typeof CONFIG_FIELDS)[number]]: v.GenericSchema<unknown, NonNullable<SiteConfig[K]>>;
} = {
  brand: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'missing'),
    v.maxLength(SITE_LIMITS.brand, 'tooLong'),
    v.transform((s) => s.normalize('NFC')),
  ),
  logo: pathTo(/\.(?:svg|png)$/i),
  primaryColor: colour('light'),
  primaryColorDark: colour('dark'),
  defaultLanguage: v.picklist(SITE_LANGUAGES),
  languages: v.pipe(
    v.array(v.picklist(SITE_LANGUAGES)),
    v.minLength(1, 'missing'),
    v.check((list) => unique(list), 'duplicate'),
  ),
  questionBank: pathTo(/\.json$/i),
  olderQuestionBanks: v.pipe(
    v.array(pathTo(/\.json$/i)),
    v.maxLength(SITE_LIMITS.olderBanks, 'tooLong'),
    v.check((list) => unique(list), 'duplicate'),
  ),
};

const isBag = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const cut = (field: string) =>
  field.length > FIELD_CHARS ? `${field.slice(0, FIELD_CHARS - 1)}…` : field;

/** What kind of problem a valibot issue is. */
function kindOf(issue: AnyIssue): Kind {
  if (KINDS.has(issue.message)) return issue.message as Kind;
  if (issue.kind === 'schema' && issue.expected === 'never' && issue.type.startsWith('strict_'))
    return 'unknownField';
  if (issue.type === 'max_length') return 'tooLong';
  if (issue.type === 'min_length') return 'missing';
  if (issue.input === undefined) return 'missing';
  return 'wrongValue';
}

function problemOf(file: SiteProblem['file'], prefix: string, issue: AnyIssue): SiteProblem {
  const path = v.getDotPath(issue);
  const field = cut([prefix, path ?? ''].filter(Boolean).join('.'));
  const kind = kindOf(issue);
  const problem: SiteProblem = { file, field, kind };
  if (kind === 'tooLong' && typeof issue.requirement === 'number')
    problem.limit = issue.requirement;
  if (kind === 'lowContrast' && issue.received) problem.ratio = Number(issue.received);
  return problem;
}

/** The problems of a failed parse: one per field and kind, at most MAX_PROBLEMS. */
function problemsOf(file: SiteProblem['file'], issues: readonly AnyIssue[], prefix = '') {
  const seen = new Set<string>();
  const out: SiteProblem[] = [];
  for (const issue of issues) {
    const problem = problemOf(file, prefix, issue);
    const key = `${problem.field}\u0000${problem.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
    if (out.length === MAX_PROBLEMS) break;
  }
  return out;
}

/** A byte-order mark some editors write (fetch's text() drops it; other readers may not). */
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

const defaults = (): SiteConfig => ({
  ...DEFAULT_SITE_CONFIG,
  languages: [...DEFAULT_SITE_CONFIG.languages],
  olderQuestionBanks: [],
});

/**
 * Reads the text of config.json. Every field is checked on its own: one that is wrong is left at
 * ours (DEFAULT_SITE_CONFIG) with one problem naming it; a field left out or set to null is ours with
 * no problem; a field this app does not know is ignored with a problem (a typo like
 * "primaryColour" should not pass unnoticed). A text that is not a JSON object, or longer than
 * SITE_LIMITS.configChars, gives all of ours and one 'unreadable' problem. Never throws.
 */
export function readSiteConfig(text: string): { config: SiteConfig; problems: SiteProblem[] } {
  const config = defaults();
  const parsed = parseJson(withoutBom(text), SITE_LIMITS.configChars);
  if (!parsed.ok || !isBag(parsed.value))
    return { config, problems: [{ file: 'config', field: '', kind: 'unreadable' }] };
  const raw = parsed.value;
  const problems: SiteProblem[] = [];
  const known: ReadonlySet<string> = new Set(CONFIG_FIELDS);
  for (const key of Object.keys(raw))
    if (!known.has(key) && problems.length < MAX_PROBLEMS)
      problems.push({ file: 'config', field: cut(key), kind: 'unknownField' });

  const set = <K extends (typeof CONFIG_FIELDS)[number]>(field: K) => {
    if (!Object.hasOwn(raw, field) || raw[field] === null) return;
    const result = v.safeParse(CONFIG_SCHEMAS[field], raw[field]);
    if (result.success) config[field] = result.output as SiteConfig[K];
    // One problem per field, named by the field (not by an item inside it).
    else problems.push({ ...problemOf('config', field, result.issues[0]), field });
  };
  for (const field of CONFIG_FIELDS) set(field);

  if (config.defaultLanguage !== null && !config.languages.includes(config.defaultLanguage)) {
    problems.push({ file: 'config', field: 'defaultLanguage', kind: 'wrongValue' });
    config.defaultLanguage = null;
  }
  return { config, problems: problems.slice(0, MAX_PROBLEMS) };
}

// The custom question bank.

/** A text that is not blank, up to `max` characters. */
const words = (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(/\S/, 'missing'));

/** A text in both languages, each up to `max` characters. */
const both = (max: number) => v.strictObject({ es: words(max), en: words(max) });

const ItemIdSchema = v.pipe(v.string(), v.regex(CUSTOM_ITEM_ID_PATTERN));

/** Marks every item of a list whose `id` an earlier item already has (at `<index>.id`). */
const uniqueIds = <T>() =>
  v.rawCheck<T[]>(({ dataset, addIssue }) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const seen = new Set<string>();
    list.forEach((item: unknown, index) => {
      if (!isBag(item) || typeof item.id !== 'string') return;
      if (!seen.has(item.id)) {
        seen.add(item.id);
        return;
      }
      addIssue({
        message: 'duplicate',
        path: [
          { type: 'array', origin: 'value', input: list, key: index, value: item },
          { type: 'object', origin: 'value', input: item, key: 'id', value: item.id },
        ],
      });
    });
  });

const PromptSchema = v.strictObject({
  id: ItemIdSchema,
  text: both(BANK.promptText),
  hint: both(BANK.promptHint),
});

type Prompt = v.InferOutput<typeof PromptSchema>;

const LevelsSchema = v.strictObject({
  '1': both(BANK.level),
  '3': both(BANK.level),
  '5': both(BANK.level),
});

const StatementSchema = v.strictObject({
  id: ItemIdSchema,
  text: both(BANK.statementText),
  evidence: v.optional(both(BANK.evidence)),
  levels: v.optional(LevelsSchema),
});

type Statement = v.InferOutput<typeof StatementSchema>;

const AreaSchema = v.strictObject({
  id: v.picklist(AREA_IDS),
  title: both(BANK.title),
  short: both(BANK.short),
  intro: both(BANK.intro),
  prompts: v.pipe(v.array(PromptSchema), v.maxLength(BANK.prompts), uniqueIds<Prompt>()),
  statements: v.pipe(
    v.array(StatementSchema),
    v.minLength(1),
    v.maxLength(BANK.statements),
    uniqueIds<Statement>(),
  ),
});

type Area = v.InferOutput<typeof AreaSchema>;

/**
 * A custom question bank file, as valibot checks it (docs/question-bank.schema.json is generated
 * from it). Ids unique in their list is the one rule JSON Schema cannot say.
 */
export const QuestionBankSchema = v.strictObject({
  /** Lets an editor find the JSON Schema; ignored by the app. */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(SITE_LIMITS.path * 2))),
  id: v.pipe(v.string(), v.regex(CUSTOM_BANK_ID_PATTERN), v.notValue(BANK_ID, 'ourBankId')),
  version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  name: both(BANK.name),
  areas: v.pipe(v.array(AreaSchema), v.minLength(1), v.maxLength(BANK.areas), uniqueIds<Area>()),
});

const clean = (text: BothLanguages): BothLanguages => ({
  es: text.es.trim().normalize('NFC'),
  en: text.en.trim().normalize('NFC'),
});

/** The bank as the app holds it, from what the schema passed: fresh objects, texts trimmed and NFC. */
function toBank(input: v.InferOutput<typeof QuestionBankSchema>): CustomBank {
  const areas: CustomArea[] = input.areas.map((area) => ({
    id: area.id,
    title: clean(area.title),
    short: clean(area.short),
    intro: clean(area.intro),
    prompts: area.prompts.map((p) => ({ id: p.id, text: clean(p.text), hint: clean(p.hint) })),
    statements: area.statements.map((s) => ({
      id: s.id,
      text: clean(s.text),
      ...(s.evidence ? { evidence: clean(s.evidence) } : {}),
      ...(s.levels
        ? { levels: { 1: clean(s.levels['1']), 3: clean(s.levels['3']), 5: clean(s.levels['5']) } }
        : {}),
    })),
  }));
  return { id: input.id, version: input.version, name: clean(input.name), areas };
}

export type BankRead = { ok: true; bank: CustomBank } | { ok: false; problems: SiteProblem[] };

/**
 * Reads the text of a custom question bank file: taken whole, or refused with every problem (one per
 * field and kind, at most MAX_PROBLEMS, each with its dotted path such as
 * `areas.1.statements.0.text.en`). A text that is not a JSON object, or longer than
 * SITE_LIMITS.bankChars, is one 'unreadable' problem. Never throws.
 */
export function readQuestionBank(text: string): BankRead {
  const parsed = parseJson(withoutBom(text), SITE_LIMITS.bankChars);
  if (!parsed.ok || !isBag(parsed.value))
    return { ok: false, problems: [{ file: 'bank', field: '', kind: 'unreadable' }] };
  const result = v.safeParse(QuestionBankSchema, parsed.value);
  if (!result.success) return { ok: false, problems: problemsOf('bank', result.issues) };
  return { ok: true, bank: toBank(result.output) };
}
