// A PDF file name every file system accepts: momentos-<organisation>-<date>.pdf in plain ASCII.

const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  þ: 'th',
};

export function reportFileName(organisation: string, date: string): string {
  const slug =
    organisation
      .toLowerCase()
      .replace(/[łøæœßđþ]/g, (c) => LETTERS[c] ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'informe';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'sin-fecha';
  return `momentos-${slug}-${day}.pdf`;
}
