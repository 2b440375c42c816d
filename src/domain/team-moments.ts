// Team mode's moments of truth: the participants' moments merged by name, each rating scale and the
// gap spread over the participants who gave them (pure).
import { gap, MAX_GAP } from './moment-gaps';
import { MOMENT_SCALES } from './moment-labels';
import { isLevel } from './question-bank';
import { bump, spreadOfCounts, type Spread } from './spread';
import type { ParticipantAnswers, ParticipantMoment } from './team';

/** One moment of truth as the participants who listed it rated it. */
export interface MomentStats {
  /** The spelling of the first participant who listed it (spaces trimmed and collapsed). */
  name: string;
  /** What the names were merged by (momentKey): stable for a list key in the UI. */
  key: string;
  /** Participants who listed it; each scale's spread counts only those who rated that scale. */
  respondents: number;
  importance: Spread;
  expectation: Spread;
  promise: Spread;
  delivered: Spread;
  /** Expectation minus delivered, per participant who rated both (positive: we fall short). */
  gap: Spread;
}

/** A moment's name as shown: NFC, spaces trimmed and collapsed, otherwise as the participant wrote it. */
function displayName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * What moments are merged by: the name with spaces trimmed and collapsed, in lower case (the same in
 * every locale) and without accents ("Atención" and "atencion" are one moment: people typing on a
 * phone often leave accents out). Only Latin, Greek and Cyrillic combining accents are dropped.
 */
export function momentKey(name: string): string {
  return displayName(name)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

// One merged moment while participants are read: histograms, so merging stays linear in moments.
interface MomentTally {
  name: string;
  respondents: number;
  importance: number[];
  expectation: number[];
  promise: number[];
  delivered: number[];
  /** Gaps -4 to 4. */
  gap: number[];
}

const newTally = (name: string): MomentTally => ({
  name,
  respondents: 0,
  importance: [0, 0, 0, 0, 0],
  expectation: [0, 0, 0, 0, 0],
  promise: [0, 0, 0, 0, 0],
  delivered: [0, 0, 0, 0, 0],
  gap: Array<number>(2 * MAX_GAP + 1).fill(0),
});

function count(tally: MomentTally, moment: ParticipantMoment): void {
  tally.respondents += 1;
  for (const scale of MOMENT_SCALES) {
    const value: unknown = moment[scale];
    if (isLevel(value)) bump(tally[scale], value - 1);
  }
  const expectation = isLevel(moment.expectation) ? moment.expectation : null;
  const delivered = isLevel(moment.delivered) ? moment.delivered : null;
  const g = gap({ expectation, delivered });
  if (g !== null) bump(tally.gap, g + MAX_GAP);
}

/**
 * The participants' moments merged by name (momentKey), in first-seen order. A participant who lists
 * the same moment twice counts once, with the first of the two; a name that is only spaces is left out.
 */
export function mergeMoments(participants: readonly ParticipantAnswers[]): MomentStats[] {
  const tallies = new Map<string, MomentTally>();
  for (const participant of participants) {
    const listed = new Set<string>();
    for (const moment of participant.moments) {
      const key = momentKey(moment.name);
      if (key === '' || listed.has(key)) continue;
      listed.add(key);
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = newTally(displayName(moment.name))));
      count(tally, moment);
    }
  }
  return [...tallies].map(([key, t]) => ({
    name: t.name,
    key,
    respondents: t.respondents,
    importance: spreadOfCounts(t.importance, 1),
    expectation: spreadOfCounts(t.expectation, 1),
    promise: spreadOfCounts(t.promise, 1),
    delivered: spreadOfCounts(t.delivered, 1),
    gap: spreadOfCounts(t.gap, -MAX_GAP),
  }));
}
