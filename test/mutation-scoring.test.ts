/**
 * The scoring engine's observable behaviour, pinned through the public API only (issue 19, item
 * 3): values, bands, cut-offs, flags, null reasons, answered and prorated counts, and every part of
 * provenance (rules, schemes, sources, evidence, undetermined rules, user-supplied rules), for
 * the default schemes, chosen schemes and proration. Expected values are worked by hand from the
 * synthetic `audit` definition in test/mutation-scoring-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { PACKAGE_VERSION, score } from '../src/index.js';
import { definitionProblems } from '../src/schema/index.js';
import { audit } from './mutation-scoring-fixtures.js';

/** total 6 (item 2 reversed: 3 − 1), mean 1.5, open 5, pairs 2 × 3, decimals 0.7 + 0.1. */
const answers = { audit_1: 2, audit_2: 1, audit_3: 1, audit_4: 1, audit_5: 2, audit_6: 3, audit_7: 0.7, audit_8: 0.1 } as const;

const RULES = [
  'total: sum of 4 items; every item must be answered (no published missing-data rule)',
  'mean: mean of the answered items when at least 3 of 4 are answered (m)',
  'open: sum of 2 items; every item must be answered (no published missing-data rule)',
  'scaled: total × 0.1 + 0.5; scored when total is scored',
  'tenfold: total × 10; scored when total is scored',
  'converted: conversion table from total; scored when total is scored',
  'combo: 0.5 × total + 0.25 × decimals + 1; scored when every term is scored',
  'pairs: sum over 1 item pairs of the product of the two answers; every item must be answered (no published missing-data rule; never prorated)',
  'decimals: sum of 2 items; every item must be answered (no published missing-data rule)',
];
const PRORATED_RULES = [
  'total: sum of the answered items, prorated under options.prorate when at least 2 of 4 are answered (package rule, not published by the authors)',
  RULES[1],
  'open: sum of the answered items, prorated under options.prorate when at least 1 of 2 are answered (package rule, not published by the authors)',
  ...RULES.slice(3, 8),
  'decimals: sum of the answered items, prorated under options.prorate when at least 1 of 2 are answered (package rule, not published by the authors)',
];
const BASE_EVIDENCE = [
  { rule: 'flag', id: 'six', level: 'primary', sources: ['f'] },
  { rule: 'missing_rule', id: 'mean', level: 'primary', sources: ['m'] },
  { rule: 'table', id: 'converted', level: 'primary', sources: ['s'] },
];
const NO_BANDS = { mean: null, scaled: null, tenfold: null, converted: null, combo: null, pairs: null, decimals: null };
const USER_SOURCE = 'Local rule agreed by the test committee, 2025';

describe('audit fixture', () => {
  it('is a sound definition', () => expect(definitionProblems(audit)).toEqual([]));
});

