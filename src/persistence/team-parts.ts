// Team mode's schemas (team-schema.ts) stay out of the first load: they are fetched when a record, a
// journal entry or a write carries team parts (a workshop collecting participants' answers, or a
// participant's copy), and before a backup is read or made. Until they are here, a
// record's team parts are kept aside whole by the reader (never dropped) and a write of them is refused.
import type * as TeamSchemas from './team-schema';

type Schemas = typeof TeamSchemas;
type Parts = { team?: unknown; participation?: unknown } | null | undefined;
let schemas: Schemas | null = null;

/** The schemas, once loaded; null before. */
export const teamSchemas = (): Schemas | null => schemas;

export const loadTeamSchemas = async (): Promise<Schemas> =>
  (schemas ??= await import('./team-schema'));

/** Whether a workshop holds team mode's parts. */
export const hasTeamParts = (workshop: Parts): boolean =>
  workshop?.team !== undefined || workshop?.participation !== undefined;

/** Loads the schemas when any of these stored records ({ data: workshop }) needs them. */
export async function readyFor(records: readonly unknown[]): Promise<void> {
  if (records.some((record) => hasTeamParts((record as { data?: Parts } | null)?.data)))
    await loadTeamSchemas();
}
