// The one set of limits of a workshop: the domain edits cap at them, every input's maxlength comes from
// them, and the schema that guards both writing and reading (persistence/schema.ts) checks them.

export const LIMITS = {
  /** Organisation, team, facilitator, and each participant's name. */
  name: 500,
  /** The workshop's title ("organisation — team" by default, cut to fit). */
  title: 1000,
  /** Participants listed at creation. */
  participants: 500,
  /** A written answer to a reflection prompt. */
  answer: 20_000,
  /** Any one text field of a customer type, a moment or an action. */
  text: 2000,
  /** The team's comment on one statement (short: the reflection prompts hold the long answers). */
  comment: 500,
  customerTypes: 100,
  moments: 300,
  actions: 200,
  /** How many moments the "most critical" list shows. */
  critical: 5,
  /** Participants' answers one team workshop collects (team mode). */
  teamParticipants: 200,
  /** Moments one participant hands back. */
  participantMoments: 50,
  /** A file read from outside (a backup) is refused above this size, before it is read. */
  fileBytes: 5 * 1024 * 1024,
} as const;

/** A counter appears under a field once its text is this close to the cap (90 %). */
export function counterFrom(max: number): number {
  return Math.floor(max * 0.9);
}

/**
 * Text as it is stored: composed to NFC (macOS pastes "e" + U+0301, which the PDF font cannot join)
 * and cut at `max` UTF-16 units, never between the two halves of a surrogate pair.
 */
export function cleanText(text: string, max: number = LIMITS.text): string {
  const composed = text.normalize('NFC');
  if (composed.length <= max) return composed;
  const last = composed.charCodeAt(max - 1);
  return composed.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** YYYY-MM-DD naming a day that exists (2026-02-30 does not; 2028-02-29 does). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * A date a person may enter: a calendar day in the years 1000-9999, the range the date fields
 * declare. A fifth digit typed into the year makes the browser keep the last four ("0266").
 */
export function isEnteredDate(text: string): boolean {
  return isCalendarDate(text) && text >= '1000';
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Ids of workshops and of the items in them; also what a route accepts. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
