/** Generated files must match what scripts/generate.ts would write now (run `npm run generate`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generatedFiles, root } from '../scripts/generated.js';

it('generated files are up to date', async () => {
  const stale: string[] = [];
  for (const [path, content] of await generatedFiles()) {
    let current = '';
    try {
      current = readFileSync(join(root, path), 'utf8');
    } catch {
      current = '(missing)';
    }
    if (current !== content) stale.push(path);
  }
  expect(stale, 'stale generated files; run `npm run generate`').toEqual([]);
});
