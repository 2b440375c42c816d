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

/** The team's comment on a statement; a blank comment removes it. */
export function setComment(
  workshop: Workshop,
  statementId: string,
  text: string,
  now: Date,
): Workshop {
  const comment = cleanText(text, LIMITS.comment);
  const comments = { ...workshop.comments };
  if (comment.trim() === '') delete comments[statementId];
  else comments[statementId] = comment;
  return touch(workshop, now, { comments });
}

/** How many things are kept aside unread (the team is told, so nothing is a surprise). */
export function unreadCount(unread: Unread | undefined): number {
  if (!unread) return 0;
  let count = 0;
  for (const part of Object.values(unread))
    count +=
      Array.isArray(part) || (typeof part === 'object' && part !== null)
        ? Object.keys(part).length
        : 1;
  return count;
}
