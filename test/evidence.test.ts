/** Evidence levels end to end: what default results use, what a cohort summary does with a cut-off that has no default scheme, and the result's JSON shape. */
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { summarize } from '../src/cohort/index.js';
import { pfi } from '../src/instruments/index.js';
import { ScoreResultSchema } from '../src/schema/definition.js';
import { score } from '../src/scoring/score.js';
import { ids, withScoredSum } from './support.js';

describe.each(instruments.map((d) => [d.id, d] as const))('%s: default results', (_, def) => {
  const r = score(def, {});
  it('use no single-secondary rule', () => {
    expect(r.provenance.evidence.filter((e) => e.level === 'single_secondary')).toEqual([]);
  });
  it('list the evidence of every band scheme, cut-off and flag they applied, and say what they left undetermined', () => {
    const applied = new Set(r.provenance.evidence.map((e) => `${e.rule}:${e.id}`));
    const undetermined = new Set(r.provenance.undetermined.map((u) => `${u.rule}:${u.id}`));
    for (const scale of def.scales) if (scale.bandSchemes.length > 0) expect(applied.has(`band_scheme:${scale.id}`) !== undetermined.has(`band_scheme:${scale.id}`), scale.id).toBe(true);
    for (const c of def.cutoffs) expect(applied.has(`cutoff:${c.id}`) !== undetermined.has(`cutoff:${c.id}`), c.id).toBe(true);
    for (const f of def.flags) expect(applied.has(`flag:${f.id}`), f.id).toBe(true);
    expect(() => ScoreResultSchema.parse(r)).not.toThrow();
  });
});

describe('a cohort summary of a cut-off without a default scheme (PFI burnout)', () => {
  const burnoutItems = ids('pfi', 7, 16);
  const rows = [13, 14, 20, 5].map((sum) => ({ ...withScoredSum(pfi, ids('pfi', 1, 6), 12), ...withScoredSum(pfi, burnoutItems, sum) }));
  it('decides nothing by default: no scheme, no prevalence', () => {
    const s = summarize(pfi, rows).cutoffs.burnout!;
    expect(s.scheme).toBeNull();
    expect(s.determinable).toBe(0);
    expect(s.prevalence).toBeNull();
  });
  it('counts as score() does once the scheme is chosen (14/10 and 20/10 are ≥ 1.33; 13/10 and 5/10 are not)', () => {
    const s = summarize(pfi, rows, { cutoffSchemes: { burnout: 'mean_1_33' } }).cutoffs.burnout!;
    expect(s.scheme).toBe('mean_1_33');
    expect([s.positives, s.determinable]).toEqual([2, 4]);
    expect(rows.filter((row) => score(pfi, row, { cutoffSchemes: { burnout: 'mean_1_33' } }).cutoffs.burnout).length).toBe(2);
  });
});
