// The web app manifest's address, named after the host's brand (a module of its own: only code that
// loads after the first screen needs it).
/**
 * The web app manifest's address: with the host's brand, the service worker answers it with the
 * brand as the installed app's name (build/pwa.ts); without one, or without the worker, it is the
 * manifest as built.
 */
export const manifestHref = (brand: string | null): string =>
  brand ? `./manifest.webmanifest?brand=${encodeURIComponent(brand)}` : './manifest.webmanifest';
