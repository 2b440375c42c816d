// Before each unit test file: what the reader fetches in the app before it reads an older record or
// one with team parts (src/persistence/lazy-parts.ts), so tests can read any record directly.
// tests/unit/lazy-parts.test.ts checks the app's path, with fresh modules that have fetched nothing.
import { loadReaderParts } from '../../src/persistence/lazy-parts';

await loadReaderParts();
