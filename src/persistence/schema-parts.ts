// The pieces every schema of ours is built from (the stored workshop's and team mode's), in a module of
// their own so that schema.ts and team-schema.ts can each import them without importing each other.
import * as v from 'valibot';
import { ID_PATTERN, LIMITS } from '../domain/limits';
import { BANK_ID, isRating, type Rating } from '../domain/bank-ids';
import { isKnownBankId, isReadableBank } from '../domain/site-bank';

/** Any text up to `max` UTF-16 units. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Text up to `max` that is not blank. */
export const required = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => s.trim() !== '', 'blank'),
  );

/** The id of a workshop, of an item in it, or of a participant. */
export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN));

/** A 1-5 level, or not given yet. */
export const ScoreSchema = v.nullable(v.picklist([1, 2, 3, 4, 5]));

/** The question bank team mode's parts answer: ours, in some version. */
export const BankSchema = v.strictObject({
  id: v.literal(BANK_ID),
  version: v.pipe(v.number(), v.integer()),
});

/**
 * The question bank a workshop answers: ours in some version, or the site's own (domain/site-bank.ts).
 * A workshop of a custom bank this site does not offer is not read (it is kept as it is).
 */
export const WorkshopBankSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.check(isKnownBankId, 'bank')),
    version: v.pipe(v.number(), v.integer()),
  }),
  // The site's bank in another version: its statements may mean something else.
  v.check(isReadableBank, 'bank'),
);

export const RatingSchema = v.pipe(
  v.unknown(),
  v.check(isRating, 'rating'),
  v.transform((value) => value as Rating),
);
export const AnswerSchema = text(LIMITS.answer);
export const CommentSchema = v.pipe(
  text(LIMITS.comment),
  v.check((s) => s.trim() !== '', 'blank'),
);
