// Which statements each version of the question bank asks, area by area. A statement keeps its id
// while its meaning is unchanged (its wording may be improved); a changed meaning gets a new id, so
// an answer given to version 1 is never read as an answer to a different question. Prompts are the
// same in every version.
import { AREA_IDS, BANK_VERSIONS, type AreaId, type BankVersion } from './bank-ids';

/** A table by area, in AREA_IDS order, from one space-separated list per area (kept short: the first
 * screen carries these tables to check stored answers). */
const byArea = (...lists: string[]): Record<AreaId, readonly string[]> => {
  const table = {} as Record<AreaId, readonly string[]>;
  AREA_IDS.forEach((id, i) => (table[id] = (lists[i] ?? '').split(' ')));
  return table;
};

export const PROMPT_IDS = byArea(
  'who profile expectations',
  'who expectations handoffs',
  'list channels bestWorst',
  'today pain',
  'habits lastChange',
  'style decisions dynamics',
);

export const STATEMENT_IDS: Record<BankVersion, Record<AreaId, readonly string[]>> = {
  1: byArea(
    'segments voice promise individual perception',
    'known agreed ownIt recruit train empower',
    'mapped owner measured frontLine details',
    'customerSide simple acknowledge consistent data',
    'feedback complaints lessons journeys innovation',
    'topDriven cxRole purpose decideAtMoment alignment',
  ),
  // Version 2: one observable practice per statement, each with what evidence looks like and its own
  // wording of levels 1, 3 and 5; the seed ideas version 1 missed (a differentiating promise, one
  // contact, "not interested" honoured everywhere, front-line voice, basics first, loyalty).
  2: byArea(
    'segments voice promise differentiate history outsideIn',
    'known agreed ownIt hireForService train empower',
    'mapped owner deliveryMeasured standards details',
    'customerSide oneContact simpleSteps acknowledgeWithTime consistent dataCorrected optOut',
    'feedbackAfterMoments complaintCauses lessons journeys innovation loyalty',
    'leadersInvolved budget cxOwner purposeKnown frontLineVoice basicsFirst',
  ),
};

const qualified = (table: Record<AreaId, readonly string[]>) =>
  AREA_IDS.flatMap((area) => table[area].map((local) => `${area}.${local}`));

/**
 * Every statement id of every version, and every prompt id: what the one reader accepts as an answer
 * (read straight from the tables, so the first screen does not build the whole bank).
 */
export const ALL_STATEMENT_IDS: ReadonlySet<string> = new Set(
  BANK_VERSIONS.flatMap((v) => qualified(STATEMENT_IDS[v])),
);
export const ALL_PROMPT_IDS: ReadonlySet<string> = new Set(qualified(PROMPT_IDS));
