// What presenter mode shows one at a time: an area's reflection prompts, then its statements; where
// moving on or back from an item lands (across areas, and on to the results); and where each area was
// left, kept in memory for the page's life so coming back to an area resumes there.
import type { Area, AreaId, Prompt, Statement } from '../../domain/question-bank';

export type PresenterItem =
  | { kind: 'prompt'; prompt: Prompt; number: number; count: number }
  | { kind: 'statement'; statement: Statement; number: number; count: number };

/** The prompts, then the statements, each numbered within its kind ("statement 3 of 6"). */
export function presenterItems(area: Area): PresenterItem[] {
  return [
    ...area.prompts.map((prompt, i): PresenterItem => ({
      kind: 'prompt',
      prompt,
      number: i + 1,
      count: area.prompts.length,
    })),
    ...area.statements.map((statement, i): PresenterItem => ({
      kind: 'statement',
      statement,
      number: i + 1,
      count: area.statements.length,
    })),
  ];
}

/** A place in the presentation: an item of an area, or the results slide after the last area. */
export type Place = { target: AreaId; index: number } | { target: 'results' };

const itemCount = (area: Area) => area.prompts.length + area.statements.length;

/**
 * Where moving `by` one item from `here` lands: the next or previous item of the area, else the first
 * item of the next area (the results after the last) or the last item of the previous one; null at
 * either end of the presentation.
 */
export function moveFrom(areas: readonly Area[], here: Place, by: 1 | -1): Place | null {
  if (here.target === 'results') {
    const last = areas[areas.length - 1];
    return by === -1 && last ? { target: last.id, index: itemCount(last) - 1 } : null;
  }
  const at = areas.findIndex((a) => a.id === here.target);
  const area = areas[at];
  if (!area) return null;
  const index = here.index + by;
  if (index >= 0 && index < itemCount(area)) return { target: area.id, index };
  const neighbour = areas[at + by];
  if (by === 1) return neighbour ? { target: neighbour.id, index: 0 } : { target: 'results' };
  return neighbour ? { target: neighbour.id, index: itemCount(neighbour) - 1 } : null;
}

const places = new Map<string, number>();

/** The item an area was left at in this workshop (the first one until then), kept within its items. */
export function placeOf(workshopId: string, area: Area): number {
  const index = places.get(`${workshopId}/${area.id}`) ?? 0;
  return Math.min(Math.max(0, index), Math.max(0, itemCount(area) - 1));
}

export function rememberPlace(workshopId: string, areaId: AreaId, index: number): void {
  places.set(`${workshopId}/${areaId}`, index);
}
