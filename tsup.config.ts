import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { defineConfig } from 'tsup';

const instruments = readdirSync('src/instruments').filter((name) => statSync(`src/instruments/${name}`).isDirectory());
/** Optional layers, each its own subpath (`wellbeing-instruments/<layer>`) once `src/<layer>/index.ts` exists. */
export const layers = ['fhir', 'redcap', 'surveyjs', 'cohort', 'testing'].filter((layer) => existsSync(`src/${layer}/index.ts`));

// The two builds below write to dist/ concurrently, so dist/ is cleared once here, not by each.
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  {
    // The library: platform-neutral (built without Node types, so no Node built-in can slip in).
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      ...Object.fromEntries(layers.map((layer) => [layer, `src/${layer}/index.ts`])),
      // The fast-check arbitraries on a subpath of their own, so `/testing` works without fast-check.
      ...(layers.includes('testing') ? { 'testing/arbitrary': 'src/testing/arbitrary.ts' } : {}),
      ...Object.fromEntries(instruments.map((id) => [`instruments/${id}`, `src/instruments/${id}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    sourcemap: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    // The command line: Node only.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    outDir: 'dist',
  },
]);
