import { defineConfig } from 'tsup';

// wink's model is large and versioned on its own: keep dependencies external.
const external = ['wink-nlp', 'wink-eng-lite-web-model', 'zod'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    external,
  },
  {
    // The command and its scoring thread: ESM only, run by Node, not imported.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external,
  },
]);
