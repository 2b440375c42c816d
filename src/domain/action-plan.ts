// Immutable workshop-level edits of the action plan, and what to draft next (pure).
import { isActionStatus, type Action, type ActionStatus } from './actions';
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
import { isAreaId, type AreaId } from './question-bank';
import type { Workshop } from './workshop';

export interface ActionInput {
  text: string;
  areaId?: AreaId | null;
  momentId?: string | null;
  owner?: string;
  due?: string;
  status?: ActionStatus;
}

export type ActionRefusal = 'textRequired' | 'tooManyActions';

export type ActionPatch = Partial<Omit<Action, 'id'>>;

export type RemovedAction = Removed<Action>;

// Pointers are checked at runtime too: callers pass ids that come from forms and older state.
const area = (value: AreaId | null | undefined): AreaId | null =>
  typeof value === 'string' && isAreaId(value) ? value : null;

const moment = (workshop: Workshop, value: string | null | undefined): string | null =>
  typeof value === 'string' && workshop.moments.some((m) => m.id === value) ? value : null;

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
    owner: cleanText(input.owner ?? ''),
    due: date(input.due) ?? '',
    status: isActionStatus(input.status) ? input.status : 'open',
  };
  const next = insertItem(workshop, 'actions', action, now);
  return next ? { ok: true, workshop: next } : { ok: false, error: 'tooManyActions' };
}

/**
 * Applies a patch to one action. A blank text, an invalid due date or status are ignored (the
 * action keeps its old value); texts are capped; an unknown area or moment clears the link.
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
      if (typeof patch.text === 'string' && cleanText(patch.text).trim())
        next.text = cleanText(patch.text);
      if (patch.areaId !== undefined) next.areaId = area(patch.areaId);
      if (patch.momentId !== undefined) next.momentId = moment(workshop, patch.momentId);
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

export type Suggestion = { kind: 'area'; areaId: AreaId } | { kind: 'moment'; momentId: string };

/**
 * What to draft actions for: each priority area, then each critical moment, skipping any that an
 * existing action already addresses (same areaId, resp. momentId). Each is suggested once.
 */
export function suggestActions(
  priorityAreas: readonly AreaId[],
  critical: readonly RankedMoment[],
  existing: readonly Action[],
): Suggestion[] {
  const areas = new Set<string>(existing.flatMap((a) => (a.areaId ? [a.areaId] : [])));
  const moments = new Set<string>(existing.flatMap((a) => (a.momentId ? [a.momentId] : [])));
  const out: Suggestion[] = [];
  for (const areaId of priorityAreas) {
    if (areas.has(areaId)) continue;
    areas.add(areaId);
    out.push({ kind: 'area', areaId });
  }
  for (const { moment: m } of critical) {
    if (moments.has(m.id)) continue;
    moments.add(m.id);
    out.push({ kind: 'moment', momentId: m.id });
  }
  return out;
}
