// Immutable workshop-level edits of the action plan, and what to draft next (pure).
import {
  DRAFT_KINDS,
  isActionStatus,
  type Action,
  type ActionDraft,
  type ActionStatus,
  type DraftKind,
} from './actions';
import { cleanText, isEnteredDate } from './limits';
import {
  insertItem,
  moveItem,
  removeItem,
  restoreItem,
  updateItem,
  type EditResult,
  type Removed,
} from './list-edit';
import type { RankedMoment } from './moment-gaps';
import { findStatement, getArea, isAreaId, isOurBank, type AreaId } from './question-bank';
import { drivers } from './scoring';
import type { Workshop } from './workshop';

export interface ActionInput {
  text: string;
  areaId?: AreaId | null;
  momentId?: string | null;
  statementId?: string | null;
  measure?: string;
  /** What the app drafted it from; absent for the team's own actions. */
  draftKind?: DraftKind;
  owner?: string;
  due?: string;
  status?: ActionStatus;
}

const isDraftKind = (value: unknown): value is DraftKind =>
  typeof value === 'string' && (DRAFT_KINDS as readonly string[]).includes(value);

export type ActionRefusal = 'textRequired' | 'tooManyActions';

export type ActionPatch = Partial<Omit<Action, 'id' | 'draft'>>;

export type RemovedAction = Removed<Action>;

// Pointers are checked at runtime too: callers pass ids that come from forms and older state.
const area = (value: AreaId | null | undefined): AreaId | null =>
  typeof value === 'string' && isAreaId(value) ? value : null;

const moment = (workshop: Workshop, value: string | null | undefined): string | null =>
  typeof value === 'string' && workshop.moments.some((m) => m.id === value) ? value : null;

const statement = (workshop: Workshop, value: string | null | undefined): string | null =>
  typeof value === 'string' && findStatement(value, workshop.bank) !== null ? value : null;

const date = (value: string | undefined): string | null => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' || isEnteredDate(trimmed) ? trimmed : null;
};

export function addAction(
  workshop: Workshop,
  input: ActionInput,
  id: string,
  now: Date,
): EditResult<ActionRefusal> {
  const text = cleanText(input.text.trim());
  if (!text) return { ok: false, error: 'textRequired' };
  const action: Action = {
    id,
    text,
    areaId: area(input.areaId),
    momentId: moment(workshop, input.momentId),
    statementId: statement(workshop, input.statementId),
    measure: cleanText(input.measure ?? ''),
    draft: isDraftKind(input.draftKind)
      ? { kind: input.draftKind, text: true, measure: input.measure !== undefined }
      : null,
    owner: cleanText(input.owner ?? ''),
    due: date(input.due) ?? '',
    status: isActionStatus(input.status) ? input.status : 'open',
  };
  const next = insertItem(workshop, 'actions', action, now);
  return next ? { ok: true, workshop: next } : { ok: false, error: 'tooManyActions' };
}

/**
 * Applies a patch to one action. A blank text, an invalid due date or status are ignored (the
 * action keeps its old value); texts are capped; an unknown area, moment or statement clears the
 * link. A new text or measure becomes the team's own: it is no longer re-worded from the draft.
 * An unknown action id gives the same workshop back.
 */
export function updateAction(
  workshop: Workshop,
  id: string,
  patch: ActionPatch,
  now: Date,
): Workshop {
  return updateItem(
    workshop,
    'actions',
    id,
    (current) => {
      const next: Action = { ...current };
      if (typeof patch.text === 'string' && cleanText(patch.text).trim()) {
        next.text = cleanText(patch.text);
        next.draft = owned(next.draft, 'text');
      }
      if (typeof patch.measure === 'string') {
        next.measure = cleanText(patch.measure);
        next.draft = owned(next.draft, 'measure');
      }
      if (patch.areaId !== undefined) next.areaId = area(patch.areaId);
      if (patch.momentId !== undefined) next.momentId = moment(workshop, patch.momentId);
      if (patch.statementId !== undefined)
        next.statementId = statement(workshop, patch.statementId);
      if (typeof patch.owner === 'string') next.owner = cleanText(patch.owner);
      if (typeof patch.due === 'string') next.due = date(patch.due) ?? current.due;
      if (isActionStatus(patch.status)) next.status = patch.status;
      return next;
    },
    now,
  );
}

