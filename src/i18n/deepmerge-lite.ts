// Stands in for the `deepmerge` package, which svelte-i18n uses only as `deepmerge.all([...])` to merge
// message trees when texts are added. Our trees are plain JSON objects of strings, so a few lines do
// (and save ~0.5 kB gzip of the first load); tests/unit/deepmerge-lite.test.ts compares both.
type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(target: Tree, source: Tree): Tree {
  const out: Tree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = isTree(value) && isTree(existing) ? merge(existing, value) : value;
  }
  return out;
}

const deepmerge = {
  all: (trees: readonly Tree[]): Tree =>
    trees.reduce<Tree>((merged, tree) => merge(merged, tree), {}),
};

export default deepmerge;
