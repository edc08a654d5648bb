/**
 * Writes every generated file (see scripts/generated.ts). Run with `npm run generate`; with a
 * path prefix as argument (`tsx scripts/generate.ts docs/`) only the files under it, which is how
 * `npm run docs` refreshes the documentation pages without touching anything else.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles, root } from './generated.js';

const prefix = process.argv[2] ?? '';
for (const [path, content] of await generatedFiles()) {
  if (!path.startsWith(prefix)) continue;
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path}`);
}
