// Screens for the rare ways in which nothing can be shown: an unknown link, a workshop that is not
// on this device, one that cannot be opened. Loaded, with their texts, only when needed.
export { default as NotFound } from './NotFound.svelte';
export { default as Unopenable } from './Unopenable.svelte';
