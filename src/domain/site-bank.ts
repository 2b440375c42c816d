// The question bank a consultant's site offers instead of ours (named by its config.json), once the app
// has read it. A workshop answered with it carries its id and version; the reader, the scores and the
// screens find its areas here. A workshop of a custom bank this site does not offer (any more, or not
// yet read) is never read as one of ours: the reader keeps it as it is, unopened.
import { AREA_IDS, BANK_ID, bankVersionOf, type AreaId } from './bank-ids';
import { ALL_PROMPT_IDS, ALL_STATEMENT_IDS, PROMPT_IDS, STATEMENT_IDS } from './bank-versions';
import type { CustomBank } from './site-config';

let site: CustomBank | null = null;
/** Earlier banks (or earlier versions) the site keeps readable: config.json's olderQuestionBanks. */
let older: readonly CustomBank[] = [];

/** Statement ids the reader and the writer accept: ours (every version) and the site's. */
export const KNOWN_STATEMENT_IDS = new Set<string>(ALL_STATEMENT_IDS);
/** Prompt ids likewise. */
export const KNOWN_PROMPT_IDS = new Set<string>(ALL_PROMPT_IDS);

/**
 * The site's bank from now on, and the earlier ones it keeps readable (read and checked by
 * persistence/site-config.ts); null for none.
 */
export function useSiteBank(bank: CustomBank | null, earlier: readonly CustomBank[] = []): void {
  site = bank;
  older = bank ? earlier : [];
  KNOWN_STATEMENT_IDS.clear();
  KNOWN_PROMPT_IDS.clear();
  for (const id of ALL_STATEMENT_IDS) KNOWN_STATEMENT_IDS.add(id);
  for (const id of ALL_PROMPT_IDS) KNOWN_PROMPT_IDS.add(id);
  for (const area of [bank, ...older].flatMap((b) => b?.areas ?? [])) {
    for (const s of area.statements) KNOWN_STATEMENT_IDS.add(`${area.id}.${s.id}`);
    for (const p of area.prompts) KNOWN_PROMPT_IDS.add(`${area.id}.${p.id}`);
  }
}

/** The site's bank (or an earlier one it keeps) a workshop was answered with (same id and version). */
export function siteBankOf(bank: { id: string; version: number }): CustomBank | null {
  const same = (b: CustomBank | null) =>
    b !== null && b.id === bank.id && b.version === bank.version;
  return same(site) ? site : (older.find(same) ?? null);
}

/** The bank new workshops are answered with: the site's, else ours (in its latest version). */
export function newWorkshopBank(latest: number): { id: string; version: number } {
  return site ? { id: site.id, version: site.version } : { id: BANK_ID, version: latest };
}

/** Whether a bank id is ours or the site's (its version is checked with isReadableBank). */
export const isKnownBankId = (id: string): boolean =>
  id === BANK_ID || site?.id === id || older.some((b) => b.id === id);

/** Whether this app can read a workshop answered with this bank: ours in any version, or the site's. */
export const isReadableBank = (bank: { id: string; version: number }): boolean =>
  bank.id === BANK_ID || siteBankOf(bank) !== null;

/** The areas a workshop walks, in order: the site bank's, or our six. */
export function bankAreaIds(bank: { id: string; version: number }): readonly AreaId[] {
  return siteBankOf(bank)?.areas.map((a) => a.id) ?? AREA_IDS;
}

/** The statement and prompt ids (without the area) an area of a workshop's bank asks. */
export function bankTable(
  bank: { id: string; version: number },
  areaId: AreaId,
): { statements: readonly string[]; prompts: readonly string[] } {
  const custom = siteBankOf(bank);
  if (!custom)
    return { statements: STATEMENT_IDS[bankVersionOf(bank)][areaId], prompts: PROMPT_IDS[areaId] };
  const area = custom.areas.find((a) => a.id === areaId);
  return {
    statements: area?.statements.map((s) => s.id) ?? [],
    prompts: area?.prompts.map((p) => p.id) ?? [],
  };
}
