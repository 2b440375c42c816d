// File names every file system accepts, in plain ASCII: the PDF report, backup files and the files
// participants hand back in team mode.

const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  þ: 'th',
};

function slug(text: string, fallback: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[łøæœßđþ]/g, (c) => LETTERS[c] ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback
  );
}

const day = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'sin-fecha');

/** momentos-<organisation>-<date>.pdf */
export function reportFileName(organisation: string, date: string): string {
  return `momentos-${slug(organisation, 'informe')}-${day(date)}.pdf`;
}

/** momentos-<organisation>-<date>.momentos.json for one workshop; momentos-<date>.momentos.json for all. */
export function backupFileName(organisation: string | null, date: string): string {
  const name = organisation === null ? '' : `-${slug(organisation, 'taller')}`;
  return `momentos${name}-${day(date)}.momentos.json`;
}

/** Names Windows keeps for devices, with any extension ("con.momentos.json" cannot be saved). */
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** <participant's name>.momentos.json, participant.momentos.json when anonymous (team mode). */
export function participantFileName(name: string): string {
  const base = slug(name, 'participant');
  return `${DEVICE_NAMES.test(base) ? `${base}-participant` : base}.momentos.json`;
}
