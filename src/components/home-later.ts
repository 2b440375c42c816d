// What the home screen shows once it has settled, in one chunk: the data panel and the dialogs.
export { default as ConfirmDeleteDialog } from './ConfirmDeleteDialog.svelte';
export { default as HomeData } from './data/HomeData.svelte';
export { default as RenameDialog } from './RenameDialog.svelte';
