/** Cut-off schemes, bands that exclude their minimum, item-product scales and two-part item ids. */
import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../src/schema/definition.js';
import { definitionProblems, evidenceProblems } from '../src/schema/problems.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { toy2 } from './fixtures.js';

const mean = (a: number, b: number, c: number) => ({ toy2_3: a, toy2_4: b, toy2_5: c });

describe('toy2 definition', () => {
  it('is valid, with two-part item ids sharing a number', () => {
    expect(definitionProblems(toy2)).toEqual([]);
    expect(() => InstrumentDefinitionSchema.parse(toy2)).not.toThrow();
  });
  it('rejects parts out of order, a bare id after its parts, and a first band that excludes its minimum', () => {
    const swapped = { ...toy2, items: [toy2.items[2], toy2.items[0], ...toy2.items.slice(3), toy2.items[1]] } as unknown as InstrumentDefinition;
    expect(definitionProblems(swapped).some((p) => p.includes('out of order'))).toBe(true);
    const bad = { ...toy2, items: [...toy2.items.slice(0, 4), { ...toy2.items[4], id: 'toy2_3_x_y' }, ...toy2.items.slice(5)] } as unknown as InstrumentDefinition;
    expect(definitionProblems(bad).some((p) => p.includes('should be "toy2_3"'))).toBe(true);
    const scale = toy2.scales[1];
    const first = { ...scale, bandSchemes: [{ ...scale.bandSchemes[0], bands: [{ id: 'low', label: 'Low', min: 0, minExclusive: true }] }] };
    expect(definitionProblems({ ...toy2, scales: [toy2.scales[0], first] } as unknown as InstrumentDefinition)).toContain('scale "mean" band scheme "above": the first band cannot exclude its minimum');
  });
  it('allows at most one default scheme per schemed cut-off, and needs known sources', () => {
    const cutoff = toy2.cutoffs[0];
    const none = { ...cutoff, schemes: cutoff.schemes.map((s) => ({ ...s, default: false })) };
    expect(definitionProblems({ ...toy2, cutoffs: [none, toy2.cutoffs[1]] } as unknown as InstrumentDefinition)).toEqual([]);
    const two = { ...cutoff, schemes: cutoff.schemes.map((s) => ({ ...s, default: true })) };
    expect(definitionProblems({ ...toy2, cutoffs: [two, toy2.cutoffs[1]] } as unknown as InstrumentDefinition)).toContain('cut-off "positive" has 2 default schemes; at most one may be default');
    const uncited = { ...cutoff, schemes: [cutoff.schemes[0], { ...cutoff.schemes[1], sources: ['zzz'] }] };
    expect(definitionProblems({ ...toy2, cutoffs: [uncited, toy2.cutoffs[1]] } as unknown as InstrumentDefinition)).toContain('cut-off "positive" scheme "sensitive" cites unknown source "zzz"');
  });
  it('rejects a product scale whose items are not those of its pairs', () => {
    const scale = { ...toy2.scales[0], items: toy2.scales[0].items.slice(1) };
    expect(definitionProblems({ ...toy2, scales: [scale, toy2.scales[1]] } as unknown as InstrumentDefinition)).toContain('scale "products": items must list exactly the items of its pairs');
  });
});

describe('band that excludes its minimum ("high: above 3")', () => {
  it.each([
    [[3, 3, 2], 8 / 3, 'normal'],
    [[3, 3, 3], 3, 'normal'],
    [[3, 3, 4], 10 / 3, 'high'],
    [[2, 2, 2], 2, 'normal'],
    [[2, 2, 1], 5 / 3, 'low'],
  ] as const)('mean of %j = %d is %s', ([a, b, c], value, band) => {
    const r = score(toy2, mean(a, b, c));
    expect(r.scales.mean.value).toBeCloseTo(value, 12);
    expect(r.scales.mean.band?.id).toBe(band);
  });
  it('decides exactly at the edge with proration (3 of 3 answered vs 2 of 3 prorated)', () => {
    const r = score(toy2, { toy2_3: 3, toy2_4: 3 }, { prorate: true });
    expect(r.scales.mean).toMatchObject({ value: 3, prorated: true, band: { id: 'normal' } });
  });
});

