// What the home screen shows once it has settled, in one chunk: the data panel and the dialogs.
export { default as ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog.svelte';
export { default as HomeData } from './HomeData.svelte';
export { default as RenameDialog } from '../../components/RenameDialog.svelte';
// The comparison screen restores a baseline from a backup file as the home screen does: it takes the
// same dialog and steps from this chunk rather than splitting them out into files of their own.
export { default as RestoreConflictDialog } from './RestoreConflictDialog.svelte';
export { restoreClashes, restoreWorkshops } from '../../state/saved-workshops-data';
