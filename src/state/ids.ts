// Random workshop ids; getRandomValues works on plain-http LAN hosts where randomUUID does not.
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