describe('cut-off schemes', () => {
  it('uses the default scheme and reports it in provenance', () => {
    const r = score(toy2, mean(2, 2, 2));
    expect(r.cutoffs.positive).toBe(false);
    expect(r.provenance.cutoffSchemes).toEqual({ positive: 'standard' });
    expect(r.provenance.sources).toEqual(['s']);
  });
  it('switches criterion on request, reports the choice and its sources', () => {
    const r = score(toy2, mean(2, 2, 2), { cutoffSchemes: { positive: 'sensitive' } });
    expect(r.valid).toBe(true);
    expect(r.cutoffs.positive).toBe(true);
    expect(r.provenance.cutoffSchemes).toEqual({ positive: 'sensitive' });
    expect(r.provenance.sources).toEqual(['s', 't']);
  });
  it.each([
    ['standard', [3, 3, 2], false],
    ['standard', [3, 3, 3], true],
    ['sensitive', [2, 2, 1], false],
    ['sensitive', [2, 2, 2], true],
  ] as const)('%s scheme at %j → %s', (scheme, [a, b, c], expected) => {
    expect(score(toy2, mean(a, b, c), { cutoffSchemes: { positive: scheme } }).cutoffs.positive).toBe(expected);
  });
  it('a cut-off referring to a schemed cut-off follows the chosen scheme', () => {
    const answers = { ...mean(2, 2, 2), toy2_1_frequency: 4, toy2_1_distress: 2, toy2_2_frequency: 0, toy2_2_distress: 0 };
    expect(score(toy2, answers).cutoffs.also).toBe(false);
    expect(score(toy2, answers, { cutoffSchemes: { positive: 'sensitive' } }).cutoffs.also).toBe(true);
  });
  it('an unknown scheme or cut-off is an issue, not a throw, and the default is used', () => {
    const r = score(toy2, mean(2, 2, 2), { cutoffSchemes: { positive: 'nope', also: 'x', zzz: 'y' } as never });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.item])).toEqual([
      ['unknown_cutoff_scheme', 'positive'],
      ['unknown_cutoff_scheme', 'also'],
      ['unknown_cutoff_scheme', 'zzz'],
    ]);
    expect(r.cutoffs.positive).toBe(false);
    expect(r.provenance.cutoffSchemes).toEqual({ positive: 'standard' });
  });
});

describe('cut-off and band schemes without a default (conflicting or single secondary sources)', () => {
  const cutoff = toy2.cutoffs[0];
  const scale = toy2.scales[1];
  const noDefaults = {
    ...toy2,
    scales: [toy2.scales[0], { ...scale, bandSchemes: scale.bandSchemes.map((b) => ({ ...b, default: false })) }],
    cutoffs: [{ ...cutoff, schemes: cutoff.schemes.map((s) => ({ ...s, default: false })) }, toy2.cutoffs[1]],
  } as unknown as typeof toy2;
  it('leaves the cut-off and the band null, says why in provenance, and still scores the scale', () => {
    const r = score(noDefaults, mean(3, 3, 3));
    expect(r.valid).toBe(true);
    expect(r.scales.mean).toMatchObject({ value: 3, band: null });
    expect(r.cutoffs.positive).toBeNull();
    expect(r.cutoffs.also).toBeNull();
    expect(r.provenance.cutoffSchemes).toEqual({ positive: null });
    expect(r.provenance.bandSchemes).toMatchObject({ mean: null });
    expect(r.provenance.undetermined.map((u) => [u.rule, u.id])).toEqual([
      ['band_scheme', 'mean'],
      ['cutoff', 'positive'],
    ]);
    expect(r.provenance.undetermined[1]!.message).toContain('choose one of standard, sensitive with options.cutoffSchemes');
  });
  it('classifies once the caller chooses a scheme, and reports the choice', () => {
    const r = score(noDefaults, mean(2, 2, 2), { cutoffSchemes: { positive: 'sensitive' }, bandSchemes: { mean: 'above' } });
    expect(r.cutoffs.positive).toBe(true);
    expect(r.scales.mean.band?.scheme).toBe('above');
    expect(r.provenance.cutoffSchemes).toEqual({ positive: 'sensitive' });
    expect(r.provenance.undetermined).toEqual([]);
    expect(score(noDefaults, mean(2, 2, 1), { cutoffSchemes: { positive: 'sensitive' } }).cutoffs.positive).toBe(false);
  });
});

describe('evidence', () => {
  const kinds = { ...toy2, sources: [{ ...toy2.sources[0], kind: 'publication' }, { ...toy2.sources[1], kind: 'reproduction' }] };
  const withCutoff = (schemes: readonly object[]) =>
    definitionProblems({ ...kinds, cutoffs: [{ ...toy2.cutoffs[0], sources: ['s', 't'], schemes }, toy2.cutoffs[1]] } as unknown as InstrumentDefinition);
  const standard = { ...toy2.cutoffs[0].schemes[0], sources: ['s', 't'] };
  const sensitive = { ...toy2.cutoffs[0].schemes[1] };
  it('accepts evidence that agrees with its sources\' kinds', () => {
    expect(withCutoff([{ ...standard, evidence: { level: 'primary', sources: ['s'] } }, { ...sensitive, evidence: { level: 'single_secondary', sources: ['t'], note: 'one copy' } }])).toEqual([]);
  });
  it('rejects primary evidence without a primary source, and secondary evidence from one source', () => {
    expect(withCutoff([{ ...standard, evidence: { level: 'primary', sources: ['t'] } }, sensitive])).toContain('cut-off "positive" scheme "standard": primary evidence needs a source of a primary kind (publication, manual, owner_page)');
    expect(withCutoff([{ ...standard, evidence: { level: 'secondary', sources: ['t'], note: 'n' } }, sensitive])).toContain('cut-off "positive" scheme "standard": secondary evidence needs two or more independent sources');
    expect(withCutoff([{ ...standard, evidence: { level: 'secondary', sources: ['s', 't'], note: 'n' } }, sensitive])).toEqual([]);
  });
  it('rejects a single_secondary default, evidence from a source the rule does not cite, and weak evidence without a note', () => {
    expect(withCutoff([{ ...standard, evidence: { level: 'single_secondary', sources: ['t'], note: 'n' } }, sensitive])).toContain('cut-off "positive" scheme "standard": single_secondary evidence may only back a named, non-default scheme');
    expect(withCutoff([standard, { ...sensitive, evidence: { level: 'primary', sources: ['s'] } }])).toContain('cut-off "positive" scheme "sensitive": evidence source "s" is not among the rule\'s sources');
    expect(withCutoff([standard, { ...sensitive, evidence: { level: 'single_secondary', sources: ['t'] } }])).toContain('cut-off "positive" scheme "sensitive": single_secondary evidence needs a note saying what could not be read');
  });
  it('needs a kind on every source that evidence cites', () => {
    const problems = definitionProblems({ ...toy2, cutoffs: [{ ...toy2.cutoffs[0], schemes: [{ ...standard, sources: ['s'], evidence: { level: 'primary', sources: ['s'] } }, sensitive] }, toy2.cutoffs[1]] } as unknown as InstrumentDefinition);
    expect(problems).toContain('cut-off "positive" scheme "standard": every evidence source needs a kind');
  });
  it('evidenceProblems lists every rule without evidence and every source without a kind', () => {
    expect(evidenceProblems(toy2)).toEqual([
      'source "s" does not say what kind it is',
      'source "t" does not say what kind it is',
      'scale "mean" band scheme "above" carries no evidence',
      'cut-off "positive" scheme "standard" carries no evidence',
      'cut-off "positive" scheme "sensitive" carries no evidence',
      'cut-off "also" carries no evidence',
      'benchmark "dist" carries no evidence',
    ]);
  });
  it('is carried into provenance for the rules a result used', () => {
    const def = {
      ...kinds,
      cutoffs: [
        { ...toy2.cutoffs[0], sources: ['s', 't'], schemes: [{ ...standard, evidence: { level: 'primary', sources: ['s'] } }, { ...sensitive, evidence: { level: 'single_secondary', sources: ['t'], note: 'one copy' } }] },
        { ...toy2.cutoffs[1], evidence: { level: 'primary', sources: ['s'] } },
      ],
    } as unknown as typeof toy2;
    expect(score(def, mean(2, 2, 2)).provenance.evidence).toEqual([
      { rule: 'cutoff', id: 'positive', scheme: 'standard', level: 'primary', sources: ['s'] },
      { rule: 'cutoff', id: 'also', level: 'primary', sources: ['s'] },
    ]);
    expect(score(def, mean(2, 2, 2), { cutoffSchemes: { positive: 'sensitive' } }).provenance.evidence[0]).toEqual({ rule: 'cutoff', id: 'positive', scheme: 'sensitive', level: 'single_secondary', sources: ['t'] });
  });
});

