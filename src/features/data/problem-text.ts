// A read problem (persistence/problems.ts) as a sentence in the interface language (locales: data.*).
import type { BackupRead } from '../../persistence/backup';
import { fieldKey, type Problem } from '../../persistence/problems';

type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

/** Fields with a name of their own in locales (data.field.*); "meta.team" is data.field.meta_team. */
const NAMED_FIELDS = new Set([
  'id',
  'title',
  'createdAt',
  'updatedAt',
  'meta',
  'meta_organisation',
  'meta_team',
  'meta_date',
  'meta_facilitator',
  'meta_participants',
  'bank',
  'bank_id',
  'app',
  'kind',
  'schemaVersion',
  'savedAt',
  'workshops',
]);

function fieldName(problem: Problem, t: Translate): string {
  const key = fieldKey(problem).replaceAll('.', '_');
  if (key === '') return t('data.field.whole');
  if (NAMED_FIELDS.has(key)) return t(`data.field.${key}`);
  return t('data.field.other', { values: { name: problem.field } });
}

export function problemText(problems: readonly Problem[], t: Translate): string {
  const first = problems[0];
  if (!first) return t('data.restore.reason.unknown');
  if (isOtherBank([{ ...first, field: first.field.replace(/^workshops\.\d+\./, '') }]))
    return t('data.problem.otherBank');
  return t(`data.problem.${first.kind}`, {
    values: { field: fieldName(first, t), limit: first.limit ?? 0 },
  });
}

/**
 * Whether a workshop could not be read only because of its question bank: a custom bank (a site's
 * config.json) this site does not offer now. Said as such, not as damage.
 */
export const isOtherBank = (problems: readonly Problem[]): boolean =>
  /^bank(\.id)?$/.test(problems[0]?.field ?? '') && problems[0]?.kind === 'wrongValue';

/** Why a backup file cannot be restored, as the home screen and the comparison say it. */
export function backupReadFailure(read: Extract<BackupRead, { ok: false }>, t: Translate): string {
  const problem = problemText(read.problems, t);
  const reason =
    read.reason === 'invalid' && read.workshop !== undefined
      ? t('data.restore.reason.invalidAt', { values: { number: read.workshop, problem } })
      : t(`data.restore.reason.${read.reason}`, { values: { problem } });
  return t('data.restore.failed', { values: { reason } });
}
