// The host's settings once its config.json is read (src/site/): the brand in the header, the page
// title and the report's cover, the languages offered, and the notice about what was wrong (its
// component comes with the settings). Empty on a site without one.
import type { Component } from 'svelte';

export const site = $state<{
  brand: string | null;
  logo: string | null;
  /** Null: both (no config.json, or it said nothing). */
  languages: readonly string[] | null;
  Notice: Component | null;
}>({ brand: null, logo: null, languages: null, Notice: null });
