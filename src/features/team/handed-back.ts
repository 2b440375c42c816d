// Answers handed back by a link opened on the facilitator's device: the link's screen finds the
// workshop they belong to and leaves them here for that workshop's team screen to take in.
import type { ParticipantAnswers } from '../../domain/team';

let waiting: { workshopId: string; answers: ParticipantAnswers } | null = null;

export function leaveHandedBack(workshopId: string, answers: ParticipantAnswers): void {
  waiting = { workshopId, answers };
}

/** The answers waiting for this workshop, once (null when none wait). */
export function takeHandedBack(workshopId: string): ParticipantAnswers | null {
  if (waiting?.workshopId !== workshopId) return null;
  const { answers } = waiting;
  waiting = null;
  return answers;
}
