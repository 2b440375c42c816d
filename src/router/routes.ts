// Hash routes: parse a location hash into a route and format a route back into a hash.
import { ID_PATTERN } from '../domain/limits';
import { isAreaId, type AreaId } from '../domain/bank-ids';

export type Route =
  | { name: 'home' }
  | { name: 'workshop'; id: string }
  | { name: 'intro'; id: string }
  | { name: 'area'; id: string; areaId: AreaId }
  | { name: 'results'; id: string }
  /** Presenter mode (the projector): one area's items, or the results slide. */
  | { name: 'present'; id: string; target: AreaId | 'results' }
  /** Team mode: the facilitator's screen of participants' answers and where the team disagrees. */
  | { name: 'team'; id: string }
  /** A follow-up compared with its baseline (null: the baseline is still to be picked). */
  | { name: 'compare'; id: string; baselineId: string | null }
  /**
   * Team mode: a setup link opened on a participant's device (join), or a participant's answers
   * handed back as a link, opened on the facilitator's device (return). The codec reads the payload.
   */
  | { name: 'join' | 'return'; payload: string }
  | { name: 'notFound' };

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { name: 'home' };
  const parts = path.split('/').map(safeDecode);
  if (parts.some((p) => p === null)) return { name: 'notFound' };
  const [head, id, section, areaId, ...rest] = parts as string[];
  if ((head === 'join' || head === 'return') && id && section === undefined)
    return { name: head, payload: id };
  if (head !== 'w' || !id || !ID_PATTERN.test(id) || rest.length > 0) return { name: 'notFound' };
  if (section === undefined) return { name: 'workshop', id };
  if (section === 'intro' && areaId === undefined) return { name: 'intro', id };
  if (section === 'results' && areaId === undefined) return { name: 'results', id };
  if (section === 'team' && areaId === undefined) return { name: 'team', id };
  if (section === 'compare' && (areaId === undefined || ID_PATTERN.test(areaId)))
    return { name: 'compare', id, baselineId: areaId ?? null };
  if (section === 'area' && areaId !== undefined && isAreaId(areaId))
    return { name: 'area', id, areaId };
  if (section === 'present' && areaId !== undefined && (areaId === 'results' || isAreaId(areaId)))
    return { name: 'present', id, target: areaId };
  return { name: 'notFound' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'workshop':
      return `#/w/${route.id}`;
    case 'intro':
      return `#/w/${route.id}/intro`;
    case 'area':
      return `#/w/${route.id}/area/${route.areaId}`;
    case 'results':
      return `#/w/${route.id}/results`;
    case 'present':
      return `#/w/${route.id}/present/${route.target}`;
    case 'team':
      return `#/w/${route.id}/team`;
    case 'compare':
      return `#/w/${route.id}/compare${route.baselineId ? `/${route.baselineId}` : ''}`;
    // Team links are made by persistence/team-link.ts (linkTo), never from a route.
    case 'home':
    case 'notFound':
    case 'join':
    case 'return':
      return '#/';
  }
}
