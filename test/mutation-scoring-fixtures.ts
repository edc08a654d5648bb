/**
 * Synthetic definitions for the scoring engine's mutation tests (test/mutation-scoring*.test.ts):
 * every rule kind with its evidence, schemes with and without a default, user-supplied rules,
 * and option values whose exact sums differ from floating-point sums.
 */
import type { InstrumentDefinition } from '../src/schema/types.js';

const licence = { holder: 'nobody', terms: 'test only', itemText: false, commercialUseNeedsPermission: false, notice: 'test', sources: ['s'] } as const;

/** Every method, rule and evidence kind, a band scheme and a cut-off without a default, and user-supplied rules. */
export const audit = {
  id: 'audit',
  name: 'Audit instrument',
  shortName: 'AUDIT',
  version: '2.1.0',
  languages: ['en'],
  constructs: ['stress'],
  recallPeriod: null,
  responseScales: [
    { id: 'four', options: [0, 1, 2, 3].map((v) => ({ value: v, label: `option ${v}` })), sources: ['s'] },
    { id: 'tenths', options: [{ value: 0.1, label: 'a' }, { value: 0.2, label: 'b' }, { value: 0.7, label: 'c' }], sources: ['s'] },
  ],
  items: [
    { id: 'audit_1', number: 1, responseScale: 'four', scored: true, topic: 'a' },
    { id: 'audit_2', number: 2, responseScale: 'four', scored: true, topic: 'b', reverse: true },
    { id: 'audit_3', number: 3, responseScale: 'four', scored: true, topic: 'c' },
    { id: 'audit_4', number: 4, responseScale: 'four', scored: true, topic: 'd' },
    { id: 'audit_5', number: 5, responseScale: 'four', scored: true, topic: 'e' },
    { id: 'audit_6', number: 6, responseScale: 'four', scored: true, topic: 'f' },
    { id: 'audit_7', number: 7, responseScale: 'tenths', scored: true, topic: 'g' },
    { id: 'audit_8', number: 8, responseScale: 'tenths', scored: true, topic: 'h' },
    { id: 'audit_9', number: 9, responseScale: 'four', scored: false, topic: 'unscored' },
  ],
  scales: [
    {
      id: 'total', label: 'Sum of 1–4', items: ['audit_1', 'audit_2', 'audit_3', 'audit_4'], method: { kind: 'sum' }, range: [0, 12], direction: 'higher_is_worse', missing: { kind: 'all' },
      bandSchemes: [
        { id: 'published', label: 'Published', default: true, bands: [{ id: 'low', label: 'Low', min: 0 }, { id: 'high', label: 'High', min: 6 }], sources: ['s'], evidence: { level: 'primary', sources: ['s'] } },
        { id: 'local', label: 'Local', bands: [{ id: 'any', label: 'Any', min: 0 }, { id: 'over', label: 'Over 9', min: 9, minExclusive: true }], sources: ['u'] },
      ],
      sources: ['s'],
    },
    {
      id: 'mean', label: 'Mean of 1–4', items: ['audit_1', 'audit_2', 'audit_3', 'audit_4'], method: { kind: 'mean' }, range: [0, 3], direction: 'higher_is_worse',
      missing: { kind: 'min_answered', min: 3, sources: ['m'], evidence: { level: 'primary', sources: ['m'] } }, bandSchemes: [], sources: ['s'],
    },
    {
      id: 'open', label: 'Sum of 5–6', items: ['audit_5', 'audit_6'], method: { kind: 'sum' }, range: [0, 6], direction: 'higher_is_worse', missing: { kind: 'all' },
      bandSchemes: [
        { id: 'x', label: 'X', bands: [{ id: 'x_low', label: 'X low', min: 0 }, { id: 'x_high', label: 'X high', min: 3 }], sources: ['x'], evidence: { level: 'single_secondary', sources: ['x'], note: 'Synthetic: one secondary source.' } },
        { id: 'y', label: 'Y', bands: [{ id: 'y_all', label: 'Y all', min: 0 }], sources: ['y'] },
      ],
      sources: ['s'],
    },
    { id: 'scaled', label: 'total × 0.1 + 0.5', items: [], method: { kind: 'linear', of: 'total', multiply: 0.1, add: 0.5 }, range: [0.5, 1.7], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    { id: 'tenfold', label: 'total × 10', items: [], method: { kind: 'linear', of: 'total', multiply: 10, add: 0 }, range: [0, 120], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    {
      id: 'converted', label: 'Table of total', items: [], method: { kind: 'lookup', of: 'total', table: Array.from({ length: 13 }, (_, i) => [i, i * 0.5 + 0.25] as const), evidence: { level: 'primary', sources: ['s'] } },
      range: [0.25, 6.25], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'],
    },
    { id: 'combo', label: '0.5 × total + 0.25 × decimals + 1', items: [], method: { kind: 'composite', terms: [{ scale: 'total', weight: 0.5 }, { scale: 'decimals', weight: 0.25 }], add: 1 }, range: [1.05, 7.35], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    { id: 'pairs', label: '5 × 6', items: ['audit_5', 'audit_6'], method: { kind: 'product_sum', pairs: [['audit_5', 'audit_6']] }, range: [0, 9], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    { id: 'decimals', label: 'Sum of 7–8', items: ['audit_7', 'audit_8'], method: { kind: 'sum' }, range: [0.2, 1.4], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
  ],
  cutoffs: [
    { id: 'high', label: 'total ≥ 6', criterion: { scale: 'total', op: '>=', value: 6 }, sources: ['s'], evidence: { level: 'primary', sources: ['s'] } },
    {
      id: 'screen', label: 'Screen', sources: ['s'],
      schemes: [
        { id: 'strict', label: 'total ≥ 8', criterion: { scale: 'total', op: '>=', value: 8 }, sources: ['x'], evidence: { level: 'single_secondary', sources: ['x'], note: 'Synthetic: one secondary source.' } },
        { id: 'lenient', label: 'total ≥ 4', criterion: { scale: 'total', op: '>=', value: 4 }, sources: ['y'] },
      ],
    },
    {
      id: 'item', label: 'Item 1', sources: ['s'],
      schemes: [
        { id: 'two', label: 'item 1 ≥ 2', default: true, criterion: { item: 'audit_1', op: '>=', value: 2 }, sources: ['s'], evidence: { level: 'primary', sources: ['s'] } },
        { id: 'three', label: 'item 1 ≥ 3', criterion: { item: 'audit_1', op: '>=', value: 3 }, sources: ['u'] },
      ],
    },
    { id: 'local', label: 'decimals ≥ 0.8', criterion: { scale: 'decimals', op: '>=', value: 0.8 }, sources: ['u'] },
  ],
  flags: [{ id: 'six', label: 'item 6 = 3', item: 'audit_6', op: '>=', value: 3, sources: ['f'], evidence: { level: 'primary', sources: ['f'] } }],
  benchmarks: [],
  sources: [
    { id: 's', citation: 'Synthetic test source, not a real instrument.', kind: 'publication' },
    { id: 'm', citation: 'Synthetic source of the missing-data rule.', kind: 'publication' },
    { id: 'x', citation: 'Synthetic source of scheme x.', kind: 'reproduction' },
    { id: 'y', citation: 'Synthetic source of scheme y.', kind: 'publication' },
    { id: 'f', citation: 'Synthetic source of the flag.', kind: 'publication' },
    { id: 'u', citation: 'Local rule agreed by the test committee, 2025', kind: 'owner_page', userSupplied: true },
  ],
  licence,
} as const satisfies InstrumentDefinition;

/** One sum scale over `n` items answering `values`, for exact-arithmetic cases. */
export function sumOf(values: readonly number[], n: number, method: 'sum' | 'mean' = 'sum', extra: Partial<InstrumentDefinition> = {}): InstrumentDefinition {
  return {
    id: 'exact',
    name: 'Exact',
    shortName: 'EXACT',
    version: '1.0.0',
    languages: ['en'],
    constructs: ['stress'],
    recallPeriod: null,
    responseScales: [{ id: 'r', options: values.map((value, i) => ({ value, label: `option ${i}` })), sources: ['s'] }],
    items: Array.from({ length: n }, (_, i) => ({ id: `exact_${i + 1}`, number: i + 1, responseScale: 'r', scored: true, topic: 't' })),
    scales: [
      { id: 'total', label: 'Total', items: Array.from({ length: n }, (_, i) => `exact_${i + 1}`), method: { kind: method }, range: [Math.min(...values), n * Math.max(...values)], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    ],
    cutoffs: [],
    flags: [],
    benchmarks: [],
    sources: [{ id: 's', citation: 'Synthetic test source, not a real instrument.' }],
    licence,
    ...extra,
  };
}
