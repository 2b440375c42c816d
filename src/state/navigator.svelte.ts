// Which screen the main area shows: resolves each route against storage, loads the screens' code when
// first needed, redirects, and moves focus to each new screen. Create it while a component initialises:
// its reactions to the route and to other tabs are $effects.
import { tick, untrack } from 'svelte';
import { isAreaId, type AreaId } from '../domain/bank-ids';
import type { StepId } from '../domain/workshop';
import { readLastStep, saveLastStep } from '../persistence/preferences';
import type { Problem } from '../persistence/problems';
import type { ReadFailure } from '../persistence/read-workshop';
import type { Route } from '../router/routes';

/** What the main area shows once the route has been resolved against storage. */
export type View =
  | { kind: 'loading' }
  | { kind: 'home' }
  | { kind: 'missing' }
  | { kind: 'notFound' }
  | { kind: 'loadError' }
  | { kind: 'unopenable'; reason: ReadFailure; problems: Problem[] }
  | { kind: 'step'; step: 'results' | 'team' | StepId }
  /** A follow-up compared with a baseline (null: to be picked). */
  | { kind: 'step'; step: 'compare'; baselineId: string | null }
  /** Team mode: a setup link (a participant joins) or answers handed back (to the facilitator). */
  | { kind: 'teamLink'; link: 'join' | 'return'; payload: string }
  | { kind: 'present'; step: 'results' | AreaId };

export interface NavigatorDeps {
  /** The app session (AppSession): storage, the open workshop, and what other tabs say. */
  session: {
    readonly repository: object | null;
    readonly store: object | null;
    readonly wiped: number;
    openWorkshop(
      id: string,
    ): Promise<
      { ok: true } | { ok: false; reason: ReadFailure | 'missing' | 'error'; problems: Problem[] }
    >;
    close(): Promise<void>;
  };
  router: { readonly route: Route; go(route: Route): void; replace(route: Route): void };
  /** Loads the walk-through screens with their texts (once; a failed load is tried again next time). */
  loadWalkThrough: () => Promise<unknown>;
  /** Loads the screens of links that open no workshop (dead ends, team links), with their texts. */
  loadDeadEnds: () => Promise<unknown>;
  /** The host's settings read (or given up on): a workshop of the site's own bank needs them to open. */
  siteReady?: () => Promise<unknown>;
}

export class Navigator {
  #view = $state.raw<View>({ kind: 'loading' });
  readonly #deps: NavigatorDeps;
  #walkThrough: Promise<unknown> | null = null;
  /** Bumped by every resolve: an earlier, slower one must not overwrite what a later one shows. */
  #resolving = 0;
  #first = true;

  constructor(deps: NavigatorDeps) {
    this.#deps = deps;
    // Only a new route (or storage becoming ready) resolves the view; what #resolve() reads must not.
    $effect(() => {
      const route = deps.router.route;
      if (deps.session.repository) untrack(() => void this.#resolve(route));
    });
    // Everything was deleted in another tab: what was open here is gone too.
    $effect(() => {
      if (deps.session.wiped > 0) untrack(() => deps.router.go({ name: 'home' }));
    });
  }

  get view(): View {
    return this.#view;
  }

  async #resolve(route: Route): Promise<void> {
    const token = ++this.#resolving;
    try {
      const view = await this.#viewOf(route, token);
      if (!view || token !== this.#resolving) return;
      this.#view = view;
      await tick();
      // The first screen keeps the page's own focus; later ones are announced by their heading.
      if (this.#first) this.#first = false;
      else {
        document.querySelector<HTMLElement>('main h1')?.focus();
        window.scrollTo(0, 0);
      }
    } catch {
      // A chunk or text that could not be fetched (e.g. offline before the first full visit).
      if (token === this.#resolving) this.#view = { kind: 'loadError' };
    }
  }

  /** The view for `route`, or null when it redirected or a later route took over. */
  async #viewOf(route: Route, token: number): Promise<View | null> {
    const { session, router } = this.#deps;
    if (route.name === 'home') {
      await session.close();
      return { kind: 'home' };
    }
    if (route.name === 'notFound') {
      await this.#deps.loadDeadEnds();
      return { kind: 'notFound' };
    }
    if ('payload' in route) {
      await Promise.all([session.close(), this.#deps.loadDeadEnds()]);
      return { kind: 'teamLink', link: route.name, payload: route.payload };
    }
    const [opened] = await Promise.all([
      this.#deps.siteReady?.().then(() => session.openWorkshop(route.id)) ??
        session.openWorkshop(route.id),
      this.#loadWalkThrough(),
    ]);
    if (token !== this.#resolving) return null;
    if (!opened.ok || !session.store) {
      await this.#deps.loadDeadEnds();
      return opened.ok || opened.reason === 'missing' || opened.reason === 'error'
        ? { kind: 'missing' }
        : { kind: 'unopenable', reason: opened.reason, problems: opened.problems };
    }
    if (route.name === 'workshop') {
      // Where the team was is kept on this device: opening a workshop never rewrites it.
      const last = readLastStep(route.id);
      router.replace(
        last !== null && isAreaId(last)
          ? { name: 'area', id: route.id, areaId: last }
          : { name: 'intro', id: route.id },
      );
      return null;
    }
    // The results (and the team's answers) are views, not steps to come back to: the last step stays.
    if (route.name === 'results' || route.name === 'team')
      return { kind: 'step', step: route.name };
    if (route.name === 'compare')
      return { kind: 'step', step: 'compare', baselineId: route.baselineId };
    // Presenting an area makes it the step to come back to, as showing it does.
    if (route.name === 'present') {
      if (route.target !== 'results') saveLastStep(route.id, route.target);
      return { kind: 'present', step: route.target };
    }
    const step: StepId = route.name === 'intro' ? 'intro' : route.areaId;
    saveLastStep(route.id, step);
    return { kind: 'step', step };
  }

  #loadWalkThrough(): Promise<unknown> {
    return (this.#walkThrough ??= this.#deps.loadWalkThrough().catch((error: unknown) => {
      this.#walkThrough = null;
      throw error;
    }));
  }
}
