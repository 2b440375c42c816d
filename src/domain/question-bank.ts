// The question bank: six areas, their reflection prompts and maturity statements, in every version a
// workshop may have been answered with (bank-versions.ts). Ids are stable forever.
import { ALL_STATEMENT_IDS, PROMPT_IDS, STATEMENT_IDS } from './bank-versions';
import {
  AREA_IDS,
  BANK_VERSION,
  BANK_VERSIONS,
  bankVersionOf,
  LATEST,
  LEVELS,
  type AreaId,
  type BankVersion,
  type Level,
} from './bank-ids';

export * from './bank-ids';

// The words of answers: loaded with a workshop, never by the first screen.
/** A 1-5 rating: the only answers a score is made of. */
export function isLevel(value: unknown): value is Level {
  return (LEVELS as readonly unknown[]).includes(value);
}

export const levelLabelKey = (level: Level) => `scale.${level}.label`;
export const levelDescriptionKey = (level: Level) => `scale.${level}.description`;
export const DONT_KNOW_LABEL_KEY = 'scale.dontKnow.label';
export const DONT_KNOW_DESCRIPTION_KEY = 'scale.dontKnow.description';
export const NOT_APPLICABLE_LABEL_KEY = 'scale.notApplicable.label';
export const NOT_APPLICABLE_DESCRIPTION_KEY = 'scale.notApplicable.description';

export { ALL_STATEMENT_IDS };

export interface Prompt {
  /** Globally unique, e.g. "customers.who". */
  readonly id: string;
  readonly textKey: string;
  readonly hintKey: string;
}

export interface Statement {
  /** Globally unique, e.g. "customers.segments". */
  readonly id: string;
  readonly textKey: string;
  /** What evidence of the practice looks like; null for statements only version 1 asks. */
  readonly evidenceKey: string | null;
  /** This practice at levels 1, 3 and 5, where the generic scale says too little; null likewise. */
  readonly levelKeys: Readonly<Record<GuidedLevel, string>> | null;
}

/** The levels a statement words for itself: the bottom, the middle and the top of the scale. */
export const GUIDED_LEVELS = [1, 3, 5] as const;
export type GuidedLevel = (typeof GUIDED_LEVELS)[number];

export interface Area {
  readonly id: AreaId;
  readonly titleKey: string;
  readonly shortKey: string;
  readonly introKey: string;
  readonly prompts: readonly Prompt[];
  readonly statements: readonly Statement[];
}

// Statements the latest version asks carry evidence and level wording, whichever version uses them.
// The builds below are marked pure: the first screen imports this module for its ids and guards
// only, and the bundler leaves the whole bank out of it.
const GUIDED = /* @__PURE__ */ new Set(
  AREA_IDS.flatMap((id) => STATEMENT_IDS[LATEST][id].map((s) => `${id}.${s}`)),
);

function buildStatement(areaId: AreaId, local: string): Statement {
  const base = `area.${areaId}`;
  const id = `${areaId}.${local}`;
  const guided = GUIDED.has(id);
  return {
    id,
    textKey: `${base}.statement.${local}`,
    evidenceKey: guided ? `${base}.evidence.${local}` : null,
    levelKeys: guided
      ? {
          1: `${base}.levels.${local}.1`,
          3: `${base}.levels.${local}.3`,
          5: `${base}.levels.${local}.5`,
        }
      : null,
  };
}

function buildArea(id: AreaId, version: BankVersion): Area {
  const base = `area.${id}`;
  return {
    id,
    titleKey: `${base}.title`,
    shortKey: `${base}.short`,
    introKey: `${base}.intro`,
    prompts: PROMPT_IDS[id].map((p) => ({
      id: `${id}.${p}`,
      textKey: `${base}.prompt.${p}.text`,
      hintKey: `${base}.prompt.${p}.hint`,
    })),
    statements: STATEMENT_IDS[version][id].map((s) => buildStatement(id, s)),
  };
}

const BANKS: Record<BankVersion, readonly Area[]> = {
  1: /* @__PURE__ */ AREA_IDS.map((id) => buildArea(id, 1)),
  2: /* @__PURE__ */ AREA_IDS.map((id) => buildArea(id, 2)),
};

/** The areas of one version of the bank, in order. */
export function areasOf(bank: { version: number }): readonly Area[] {
  return BANKS[bankVersionOf(bank)];
}

/** The areas new workshops are answered with. */
export const AREAS: readonly Area[] = BANKS[BANK_VERSION];

/** The statement with this id in any version, with its area. */
export function findStatement(id: string): { areaId: AreaId; statement: Statement } | null {
  for (const version of BANK_VERSIONS)
    for (const area of BANKS[version]) {
      const statement = area.statements.find((s) => s.id === id);
      if (statement) return { areaId: area.id, statement };
    }
  return null;
}

/** An area of the given version of the bank (titles and prompts are the same in every version). */
export function getArea(id: AreaId, bank: { version: number } = { version: BANK_VERSION }): Area {
  const area = areasOf(bank).find((a) => a.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}

/** Every locale key the bank needs, in every version; the bank-integrity test checks both locale files have them. */
export function bankTextKeys(): string[] {
  const keys = new Set([
    DONT_KNOW_LABEL_KEY,
    DONT_KNOW_DESCRIPTION_KEY,
    NOT_APPLICABLE_LABEL_KEY,
    NOT_APPLICABLE_DESCRIPTION_KEY,
  ]);
  for (const level of LEVELS) keys.add(levelLabelKey(level)).add(levelDescriptionKey(level));
  for (const version of BANK_VERSIONS)
    for (const area of BANKS[version]) {
      keys.add(area.titleKey).add(area.shortKey).add(area.introKey);
      for (const p of area.prompts) keys.add(p.textKey).add(p.hintKey);
      for (const s of area.statements) {
        keys.add(s.textKey);
        if (s.evidenceKey) keys.add(s.evidenceKey);
        for (const key of Object.values(s.levelKeys ?? {})) keys.add(key);
      }
    }
  return [...keys];
}
