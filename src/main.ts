// Entry point: the chosen language first (so the first render is translated), then the app. The boot
// shell in index.html (build/boot-shell.ts) stays on screen until the app's first view is ready.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { setupI18n } from './i18n';
import { watchForMissingChunks } from './pwa/chunk-reload';

watchForMissingChunks();

await setupI18n();
// A new task for the first render: evaluating the bundle and rendering in one go is a long task on a
// slow phone (it showed as blocking time in Lighthouse's mobile preset).
await new Promise((resolve) => setTimeout(resolve, 0));

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

let revealed = false;
function reveal(): void {
  if (revealed) return;
  revealed = true;
  document.getElementById('boot')?.remove();
  target?.removeAttribute('hidden');
}

mount(App, { target, props: { onready: reveal } });
// Should storage never answer, show the app's own loading state rather than a page that cannot be used.
setTimeout(reveal, 3000);