describe('product_sum scale (Σ frequency × distress)', () => {
  it('multiplies each pair, with reverse keys applied first: 3 × 2 + 1 × (4 − 1) = 9', () => {
    const r = score(toy2, { toy2_1_frequency: 3, toy2_1_distress: 2, toy2_2_frequency: 1, toy2_2_distress: 1 });
    expect(r.scales.products).toMatchObject({ value: 9, answered: 4, expected: 4, prorated: false });
  });
  it('frequency 0 gives 0 whatever the distress (a sum of the two would not)', () => {
    expect(score(toy2, { toy2_1_frequency: 0, toy2_1_distress: 4, toy2_2_frequency: 0, toy2_2_distress: 0 }).scales.products.value).toBe(0);
  });
  it('needs every item, even under options.prorate', () => {
    const r = score(toy2, { toy2_1_frequency: 3, toy2_1_distress: 2, toy2_2_frequency: 1 }, { prorate: true });
    expect(r.scales.products).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 3, prorated: false });
  });
  it('an invalid answer makes it invalid_answers', () => {
    const r = score(toy2, { toy2_1_frequency: 3, toy2_1_distress: 9, toy2_2_frequency: 1, toy2_2_distress: 1 } as never);
    expect(r.scales.products).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.issues[0]).toMatchObject({ code: 'invalid_value', item: 'toy2_1_distress' });
  });
  it('array answers follow item order, parts included', () => {
    expect(score(toy2, [3, 2, 1, 1, null, null, null]).scales.products.value).toBe(9);
  });
});

describe('benchmark checks', () => {
  const bench = (b: object) => definitionProblems({ ...toy2, benchmarks: [{ ...toy2.benchmarks[0], ...b }] } as unknown as InstrumentDefinition);
  it('accepts a distribution that adds up to 1 (rounding within 0.011)', () => {
    expect(bench({ distribution: [{ value: 0, proportion: 0.333 }, { value: 2, proportion: 0.333 }, { value: 4, proportion: 0.333 }] })).toEqual([]);
  });
  it('rejects a distribution that does not add up, a prevalence on a scale, an SD alone and an empty benchmark', () => {
    expect(bench({ distribution: [{ value: 0, proportion: 0.5 }, { value: 4, proportion: 0.4 }] })).toEqual(['benchmark "dist": distribution proportions add up to 0.9, not 1']);
    expect(bench({ distribution: undefined, prevalence: 0.3 })).toEqual(['benchmark "dist" gives a prevalence but names a scale, not a cut-off']);
    expect(bench({ distribution: undefined, sd: 1 })).toContain('benchmark "dist" gives an SD without a mean');
    expect(bench({ distribution: undefined })).toEqual(['benchmark "dist" gives no mean, prevalence or distribution']);
    expect(bench({ scale: undefined, cutoff: 'positive', distribution: undefined, mean: 2 })).toEqual(['benchmark "dist" on a cut-off gives a prevalence only']);
  });
});
