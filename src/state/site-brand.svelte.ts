// The host's brand once its config.json is read (site/): the header, the page title and the report's
// cover show it. Empty on a site without one.
export const siteBrand = $state<{ name: string | null; logo: string | null }>({
  name: null,
  logo: null,
});
