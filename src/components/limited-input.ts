// When the counter under a field capped at a limit shows (paste.ts says whether a paste was cut).
import { counterFrom } from '../domain/limits';

/** Whether the counter under a field shows: near the limit, or after a paste that did not fit. */
export function counterShows(count: number, max: number, cut = false): boolean {
  return cut || count >= counterFrom(max);
}
