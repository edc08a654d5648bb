/**
 * Paths of the SQL expressions (src/sql/expressions.ts) that no shipped instrument takes, each
 * executed in SQLite (sql.js) against `score()`: a flag id shared by two flags (the first that
 * fires wins), proration of a composite whose terms are never prorated; and the refusals a user
 * sees for a value that cannot be compared exactly in integers, naming where it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criterion, InstrumentDefinition, Scale } from '../src/schema/types.js';
import { SqlExportError } from '../src/sql/dialect.js';
import { toSql } from '../src/sql/index.js';
import { sqlite, type Engine } from './sql-engines.js';
import { toy, toy2 } from './fixtures.js';
import { answerRows, differences, load, optionSets } from './sql-rows.js';

/** Two flags with one id: a column that is the first of them to fire (or be unanswered). */
const shared: InstrumentDefinition = {
  ...toy,
  id: 'shared',
  flags: [
    { id: 'high', label: 'item 1 = 5', item: 'toy_1', op: '>=', value: 5, sources: ['s'] },
    { id: 'high', label: 'item 3 ≥ 4', item: 'toy_3', op: '>=', value: 4, sources: ['s'] },
  ],
};
/** A composite of scales under a published minimum: never prorated, even with options.prorate. */
const published = (s: Scale): Scale => (s.items.length > 0 ? { ...s, missing: { kind: 'min_answered', min: 1, sources: ['s'] } } : s);
const unprorated: InstrumentDefinition = { ...toy, id: 'unprorated', scales: toy.scales.map(published) };
/** Scales of no items (defineInstrument accepts them; score() leaves them null): the query used to read `NOT ()`. */
const empty: InstrumentDefinition = {
  ...toy,
  id: 'empty',
  scales: [
    ...toy.scales,
    { ...toy.scales[2], id: 'none', items: [], missing: { kind: 'min_answered', min: 1, sources: ['s'] } },
    { ...toy.scales[0], id: 'none_mean', items: [], bandSchemes: [] },
  ],
};

describe('executed in SQLite', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await sqlite();
  });
  afterAll(async () => engine.close());

  it.for([shared, unprorated, empty].map((d) => [d.id, d] as const))('%s: every option set equals score() on 300 seeded rows', async ([, def]) => {
    const rows = answerRows(def, 300, engine.nonFinite);
    await load(engine, def, rows, `"${def.id}"`);
    for (const set of optionSets(def)) {
      const { sql, columns } = toSql(def, { dialect: 'sqlite', table: def.id, ...set });
      expect(differences(def, rows, await engine.all(sql), columns, set).slice(0, 5), JSON.stringify(set)).toEqual([]);
    }
  });

  it('the shared flag column: item 1 first, then item 3', async () => {
    const sql = toSql(shared, { dialect: 'sqlite', table: 'shared' }).sql;
    expect(sql).toContain('COALESCE(CASE "toy_1" ');
    const rows = await engine.all(sql.replace('FROM "shared"', 'FROM (SELECT 0 AS id, 5 AS toy_1, 1 AS toy_2, 4 AS toy_3, NULL AS toy_4, NULL AS toy_5 UNION ALL SELECT 1, 4, 1, 4, NULL, NULL UNION ALL SELECT 2, NULL, 1, 1, NULL, NULL UNION ALL SELECT 3, 1, 1, 1, NULL, NULL)'));
    expect(rows.map((r) => r.shared_high)).toEqual(['positive', 'positive', 'unanswered', null]);
  });

  it('the prorated column of the composite is false with options.prorate', async () => {
    const { sql } = toSql(unprorated, { dialect: 'sqlite', table: 'unprorated', prorate: true });
    expect(sql).toContain('FALSE AS "unprorated_combo_prorated"');
  });
});

describe('refusals: a value too small to compare exactly in integers, and where it is', () => {
  const tiny = 1e-20;
  const refusal = (def: InstrumentDefinition): string => {
    try {
      toSql(def);
    } catch (error) {
      expect(error).toBeInstanceOf(SqlExportError);
      return (error as Error).message;
    }
    throw new Error('expected a refusal');
  };
  const withScale = (base: InstrumentDefinition, id: string, method: Scale['method']): InstrumentDefinition => ({ ...base, scales: base.scales.map((s): Scale => (s.id === id ? { ...s, method } : s)) });

  it.each([
    ['a linear constant', withScale(toy, 'rescaled', { kind: 'linear', of: 'mean3', multiply: 2, add: tiny }), 'scale rescaled'],
    ['a lookup row\'s score', withScale(toy, 'metric', { kind: 'lookup', of: 'sum3', table: [[3, tiny]] }), 'scale metric'],
    ['a lookup row\'s raw value', withScale(toy, 'metric', { kind: 'lookup', of: 'sum3', table: [[tiny, 1]] }), 'scale metric'],
    ['a composite constant', withScale(toy, 'combo', { kind: 'composite', terms: [{ scale: 'mean3', weight: 1 }], add: tiny }), 'scale combo'],
    ['a composite weight', withScale(toy, 'combo', { kind: 'composite', terms: [{ scale: 'mean3', weight: tiny }], add: 0 }), 'scale combo'],
    ['an option of an item in a product', { ...toy2, responseScales: [{ ...toy2.responseScales[0], options: [...toy2.responseScales[0].options, { value: tiny, label: 'tiny' }] }] }, 'scale products'],
    ['a band minimum', { ...toy, scales: toy.scales.map((s): Scale => (s.id === 'mean3' ? { ...s, bandSchemes: [{ ...s.bandSchemes[0], bands: [{ id: 'lo', label: 'Low', min: 1 }, { id: 'hi', label: 'High', min: tiny }] }] } : s)) }, 'band hi'],
  ] as [string, InstrumentDefinition, string][])('%s', (_what, def, where) => {
    expect(refusal(def)).toBe(`${where}: the value is too large to compare exactly in integers`);
  });

  it('any and all count towards the 64 references a cut-off may follow', () => {
    const nest = (depth: number, kind: 'any' | 'all'): Criterion => (depth === 0 ? { scale: 'mean3', op: '>=', value: 2 } : kind === 'any' ? { any: [nest(depth - 1, kind)] } : { all: [nest(depth - 1, kind)] });
    for (const kind of ['any', 'all'] as const) {
      expect(toSql({ ...toy, cutoffs: [{ id: 'deep', label: 'x', criterion: nest(64, kind), sources: ['s'] }] }).columns.some((c) => c.name === 'toy_deep')).toBe(true);
      expect(refusal({ ...toy, cutoffs: [{ id: 'deep', label: 'x', criterion: nest(65, kind), sources: ['s'] }] })).toBe('cut-offs refer to each other too deeply');
    }
  });
});
