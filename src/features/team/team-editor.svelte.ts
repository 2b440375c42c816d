// Team mode on the facilitator's open workshop: open it for individual answers, take in what
// participants hand back, remove one, reveal the results; the merged statistics kept up to date.
import * as edits from '../../domain/team-edits';
import { makeCode, type ParticipantAnswers } from '../../domain/team';
import { teamStats } from '../../domain/team-stats';
import { WorkshopEditor } from '../../state/workshop-editor';

/** A random number in [0, 1) from the platform's cryptographic source (codes are not guessable). */
function randomUnit(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

export class TeamEditor extends WorkshopEditor {
  readonly #participants = $derived(this.store.workshop.team?.participants ?? []);
  readonly #bank = $derived(this.store.workshop.bank);

  /** The merged answers' statistics (recomputed only when the participants change). */
  readonly stats = $derived.by(() => teamStats(this.#participants, this.#bank));

  open(namesRequired: boolean): void {
    this.store.apply(
      edits.startTeam(this.workshop, makeCode(randomUnit), namesRequired, this.now()),
    );
  }

  /** Takes in a batch of answers (files picked together, links pasted together) as one change. */
  receive(batch: readonly ParticipantAnswers[]): edits.ReceiveResult[] {
    let workshop = this.workshop;
    const now = this.now();
    const results = batch.map((answers) => {
      const result = edits.receiveAnswers(workshop, answers, now);
      if (result.ok) workshop = result.workshop;
      return result;
    });
    this.store.apply(workshop);
    return results;
  }

  remove(participantId: string): void {
    this.store.apply(edits.removeParticipant(this.workshop, participantId, this.now()));
  }

  reveal(revealed: boolean): void {
    this.store.apply(edits.setRevealed(this.workshop, revealed, this.now()));
  }
}
