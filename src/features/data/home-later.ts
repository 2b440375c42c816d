// What the home screen shows once it has settled, in one chunk: the data panel and the dialogs.
export { default as ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog.svelte';
export { default as HomeData } from './HomeData.svelte';
export { default as RenameDialog } from '../../components/RenameDialog.svelte';
