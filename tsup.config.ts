import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The two builds below run at once, so neither may clean the folder the other writes to: clean once here.
rmSync('dist', { recursive: true, force: true });

// wink's model is large and versioned on its own: keep it external. zod is bundled: Node
// loads its 100-odd module files in about 55 ms, one bundled file in about 23 ms, and cold
// start is a target (npm run bench). zod stays a dependency for the declaration files.
const external = ['wink-nlp', 'wink-eng-lite-web-model'];
const noExternal = ['zod'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    // The CommonJS build gets a stand-in for import.meta.url (wink-model.ts resolves the model's JSON with it).
    shims: true,
    external,
    noExternal,
  },
  {
    // The command and its scoring thread: ESM only, run by Node, not imported.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external,
    noExternal,
  },
]);