describe('every method, with the default schemes', () => {
  // Scored inside each test: a mutant is active only while a test runs.
  const run = () => score(audit, answers);
  it('values, bands, answered and expected counts', () => {
    const r = run();
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.instrument).toEqual({ id: 'audit', version: '2.1.0', name: 'Audit instrument' });
    expect(r.scales).toEqual({
      total: { value: 6, answered: 4, expected: 4, prorated: false, band: { id: 'high', label: 'High', scheme: 'published' } },
      mean: { value: 1.5, answered: 4, expected: 4, prorated: false, band: null },
      open: { value: 5, answered: 2, expected: 2, prorated: false, band: null },
      scaled: { value: 1.1, answered: 4, expected: 4, prorated: false, band: null },
      tenfold: { value: 60, answered: 4, expected: 4, prorated: false, band: null },
      converted: { value: 3.25, answered: 4, expected: 4, prorated: false, band: null },
      combo: { value: 4.2, answered: 6, expected: 6, prorated: false, band: null },
      pairs: { value: 6, answered: 2, expected: 2, prorated: false, band: null },
      decimals: { value: 0.8, answered: 2, expected: 2, prorated: false, band: null },
    });
  });
  it('cut-offs: a single criterion, one without a default scheme (null), an item criterion, an exact decimal sum at its threshold', () => {
    const r = run();
    expect(r.cutoffs).toEqual({ high: true, screen: null, item: true, local: true });
  });
  it('the flag fires', () => expect(run().flags).toEqual([{ id: 'six', item: 'audit_6', status: 'positive' }]));
  it('provenance: rules, schemes, sources, evidence in rule order, what is undetermined and why, the user-supplied cut-off', () => {
    const r = run();
    expect(r.provenance).toEqual({
      instrument: 'audit',
      definitionVersion: '2.1.0',
      packageVersion: PACKAGE_VERSION,
      rules: RULES,
      bandSchemes: { total: 'published', open: null, ...NO_BANDS },
      cutoffSchemes: { screen: null, item: 'two' },
      prorated: false,
      sources: ['s', 'm', 'u', 'f'],
      evidence: [
        { rule: 'band_scheme', id: 'total', scheme: 'published', level: 'primary', sources: ['s'] },
        { rule: 'cutoff', id: 'high', level: 'primary', sources: ['s'] },
        { rule: 'cutoff', id: 'item', scheme: 'two', level: 'primary', sources: ['s'] },
        ...BASE_EVIDENCE,
      ],
      undetermined: [
        { rule: 'band_scheme', id: 'open', message: 'no default band scheme (single secondary or conflicting sources): choose one of x, y with options.bandSchemes' },
        { rule: 'cutoff', id: 'screen', message: 'no default scheme (single secondary or conflicting sources): choose one of strict, lenient with options.cutoffSchemes' },
      ],
      userSupplied: [{ rule: 'cut-off local', source: USER_SOURCE }],
    });
  });
  it('the same provenance with options that choose nothing', () => {
    const r = run();
    expect(score(audit, answers, {}).provenance).toEqual(r.provenance);
    expect(score(audit, answers, { bandSchemes: {}, cutoffSchemes: {} }).provenance).toEqual(r.provenance);
  });
});

describe('every method, with chosen schemes', () => {
  const options = { bandSchemes: { open: 'x', total: 'local' }, cutoffSchemes: { screen: 'lenient', item: 'three' } } as const;
  const run = () => score(audit, answers, options);
  it('bands and cut-offs of the chosen schemes, for the scales and cut-offs named only', () => {
    const r = run();
    expect(r.valid).toBe(true);
    expect(r.scales.total.band).toEqual({ id: 'any', label: 'Any', scheme: 'local' });
    expect(r.scales.open.band).toEqual({ id: 'x_high', label: 'X high', scheme: 'x' });
    expect(r.scales.mean.band).toBeNull();
    expect(r.cutoffs).toEqual({ high: true, screen: true, item: false, local: true });
  });
  it('provenance names the chosen schemes, adds their sources and evidence, drops what is now determined, and lists the user-supplied ones', () => {
    const r = run();
    expect(r.provenance).toEqual({
      instrument: 'audit',
      definitionVersion: '2.1.0',
      packageVersion: PACKAGE_VERSION,
      rules: RULES,
      bandSchemes: { total: 'local', open: 'x', ...NO_BANDS },
      cutoffSchemes: { screen: 'lenient', item: 'three' },
      prorated: false,
      sources: ['s', 'm', 'u', 'f', 'x', 'y'],
      evidence: [{ rule: 'band_scheme', id: 'open', scheme: 'x', level: 'single_secondary', sources: ['x'] }, { rule: 'cutoff', id: 'high', level: 'primary', sources: ['s'] }, ...BASE_EVIDENCE],
      undetermined: [],
      userSupplied: [
        { rule: 'band scheme local of scale total', source: USER_SOURCE },
        { rule: 'cut-off item, scheme three', source: USER_SOURCE },
        { rule: 'cut-off local', source: USER_SOURCE },
      ],
    });
  });
  it('choosing only a band scheme keeps the default cut-off schemes (and their undetermined entry)', () => {
    const p = score(audit, answers, { bandSchemes: { open: 'y' } }).provenance;
    expect(p.bandSchemes).toMatchObject({ total: 'published', open: 'y' });
    expect(p.cutoffSchemes).toEqual({ screen: null, item: 'two' });
    expect(p.sources).toEqual(['s', 'm', 'u', 'f', 'y']);
    expect(p.evidence.map((e) => [e.rule, e.id])).toEqual([['band_scheme', 'total'], ['cutoff', 'high'], ['cutoff', 'item'], ['flag', 'six'], ['missing_rule', 'mean'], ['table', 'converted']]);
    expect(p.undetermined.map((u) => u.id)).toEqual(['screen']);
    expect(p.userSupplied).toEqual([{ rule: 'cut-off local', source: USER_SOURCE }]);
  });
  it('choosing only a cut-off scheme keeps the default band schemes (and their undetermined entry)', () => {
    const p = score(audit, answers, { cutoffSchemes: { screen: 'strict' } }).provenance;
    expect(p.bandSchemes).toMatchObject({ total: 'published', open: null });
    expect(p.cutoffSchemes).toEqual({ screen: 'strict', item: 'two' });
    expect(p.sources).toEqual(['s', 'm', 'u', 'f', 'x']);
    expect(p.evidence.slice(0, 4)).toEqual([
      { rule: 'band_scheme', id: 'total', scheme: 'published', level: 'primary', sources: ['s'] },
      { rule: 'cutoff', id: 'high', level: 'primary', sources: ['s'] },
      { rule: 'cutoff', id: 'screen', scheme: 'strict', level: 'single_secondary', sources: ['x'] },
      { rule: 'cutoff', id: 'item', scheme: 'two', level: 'primary', sources: ['s'] },
    ]);
    expect(p.undetermined.map((u) => u.id)).toEqual(['open']);
    expect(score(audit, answers, { cutoffSchemes: { screen: 'strict' } }).cutoffs.screen).toBe(false);
  });
  it('a band that excludes its minimum: 9 is below "over 9", 10 is in it', () => {
    const at = (a4: number, a5: number) => score(audit, { ...answers, audit_3: a4, audit_4: a5 }, { bandSchemes: { total: 'local' } }).scales.total;
    expect(at(3, 2)).toMatchObject({ value: 9, band: { id: 'any' } });
    expect(at(3, 3)).toMatchObject({ value: 10, band: { id: 'over' } });
  });
});

