// Why a workshop or a file cannot be read or written, in terms a person can be told (see locales: read.*).
import * as v from 'valibot';

export type ProblemKind = 'tooLong' | 'tooMany' | 'blank' | 'missing' | 'wrongValue';

export interface Problem {
  kind: ProblemKind;
  /** Dotted path of the field, e.g. "meta.organisation" or "moments.3.name". */
  field: string;
  /** The limit that was passed, for tooLong and tooMany. */
  limit?: number;
}

type AnyIssue = v.BaseIssue<unknown>;

function kindOf(issue: AnyIssue): Pick<Problem, 'kind' | 'limit'> {
  if (issue.type === 'max_length') {
    const limit = Number(issue.requirement);
    return { kind: typeof issue.input === 'string' ? 'tooLong' : 'tooMany', limit };
  }
  if (issue.message === 'blank') return { kind: 'blank' };
  if (issue.input === undefined) return { kind: 'missing' };
  return { kind: 'wrongValue' };
}

/** The first few problems of a failed parse, most useful first (at most `max`). */
export function problemsOf(issues: readonly AnyIssue[], max = 3): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? '';
    if (out.some((p) => p.field === field)) continue;
    out.push({ field, ...kindOf(issue) });
    if (out.length === max) break;
  }
  return out;
}

/** The field a problem is about, without item positions: "moments.3.name" -> "moments.name". */
export function fieldKey(problem: Problem): string {
  return problem.field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}
