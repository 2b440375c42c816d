// Entry point: the chosen language first (so the first render is translated), then the app.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { setupI18n } from './i18n';

await setupI18n();

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });
