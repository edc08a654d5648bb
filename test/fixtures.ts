/** A synthetic instrument exercising every method, rule and criterion kind the engine supports. */
import type { InstrumentDefinition } from '../src/schema/types.js';

export const toy = {
  id: 'toy',
  name: 'Toy instrument',
  shortName: 'TOY',
  version: '1.0.0',
  languages: ['en'],
  constructs: ['stress'],
  recallPeriod: null,
  responseScales: [
    { id: 'five', options: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: `option ${v}` })), sources: ['s'] },
    { id: 'decimal', options: [{ value: 0.1, label: 'a' }, { value: 0.2, label: 'b' }, { value: 0.7, label: 'c' }], sources: ['s'] },
  ],
  items: [
    { id: 'toy_1', number: 1, responseScale: 'five', scored: true, topic: 'a' },
    { id: 'toy_2', number: 2, responseScale: 'five', scored: true, topic: 'b', reverse: true },
    { id: 'toy_3', number: 3, responseScale: 'five', scored: true, topic: 'c' },
    { id: 'toy_4', number: 4, responseScale: 'decimal', scored: true, topic: 'd' },
    { id: 'toy_5', number: 5, responseScale: 'decimal', scored: true, topic: 'e' },
  ],
  scales: [
    {
      id: 'mean3', label: 'Mean of 1–3', items: ['toy_1', 'toy_2', 'toy_3'], method: { kind: 'mean' }, range: [1, 5],
      direction: 'higher_is_worse', missing: { kind: 'all' },
      bandSchemes: [
        { id: 'a', label: 'A', default: true, bands: [{ id: 'lo', label: 'Low', min: 1 }, { id: 'hi', label: 'High', min: 2.5 }], sources: ['s'] },
        { id: 'b', label: 'B', bands: [{ id: 'all', label: 'All', min: 1 }], sources: ['s'] },
      ],
      sources: ['s'],
    },
    { id: 'rescaled', label: '(mean − 1) × 25', items: [], method: { kind: 'linear', of: 'mean3', multiply: 25, add: -25 }, range: [0, 100], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    { id: 'sum3', label: 'Sum of 1–3', items: ['toy_1', 'toy_2', 'toy_3'], method: { kind: 'sum' }, range: [3, 15], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    {
      id: 'metric', label: 'Lookup of sum3', items: [], method: { kind: 'lookup', of: 'sum3', table: Array.from({ length: 13 }, (_, i) => [i + 3, (i + 3) * 1.5 + 0.01] as const) },
      range: [4.51, 22.51], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'],
    },
    { id: 'decimals', label: 'Sum of 4–5', items: ['toy_4', 'toy_5'], method: { kind: 'sum' }, range: [0.2, 1.4], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    { id: 'combo', label: '0.4 × mean3 + 0.6 × decimals', items: [], method: { kind: 'composite', terms: [{ scale: 'mean3', weight: 0.4 }, { scale: 'decimals', weight: 0.6 }], add: 0 }, range: [0.52, 2.84], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
  ],
  cutoffs: [
    { id: 'decimals_high', label: 'decimals ≥ 0.3', criterion: { scale: 'decimals', op: '>=', value: 0.3 }, sources: ['s'] },
    { id: 'rescaled_gt', label: 'rescaled > 50', criterion: { scale: 'rescaled', op: '>', value: 50 }, sources: ['s'] },
    { id: 'item1_low', label: 'item 1 raw ≤ 2', criterion: { item: 'toy_1', op: '<=', value: 2 }, sources: ['s'] },
    { id: 'either', label: 'any', criterion: { any: [{ cutoff: 'decimals_high' }, { cutoff: 'item1_low' }] }, sources: ['s'] },
    { id: 'both', label: 'all', criterion: { all: [{ cutoff: 'decimals_high' }, { cutoff: 'item1_low' }] }, sources: ['s'] },
  ],
  flags: [{ id: 'item3_max', label: 'item 3 = 5', item: 'toy_3', op: '>=', value: 5, sources: ['s'] }],
  benchmarks: [],
  sources: [{ id: 's', citation: 'Synthetic test source, not a real instrument.' }],
  licence: { holder: 'nobody', terms: 'test only', itemText: false, commercialUseNeedsPermission: false, notice: 'test', sources: ['s'] },
} as const satisfies InstrumentDefinition;

/**
 * A synthetic instrument for the features beyond the basic methods: cut-off schemes, a band that
 * excludes its minimum, and a sum of item products (items rated twice, as in the MMD-HP).
 */
export const toy2 = {
  id: 'toy2',
  name: 'Toy instrument 2',
  shortName: 'TOY2',
  version: '1.0.0',
  languages: ['en'],
  constructs: ['distress'],
  recallPeriod: null,
  responseScales: [{ id: 'five', options: [0, 1, 2, 3, 4].map((v) => ({ value: v, label: `option ${v}` })), sources: ['s'] }],
  items: [
    { id: 'toy2_1_frequency', number: 1, responseScale: 'five', scored: true, topic: 'a, how often' },
    { id: 'toy2_1_distress', number: 1, responseScale: 'five', scored: true, topic: 'a, how distressing' },
    { id: 'toy2_2_frequency', number: 2, responseScale: 'five', scored: true, topic: 'b, how often' },
    { id: 'toy2_2_distress', number: 2, responseScale: 'five', scored: true, topic: 'b, how distressing', reverse: true },
    { id: 'toy2_3', number: 3, responseScale: 'five', scored: true, topic: 'c' },
    { id: 'toy2_4', number: 4, responseScale: 'five', scored: true, topic: 'd' },
    { id: 'toy2_5', number: 5, responseScale: 'five', scored: true, topic: 'e' },
  ],
  scales: [
    {
      id: 'products', label: 'Σ frequency × distress', items: ['toy2_1_frequency', 'toy2_1_distress', 'toy2_2_frequency', 'toy2_2_distress'],
      method: { kind: 'product_sum', pairs: [['toy2_1_frequency', 'toy2_1_distress'], ['toy2_2_frequency', 'toy2_2_distress']] },
      range: [0, 32], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'],
    },
    {
      id: 'mean', label: 'Mean of 3–5', items: ['toy2_3', 'toy2_4', 'toy2_5'], method: { kind: 'mean' }, range: [0, 4], direction: 'higher_is_better', missing: { kind: 'all' },
      bandSchemes: [
        {
          id: 'above', label: 'High above 3', default: true, sources: ['s'],
          bands: [{ id: 'low', label: 'Low', min: 0 }, { id: 'normal', label: 'Normal', min: 2 }, { id: 'high', label: 'High', min: 3, minExclusive: true }],
        },
      ],
      sources: ['s'],
    },
  ],
  cutoffs: [
    {
      id: 'positive', label: 'Mean high', sources: ['s'],
      schemes: [
        { id: 'standard', label: 'mean ≥ 3', default: true, criterion: { scale: 'mean', op: '>=', value: 3 }, sources: ['s'] },
        { id: 'sensitive', label: 'mean ≥ 2', criterion: { scale: 'mean', op: '>=', value: 2 }, sources: ['t'] },
      ],
    },
    { id: 'also', label: 'positive and products ≥ 8', criterion: { all: [{ cutoff: 'positive' }, { scale: 'products', op: '>=', value: 8 }] }, sources: ['s'] },
  ],
  flags: [],
  benchmarks: [
    { id: 'dist', scale: 'mean', population: 'synthetic', country: 'nowhere', year: 2020, n: 10, distribution: [{ value: 0, proportion: 0.5 }, { value: 4, proportion: 0.5 }], note: 'made up', sources: ['s'] },
  ],
  sources: [
    { id: 's', citation: 'Synthetic test source, not a real instrument.' },
    { id: 't', citation: 'A second synthetic source, for the sensitive scheme.' },
  ],
  licence: { holder: 'nobody', terms: 'test only', itemText: false, commercialUseNeedsPermission: false, notice: 'test', sources: ['s'] },
} as const satisfies InstrumentDefinition;
