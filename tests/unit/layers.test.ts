// The layer rules of build/layers.js bite: each planted violation is reported, each allowed import is
// not, and README's architecture table says what the rules enforce.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import svelte from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerConfigs } from '../../build/layers.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    ...svelte.configs.recommended,
    { files: ['**/*.ts'], languageOptions: { parser: ts.parser } },
    { files: ['**/*.svelte'], languageOptions: { parserOptions: { parser: ts.parser } } },
    { plugins: { '@typescript-eslint': ts.plugin } },
    ...layerConfigs(),
  ],
});

/** The rule ids reported for `code` as if it were the file at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';
const DYNAMIC = 'no-restricted-syntax';

describe('the layer rules', () => {
  it.each([
    ['src/domain/planted.ts', "import { radarImage } from '../report/radar-image';", IMPORTS],
    ['src/domain/planted.ts', "import { get } from 'svelte/store';", IMPORTS],
    [
      'src/domain/planted.ts',
      'export const title = () => document.title;',
      'no-restricted-globals',
    ],
    [
      'src/domain/planted.ts',
      "export const saved = localStorage.getItem('x');",
      'no-restricted-globals',
    ],
    ['src/components/Planted.ts', "import { jsPDF } from 'jspdf';\nnew jsPDF();", IMPORTS],
    ['src/components/Planted.ts', "export const load = () => import('chart.js');", DYNAMIC],
    [
      'src/components/Planted.ts',
      "import { SaveStatus } from '../state/save-status.svelte';\nnew SaveStatus();",
      IMPORTS,
    ],
    [
      'src/components/moments/Planted.ts',
      "import { x } from '../../features/moments/moments-editor.svelte';\nx();",
      IMPORTS,
    ],
    ['src/persistence/planted.ts', "import { get } from 'idb-keyval';\nget('x');", IMPORTS],
    [
      'src/state/planted.ts',
      "import S from '../features/moments/MomentsSection.svelte';\nS();",
      IMPORTS,
    ],
    [
      'src/features/moments/planted.ts',
      "import { A } from '../action-plan/action-plan-editor';\nA();",
      DYNAMIC,
    ],
    [
      'src/report/planted.ts',
      "export const pdf = () => import('../state/app-session.svelte');",
      DYNAMIC,
    ],
    ['src/charts/planted.ts', "import { Chart } from 'chart.js';\nChart.register();", IMPORTS],
  ])('reports %s: %s', async (path, code, rule) => {
    expect(await problems(path, code)).toContain(rule);
  });

  it('reports an import in a Svelte component of a folder it may not use', async () => {
    const code = `<script lang="ts">\n  import { repository } from '../persistence/repository';\n  repository();\n</script>\n`;
    expect(await problems('src/components/Planted.svelte', code)).toContain(IMPORTS);
  });

  it.each([
    [
      'src/domain/planted.ts',
      "import { LIMITS } from './limits';\nexport const copy = structuredClone(LIMITS);",
    ],
    ['src/components/Planted.ts', "import type { jsPDF } from 'jspdf';\nexport type D = jsPDF;"],
    [
      'src/components/Planted.ts',
      "import type { SaveState } from '../state/save-status.svelte';\nexport type S = SaveState;",
    ],
    ['src/charts/chart-parts.ts', "import { Chart } from 'chart.js';\nChart.register();"],
    ['src/report/pdf.ts', "export const load = () => import('jspdf');"],
    ['src/persistence/repository.ts', "import { get } from 'idb-keyval';\nget('x');"],
    [
      'src/state/planted.ts',
      "import { MomentsEditor } from '../features/moments/moments-editor.svelte';\nnew MomentsEditor();",
    ],
    [
      'src/features/moments/planted.ts',
      "import Choice from '../../components/Choice.svelte';\nimport { tick } from 'svelte';\nChoice(); tick();",
    ],
    ['src/screens/Planted.ts', "import S from '../features/moments/MomentsSection.svelte';\nS();"],
  ])('allows %s: %s', async (path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });
});

describe("README's architecture table", () => {
  it('lists every layer with exactly the folders build/layers.js lets it import', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = new Map(
      [...readme.matchAll(/^\| `src\/([a-z0-9-]+)\/` +\| [^|]+ \| ([^|]*) \|$/gm)].map((m) => [
        m[1],
        (m[2] ?? '').trim(),
      ]),
    );
    for (const [name, layer] of Object.entries(LAYERS)) {
      const may = [
        ...layer.may.map((m) => `\`${m}\``),
        ...(layer.typesFrom ?? []).map((t) => `\`${t}\` (types)`),
      ];
      expect(rows.get(name), name).toBe(may.length ? may.join(', ') : '—');
    }
    expect([...rows.keys()].sort()).toEqual(Object.keys(LAYERS).sort());
  });
});
