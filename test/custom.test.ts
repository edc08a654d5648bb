/**
 * An organisation's own instrument or rule: `defineInstrument` (schema layer), `withCutoff` and
 * `withBandScheme`, and results' provenance naming every user-supplied rule with its source text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cbi, DefinitionError, phq9, score, withBandScheme, withCutoff } from '../src/index.js';
import { defineInstrument, ScoreResultSchema } from '../src/schema/index.js';

const pulseJson: unknown = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/custom/pulse.json'), 'utf8'));

describe('defineInstrument', () => {
  it('accepts a custom instrument from JSON, frozen, and score() uses it with its user-supplied rules named', () => {
    const checked = defineInstrument(pulseJson);
    if (!checked.success) throw new Error(JSON.stringify(checked.problems));
    expect(Object.isFrozen(checked.definition.items[0])).toBe(true);
    const r = score(checked.definition, { pulse3_1: 2, pulse3_2: 2, pulse3_3: 3, team: 'ICU' } as unknown);
    expect(r.valid).toBe(true);
    expect(r.scales['pulse']).toMatchObject({ value: 7 / 3, band: { id: 'concern', scheme: 'local' } });
    expect(r.cutoffs['concern']).toBe(true);
    expect(r.provenance.userSupplied).toEqual([
      { rule: 'band scheme local of scale pulse', source: 'Team pulse survey, staff wellbeing committee, 2025 (internal document)' },
      { rule: 'cut-off concern', source: 'Team pulse survey, staff wellbeing committee, 2025 (internal document)' },
    ]);
    expect(ScoreResultSchema.safeParse(r).success).toBe(true);
  });
  it('accepts every shipped definition, and keeps a literal definition\'s type', () => {
    const checked = defineInstrument(phq9);
    expect(checked.success).toBe(true);
  });
  it('refuses a malformed definition with every problem and its path, never throwing', () => {
    const broken = JSON.parse(JSON.stringify(pulseJson)) as { scales: { bandSchemes: { bands: { min: number }[] }[] }[]; items: unknown[] };
    broken.scales[0]!.bandSchemes[0]!.bands[1]!.min = 0.5; // below the range minimum and not ascending
    broken.items.push({ id: 'pulse3_4' });
    const checked = defineInstrument(broken);
    expect(checked.success).toBe(false);
    if (checked.success) return;
    expect(checked.problems.some((p) => p.path.startsWith('items.3'))).toBe(true);
    for (const input of [null, 'x', 42, [], new Proxy({}, { get: () => { throw new Error('trap'); } })]) {
      const r = defineInstrument(input);
      expect(r.success).toBe(false);
    }
  });
  it('a definition with bands that do not ascend is refused with a cross-reference problem', () => {
    const broken = JSON.parse(JSON.stringify(pulseJson)) as { scales: { bandSchemes: { bands: { min: number }[] }[] }[] };
    broken.scales[0]!.bandSchemes[0]!.bands[2]!.min = 2;
    const checked = defineInstrument(broken);
    expect(checked.success).toBe(false);
    if (!checked.success) expect(checked.problems.map((p) => p.message).join('\n')).toMatch(/ascend/);
  });
});

describe('withCutoff and withBandScheme', () => {
  const answers = { cbi_1: 75, cbi_2: 75, cbi_3: 75, cbi_4: 75, cbi_5: 75, cbi_6: 75, cbi_7: 75, cbi_8: 75, cbi_9: 75, cbi_10: 75, cbi_11: 75, cbi_12: 75, cbi_13: 25 } as const;
  const local = withCutoff(cbi, {
    id: 'work_very_high',
    label: 'Very high work-related burnout (≥ 75)',
    criterion: { scale: 'work', op: '>=', value: 75 },
    source: 'Threshold agreed by the staff wellbeing committee, March 2025',
  });
  it('adds a cut-off without changing the definition it came from; provenance names it with its source', () => {
    expect(cbi.cutoffs.map((c) => c.id)).not.toContain('work_very_high');
    const r = score(local, answers);
    expect(r.cutoffs.work_very_high).toBe(true);
    expect(r.cutoffs.work_high).toBe(true);
    expect(r.provenance.userSupplied).toEqual([{ rule: 'cut-off work_very_high', source: 'Threshold agreed by the staff wellbeing committee, March 2025' }]);
    expect(r.provenance.sources).toContain('user_work_very_high');
    expect(score(cbi, answers).provenance.userSupplied).toBeUndefined();
    expect(Object.isFrozen(local.cutoffs)).toBe(true);
  });
  it('adds a band scheme, used when chosen (or as the default when asked) and named in provenance only then', () => {
    const triage = withBandScheme(phq9, 'total', {
      id: 'triage',
      label: 'Local triage bands',
      bands: [
        { id: 'routine', label: 'Routine', min: 0 },
        { id: 'follow_up', label: 'Follow up', min: 10 },
      ],
      source: 'Occupational health triage protocol v3, 2025',
    });
    const nine = [2, 2, 2, 2, 1, 1, 2, 0, 0] as const;
    expect(score(triage, nine).scales.total.band?.id).toBe('moderate');
    expect(score(triage, nine).provenance.userSupplied).toBeUndefined();
    const chosen = score(triage, nine, { bandSchemes: { total: 'triage' } });
    expect(chosen.scales.total.band).toEqual({ id: 'follow_up', label: 'Follow up', scheme: 'triage' });
    expect(chosen.provenance.userSupplied).toEqual([{ rule: 'band scheme triage of scale total', source: 'Occupational health triage protocol v3, 2025' }]);
    const byDefault = withBandScheme(phq9, 'total', { id: 'triage', label: 'Local', default: true, bands: [{ id: 'routine', label: 'Routine', min: 0 }], source: 'Occupational health triage protocol v3, 2025' });
    expect(score(byDefault, nine).scales.total.band?.id).toBe('routine');
    expect(score(byDefault, nine, { bandSchemes: { total: 'kroenke2001' } }).scales.total.band?.id).toBe('moderate');
  });
  it('refuses an inconsistent rule or a missing source with a DefinitionError', () => {
    const bad = [
      () => withCutoff(cbi, { id: 'x_high', label: 'X', criterion: { scale: 'nope', op: '>=', value: 1 }, source: 'A local rule of some length' }),
      () => withCutoff(cbi, { id: 'work_high', label: 'dup', criterion: { scale: 'work', op: '>=', value: 1 }, source: 'A local rule of some length' }),
      () => withCutoff(cbi, { id: 'x_high', label: 'X', criterion: { scale: 'work', op: '>=', value: 1 }, source: 'me' }),
      () => withBandScheme(phq9, 'total', { id: 'b', label: 'B', bands: [{ id: 'a', label: 'A', min: 3 }], source: 'A local rule of some length' }),
      () => withBandScheme(phq9, 'nope' as never, { id: 'b', label: 'B', bands: [{ id: 'a', label: 'A', min: 0 }], source: 'A local rule of some length' }),
      () => withCutoff(cbi, { id: 'x_high', label: 'X', criterion: null as never, source: 'A local rule of some length' }),
    ];
    for (const call of bad) expect(call).toThrow(DefinitionError);
  });
});
