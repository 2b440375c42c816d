// The question bank: six areas, their reflection prompts and maturity statements. Ids are stable forever.

export const BANK_ID = 'momentos-cx';
export const BANK_VERSION = 1;

export const AREA_IDS = [
  'customers',
  'internal-customers',
  'moments',
  'processes',
  'improvement',
  'leadership',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Maturity levels 1-5; "don't know" is a valid answer that never counts in a score. */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];
export const DONT_KNOW = 'dontKnow';
export type Rating = Level | typeof DONT_KNOW;

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
}

export interface Area {
  readonly id: AreaId;
  readonly titleKey: string;
  readonly shortKey: string;
  readonly introKey: string;
  readonly prompts: readonly Prompt[];
  readonly statements: readonly Statement[];
}

const LOCAL_IDS: Record<AreaId, { prompts: string[]; statements: string[] }> = {
  customers: {
    prompts: ['who', 'profile', 'expectations'],
    statements: ['segments', 'voice', 'promise', 'individual', 'perception'],
  },
  'internal-customers': {
    prompts: ['who', 'expectations', 'handoffs'],
    statements: ['known', 'agreed', 'ownIt', 'recruit', 'train', 'empower'],
  },
  moments: {
    prompts: ['list', 'channels', 'bestWorst'],
    statements: ['mapped', 'owner', 'measured', 'frontLine', 'details'],
  },
  processes: {
    prompts: ['today', 'pain'],
    statements: ['customerSide', 'simple', 'acknowledge', 'consistent', 'data'],
  },
  improvement: {
    prompts: ['habits', 'lastChange'],
    statements: ['feedback', 'complaints', 'lessons', 'journeys', 'innovation'],
  },
  leadership: {
    prompts: ['style', 'decisions', 'dynamics'],
    statements: ['topDriven', 'cxRole', 'purpose', 'decideAtMoment', 'alignment'],
  },
};

function buildArea(id: AreaId): Area {
  const base = `area.${id}`;
  const local = LOCAL_IDS[id];
  return {
    id,
    titleKey: `${base}.title`,
    shortKey: `${base}.short`,
    introKey: `${base}.intro`,
    prompts: local.prompts.map((p) => ({
      id: `${id}.${p}`,
      textKey: `${base}.prompt.${p}.text`,
      hintKey: `${base}.prompt.${p}.hint`,
    })),
    statements: local.statements.map((s) => ({
      id: `${id}.${s}`,
      textKey: `${base}.statement.${s}`,
    })),
  };
}

export const AREAS: readonly Area[] = AREA_IDS.map(buildArea);

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export function getArea(id: AreaId): Area {
  const area = AREAS.find((a) => a.id === id);
  if (!area) throw new Error(`Unknown area ${id}`);
  return area;
}

export function isRating(value: unknown): value is Rating {
  return value === DONT_KNOW || (LEVELS as readonly unknown[]).includes(value);
}

export const levelLabelKey = (level: Level) => `scale.${level}.label`;
export const levelDescriptionKey = (level: Level) => `scale.${level}.description`;
export const DONT_KNOW_LABEL_KEY = 'scale.dontKnow.label';
export const DONT_KNOW_DESCRIPTION_KEY = 'scale.dontKnow.description';

/** Every locale key the bank needs; the bank-integrity test checks both locale files have them. */
export function bankTextKeys(): string[] {
  const keys = [DONT_KNOW_LABEL_KEY, DONT_KNOW_DESCRIPTION_KEY];
  for (const level of LEVELS) keys.push(levelLabelKey(level), levelDescriptionKey(level));
  for (const area of AREAS) {
    keys.push(area.titleKey, area.shortKey, area.introKey);
    for (const p of area.prompts) keys.push(p.textKey, p.hintKey);
    for (const s of area.statements) keys.push(s.textKey);
  }
  return keys;
}
