// Screens for the rare links that open no workshop: an unknown link, a workshop that is not on this
// device, one that cannot be opened, and team mode's links (a participant joining, answers handed
// back). Loaded, with their texts, only when needed.
export { default as NotFound } from './NotFound.svelte';
export { default as Unopenable } from './Unopenable.svelte';
export { default as TeamLink } from './TeamLink.svelte';
