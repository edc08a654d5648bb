/**
 * Tree-shaking and size budget, measured on the built package (`npm run build` first): bundle
 * what an app would write, minify, and grep for what must not be there. A legitimate increase
 * means re-measuring and raising the budget in the same commit that causes it.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Gzipped-byte ceilings (measured 2026-11-22; see CHANGELOG). */
export const budgets = {
  'import { phq9, score } from "wellbeing-instruments"': 8_500,
  'import { phq9 } from "wellbeing-instruments/instruments/phq9" + score': 8_500,
  'import { cbi, score } from "wellbeing-instruments"': 8_300,
};

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    alias: { 'wellbeing-instruments': join(root, 'dist/index.js') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const others = {
  gad7: ['gad7', 'Generalized Anxiety'],
  phq4: ['phq4', '69724-3'],
  who5: ['who5', 'WHO-5'],
  cbi: ['cbi_', 'Copenhagen'],
  olbi: ['olbi', 'Oldenburg'],
  pfi: ['pfi_', 'Professional Fulfillment'],
  mbi: ['mbi_', 'Maslach'],
  phq9: ['phq9', 'Patient Health Questionnaire-9'],
};
const zodMarkers = ['ZodError', '$ZodType', 'zod', 'toJSONSchema'];

describe('tree-shaking', () => {
  it('{ phq9, score } from the package root pulls in no other instrument and no zod', async () => {
    const code = await bundle('import { phq9, score } from "wellbeing-instruments"; console.log(score(phq9, [0,0,0,0,0,0,0,0,1,0]));');
    expect(code).toContain('phq9_9');
    for (const [id, markers] of Object.entries(others)) {
      if (id === 'phq9') continue;
      for (const m of markers) expect(code, `${id} leaked (${m})`).not.toContain(m);
    }
    for (const m of zodMarkers) expect(code, `zod leaked (${m})`).not.toContain(m);
  });
  it('{ cbi, score } pulls in no PHQ instrument either', async () => {
    const code = await bundle('import { cbi, score } from "wellbeing-instruments"; console.log(score(cbi, {}));');
    expect(code).toContain('Copenhagen');
    for (const id of ['phq9', 'gad7', 'phq4', 'mbi', 'who5']) for (const m of others[id as keyof typeof others]) expect(code).not.toContain(m);
  });
});

describe('size budget (gzipped bytes)', () => {
  const cases: Record<keyof typeof budgets, string> = {
    'import { phq9, score } from "wellbeing-instruments"': 'import { phq9, score } from "wellbeing-instruments"; console.log(score(phq9, []));',
    'import { phq9 } from "wellbeing-instruments/instruments/phq9" + score': `import { phq9 } from ${JSON.stringify(join(root, 'dist/instruments/phq9.js'))}; import { score } from "wellbeing-instruments"; console.log(score(phq9, []));`,
    'import { cbi, score } from "wellbeing-instruments"': 'import { cbi, score } from "wellbeing-instruments"; console.log(score(cbi, []));',
  };
  it.each(Object.keys(cases) as (keyof typeof budgets)[])('%s', async (name) => {
    const bytes = gzipSync(await bundle(cases[name])).length;
    console.log(`size: ${name}: ${bytes} B gzipped (budget ${budgets[name]})`);
    expect(bytes).toBeLessThanOrEqual(budgets[name]);
  });
});