/** One place up (delta -1) or down (+1); the same workshop back at the edges or for an unknown id. */
export function moveAction(workshop: Workshop, id: string, delta: number, now: Date): Workshop {
  return moveItem(workshop, 'actions', id, delta, now);
}

export function removeAction(
  workshop: Workshop,
  id: string,
  now: Date,
): { workshop: Workshop; removed: RemovedAction | null } {
  return removeItem(workshop, 'actions', id, now);
}

/**
 * Undo of removeAction: back in its place, its moment link cleared if that moment was deleted
 * meanwhile. Refused (same object back) when the action is there already or the plan is full.
 */
export function restoreAction(workshop: Workshop, removed: RemovedAction, now: Date): Workshop {
  return restoreItem(workshop, 'actions', removed, now, (action) => ({
    ...action,
    momentId: moment(workshop, action.momentId),
  }));
}

/** Actions not done yet (open or in progress). */
export function openActionCount(actions: readonly Action[]): number {
  return actions.filter((a) => a.status !== 'done').length;
}

/** A field of a drafted action becomes the team's own; once neither is the app's, the draft is gone. */
function owned(draft: ActionDraft | null, field: 'text' | 'measure'): ActionDraft | null {
  if (!draft) return null;
  const next = { ...draft, [field]: false };
  return next.text || next.measure ? next : null;
}

export type Suggestion =
  | { kind: 'statement'; areaId: AreaId; statementId: string; stage: 'early' | 'middle' }
  | { kind: 'moment'; momentId: string };

/** Statements a priority area drafts actions for: its lowest-rated ones. */
export const DRAFTS_PER_AREA = 2;

/**
 * What the app drafts actions for: in each priority area, its lowest-rated statements (at most
 * DRAFTS_PER_AREA, rated 1-4, ties by bank order) that the recommendations library covers ("early"
 * for levels 1-2, "middle" for 3-4); then each critical moment. Anything an existing action already
 * addresses (same statementId, resp. momentId) is skipped, and each is suggested once.
 */
export function suggestActions(
  workshop: Workshop,
  priorityAreas: readonly AreaId[],
  critical: readonly RankedMoment[],
): Suggestion[] {
  const statements = new Set(
    workshop.actions.flatMap((a) => (a.statementId ? [a.statementId] : [])),
  );
  const moments = new Set(workshop.actions.flatMap((a) => (a.momentId ? [a.momentId] : [])));
  const out: Suggestion[] = [];
  // Our recommendations library knows our statements only: a site's own bank gets drafts for its
  // critical moments, not for its statements.
  for (const areaId of isOurBank(workshop.bank) ? new Set(priorityAreas) : []) {
    const advised = new Set(
      getArea(areaId, workshop.bank).statements.flatMap((s) => (s.evidenceKey ? [s.id] : [])),
    );
    const weakest = drivers(workshop, areaId, 'down', Number.MAX_SAFE_INTEGER)
      .filter((d) => d.rating < 5 && advised.has(d.statementId) && !statements.has(d.statementId))
      .slice(0, DRAFTS_PER_AREA);
    for (const { statementId, rating } of weakest) {
      statements.add(statementId);
      out.push({ kind: 'statement', areaId, statementId, stage: rating <= 2 ? 'early' : 'middle' });
    }
  }
  for (const { moment: m } of critical) {
    if (moments.has(m.id)) continue;
    moments.add(m.id);
    out.push({ kind: 'moment', momentId: m.id });
  }
  return out;
}
