// The team's answers in a workshop: ratings of the statements and written answers to the prompts
// (immutable, like workshop.ts; loaded with the walk-through).
import { cleanText, LIMITS } from './limits';
import type { Rating } from './question-bank';
import { touch, type Unread, type Workshop } from './workshop';

export function setRating(
  workshop: Workshop,
  statementId: string,
  rating: Rating | null,
  now: Date,
): Workshop {
  const ratings = { ...workshop.ratings };
  if (rating === null) delete ratings[statementId];
  else ratings[statementId] = rating;
  return touch(workshop, now, { ratings });
}

export function setPromptAnswer(
  workshop: Workshop,
  promptId: string,
  text: string,
  now: Date,
): Workshop {
  const answer = cleanText(text, LIMITS.answer);
  return touch(workshop, now, { prompts: { ...workshop.prompts, [promptId]: answer } });
}

/** How many things are kept aside unread (the team is told, so nothing is a surprise). */
export function unreadCount(unread: Unread | undefined): number {
  if (!unread) return 0;
  const keys = (bag: Record<string, unknown> | undefined) => Object.keys(bag ?? {}).length;
  return (
    keys(unread.fields) +
    keys(unread.meta) +
    keys(unread.ratings) +
    keys(unread.prompts) +
    (unread.customerTypes?.length ?? 0) +
    (unread.moments?.length ?? 0) +
    (unread.actions?.length ?? 0)
  );
}
