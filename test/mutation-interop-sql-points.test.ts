/**
 * How the SQL export recodes an item's answer into points: arithmetically (`a + b × value`, the
 * cheap form that keeps DuckDB's optimiser fast) where the raw values are integers, by a CASE
 * over the options for decimal raw values and for an item of one option; in either form the
 * same results as `score()`, executed in SQLite (sql.js). No shipped instrument has an item of
 * one or two options or decimal raw values, so this definition has them, reverse-keyed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentDefinition, Scale } from '../src/schema/types.js';
import { toSql } from '../src/sql/index.js';
import { sqlite, type Engine } from './sql-engines.js';
import { answerRows, differences, load, optionSets } from './sql-rows.js';

const options = (values: readonly number[]) => values.map((value) => ({ value, label: `option ${value}` }));
const scale = (id: string, method: Scale['method'], items: readonly string[], missing: Scale['missing'] = { kind: 'all' }): Scale => ({
  id, label: id, items, method, range: [0, 100], direction: 'higher_is_worse', missing, bandSchemes: [], sources: ['s'],
});

const odd: InstrumentDefinition = {
  id: 'odd',
  name: 'Items of one and two options and decimal raw values',
  shortName: 'ODD',
  version: '1.0.0',
  languages: ['en'],
  constructs: ['stress'],
  recallPeriod: null,
  responseScales: [
    { id: 'one', options: options([3]), sources: ['s'] },
    { id: 'two', options: options([0, 1]), sources: ['s'] },
    { id: 'halves', options: options([0.5, 1, 1.5]), sources: ['s'] },
    { id: 'five', options: options([1, 2, 3, 4, 5]), sources: ['s'] },
  ],
  items: [
    { id: 'odd_1', number: 1, responseScale: 'one', scored: true, topic: 'a' },
    { id: 'odd_2', number: 2, responseScale: 'two', scored: true, topic: 'b', reverse: true },
    { id: 'odd_3', number: 3, responseScale: 'halves', scored: true, topic: 'c', reverse: true },
    { id: 'odd_4', number: 4, responseScale: 'five', scored: true, topic: 'd', reverse: true },
    { id: 'odd_5', number: 5, responseScale: 'five', scored: true, topic: 'e' },
  ],
  scales: [
    scale('sum', { kind: 'sum' }, ['odd_1', 'odd_2', 'odd_3', 'odd_4', 'odd_5']),
    scale('mean', { kind: 'mean' }, ['odd_2', 'odd_3', 'odd_4'], { kind: 'min_answered', min: 2, sources: ['s'] }),
    scale('products', { kind: 'product_sum', pairs: [['odd_1', 'odd_3'], ['odd_2', 'odd_4']] }, ['odd_1', 'odd_2', 'odd_3', 'odd_4']),
    // A mean of every item in a unit other than 1, and a linear conversion whose factor and constant both have denominators.
    scale('mean_all', { kind: 'mean' }, ['odd_3', 'odd_4']),
    scale('scaled', { kind: 'linear', of: 'mean_all', multiply: 0.5, add: 0.25 }, []),
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [],
  sources: [{ id: 's', citation: 'Synthetic test source, not a real instrument.' }],
  licence: { holder: 'nobody', terms: 'test only', itemText: false, commercialUseNeedsPermission: false, notice: 'test', sources: ['s'] },
};

describe('item points in SQL', () => {
  it('integer raw values are recoded arithmetically, decimal ones and a single option by CASE (sum, in halves)', () => {
    const { sql } = toSql(odd, { dialect: 'sqlite' });
    const line = sql.split('\n').find((l) => l.endsWith(' AS "odd_sum",'))!;
    // Points in the sum's common unit (halves, 1/2): odd_1 = 2 × 3; odd_2 = 2 × (1 − v); odd_3 = 2 × (2 − v); odd_4 = 2 × (6 − v); odd_5 = 2 × v.
    expect(line).toContain('COALESCE(CASE "odd_1" WHEN 3 THEN 6 END, 0)');
    expect(line).toContain('COALESCE((2 + (-2) * "odd_2"), 0)');
    expect(line).toContain('COALESCE(CASE "odd_3" WHEN 0.5 THEN 3 WHEN 1 THEN 2 WHEN 1.5 THEN 1 END, 0)');
    expect(line).toContain('COALESCE((12 + (-2) * "odd_4"), 0)');
    expect(line).toContain('COALESCE(2 * "odd_5", 0)');
    expect(line.endsWith(' END AS REAL) / 2 AS "odd_sum",')).toBe(true);
  });

  it('a product of points uses the same forms', () => {
    const { sql } = toSql(odd, { dialect: 'sqlite' });
    const line = sql.split('\n').find((l) => l.endsWith(' AS "odd_products",'))!;
    expect(line).toContain('(CASE "odd_1" WHEN 3 THEN 6 END) * (CASE "odd_3" WHEN 0.5 THEN 3 WHEN 1 THEN 2 WHEN 1.5 THEN 1 END)');
    expect(line).toContain('((2 + (-2) * "odd_2")) * ((12 + (-2) * "odd_4"))');
    expect(line.endsWith(' END AS REAL) / 4 AS "odd_products",')).toBe(true);
  });

  describe('executed in SQLite', () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await sqlite();
    });
    afterAll(async () => engine.close());

    it('every option set equals score() on 300 seeded rows', async () => {
      const rows = answerRows(odd, 300, engine.nonFinite);
      await load(engine, odd, rows, '"odd"');
      for (const set of optionSets(odd)) {
        const { sql, columns } = toSql(odd, { dialect: 'sqlite', table: 'odd', ...set });
        expect(differences(odd, rows, await engine.all(sql), columns, set).slice(0, 5), JSON.stringify(set)).toEqual([]);
      }
    });
  });
});
