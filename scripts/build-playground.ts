/**
 * Bundles the playground (scripts/playground/main.ts) into docs/playground/playground.js with
 * esbuild, against the built package: the entry's imports of `src/<layer>/index.js` are resolved
 * to `dist/<layer>.js`, the files a user installs. Run after `npm run build`
 * (`npm run build:playground`; `npm test` and `npm run docs` do). The page needs no server and
 * makes no request: open docs/playground/index.html from disk.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'esbuild';

export const root = join(import.meta.dirname, '..');
export const playgroundDir = join(root, 'docs', 'playground');
export const bundlePath = join(playgroundDir, 'playground.js');

/** `../../src/index.js` → dist/index.js, `../../src/fhir/index.js` → dist/fhir.js. */
const fromDist: Plugin = {
  name: 'from-dist',
  setup(b) {
    b.onResolve({ filter: /\/src\/([a-z0-9]+\/)?index\.js$/ }, (args) => {
      const layer = /\/src\/([a-z0-9]+)\/index\.js$/.exec(args.path)?.[1];
      const path = join(root, 'dist', `${layer ?? 'index'}.js`);
      if (!existsSync(path)) throw new Error(`${relative(root, path)} is missing: run \`npm run build\` before building the playground`);
      return { path };
    });
  },
};

/** Builds the bundle; returns its size in bytes. */
export async function buildPlayground(): Promise<number> {
  await build({
    entryPoints: [join(root, 'scripts', 'playground', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    outfile: bundlePath,
    plugins: [fromDist],
    logLevel: 'warning',
  });
  return statSync(bundlePath).size;
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const size = await buildPlayground();
  console.log(`wrote ${relative(root, bundlePath)} (${(size / 1024).toFixed(1)} kB)`);
}
