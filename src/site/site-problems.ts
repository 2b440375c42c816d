// What was wrong with the host's files, as set-up-site.ts found it, for the notice (SiteNotice.svelte).
import type { SiteProblem } from '../domain/site-config';

export const siteProblems: SiteProblem[] = [];