describe('proration', () => {
  const partial = { ...answers, audit_4: null, audit_8: null };
  it('without options.prorate: the sums need every item; the published rule (3 of 4) still scores the mean', () => {
    const r = score(audit, partial);
    expect(r.scales.total).toEqual({ value: null, reason: 'insufficient_answers', answered: 3, expected: 4, prorated: false, band: null });
    expect(r.scales.mean).toEqual({ value: 5 / 3, answered: 3, expected: 4, prorated: false, band: null });
    expect(r.scales.scaled).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 3, prorated: false });
    expect(r.scales.converted).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 3 });
    expect(r.scales.combo).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 4, expected: 6, prorated: false });
    expect(r.scales.decimals).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 1 });
    expect(r.cutoffs).toEqual({ high: null, screen: null, item: true, local: null });
    expect(r.provenance.prorated).toBe(false);
    expect(r.provenance.rules).toEqual(RULES);
  });
  it('with options.prorate: sums prorated (5 × 4/3, 0.7 × 2), marked, and the package rule named', () => {
    const r = score(audit, partial, { prorate: true });
    expect(r.scales.total).toEqual({ value: 20 / 3, answered: 3, expected: 4, prorated: true, band: { id: 'high', label: 'High', scheme: 'published' } });
    expect(r.scales.mean).toMatchObject({ value: 5 / 3, prorated: false });
    expect(r.scales.scaled).toMatchObject({ value: 7 / 6, answered: 3, prorated: true });
    expect(r.scales.tenfold).toMatchObject({ value: 200 / 3, prorated: true });
    // 20/3 is between the table's rows: no conversion, and no guess.
    expect(r.scales.converted).toEqual({ value: null, reason: 'insufficient_answers', answered: 3, expected: 4, prorated: true, band: null });
    expect(r.scales.decimals).toMatchObject({ value: 1.4, answered: 1, prorated: true });
    expect(r.scales.combo).toMatchObject({ answered: 4, expected: 6, prorated: true });
    expect(r.scales.combo.value).toBeCloseTo(0.5 * (20 / 3) + 0.25 * 1.4 + 1, 12);
    expect(r.cutoffs).toEqual({ high: true, screen: null, item: true, local: true });
    expect(r.provenance.prorated).toBe(true);
    expect(r.provenance.rules).toEqual(PRORATED_RULES);
  });
  it('with options.prorate and every item answered: the package rule is named, nothing is marked prorated', () => {
    const r = score(audit, answers, { prorate: true });
    expect(r.scales.total).toMatchObject({ value: 6, prorated: false });
    expect(r.provenance.prorated).toBe(false);
    expect(r.provenance.rules).toEqual(PRORATED_RULES);
  });
  it('with options.prorate and a chosen scheme: both in provenance', () => {
    const p = score(audit, partial, { prorate: true, bandSchemes: { total: 'local' } }).provenance;
    expect(p.rules).toEqual(PRORATED_RULES);
    expect(p.prorated).toBe(true);
    expect(p.bandSchemes).toMatchObject({ total: 'local' });
  });
  it('with options.prorate, fewer than half answered is still insufficient', () => {
    const r = score(audit, { audit_1: 3, audit_7: 0.1 }, { prorate: true });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 1, prorated: false });
    expect(r.scales.decimals).toMatchObject({ value: 0.2, answered: 1, prorated: true });
    expect(score(audit, { audit_1: 3, audit_2: 3 }, { prorate: true }).scales.total).toMatchObject({ value: 6, answered: 2, prorated: true });
  });
  it('a mean under the published rule at 2 of 4 is insufficient whatever options.prorate says', () => {
    const r = score(audit, { audit_1: 3, audit_2: 3 }, { prorate: true });
    expect(r.scales.mean).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 2, prorated: false });
  });
  it('a product sum is never prorated', () => {
    const r = score(audit, { audit_5: 3 }, { prorate: true });
    expect(r.scales.pairs).toEqual({ value: null, reason: 'insufficient_answers', answered: 1, expected: 2, prorated: false, band: null });
    expect(r.scales.open).toMatchObject({ value: 6, prorated: true });
  });
});

