// Team mode's edits (pure, immutable like workshop.ts): the facilitator opens a workshop for
// individual answers and collects what participants hand back; a participant starts a personal copy
// from the setup and hands back its answers; the consensus workshop starts from the team's medians.
import { BANK_ID, BANK_VERSIONS, isRating, type Rating } from './bank-ids';
import { cleanText, LIMITS } from './limits';
import type { ParticipantAnswers, ParticipantMoment, TeamData, TeamSetup } from './team';
import { participantName } from './team';
import { createWorkshop, touch, type Workshop } from './workshop';

/** Opens the workshop for individual answers (or changes whether names are required). */
export function startTeam(
  workshop: Workshop,
  code: string,
  namesRequired: boolean,
  now: Date,
): Workshop {
  const team: TeamData = workshop.team ?? {
    setup: {
      code,
      organisation: workshop.meta.organisation,
      bank: { ...workshop.bank },
      namesRequired,
    },
    revealed: false,
    participants: [],
  };
  return touch(workshop, now, { team: { ...team, setup: { ...team.setup, namesRequired } } });
}

export type ReceiveError = 'notTeam' | 'otherWorkshop' | 'otherBank' | 'tooMany';
export type ReceiveResult =
  { ok: true; workshop: Workshop; replaced: boolean } | { ok: false; error: ReceiveError };

/**
 * Adds a participant's answers. The same participant sending again replaces the earlier answers
 * (the newest by submittedAt wins; an older copy arriving late changes nothing but is not an error).
 */
export function receiveAnswers(
  workshop: Workshop,
  answers: ParticipantAnswers,
  now: Date,
): ReceiveResult {
  const team = workshop.team;
  if (!team || team.consensus) return { ok: false, error: 'notTeam' };
  if (answers.code !== team.setup.code) return { ok: false, error: 'otherWorkshop' };
  if (answers.bank.id !== team.setup.bank.id || answers.bank.version !== team.setup.bank.version)
    return { ok: false, error: 'otherBank' };
  const index = team.participants.findIndex((p) => p.participantId === answers.participantId);
  if (index === -1 && team.participants.length >= LIMITS.teamParticipants)
    return { ok: false, error: 'tooMany' };
  const participants = [...team.participants];
  if (index === -1) participants.push(answers);
  else if (answers.submittedAt >= participants[index]!.submittedAt) participants[index] = answers;
  return {
    ok: true,
    workshop: touch(workshop, now, { team: { ...team, participants } }),
    replaced: index !== -1,
  };
}

export function removeParticipant(workshop: Workshop, participantId: string, now: Date): Workshop {
  const team = workshop.team;
  if (!team) return workshop;
  const participants = team.participants.filter((p) => p.participantId !== participantId);
  return touch(workshop, now, { team: { ...team, participants } });
}

export function setRevealed(workshop: Workshop, revealed: boolean, now: Date): Workshop {
  const team = workshop.team;
  return team ? touch(workshop, now, { team: { ...team, revealed } }) : workshop;
}

export type JoinResult =
  { ok: true; workshop: Workshop } | { ok: false; error: 'nameRequired' | 'otherBank' };

/** A participant's personal copy of the workshop, answered with the facilitator's bank version. */
export function joinTeam(
  setup: TeamSetup,
  name: string,
  participantId: string,
  id: string,
  now: Date,
): JoinResult {
  const clean = participantName(name);
  if (setup.namesRequired && !clean) return { ok: false, error: 'nameRequired' };
  const version = BANK_VERSIONS.find((known) => known === setup.bank.version);
  if (setup.bank.id !== BANK_ID || version === undefined) return { ok: false, error: 'otherBank' };
  const created = createWorkshop({ organisation: setup.organisation }, id, now);
  if (!created.ok) return { ok: false, error: 'otherBank' };
  return {
    ok: true,
    workshop: {
      ...created.workshop,
      meta: { ...created.workshop.meta, participants: clean ? [clean] : [] },
      bank: { id: BANK_ID, version },
      participation: { code: setup.code, participantId, name: clean },
    },
  };
}

/** What a participant hands back from their copy: ratings, short comments and rated moments. */
export function answersOf(workshop: Workshop, now: Date): ParticipantAnswers | null {
  const participation = workshop.participation;
  if (!participation) return null;
  const ratings: Record<string, Rating> = {};
  for (const [id, rating] of Object.entries(workshop.ratings))
    if (isRating(rating)) ratings[id] = rating;
  const moments: ParticipantMoment[] = workshop.moments
    .slice(0, LIMITS.participantMoments)
    .map((moment) => ({
      name: cleanText(moment.name, LIMITS.text),
      importance: moment.importance,
      expectation: moment.expectation,
      promise: moment.promise,
      delivered: moment.delivered,
    }));
  return {
    participantId: participation.participantId,
    name: participation.name,
    code: participation.code,
    bank: { ...workshop.bank },
    submittedAt: now.toISOString(),
    ratings,
    comments: { ...workshop.comments },
    moments,
  };
}

/**
 * The team's consensus workshop: the facilitator's setup (organisation, team, date, facilitator,
 * participants' names, inventories and actions) with the given starting ratings, and the merged
 * answers attached so the report can show them.
 */
export function consensusWorkshop(
  workshop: Workshop,
  ratings: Record<string, Rating>,
  id: string,
  title: string,
  now: Date,
): Workshop {
  const stamp = now.toISOString();
  const copy = structuredClone(workshop);
  const names = workshop.team?.participants.map((p) => p.name).filter((name) => name !== '') ?? [];
  return {
    ...copy,
    id,
    title: cleanText(title.trim(), LIMITS.title).trim() || workshop.title,
    createdAt: stamp,
    updatedAt: stamp,
    meta: {
      ...copy.meta,
      participants:
        copy.meta.participants.length > 0
          ? copy.meta.participants
          : names.slice(0, LIMITS.participants),
    },
    ratings: { ...ratings },
    ...(copy.team ? { team: { ...copy.team, revealed: true, consensus: true } } : {}),
  };
}
