// Each locale file is served in parts: the shell (home, header, errors) needed by the first screen;
// the walk-through texts (question bank, steps), fetched when a workshop is opened; the texts needed
// once the first screen has settled (backups, restore, storage, dialogs, update notices); and the
// boot texts, which only the boot shell in index.html shows (written into it at build time).

export const LOCALE_PARTS = ['shell', 'workshop', 'later', 'boot'] as const;
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
  'advice',
  'presenter',
  // A follow-up compared with its baseline, and the report's comparison section.
  'compare',
];

/** Top-level sections loaded once the first screen has settled. */
export const LATER_SECTIONS: readonly string[] = [
  'data',
  'manage',
  'notFound',
  'pwa',
  'save',
  // Team mode: its links open with the dead ends' screens, which load only this part.
  'team',
  // The notice about a host's broken config.json or question bank (site/SiteNotice.svelte).
  'site',
];

/** Top-level sections only the boot shell shows (build/boot-shell.ts). */
export const BOOT_SECTIONS: readonly string[] = ['boot'];

/** Top-level sections the first screen needs (header, home, errors). */
export const SHELL_SECTIONS: readonly string[] = ['app', 'lang', 'storage', 'home', 'error'];

/** The part a top-level section belongs to; a section in no list is refused, never guessed. */
export function partOf(section: string): LocalePart {
  if (SHELL_SECTIONS.includes(section)) return 'shell';
  if (WORKSHOP_SECTIONS.includes(section)) return 'workshop';
  if (LATER_SECTIONS.includes(section)) return 'later';
  if (BOOT_SECTIONS.includes(section)) return 'boot';
  throw new Error(
    `Section "${section}" of locales/*.json is in no part: add it to one list in src/i18n/locale-parts.ts`,
  );
}

export function isLocalePart(value: unknown): value is LocalePart {
  return typeof value === 'string' && (LOCALE_PARTS as readonly string[]).includes(value);
}

export function pickPart(
  messages: Record<string, unknown>,
  part: LocalePart,
): Record<string, unknown> {
  // Every section is classified, so one missing from all lists fails the build.
  return Object.fromEntries(
    Object.entries(messages).filter(([section]) => partOf(section) === part),
  );
}
