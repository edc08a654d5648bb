/** The verification kit: vectors agree with score(), cover every boundary, ship as JSON, and catch planted bugs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cbi, getInstrument, instruments, mbi, phq2, phq9, who5 } from '../src/index.js';
import type { Cutoff, InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { published } from '../src/testing/published.js';
import { arbitraryAnswers } from '../src/testing/arbitrary.js';
import { checkScorer, vectorFile, vectors, type KnownAnswerCase } from '../src/testing/index.js';

const root = join(import.meta.dirname, '..');

/** What score() gives for a case, in the vectors' shape. */
function actual(def: InstrumentDefinition, v: KnownAnswerCase) {
  const r = score(def, v.answers as never, v.options as never);
  return {
    valid: r.valid,
    scales: Object.fromEntries(Object.entries(r.scales).map(([id, s]) => [id, s.value])),
    bands: Object.fromEntries(def.scales.filter((s) => s.bandSchemes.length > 0).map((s) => [s.id, (r.scales as Record<string, { band: { id: string } | null }>)[s.id]!.band?.id ?? null])),
    cutoffs: r.cutoffs,
    issues: r.issues.map((i) => i.code).sort(),
  };
}

describe.each(instruments.map((d) => [d.id, d] as const))('%s vectors', (id, def) => {
  const cases = vectors(id);
  it('agree with score() on every case (values to 1e-12, bands, cut-offs, issue codes)', () => {
    for (const v of cases) {
      const got = actual(def, v);
      expect(got.valid, v.id).toBe(v.expected.valid);
      expect(got.issues, v.id).toEqual(v.expected.issues);
      expect(got.bands, v.id).toEqual(v.expected.bands);
      expect(got.cutoffs, v.id).toEqual(v.expected.cutoffs);
      for (const [scale, value] of Object.entries(v.expected.scales)) {
        if (value === null) expect(got.scales[scale], `${v.id} ${scale}`).toBeNull();
        else expect(got.scales[scale], `${v.id} ${scale}`).toBeCloseTo(value, 12);
      }
    }
  });
  it('have unique ids, say what they check and where they come from', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) expect(c.checks.length > 10 && c.source.length > 10, c.id).toBe(true);
  });
  it('cover every cut-off and band boundary on a scale: the reachable values below and above (and at, when reachable)', () => {
    const ids = cases.filter((c) => c.kind === 'boundary').map((c) => c.id);
    const walk = (c: unknown, out: string[]): string[] => {
      if (typeof c !== 'object' || c === null) return out;
      if ('scale' in c) out.push((c as { scale: string }).scale);
      for (const x of [...((c as { any?: unknown[] }).any ?? []), ...((c as { all?: unknown[] }).all ?? [])]) walk(x, out);
      return out;
    };
    for (const cutoff of def.cutoffs as readonly Cutoff[]) {
      const criteria = cutoff.schemes?.map((s) => [s.criterion, ` (scheme ${s.id})`] as const) ?? [[cutoff.criterion, ''] as const];
      for (const [criterion, scheme] of criteria) {
        for (const scale of walk(criterion, [])) {
          const prefix = `cut-off ${cutoff.id}${scheme}: ${scale}`;
          expect(ids.some((i) => i.startsWith(prefix) && i.endsWith(':below')), `${prefix} below`).toBe(true);
          expect(ids.some((i) => i.startsWith(prefix) && i.endsWith(':above')), `${prefix} above`).toBe(true);
        }
      }
    }
    for (const scale of def.scales) for (const scheme of scale.bandSchemes) for (const band of scheme.bands.slice(1)) {
      const prefix = `${scale.id} band ${scheme.id}/${band.id}`;
      expect(ids.some((i) => i.startsWith(prefix) && i.endsWith(':below')), prefix).toBe(true);
      expect(ids.some((i) => i.startsWith(prefix) && i.endsWith(':above')), prefix).toBe(true);
    }
  });
  it('include extremes that reach both ends of every scale', () => {
    const ext = cases.filter((c) => c.kind === 'extreme');
    for (const scale of def.scales) {
      const values = ext.map((c) => c.expected.scales[scale.id]!);
      expect(Math.min(...values), scale.id).toBe(scale.range[0]);
      expect(Math.max(...values), scale.id).toBe(scale.range[1]);
    }
  });
  it('ship as vectors/<id>.json, equal to vectors(id) and valid against vectors.schema.json', () => {
    const file = JSON.parse(readFileSync(join(root, 'vectors', `${id}.json`), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(vectorFile(id))));
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
  });
});

const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'vectors/vectors.schema.json'), 'utf8')));

describe('published examples', () => {
  it.each(Object.entries(published).flatMap(([id, list]) => list.map((p) => [id, p] as const)))('%s: %j reproduces the printed values', (id, p) => {
    const def = getInstrument(id)!;
    const r = score(def, p.answers as never);
    for (const [scale, printed] of Object.entries(p.printed)) {
      const value = (r.scales as Record<string, { value: number | null }>)[scale]!.value!;
      // Printed to 2 decimals at most: agree to half a unit in the last printed place.
      expect(Math.abs(value - printed), scale).toBeLessThanOrEqual(0.005);
    }
    expect(vectors(id).some((v) => v.kind === 'published' && v.id === p.id)).toBe(true);
  });
  it('vectors() rejects an unknown id', () => {
    expect(() => vectors('nope')).toThrow(RangeError);
  });
});

