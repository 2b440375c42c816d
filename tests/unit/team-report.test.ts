import { describe, expect, it } from 'vitest';
import { BANK_ID } from '../../src/domain/bank-ids';
import type { ParticipantAnswers } from '../../src/domain/team';
import { startTeam } from '../../src/domain/team-edits';
import type { Workshop } from '../../src/domain/workshop';
import { buildReport, type Block } from '../../src/report/report-model';
import { TEAM_DISCUSS_LIMIT, teamBlocks } from '../../src/report/team-report';
import { formatter, translator } from '../fixtures/report';
import { CREATED_AT, makeWorkshop } from '../fixtures/workshops';

function participant(id: string, ratings: ParticipantAnswers['ratings']): ParticipantAnswers {
  return {
    participantId: id,
    name: id,
    code: 'K7M2QX',
    bank: { id: BANK_ID, version: 2 },
    submittedAt: CREATED_AT.toISOString(),
    ratings,
    comments: {},
    moments: [],
  };
}

function withTeam(participants: ParticipantAnswers[]): Workshop {
  const workshop = startTeam(makeWorkshop(), 'K7M2QX', false, CREATED_AT);
  return { ...workshop, team: { ...workshop.team!, participants } };
}

const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the report’s team section', () => {
  const workshop = withTeam([
    participant('a', { 'customers.segments': 5, 'customers.voice': 4 }),
    participant('b', { 'customers.segments': 1, 'customers.voice': 4 }),
    participant('c', { 'customers.segments': 3, 'customers.voice': 'dontKnow' }),
  ]);

  it('says how many answered, spreads each area and lists the top disagreements with their answers', () => {
    const blocks = teamBlocks(workshop, translator('en'), formatter('en'));
    expect(blocks).toContainEqual({
      kind: 'heading',
      level: 1,
      text: "The team's individual answers",
    });
    const intro = blocks.find((block) => block.kind === 'paragraph');
    expect(intro?.kind === 'paragraph' && intro.text).toMatch(/^3 participants answered/);
    const [areas, discuss] = tables(blocks);
    // Customers: a 4.5, b 2.5, c 3 -> mean 3.3, median 3.0, sd 0.85, min 2.5, max 4.5.
    expect(areas!.rows[0]).toEqual(['Customers', '3', '3.3', '3.0', '0.8', '2.5–4.5']);
    // Only "segments" has disagreement (5, 1, 3: sd 1.63); "voice" was 4 twice.
    expect(discuss!.rows).toEqual([
      [expect.any(String), "1: 1 · 2: 0 · 3: 1 · 4: 0 · 5: 1 · Don't know: 0 · N/A: 0", '1.6'],
    ]);
  });

  it('draws the team’s radar: each area’s median with its lowest and highest score, in words too', () => {
    const blocks = teamBlocks(workshop, translator('en'), formatter('en'));
    const radar = blocks.find((b) => b.kind === 'teamRadar');
    expect(radar).toMatchObject({
      kind: 'teamRadar',
      medians: [3, null, null, null, null, null],
      min: [2.5, null, null, null, null, null],
      max: [4.5, null, null, null, null, null],
    });
    expect(radar?.kind === 'teamRadar' && radar.description).toContain(
      'Customers: median 3.0, 2.5–4.5',
    );
  });

  it('lists at most the top disagreements, in Spanish too', () => {
    const ids = ['segments', 'voice', 'promise', 'differentiate', 'history', 'outsideIn'];
    const many = withTeam([
      participant('a', Object.fromEntries(ids.map((id) => [`customers.${id}`, 1]))),
      participant('b', Object.fromEntries(ids.map((id) => [`customers.${id}`, 5]))),
    ]);
    const blocks = teamBlocks(many, translator('es'), formatter('es'));
    expect(tables(blocks)[1]!.rows).toHaveLength(TEAM_DISCUSS_LIMIT);
    expect(blocks[1]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'Las respuestas individuales del equipo',
    });
  });

  it('is left out of a workshop without participants’ answers, and is in the whole report when there are', () => {
    expect(teamBlocks(makeWorkshop(), translator('en'), formatter('en'))).toEqual([]);
    expect(teamBlocks(withTeam([]), translator('en'), formatter('en'))).toEqual([]);
    const report = buildReport(workshop, translator('en'), formatter('en'), 'en');
    const headings = report.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    const team = headings.indexOf("The team's individual answers");
    expect(team).toBeGreaterThan(headings.indexOf('Action plan'));
    expect(team).toBeLessThan(headings.indexOf('About this diagnosis'));
  });
});
