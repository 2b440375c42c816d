// The build's substitutions of library internals (build/substitutions.ts), in real Rolldown builds of
// a few virtual modules: applied where the library imports them, and a build that never applied one
// fails rather than quietly bundling the full library.
import { rolldown, type Plugin as RolldownPlugin } from 'rolldown';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { slimDeepmerge, substitution } from '../../build/substitutions';

/** Builds `files` (the first is the entry) with `plugin`; returns the bundled code. */
async function build(plugin: Plugin, files: Record<string, string>): Promise<string> {
  const virtual: RolldownPlugin = {
    name: 'virtual-files',
    resolveId: (id) => (id in files ? id : null),
    load: (id) => files[id] ?? null,
  };
  const bundle = await rolldown({
    input: Object.keys(files)[0],
    plugins: [plugin as RolldownPlugin, virtual],
    logLevel: 'silent',
  });
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

const LIBRARY = '/app/node_modules/svelte-i18n/dist/runtime.js';

describe('substitutions', () => {
  it('gives svelte-i18n deepmerge-lite where it imports deepmerge', async () => {
    const code = await build(slimDeepmerge(), {
      '/app/src/main.ts': `import { merge } from ${JSON.stringify(LIBRARY)}; merge();`,
      [LIBRARY]:
        "import deepmerge from 'deepmerge'; export const merge = () => deepmerge.all([{}]);",
    });
    expect(code).toContain('deepmerge-lite.ts');
  });

  it('fails the build when the library no longer imports it the way the substitution expects', async () => {
    const moved = '/app/node_modules/svelte-i18n-next/runtime.js';
    const files = {
      '/app/src/main.ts': `import { merge } from ${JSON.stringify(moved)}; merge();`,
      [moved]: 'export const merge = () => ({});',
    };
    await expect(build(slimDeepmerge(), files)).rejects.toThrow(
      /deepmerge imported from svelte-i18n was not replaced/,
    );
  });

  it('requires each of several imports to be replaced', async () => {
    const plugin = substitution({
      name: 'test-unused',
      sources: ['a-part', 'b-part'],
      importer: 'node_modules/lib/',
      replacement: '/app/src/stand-in.ts',
    });
    const files = {
      '/app/src/main.ts': "import '/app/node_modules/lib/index.js';",
      '/app/node_modules/lib/index.js': "import('a-part');",
      '/app/src/stand-in.ts': 'export {};',
    };
    await expect(build(plugin, files)).rejects.toThrow(/b-part imported from node_modules\/lib\//);
    files['/app/node_modules/lib/index.js'] = "import('a-part'); import('b-part');";
    await expect(build(plugin, files)).resolves.toBeTypeOf('string');
  });
});
