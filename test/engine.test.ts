import { describe, expect, it } from 'vitest';
import { DefinitionError, ScoringError, score, scoreOrThrow, withItemText } from '../src/scoring/index.js';
import { definitionProblems } from '../src/schema/problems.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { mbi, phq9 } from '../src/instruments/index.js';
import { toy } from './fixtures.js';

describe('engine: methods', () => {
  it('the toy definition is itself sound', () => {
    expect(definitionProblems(toy)).toEqual([]);
  });
  it('mean with a reverse-keyed item (6 − x), linear transform, sum, lookup and composite', () => {
    const r = score(toy, { toy_1: 2, toy_2: 2, toy_3: 3, toy_4: 0.1, toy_5: 0.2 });
    expect(r.scales.mean3.value).toBeCloseTo((2 + 4 + 3) / 3, 12);
    expect(r.scales.rescaled.value).toBe(50);
    expect(r.scales.sum3.value).toBe(9);
    expect(r.scales.metric.value).toBe(13.51);
    expect(r.scales.decimals.value).toBe(0.3);
    expect(r.scales.combo.value).toBeCloseTo(0.4 * 3 + 0.6 * 0.3, 12);
  });
  it('compares exactly: 0.1 + 0.2 reaches a 0.3 threshold (floating point would say 0.30000000000000004)', () => {
    const r = score(toy, { toy_4: 0.1, toy_5: 0.2 });
    expect(r.scales.decimals.value).toBe(0.3);
    expect(r.cutoffs.decimals_high).toBe(true);
  });
  it('a strict ">" at the exact threshold is false, just above is true', () => {
    expect(score(toy, { toy_1: 3, toy_2: 3, toy_3: 3 }).cutoffs.rescaled_gt).toBe(false);
    expect(score(toy, { toy_1: 3, toy_2: 3, toy_3: 4 }).cutoffs.rescaled_gt).toBe(true);
  });
  it('a non-integer band edge at 2.5: 7/3 is low, 8/3 is high (item 2 reversed: raw 4 scores 2)', () => {
    expect(score(toy, { toy_1: 2, toy_2: 4, toy_3: 3 }).scales.mean3.band?.id).toBe('lo');
    expect(score(toy, { toy_1: 2, toy_2: 4, toy_3: 4 }).scales.mean3.band?.id).toBe('hi');
  });
  it('a lookup has no exact row for a prorated (fractional) base: null, not a guess', () => {
    const r = score(toy, { toy_1: 2, toy_2: 3 }, { prorate: true });
    expect(r.scales.sum3).toMatchObject({ value: 7.5, prorated: true });
    expect(r.scales.metric).toMatchObject({ value: null, reason: 'insufficient_answers', prorated: true });
  });
  it('derived scales inherit null and its reason from their base', () => {
    const r = score(toy, { toy_1: 2, toy_2: 9 });
    for (const id of ['mean3', 'rescaled', 'sum3', 'metric', 'combo'] as const) expect(r.scales[id]).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.scales.decimals).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });
});

describe('engine: three-valued cut-offs', () => {
  it.each([
    [{ toy_1: 1, toy_4: 0.1, toy_5: 0.7 }, true, true, true, true],
    [{ toy_1: 1 }, true, null, true, null],
    [{ toy_1: 4 }, false, null, null, false],
    [{ toy_1: 4, toy_4: 0.1, toy_5: 0.1 }, false, false, false, false],
    [{}, null, null, null, null],
  ] as const)('%j', (answers, item1Low, decimalsHigh, either, both) => {
    const r = score(toy, answers);
    expect(r.cutoffs).toMatchObject({ item1_low: item1Low, decimals_high: decimalsHigh, either, both });
  });
});

