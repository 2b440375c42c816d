// The current route, kept in step with location.hash so refresh, back and forward work on any static host.
import { parseRoute, routeHash, type Route } from './routes';

export class Router {
  route = $state<Route>(parseRoute(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(location.hash);
    });
  }

  go(route: Route): void {
    const hash = routeHash(route);
    if (location.hash === hash) this.route = parseRoute(hash);
    else location.hash = hash;
  }

  /** Replaces the current history entry (used for redirects such as /w/<id> -> its last step). */
  replace(route: Route): void {
    history.replaceState(history.state, '', routeHash(route));
    this.route = parseRoute(location.hash);
  }
}
