// A long user text shortened for a place that shows one line (a choice in a list): cut at the last
// space before `max` characters, with "…". Where the full text matters it is shown elsewhere.
export function shortText(text: string, max = 100): string {
  // Only the start matters: a 2,000-character name is not scanned whole.
  const flat = text
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