describe('engine: options and provenance', () => {
  it('a named band scheme is used and recorded', () => {
    const r = score(toy, { toy_1: 5, toy_2: 1, toy_3: 5 }, { bandSchemes: { mean3: 'b' } });
    expect(r.scales.mean3.band).toEqual({ id: 'all', label: 'All', scheme: 'b' });
    expect(r.provenance.bandSchemes.mean3).toBe('b');
    expect(r.valid).toBe(true);
  });
  it('an unknown band scheme is an issue and the default is used', () => {
    const r = score(toy, { toy_1: 5, toy_2: 1, toy_3: 5 }, { bandSchemes: { mean3: 'nope' as never } });
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'unknown_band_scheme', item: 'mean3' });
    expect(r.scales.mean3.band?.scheme).toBe('a');
  });
  it('provenance names the definition version, package version, rules and sources', () => {
    const r = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.provenance).toMatchObject({ instrument: 'phq9', definitionVersion: '1.2.0', prorated: false, bandSchemes: { total: 'kroenke2001' } });
    expect(r.provenance.packageVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.provenance.rules).toEqual(['total: sum of 9 items; every item must be answered (no published missing-data rule)']);
    expect(r.provenance.sources).toEqual(expect.arrayContaining(['kroenke2001', 'simon2013']));
  });
});

describe('scoreOrThrow', () => {
  it('returns the result when answers are valid, even with unanswered items', () => {
    expect(scoreOrThrow(phq9, {}).scales.total.value).toBeNull();
  });
  it('throws a ScoringError whose issues equal those score() returns', () => {
    const answers = { phq9_1: 5, phq9_2: 'x' } as never;
    let thrown: unknown;
    try {
      scoreOrThrow(phq9, answers);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScoringError);
    expect((thrown as ScoringError).issues).toEqual(score(phq9, answers).issues);
    expect((thrown as ScoringError).message).toMatch(/phq9: 2 invalid answers/);
  });
});

describe('inconsistent definitions', () => {
  const broken = (patch: Partial<InstrumentDefinition>): InstrumentDefinition => ({ ...toy, ...patch }) as InstrumentDefinition;
  it('score() throws DefinitionError for a definition it cannot compile', () => {
    const bad = broken({ scales: [{ ...toy.scales[0], items: ['toy_1', 'toy_99'] }] });
    expect(() => score(bad, {})).toThrow(DefinitionError);
  });
  it('definitionProblems finds cycles, unknown references, bad bands and text without rights', () => {
    const bad = broken({
      scales: [
        { ...toy.scales[1], id: 'x', method: { kind: 'linear', of: 'y', multiply: 1, add: 0 } },
        { ...toy.scales[1], id: 'y', method: { kind: 'linear', of: 'x', multiply: 1, add: 0 } },
        { ...toy.scales[0], bandSchemes: [{ id: 'a', label: 'A', default: true, bands: [{ id: 'lo', label: 'L', min: 2 }], sources: ['zzz'] }] },
      ],
      items: toy.items.map((i) => ({ ...i, text: 'wording' })),
      cutoffs: [{ id: 'c', label: 'c', criterion: { cutoff: 'c' }, sources: ['s'] }],
    });
    const problems = definitionProblems(bad).join('\n');
    expect(problems).toMatch(/cycle|derives from itself/);
    expect(problems).toMatch(/must start at the range minimum/);
    expect(problems).toMatch(/unknown source "zzz"/);
    expect(problems).toMatch(/carries text but the licence gives no text rights/);
    expect(problems).toMatch(/cut-off "c" refers to unknown cut-off "c"/);
  });
});

describe('withItemText', () => {
  it('attaches licensed wording by item id without changing scoring', () => {
    const licensed = withItemText(mbi, { mbi_1: 'Licensed wording one', instructions: 'Licensed instructions' });
    expect(licensed.items[0]).toMatchObject({ id: 'mbi_1', text: 'Licensed wording one' });
    expect(licensed.items[1]).not.toHaveProperty('text');
    expect((licensed as { instructions?: string }).instructions).toBe('Licensed instructions');
    expect(licensed.licence.itemText).toBe(true);
    expect(mbi.items[0]).not.toHaveProperty('text');
    expect(definitionProblems(licensed)).toEqual([]);
    const answers = Array.from({ length: 22 }, () => 3 as const);
    expect(score(licensed, answers).scales).toEqual(score(mbi, answers).scales);
  });
  it('rejects unknown ids and empty texts', () => {
    expect(() => withItemText(mbi, { mbi_99: 'x' } as never)).toThrow(/not an item of mbi/);
    expect(() => withItemText(mbi, { mbi_1: ' ' })).toThrow(/non-empty/);
  });
});
