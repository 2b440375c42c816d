// Each locale file is served in two parts: the shell (home, header, errors) needed by the first screen,
// and the walk-through texts (question bank, steps), fetched when a workshop is opened.

export const LOCALE_PARTS = ['shell', 'workshop'] as const;
export type LocalePart = (typeof LOCALE_PARTS)[number];

/** Top-level sections of locales/*.json that only the walk-through screens use. */
export const WORKSHOP_SECTIONS: readonly string[] = [
  'area',
  'scale',
  'intro',
  'step',
  'rating',
  'inventory',
  'results',
  'report',
];

export function partOf(section: string): LocalePart {
  return WORKSHOP_SECTIONS.includes(section) ? 'workshop' : 'shell';
}

export function pickPart(
  messages: Record<string, unknown>,
  part: LocalePart,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).filter(([section]) => partOf(section) === part),
  );
}
