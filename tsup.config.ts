import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { thirdPartyNotices } from './scripts/third-party-notices.js';

const instruments = readdirSync('src/instruments').filter((name) => statSync(`src/instruments/${name}`).isDirectory());
/** Optional layers, each its own subpath (`wellbeing-instruments/<layer>`) once `src/<layer>/index.ts` exists. */
export const layers = ['fhir', 'redcap', 'surveyjs', 'sql', 'cohort', 'testing'].filter((layer) => existsSync(`src/${layer}/index.ts`));

/**
 * The command line's dependencies (devDependencies of the package), bundled into its own build so
 * that the published package has no dependencies: an app that imports the library installs
 * nothing else, and `npx wellbeing-instruments` carries what it needs inside dist/.
 */
export const cliBundled = ['@observablehq/plot', 'commander', 'd3-dsv', 'linkedom', 'stream-json'];

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
    // The command line: Node only, its dependencies bundled in (and their licences written next to
    // it). The report's Observable Plot and linkedom, and stream-json, are loaded lazily, so they
    // sit in chunks of their own (dist/cli-*.js) that only `report`/`demo` and JSON input load.
    // No source map: the code is not minified, so a stack trace already points at readable lines.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    splitting: true,
    outDir: 'dist',
    noExternal: cliBundled.map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/|$)`)),
    // linkedom's optional canvas (a native module) stays outside: linkedom falls back to its shim.
    external: ['canvas'],
    // Bundled CommonJS (commander) calls require() for Node built-ins, which ESM does not define.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    esbuildOptions(options) {
      options.chunkNames = 'cli-[hash]';
    },
    esbuildPlugins: [thirdPartyNotices('cli-third-party-licences.txt')],
  },
]);
