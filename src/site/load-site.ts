// The host's settings, when the site has them: config.json next to index.html, asked for once the app
// is on screen. As built it is `{}` (public/config.json, for the host to edit): then, as without one
// (a 404, or a dev server answering with its page), that is the only request; with settings, the
// code that reads and applies them (set-up-site.ts) comes with it. Settles in 4 s at most: opening a
// workshop of the site's own bank waits for it, and a site that does not answer is not one.
let pending: Promise<unknown> | null = null;

export const loadSite = (): Promise<unknown> =>
  (pending ??= Promise.race([
    fetch('./config.json', { cache: 'no-cache' })
      .then((response) =>
        response.ok && !/html/.test(response.headers.get('content-type') ?? '')
          ? response
              .text()
              .then((text) =>
                /^\s*\{\s*\}\s*$/.test(text)
                  ? null
                  : import('./set-up-site').then((m) => m.setUpSite(text)),
              )
          : null,
      )
      .catch(() => null),
    new Promise((resolve) => setTimeout(resolve, 4000)),
  ]));
