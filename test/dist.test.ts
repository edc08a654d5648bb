/**
 * The built package, loaded the way users load it: by package name (self-reference through the
 * `exports` map), with both `import` and `require`, in a separate Node process.
 * Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const ids = readdirSync(join(root, 'src/instruments')).filter((n) => statSync(join(root, 'src/instruments', n)).isDirectory());
const layers = ['fhir', 'redcap', 'surveyjs', 'sql', 'cohort', 'testing'].filter((layer) => existsSync(join(root, 'src', layer, 'index.ts')));
if (layers.includes('testing')) layers.push('testing/arbitrary');

function node(code: string, type: 'module' | 'commonjs'): unknown {
  const out = execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

describe('dist', () => {
  it('is built', () => {
    expect(existsSync(join(root, 'dist/index.js')), 'run npm run build first').toBe(true);
  });

  const probe = (load: (spec: string) => string) => `
    const ids = ${JSON.stringify(ids)};
    const main = ${load('wellbeing-instruments')};
    const schema = ${load('wellbeing-instruments/schema')};
    const out = { main: {}, instruments: {}, schema: {} };
    out.main.score = typeof main.score;
    out.main.ids = main.instruments.map((d) => d.id);
    out.main.phq9 = main.score(main.phq9, [2,2,2,2,1,1,2,0,0,null]).scales.total;
    out.main.version = main.PACKAGE_VERSION;
    for (const id of ids) { const m = ${load('`wellbeing-instruments/instruments/${id}`')}; out.instruments[id] = Object.keys(m).sort().join(',') + ':' + m[id].id; }
    out.schema.parses = ids.every((id) => schema.InstrumentDefinitionSchema.safeParse(main[id]).success);
    out.schema.answers = schema.answersSchema(main.gad7).safeParse({ gad7_1: 9 }).success;
    out.json = ${load('wellbeing-instruments/schema/instrument.schema.json')}.title;
    console.log(JSON.stringify(out));`;

  const expected = {
    main: { score: 'function', ids, phq9: { value: 12, answered: 9, expected: 9, prorated: false, band: { id: 'moderate', label: 'Moderate', scheme: 'kroenke2001' } }, version: expect.any(String) },
    instruments: Object.fromEntries(ids.map((id) => [id, `${id},${id}Notes:${id}`])),
    schema: { parses: true, answers: false },
    json: 'wellbeing-instruments InstrumentDefinition',
  };

  it('every subpath imports as ESM', () => {
    const code = probe((spec) => (spec.endsWith('.json') ? `(await import(${JSON.stringify(spec)}, { with: { type: 'json' } })).default` : `await import(${spec.startsWith('`') ? spec : JSON.stringify(spec)})`));
    expect(node(code, 'module')).toEqual(expected);
  });
  it('every subpath requires as CommonJS', () => {
    const code = probe((spec) => `require(${spec.startsWith('`') ? spec : JSON.stringify(spec)})`);
    expect(node(code, 'commonjs')).toEqual(expected);
  });
  it.each(layers)('wellbeing-instruments/%s loads the same exports with import and require', (layer) => {
    const spec = JSON.stringify(`wellbeing-instruments/${layer}`);
    const esm = node(`const m = await import(${spec}); console.log(JSON.stringify(Object.keys(m).sort()));`, 'module') as string[];
    const cjs = node(`const m = require(${spec}); console.log(JSON.stringify(Object.keys(m).sort()));`, 'commonjs') as string[];
    expect(esm.length).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
  });
  it('wellbeing-instruments/cohort summarises from dist with import and require alike', () => {
    const probe = (load: (spec: string) => string) => `
      const { phq9 } = ${load('wellbeing-instruments')};
      const { summarize } = ${load('wellbeing-instruments/cohort')};
      const s = summarize(phq9, [[0,1,2,3,0,1,2,3,0,null], [1,1,1,1,1,1,1,1,1,null], [3,3,3,2,2,2,1,1,0,null], [0,0,0,0,0,0,0,0,0,null]]);
      console.log(JSON.stringify([s.scales.total.descriptives.mean, s.cutoffs.positive_screen.positives, typeof s.scales.total.reliability.alpha]));`;
    const expected = [9.5, 2, 'number']; // totals 12, 9, 17, 0
    expect(node(probe((spec) => `await import(${JSON.stringify(spec)})`), 'module')).toEqual(expected);
    expect(node(probe((spec) => `require(${JSON.stringify(spec)})`), 'commonjs')).toEqual(expected);
  });
  it('ships the known-answer vectors as JSON subpaths', () => {
    const esm = node(`const m = await import('wellbeing-instruments/vectors/phq9.json', { with: { type: 'json' } }); console.log(JSON.stringify([m.default.instrument, m.default.cases.length > 10]));`, 'module');
    const cjs = node(`const m = require('wellbeing-instruments/vectors/cbi.json'); console.log(JSON.stringify([m.instrument, m.cases.length > 10]));`, 'commonjs');
    expect([esm, cjs]).toEqual([['phq9', true], ['cbi', true]]);
  });
});
