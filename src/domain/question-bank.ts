// The question bank: six areas, their reflection prompts and maturity statements, in every version a
// workshop may have been answered with (bank-versions.ts). Ids are stable forever.
import { ALL_STATEMENT_IDS, PROMPT_IDS, STATEMENT_IDS } from './bank-versions';
import { siteBankOf } from './site-bank';
import type { CustomBank } from './site-config';
import {
  AREA_IDS,
  BANK_ID,
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

/** Where the site bank's texts are registered in the interface's messages (i18n/site-bank-texts.ts). */
export const SITE_BANK_TEXTS = 'siteBank';

/** Where one of the site's banks keeps its texts: each version its own (ids are [a-z0-9-]). */
export const siteBankTexts = (bank: { id: string; version: number }): string =>
  `${SITE_BANK_TEXTS}.${bank.id}_v${bank.version}`;

const siteAreas = new WeakMap<CustomBank, readonly Area[]>();

/** The site bank's areas, with text keys into the messages its texts are registered under. */
function customAreas(bank: CustomBank): readonly Area[] {
  let areas = siteAreas.get(bank);
  if (!areas) {
    areas = bank.areas.map((area) => {
      const base = `${siteBankTexts(bank)}.${area.id}`;
      return {
        id: area.id,
        titleKey: `${base}.title`,
        shortKey: `${base}.short`,
        introKey: `${base}.intro`,
        prompts: area.prompts.map((p) => ({
          id: `${area.id}.${p.id}`,
          textKey: `${base}.prompt.${p.id}.text`,
          hintKey: `${base}.prompt.${p.id}.hint`,
        })),
        statements: area.statements.map((s) => ({
          id: `${area.id}.${s.id}`,
          textKey: `${base}.statement.${s.id}`,
          evidenceKey: s.evidence ? `${base}.evidence.${s.id}` : null,
          levelKeys: s.levels
            ? {
                1: `${base}.levels.${s.id}.1`,
                3: `${base}.levels.${s.id}.3`,
                5: `${base}.levels.${s.id}.5`,
              }
            : null,
        })),
      };
    });
    siteAreas.set(bank, areas);
  }
  return areas;
}

/** The areas of a workshop's bank, in order: the site's own bank, or a version of ours. */
export function areasOf(bank: { id?: string; version: number }): readonly Area[] {
  const site = bank.id === undefined ? null : siteBankOf({ id: bank.id, version: bank.version });
  return site ? customAreas(site) : BANKS[bankVersionOf(bank)];
}

/** Whether a workshop was answered with our bank (our advice library and bank name apply). */
export const isOurBank = (bank: { id: string }): boolean => bank.id === BANK_ID;

/** The areas new workshops are answered with. */
export const AREAS: readonly Area[] = BANKS[BANK_VERSION];

/** The statement with this id in any version (or in the site's bank, asked first), with its area. */
export function findStatement(
  id: string,
  bank?: { id: string; version: number },
): { areaId: AreaId; statement: Statement } | null {
  const site = bank ? siteBankOf(bank) : null;
  for (const areas of [...(site ? [customAreas(site)] : []), ...BANK_VERSIONS.map((v) => BANKS[v])])
    for (const area of areas) {
      const statement = area.statements.find((s) => s.id === id);
      if (statement) return { areaId: area.id, statement };
    }
  return null;
}

/** An area of the given version of the bank (titles and prompts are the same in every version). */
export function getArea(
  id: AreaId,
  bank: { id?: string; version: number } = { version: BANK_VERSION },
): Area {
  const area = areasOf(bank).find((a) => a.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}

/** An area's title in a workshop's bank; ours when that bank does not ask it (never throws). */
export function areaTitleKey(id: AreaId, bank: { id?: string; version: number }): string {
  return areasOf(bank).find((a) => a.id === id)?.titleKey ?? `area.${id}.title`;
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
