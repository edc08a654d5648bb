/**
 * The result columns a scored row gets (src/interop/columns.ts), as the SQL export names them and
 * as SQLite (sql.js) returns them: every kind of column, the prefix, proration, and the suffixes
 * that keep a cut-off or flag from taking a scale's (or a band's) column name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phq9, sib } from '../src/instruments/index.js';
import { scoreColumns } from '../src/interop/columns.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { toSql } from '../src/sql/index.js';
import { sqlite, type Engine } from './sql-engines.js';
import { toy } from './fixtures.js';
import { load } from './sql-rows.js';

/** toy with a cut-off named like a band column and a flag named like a scale. */
const clash: InstrumentDefinition = {
  ...toy,
  cutoffs: [{ id: 'mean3_band', label: 'x', criterion: { scale: 'mean3', op: '>=', value: 2 }, sources: ['s'] }, { id: 'other', label: 'y', criterion: { item: 'toy_1', op: '>=', value: 3 }, sources: ['s'] }],
  flags: [{ id: 'sum3', label: 'item 3 = 5', item: 'toy_3', op: '>=', value: 5, sources: ['s'] }, { id: 'free', label: 'item 1 = 5', item: 'toy_1', op: '>=', value: 5, sources: ['s'] }],
};

describe('result columns', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await sqlite();
  });
  afterAll(async () => engine.close());

  /** The columns' kinds and names, and the names SQLite returns after the source table's own. */
  async function columnsOf(def: InstrumentDefinition, options: Parameters<typeof toSql>[1] = {}): Promise<string[]> {
    const table = `t_${def.id}_${Math.random().toString(36).slice(2)}`;
    await load(engine, def, [def.items.map(() => null)], `"${table}"`);
    const { sql, columns } = toSql(def, { dialect: 'sqlite', table, ...options });
    const [row] = await engine.all(sql);
    const names = Object.keys(row!).slice(1 + def.items.length);
    expect(names).toEqual(columns.map((c) => c.name));
    return columns.map((c) => `${c.kind} ${c.name}`);
  }

  it('PHQ-9: scale, band, cut-off, flag, valid and issues, prefixed with the id', async () => {
    expect(await columnsOf(phq9)).toEqual(['scale phq9_total', 'band phq9_total_band', 'cutoff phq9_positive_screen', 'flag phq9_suicidal_ideation', 'valid phq9_valid', 'issues phq9_issues']);
  });

  it('with proration, a prorated column after each scale (and its band); a prefix replaces the id', async () => {
    expect(await columnsOf(phq9, { prorate: true, prefix: 'p_' })).toEqual([
      'scale p_total', 'band p_total_band', 'prorated p_total_prorated', 'cutoff p_positive_screen', 'flag p_suicidal_ideation', 'valid p_valid', 'issues p_issues',
    ]);
  });

  it('a cut-off named like its scale gets "_cutoff" (the single-item burnout measure)', async () => {
    expect(await columnsOf(sib)).toEqual(['scale sib_burnout', 'cutoff sib_burnout_cutoff', 'valid sib_valid', 'issues sib_issues']);
  });

  it('a cut-off named like a band column gets "_cutoff", a flag named like a scale "_flag"; others keep their names', async () => {
    const names = await columnsOf(clash);
    expect(names.filter((n) => !n.startsWith('scale') && !n.startsWith('band'))).toEqual([
      'cutoff toy_mean3_band_cutoff', 'cutoff toy_other', 'flag toy_sum3_flag', 'flag toy_free', 'valid toy_valid', 'issues toy_issues',
    ]);
    expect(names.filter((n) => n.startsWith('band'))).toEqual(['band toy_mean3_band']);
  });

  it('by default (what `show` lists): the id as prefix and no prorated columns', () => {
    expect(scoreColumns(phq9).map((c) => c.name)).toEqual(['phq9_total', 'phq9_total_band', 'phq9_positive_screen', 'phq9_suicidal_ideation', 'phq9_valid', 'phq9_issues']);
  });
});
