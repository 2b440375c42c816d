// Team mode without a server: each participant answers a personal copy on their own device and hands
// the answers back (a link or a file); the facilitator's workshop collects them (pure types and edits).
import type { Level, Rating } from './bank-ids';
import { cleanText, LIMITS } from './limits';

/** What a participant's device needs to start a personal copy (the setup link carries only this). */
export interface TeamSetup {
  /** The workshop code: links and files handed back must name it. */
  code: string;
  organisation: string;
  bank: { id: string; version: number };
  /** The facilitator asks for names; otherwise a participant may answer anonymously. */
  namesRequired: boolean;
}

/** One participant's answers as handed back to the facilitator. */
export interface ParticipantAnswers {
  /** Made once on the participant's device: the same participant sending again replaces the earlier answers. */
  participantId: string;
  /** The participant's name, or '' when anonymous. */
  name: string;
  /** The workshop code of the setup the participant answered. */
  code: string;
  bank: { id: string; version: number };
  /** When the participant handed the answers back (ISO timestamp). */
  submittedAt: string;
  /** Statement id -> rating, as in a workshop. */
  ratings: Record<string, Rating>;
  /** Statement id -> short comment (LIMITS.comment), as in a workshop. */
  comments: Record<string, string>;
  /** The moments of truth the participant rated (merged with other participants' by name). */
  moments: ParticipantMoment[];
}

/** A moment as a participant rated it: its name (LIMITS.text) and its four 1-5 ratings, if given. */
export interface ParticipantMoment {
  name: string;
  importance: Level | null;
  expectation: Level | null;
  promise: Level | null;
  delivered: Level | null;
}

/** The team part of the facilitator's workshop (and of the consensus workshop made from it). */
export interface TeamData {
  setup: TeamSetup;
  /** Results are hidden from the projector until the facilitator reveals them. */
  revealed: boolean;
  /** In the order received; one entry per participantId. */
  participants: ParticipantAnswers[];
  /** This is the team's consensus workshop, made from the merged answers: it collects no more. */
  consensus?: true;
}

/** A participant's own copy remembers where it came from, to hand the answers back. */
export interface Participation {
  code: string;
  participantId: string;
  name: string;
}

/** A code people can read aloud: 6 letters and digits without look-alikes (0/O, 1/I/L). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_PATTERN = /^[2-9A-HJKMNP-Z]{6}$/;

/** A new workshop code from random numbers in [0, 1) (crypto-backed in the app, fixed in tests). */
export function makeCode(random: () => number): string {
  let code = '';
  for (let i = 0; i < 6; i++)
    code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length) % CODE_ALPHABET.length];
  return code;
}

export const participantName = (text: string): string => cleanText(text.trim(), LIMITS.name).trim();
