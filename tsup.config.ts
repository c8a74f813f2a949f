import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // wink's model is large and versioned on its own: keep dependencies external.
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod'],
});
