// Immutable workshop-level edits of the action plan, and what to draft next (pure).
import { isActionStatus, type Action, type ActionStatus } from './actions';
import { cleanText, isEnteredDate, LIMITS } from './limits';
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

export type ActionResult =
  | { ok: true; workshop: Workshop }
  | { ok: false; error: 'textRequired' | 'tooManyActions' | 'notFound' };

export type ActionPatch = Partial<Omit<Action, 'id'>>;

export interface RemovedAction {
  action: Action;
  index: number;
}

const stamp = (workshop: Workshop, now: Date, actions: Action[]): Workshop => ({
  ...workshop,
  actions,
  updatedAt: now.toISOString(),
});

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
): ActionResult {
  const text = cleanText(input.text.trim());
  if (!text) return { ok: false, error: 'textRequired' };
  if (workshop.actions.length >= LIMITS.actions) return { ok: false, error: 'tooManyActions' };
  const action: Action = {
    id,
    text,
    areaId: area(input.areaId),
    momentId: moment(workshop, input.momentId),
    owner: cleanText(input.owner ?? ''),
    due: date(input.due) ?? '',
    status: isActionStatus(input.status) ? input.status : 'open',
  };
  return { ok: true, workshop: stamp(workshop, now, [...workshop.actions, action]) };
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
  const index = workshop.actions.findIndex((a) => a.id === id);
  const current = workshop.actions[index];
  if (!current) return workshop;
  const next: Action = { ...current };
  if (typeof patch.text === 'string' && cleanText(patch.text).trim())
    next.text = cleanText(patch.text);
  if (patch.areaId !== undefined) next.areaId = area(patch.areaId);
  if (patch.momentId !== undefined) next.momentId = moment(workshop, patch.momentId);
  if (typeof patch.owner === 'string') next.owner = cleanText(patch.owner);
  if (typeof patch.due === 'string') next.due = date(patch.due) ?? current.due;
  if (isActionStatus(patch.status)) next.status = patch.status;
  const actions = [...workshop.actions];
  actions[index] = next;
  return stamp(workshop, now, actions);
}

/** One place up (delta -1) or down (+1); the same workshop back at the edges or for an unknown id. */
export function moveAction(workshop: Workshop, id: string, delta: number, now: Date): Workshop {
  const from = workshop.actions.findIndex((a) => a.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= workshop.actions.length || delta === 0) return workshop;
  const actions = [...workshop.actions];
  const [action] = actions.splice(from, 1);
  if (action) actions.splice(to, 0, action);
  return stamp(workshop, now, actions);
}

export function removeAction(
  workshop: Workshop,
  id: string,
  now: Date,
): { workshop: Workshop; removed: RemovedAction | null } {
  const index = workshop.actions.findIndex((a) => a.id === id);
  const action = workshop.actions[index];
  if (!action) return { workshop, removed: null };
  const actions = workshop.actions.filter((a) => a.id !== id);
  return { workshop: stamp(workshop, now, actions), removed: { action, index } };
}

/**
 * Undo of removeAction: back in its place, its moment link cleared if that moment was deleted
 * meanwhile. Refused (same object back) when the action is there already or the plan is full.
 */
export function restoreAction(workshop: Workshop, removed: RemovedAction, now: Date): Workshop {
  if (workshop.actions.some((a) => a.id === removed.action.id)) return workshop;
  if (workshop.actions.length >= LIMITS.actions) return workshop;
  const action = { ...removed.action, momentId: moment(workshop, removed.action.momentId) };
  const actions = [...workshop.actions];
  actions.splice(Math.min(Math.max(removed.index, 0), actions.length), 0, action);
  return stamp(workshop, now, actions);
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