describe('invalid answers', () => {
  it('an invalid item makes the scales that use it invalid, keeps the others, and is one issue', () => {
    const r = score(audit, { ...answers, audit_5: 7 } as never);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([{ code: 'invalid_value', severity: 'error', item: 'audit_5', value: 7, message: 'audit_5: 7 is not an option; expected one of 0, 1, 2, 3' }]);
    expect(r.scales.open).toEqual({ value: null, reason: 'invalid_answers', answered: 1, expected: 2, prorated: false, band: null });
    expect(r.scales.pairs).toEqual({ value: null, reason: 'invalid_answers', answered: 1, expected: 2, prorated: false, band: null });
    expect(r.scales.total.value).toBe(6);
    expect(r.flags).toEqual([{ id: 'six', item: 'audit_6', status: 'positive' }]);
  });
  it('invalid beats insufficient in a composite, whichever term is invalid', () => {
    const r = score(audit, { audit_1: 1, audit_7: 5 } as never);
    expect(r.scales.combo).toMatchObject({ value: null, reason: 'invalid_answers', answered: 1 });
    const s = score(audit, { audit_1: 9, audit_7: 0.1 } as never);
    expect(s.scales.combo).toMatchObject({ value: null, reason: 'invalid_answers', answered: 1 });
    expect(s.scales.scaled).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(s.scales.converted).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
  it('answers that cannot be read at all: every scale invalid, nothing answered, the flag unanswered', () => {
    const r = score(audit, 'nonsense' as never);
    for (const scale of Object.values(r.scales)) expect(scale).toMatchObject({ value: null, reason: 'invalid_answers', answered: 0, prorated: false, band: null });
    expect(r.flags).toEqual([{ id: 'six', item: 'audit_6', status: 'unanswered' }]);
    expect(r.cutoffs).toEqual({ high: null, screen: null, item: null, local: null });
  });
  it('an unscored item accepts its options and changes nothing', () => {
    const r = score(audit, { ...answers, audit_9: 3 });
    expect(r.valid).toBe(true);
    expect(r.scales).toEqual(score(audit, answers).scales);
  });
});
