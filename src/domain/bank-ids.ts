// The question bank's ids and answers: what a stored workshop is checked against, so the first screen
// (the list of workshops) needs only this, never the whole bank (question-bank.ts builds the areas).

/** The versions of our question bank (bank-versions.ts says which statements each asks). */
export type BankVersion = 1 | 2;
export const BANK_VERSIONS: readonly BankVersion[] = [1, 2];

export const BANK_ID = 'momentos-cx';
/** The version new workshops are answered with. */
export const BANK_VERSION: BankVersion = 2;

export const AREA_IDS = [
  'customers',
  'internal-customers',
  'moments',
  'processes',
  'improvement',
  'leadership',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Maturity levels 1-5. "We don't know" and "does not apply" are answers too, never counted in a score. */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];
export const DONT_KNOW = 'dontKnow';
export const NOT_APPLICABLE = 'notApplicable';
export type Rating = Level | typeof DONT_KNOW | typeof NOT_APPLICABLE;

export const LATEST = BANK_VERSIONS[BANK_VERSIONS.length - 1] ?? BANK_VERSION;

/**
 * The version of our bank a workshop's answers are read with: its own. A version this app does not
 * know (a newer app's) reads as the latest; answers to statements it does not know are kept aside.
 */
export function bankVersionOf(bank: { version: number }): BankVersion {
  return BANK_VERSIONS.find((v) => v === bank.version) ?? LATEST;
}

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export function isRating(value: unknown): value is Rating {
  return (
    value === DONT_KNOW ||
    value === NOT_APPLICABLE ||
    (LEVELS as readonly unknown[]).includes(value)
  );
}
