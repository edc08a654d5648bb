/** Harmonised outcomes (`outcomes`, `outcomesFor`, `compare`) over every instrument, with benchmarks. */
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { compare, outcomes, outcomesFor } from '../src/compare/index.js';
import { cbi, mbi, phq2, phq4, phq9, pfi, sib, who5 } from '../src/instruments/index.js';
import { definitionProblems } from '../src/schema/problems.js';
import type { InstrumentDefinition, Outcome } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { normalCdf } from '../src/stats/distributions.js';
import { toy2 } from './fixtures.js';
import { all, ids } from './support.js';

/** Every item at the option giving its lowest (or highest) scored value, reverse keys included. */
function extreme(def: InstrumentDefinition, which: 'low' | 'high'): Record<string, number> {
  return Object.fromEntries(
    def.items.map((item) => {
      const values = def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
      return [item.id, (which === 'low') !== (item.reverse === true) ? Math.min(...values) : Math.max(...values)];
    }),
  );
}

describe.each(instruments.map((d): [string, InstrumentDefinition] => [d.id, d]))('outcomes of %s', (_id, def) => {
  const declared: readonly Outcome[] = def.outcomes ?? [];
  it('put severity at 0 for the least and 100 for the most adverse answers, and follow the cut-off', () => {
    for (const which of ['low', 'high'] as const) {
      const result = score(def, extreme(def, which));
      const rows = outcomes(result);
      expect(rows.map((r) => r.construct)).toEqual(declared.map((o) => o.construct));
      for (const row of rows) {
        const adverseHigh = row.severityScale.direction === 'higher_is_worse';
        expect(row.severity, `${row.construct} (${which})`).toBe((which === 'high') === adverseHigh ? 100 : 0);
        const cutoff = declared.find((o) => o.construct === row.construct)!.cutoff;
        expect(row.positive).toBe(cutoff === undefined ? null : (result.cutoffs as Record<string, boolean | null>)[cutoff]);
        expect(row.criterion?.cutoff ?? null).toBe(cutoff ?? null);
      }
    }
  });
  it('give null severity and null positive without answers', () => {
    for (const row of outcomes(score(def, {}))) {
      expect(row.severity).toBeNull();
      expect(row.positive).toBeNull();
    }
  });
});