describe('arbitraryAnswers', () => {
  it('valid answers are always valid and fully answered by default', () => {
    fc.assert(fc.property(arbitraryAnswers(phq9), (a) => score(phq9, a).valid && Object.values(a).every((v) => v !== null)), { numRuns: 200 });
  });
  it('missing answers leave items null, and the share is roughly the rate asked for', () => {
    const samples = fc.sample(arbitraryAnswers(cbi, { missing: 0.3 }), { numRuns: 300, seed: 1 });
    const values = samples.flatMap((a) => Object.values(a));
    const share = values.filter((v) => v === null).length / values.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
    expect(samples.every((a) => score(cbi, a).valid)).toBe(true);
  });
  it('invalid answers are never valid and never throw', () => {
    fc.assert(fc.property(arbitraryAnswers(who5, { invalid: true }), (a) => !score(who5, a).valid), { numRuns: 300 });
  });
});

describe('checkScorer', () => {
  // A correct hand-written CBI work-related scale: mean of answered items when ≥ 4 of 7, item 13 reversed.
  const work = (a: Readonly<Record<string, number | null>>, reverse = true, zeroes = false): number | null => {
    const ids = ['cbi_7', 'cbi_8', 'cbi_9', 'cbi_10', 'cbi_11', 'cbi_12', 'cbi_13'];
    const vals = ids.map((id) => (a[id] === null || a[id] === undefined ? (zeroes ? 0 : null) : id === 'cbi_13' && reverse ? 100 - a[id]! : a[id]!));
    const answered = vals.filter((v): v is number => v !== null);
    if (!zeroes && answered.length < 4) return null;
    return answered.reduce((s, v) => s + v, 0) / answered.length;
  };
  it('passes a correct scorer, and a wrapper of score() for every instrument', () => {
    expect(checkScorer(cbi, (a) => ({ work: work(a) })).ok).toBe(true);
    for (const def of instruments) {
      const report = checkScorer(def, (a) => {
        const r = score(def, a);
        return { scales: Object.fromEntries(Object.entries(r.scales).map(([k, s]) => [k, s.value])), cutoffs: r.cutoffs };
      }, { randomRuns: 50 });
      expect(report.differences, def.id).toEqual([]);
      expect(report.vectorsChecked, def.id).toBeGreaterThan(5);
    }
  });
  it('finds a planted reverse-key bug and names the item', () => {
    const report = checkScorer(cbi, (a) => ({ work: work(a, false) }));
    expect(report.ok).toBe(false);
    expect(report.summary).toMatch(/work: expected [\d.]+ for answers .*, got [\d.]+ — is item cbi_13 reverse-keyed\?/);
  });
  it('finds a planted missing-as-zero bug', () => {
    const report = checkScorer(cbi, (a) => ({ work: work(a, true, true) }));
    expect(report.ok).toBe(false);
    expect(report.differences.some((d) => /counted as 0|missing is not zero/.test(d.message))).toBe(true);
  });
  it('finds a planted off-by-one cut-off (> where the source says ≥) at the boundary vector', () => {
    const report = checkScorer(phq9, (a) => {
      const items = ['phq9_1', 'phq9_2', 'phq9_3', 'phq9_4', 'phq9_5', 'phq9_6', 'phq9_7', 'phq9_8', 'phq9_9'].map((id) => a[id]);
      if (items.some((v) => v === null || v === undefined)) return { scales: { total: null }, cutoffs: { positive_screen: null } };
      const total = items.reduce((s: number, v) => s + v!, 0);
      return { scales: { total }, cutoffs: { positive_screen: total > 10 } };
    });
    expect(report.ok).toBe(false);
    expect(report.differences.every((d) => d.what === 'cutoff')).toBe(true);
    expect(report.summary).toMatch(/positive_screen: expected true .* got false — the value is exactly at the threshold — is the comparison ">" where the source says "≥"/);
  });
  it('checks cut-off schemes only through the default (PHQ-2 ≥ 3): a scorer using the sensitive ≥ 2 fails', () => {
    const report = checkScorer(phq2, (a) => ({ scales: {}, cutoffs: { positive_screen: a.phq2_1 === null || a.phq2_2 === null ? null : a.phq2_1! + a.phq2_2! >= 2 } }));
    expect(report.ok).toBe(false);
  });
  it('reports a throwing scorer as a difference, not a crash', () => {
    const report = checkScorer(mbi, () => {
      throw new Error('boom');
    }, { randomRuns: 0, maxDifferences: 3 });
    expect(report.differences).toHaveLength(3);
    expect(report.differences[0]!.what).toBe('error');
  });
});
