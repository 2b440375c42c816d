// What a consultant may set for their site without rebuilding: the optional `config.json` next to
// index.html (brand, logo, colour, languages) and the custom question bank file it names. The shapes
// here are what the app holds once a file has been read; persistence/site-config.ts reads and checks
// the files themselves.
import type { AreaId } from './bank-ids';

/** The interface languages a site may offer (the same as src/i18n/locales.ts). */
export type SiteLanguage = 'es' | 'en';

/** A text of a custom question bank, in both languages. */
export interface BothLanguages {
  es: string;
  en: string;
}

export interface CustomPrompt {
  /** Unique in its area; the answer is stored under `<area id>.<id>`. */
  id: string;
  text: BothLanguages;
  hint: BothLanguages;
}

export interface CustomStatement {
  /** Unique in its area; the rating is stored under `<area id>.<id>`. */
  id: string;
  text: BothLanguages;
  /** What evidence of the practice looks like (optional). */
  evidence?: BothLanguages;
  /** The practice worded at levels 1, 3 and 5 (optional; all three or none). */
  levels?: { 1: BothLanguages; 3: BothLanguages; 5: BothLanguages };
}

/**
 * One area of a custom bank. Its id is one of our six areas, so that area's inventory (customer types
 * in the first two, the moments map in the third) and its place in the report stay where they are.
 */
export interface CustomArea {
  id: AreaId;
  title: BothLanguages;
  short: BothLanguages;
  intro: BothLanguages;
  prompts: CustomPrompt[];
  statements: CustomStatement[];
}

/** A question bank of the consultant's own, in the structure of ours, with its own id and version. */
export interface CustomBank {
  /** Never ours (`momentos-cx`). */
  id: string;
  /** A positive integer; a new version whenever a statement's meaning changes. */
  version: number;
  name: BothLanguages;
  /** One to six areas, each of our area ids at most once, in the order the team walks them. */
  areas: CustomArea[];
}

/** The site's settings once read: `null` where the file said nothing (or nothing usable). */
export interface SiteConfig {
  brand: string | null;
  /** A relative path to an SVG or PNG file next to index.html. */
  logo: string | null;
  /** The primary colour in light mode (#rrggbb), checked for contrast. */
  primaryColor: string | null;
  /** The primary colour in dark mode (#rrggbb), checked for contrast; ours when not given. */
  primaryColorDark: string | null;
  defaultLanguage: SiteLanguage | null;
  /** The languages offered; both when not given. Never empty. */
  languages: SiteLanguage[];
  /** A relative path to the custom question bank file. */
  questionBank: string | null;
  /**
   * Relative paths to earlier versions of the bank (or earlier banks): workshops answered with them
   * still open, and are compared with follow-ups; new workshops use `questionBank`.
   */
  olderQuestionBanks: string[];
}

export const DEFAULT_SITE_CONFIG: SiteConfig = {
  brand: null,
  logo: null,
  primaryColor: null,
  primaryColorDark: null,
  defaultLanguage: null,
  languages: ['es', 'en'],
  questionBank: null,
  olderQuestionBanks: [],
};

/** What was wrong with a file, by field (a dotted path such as `areas.0.statements.2.text.en`). */
export interface SiteProblem {
  file: 'config' | 'bank';
  /** The field, or '' for the file as a whole. */
  field: string;
  /** Which bank file, when the site names more than one (an earlier bank's path). */
  source?: string;
  /** For tooLong: the most characters (a text) or items (a list) allowed. */
  limit?: number;
  /** For lowContrast: the contrast the colour reached in the pairing that failed (needs 4.5). */
  ratio?: number;
  kind:
    | 'unreadable' // not found, not JSON, too large, not an object
    | 'unknownField'
    | 'wrongValue'
    | 'tooLong' // a text, or a list, longer than allowed
    | 'missing' // a required field absent, a text blank, a list empty
    | 'duplicate'
    | 'notRelative' // a path that leaves the site (a URL, //host, ../, a scheme)
    | 'lowContrast'
    | 'ourBankId';
}

/**
 * The language to show once the site's settings are read, or null to keep the current one: a choice
 * saved on this device that the site offers wins; else the site's default; else the current one if
 * offered, else the first offered.
 */
export function siteLanguage(
  config: Pick<SiteConfig, 'defaultLanguage' | 'languages'>,
  current: SiteLanguage,
  saved: string | null,
): SiteLanguage | null {
  const offered = config.languages;
  const savedOffered = offered.find((lang) => lang === saved);
  const target =
    savedOffered ??
    (config.defaultLanguage && offered.includes(config.defaultLanguage)
      ? config.defaultLanguage
      : offered.includes(current)
        ? current
        : (offered[0] ?? current));
  return target === current ? null : target;
}

/** The sizes a site's files and their fields may have (checked by persistence/site-config.ts). */
export const SITE_LIMITS = {
  /** config.json, in characters, before it is parsed. */
  configChars: 16 * 1024,
  /** The custom question bank file, in characters, before it is parsed. */
  bankChars: 256 * 1024,
  brand: 60,
  /** A relative path (the logo, the question bank). */
  path: 200,
  /** Earlier banks a site keeps readable. */
  olderBanks: 5,
} as const;

/** The sizes of a custom question bank: its lists and its texts (each language alike). */
export const CUSTOM_BANK_LIMITS = {
  areas: 6,
  prompts: 8,
  statements: 15,
  name: 100,
  /** An area's title (a heading, the chart's label). */
  title: 60,
  /** An area's short name (the steps, the report's tables). */
  short: 30,
  intro: 600,
  promptText: 300,
  promptHint: 500,
  statementText: 300,
  evidence: 600,
  level: 300,
} as const;

/** A custom bank's id: lower-case letters, digits and hyphens, 2 to 40, not starting with a hyphen. */
export const CUSTOM_BANK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,39}$/;
/** The id of a statement or a prompt in a custom bank, unique in its area. */
export const CUSTOM_ITEM_ID_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