describe('outcomes', () => {
  it('express PHQ-9 severity as percent of maximum and place it against the German norm (normal assumption)', () => {
    const r = score(phq9, [2, 2, 2, 2, 1, 1, 2, 0, 0, null]);
    const [o] = outcomesFor(phq9, r, { benchmarks: { phq9: 'de_general_2013' } });
    expect(o).toMatchObject({ construct: 'depression', positive: true, severityScale: { id: 'total', value: 12, range: [0, 27] } });
    expect(o!.severity).toBeCloseTo((100 * 12) / 27, 12);
    expect(o!.benchmark).toMatchObject({ id: 'de_general_2013', method: 'normal', mean: 2.91, sd: 3.5, n: 5018 });
    expect(o!.benchmark!.z).toBeCloseTo((12 - 2.91) / 3.5, 12);
    expect(o!.benchmark!.percentile).toBeCloseTo(100 * normalCdf((12 - 2.91) / 3.5), 12);
    expect(o!.benchmark!.assumption).toMatch(/normally distributed/);
  });
  it('turn higher-is-better scales round: WHO-5 percentage 32 is severity 68 and poor well-being', () => {
    const [o] = outcomes(score(who5, [2, 2, 1, 2, 1]));
    expect(o).toMatchObject({ construct: 'wellbeing', positive: true, severity: 68, severityScale: { id: 'percentage', value: 32, direction: 'higher_is_better' } });
  });
  it('place the single item in its published distribution by mid-rank, with no distributional assumption', () => {
    const dist = sib.benchmarks.find((b) => b.id === 'va_primary_care_2012_distribution')!.distribution!;
    const below = dist.filter((d) => d.value < 3).reduce((a, d) => a + d.proportion, 0);
    const at = dist.find((d) => d.value === 3)!.proportion;
    const total = dist.reduce((a, d) => a + d.proportion, 0);
    const [o] = outcomes(score(sib, { sib_1: 3 }), { benchmarks: { sib: 'va_primary_care_2012_distribution' } });
    expect(o!.benchmark).toMatchObject({ method: 'distribution', z: null });
    expect(o!.benchmark!.percentile).toBeCloseTo((100 * (below + at / 2)) / total, 12);
  });
  it('set a prevalence benchmark beside the respondent, and attach each PHQ-4 benchmark to its own construct', () => {
    const rows = outcomes(score(phq4, [2, 2, 0, 0]), { benchmarks: { phq4: ['uk_lockdown_2020_anxiety', 'uk_lockdown_2020_depression'] } });
    const anxiety = rows.find((r) => r.construct === 'anxiety')!;
    const depression = rows.find((r) => r.construct === 'depression')!;
    expect(anxiety).toMatchObject({ positive: true, benchmark: { id: 'uk_lockdown_2020_anxiety', method: 'prevalence', prevalence: 0.219, z: null, percentile: null } });
    expect(depression).toMatchObject({ positive: false, benchmark: { id: 'uk_lockdown_2020_depression', prevalence: 0.235 } });
    expect(rows.find((r) => r.construct === 'distress')).toMatchObject({ criterion: null, positive: null, severity: (100 * 4) / 12 });
    expect(rows.find((r) => r.construct === 'distress')!.benchmark).toBeUndefined();
  });
  it('report the cut-off scheme the result was scored with (PHQ-2 ≥ 2 under the sensitive scheme)', () => {
    const standard = outcomes(score(phq2, [1, 1]))[0]!;
    const sensitive = outcomes(score(phq2, [1, 1], { cutoffSchemes: { positive_screen: 'sensitive' } }))[0]!;
    expect([standard.positive, standard.criterion?.scheme]).toEqual([false, 'standard']);
    expect([sensitive.positive, sensitive.criterion?.scheme]).toEqual([true, 'sensitive']);
    expect(sensitive.criterion?.label).toMatch(/sensitive|≥ 2/i);
  });
  it('use the MBI burnout cut-off with emotional exhaustion as severity', () => {
    const answers = { ...all(ids('mbi', 1, 22), 0), ...all(['mbi_1', 'mbi_2', 'mbi_3', 'mbi_6', 'mbi_8'], 6) };
    const [o] = outcomes(score(mbi, answers));
    expect(o).toMatchObject({ construct: 'burnout', criterion: { cutoff: 'burnout', scheme: 'ee_or_dp' }, severityScale: { id: 'emotional_exhaustion' } });
  });
  it('refuse a result of another instrument, unknown instruments and benchmarks that fit no outcome', () => {
    const r = score(phq9, {});
    expect(() => outcomesFor(cbi, r)).toThrow(RangeError);
    expect(() => outcomes(r, { benchmarks: { phq9: 'nope' } })).toThrow(/no benchmark "nope".*de_general_2013/);
    expect(() => outcomes(r, { benchmarks: { phq9: ['de_general_2013', 'de_covid_2021'] } })).toThrow(/two benchmarks/);
    const alien = { ...r, instrument: { ...r.instrument, id: 'alien' } };
    expect(() => outcomes(alien)).toThrow(/unknown instrument "alien"/);
    const cbiResult = score(cbi, {});
    expect(() => outcomes(cbiResult, { benchmarks: { cbi: 'au_midwives_2014_personal' } })).toThrow(/personal_high.*none of its outcomes/);
  });
  it('work for definitions outside the catalogue through options.definitions, and give [] without declared outcomes', () => {
    const withOutcome = { ...toy2, outcomes: [{ construct: 'distress', severityScale: 'mean', direction: 'higher_is_better', cutoff: 'positive', sources: ['s'] }] } as const satisfies InstrumentDefinition;
    expect(definitionProblems(withOutcome)).toEqual([]);
    const r = score(withOutcome, { toy2_3: 4, toy2_4: 4, toy2_5: 1 });
    expect(outcomes(r, { definitions: [withOutcome] })).toMatchObject([{ construct: 'distress', positive: true, severity: 25 }]);
    expect(outcomesFor(toy2, score(toy2, {}))).toEqual([]);
  });
});

describe('definition checks on outcomes', () => {
  it('catch unknown scales and cut-offs, undeclared or repeated constructs and a direction that disagrees with its scale', () => {
    const bad = {
      ...toy2,
      outcomes: [
        { construct: 'distress', severityScale: 'mean', direction: 'higher_is_worse', sources: ['s'] },
        { construct: 'distress', severityScale: 'nope', direction: 'higher_is_worse', cutoff: 'gone', sources: ['zz'] },
        { construct: 'burnout', severityScale: 'products', direction: 'higher_is_worse', sources: ['s'] },
      ],
    } as unknown as InstrumentDefinition;
    const problems = definitionProblems(bad).join('\n');
    expect(problems).toMatch(/outcome "distress": direction higher_is_worse disagrees with scale "mean"/);
    expect(problems).toMatch(/outcome "distress" is declared twice/);
    expect(problems).toMatch(/unknown severity scale "nope"/);
    expect(problems).toMatch(/unknown cut-off "gone"/);
    expect(problems).toMatch(/cites unknown source "zz"/);
    expect(problems).toMatch(/does not list construct "burnout"/);
  });
});

describe('compare', () => {
  it('lays one respondent out by construct, then instrument in the order given', () => {
    const rows = compare([
      score(phq9, [1, 1, 0, 1, 0, 0, 1, 0, 0, null]),
      score(cbi, { cbi_7: 75, cbi_8: 50, cbi_9: 75, cbi_10: 50 }),
      score(pfi, {}),
      score(sib, { sib_1: 3 }),
    ]);
    expect(rows.map((r) => [r.construct, r.instrument.id, r.positive, r.severity])).toEqual([
      ['burnout', 'cbi', true, 62.5],
      ['burnout', 'pfi', null, null],
      ['burnout', 'sib', true, 50],
      ['depression', 'phq9', false, (100 * 4) / 27],
      ['professional_fulfillment', 'pfi', null, null],
    ]);
  });
  it('refuses two results of one instrument', () => {
    expect(() => compare([score(sib, { sib_1: 1 }), score(sib, { sib_1: 2 })])).toThrow(/two results of "sib"/);
  });
});
