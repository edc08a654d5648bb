/**
 * `summarize()` against R: reference values computed by `scripts/r/reference.R` (base R and the
 * psych package) from the seeded datasets of `scripts/r/datasets.ts`, stored in
 * `test/fixtures/r/`. R is not needed to run this test.
 *
 * Tolerances (absolute): alpha, alpha if deleted and corrected item–total correlations 1e-6;
 * Feldt bounds 1e-4; omega total 0.005 (psych stops its optimiser early; see reliability.ts);
 * descriptives, Wilson intervals and benchmark comparisons 1e-9 relative. The largest observed
 * difference per statistic is printed at the end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../src/catalogue.js';
import { summarize, type MeanComparison, type PrevalenceComparison } from '../src/cohort/index.js';
import { fQuantile, normalCdf, normalQuantile, tQuantile } from '../src/stats/distributions.js';
import type { InstrumentDefinition } from '../src/schema/types.js';

const dir = join(import.meta.dirname, 'fixtures/r');
const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

interface ManifestScale {
  readonly id: string;
  readonly cutoffs: readonly { readonly id: string }[];
  readonly benchmarks: readonly { readonly id: string }[];
  readonly prevalenceBenchmarks: readonly { readonly id: string }[];
}
interface Manifest {
  readonly datasets: readonly { readonly name: string; readonly instrument: string; readonly file: string; readonly scales: readonly ManifestScale[] }[];
}
interface RScale {
  readonly descriptives: Record<'n' | 'mean' | 'sd' | 'q1' | 'median' | 'q3' | 'min' | 'max', number>;
  readonly cutoffs: Record<string, { readonly positives: number; readonly n: number; readonly ci: { readonly lower: number; readonly upper: number } }>;
  readonly reliability: {
    readonly n: number;
    readonly items: number;
    readonly kept: readonly string[];
    readonly alpha: number;
    readonly feldtLower: number;
    readonly feldtUpper: number;
    readonly alphaIfDeleted: Record<string, number>;
    readonly rDrop: Record<string, number>;
    readonly itemMean: Record<string, number>;
    readonly itemSd: Record<string, number>;
    readonly omegaTotal: number;
    readonly loadings: Record<string, number>;
  };
  readonly benchmarks: Record<string, { readonly difference: number; readonly lower: number; readonly upper: number; readonly df?: number; readonly cohensD?: number }>;
}
interface Reference {
  readonly r: string;
  readonly psych: string;
  readonly distributions: readonly { readonly f: 'qt' | 'qf' | 'qnorm' | 'pnorm'; readonly args: readonly number[]; readonly value: number }[];
  readonly datasets: Record<string, { readonly instrument: string; readonly scales: Record<string, RScale> }>;
}

const manifest = read<Manifest>('manifest.json');
const reference = read<Reference>('reference.json');

/** Rows of a dataset CSV, keyed by item id, empty cells unanswered. */
function rowsOf(file: string): Record<string, number | null>[] {
  const [header, ...lines] = readFileSync(join(dir, file), 'utf8').trim().split('\n');
  const ids = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [ids[i]!, cell === '' ? null : Number(cell)])));
}

/** Largest absolute difference seen per statistic, for the report. */
const largest = new Map<string, number>();
function close(stat: string, actual: number | null | undefined, expected: number, tolerance: number, where: string): void {
  expect(actual, `${where}: ${stat}`).toBeTypeOf('number');
  const diff = Math.abs(actual! - expected);
  largest.set(stat, Math.max(largest.get(stat) ?? 0, diff));
  expect(diff, `${where}: ${stat} = ${actual}, R gives ${expected}`).toBeLessThanOrEqual(tolerance);
}
const relative = (expected: number) => 1e-9 * Math.max(1, Math.abs(expected));

afterAll(() => {
  const lines = [...largest].map(([stat, diff]) => `  ${stat.padEnd(34)} ${diff.toExponential(2)}`);
  console.log(`R agreement (${reference.r}, psych ${reference.psych}): largest |difference| per statistic\n${lines.join('\n')}`);
});

describe('distributions against R (qt, qf, qnorm, pnorm)', () => {
  const fns = { qt: (p: number, df: number) => tQuantile(p, df), qf: (p: number, a: number, b: number) => fQuantile(p, a, b), qnorm: (p: number) => normalQuantile(p), pnorm: (z: number) => normalCdf(z) };
  it.each(reference.distributions.map((d) => [`${d.f}(${d.args.join(', ')})`, d] as const))('%s', (_label, d) => {
    const actual = (fns[d.f] as (...a: number[]) => number)(...d.args);
    const rel = Math.abs(actual - d.value) / Math.max(Math.abs(d.value), 1e-300);
    largest.set(`${d.f} (relative)`, Math.max(largest.get(`${d.f} (relative)`) ?? 0, rel));
    expect(rel, `${actual} vs R ${d.value}`).toBeLessThan(1e-9);
  });
});

/** Cut-offs without a default scheme (single secondary) are summarised with their first scheme, the criterion the R reference applies. */
function firstSchemes(def: InstrumentDefinition): { cutoffSchemes: Record<string, string> } {
  return { cutoffSchemes: Object.fromEntries(def.cutoffs.flatMap((c) => (c.schemes !== undefined && !c.schemes.some((s) => s.default === true) ? [[c.id, c.schemes[0]!.id]] : []))) };
}

describe.each(manifest.datasets.map((d) => [d.name, d] as const))('%s against R', (name, dataset) => {
  const def = getInstrument(dataset.instrument)!;
  const rows = rowsOf(dataset.file);
  // Summarised inside each test, not here: in a mutation run, code run while tests are collected
  // counts for no test, so a mutant of the statistics would never meet these comparisons.
  const summaryOf = () => summarize(def, rows, firstSchemes(def));
  const ref = reference.datasets[name]!;

  describe.each(dataset.scales.map((s) => [s.id, s] as const))('scale %s', (scaleId, scale) => {
    const r = ref.scales[scaleId]!;
    const where = `${name}/${scaleId}`;

    it('descriptives: mean, SD (n − 1), quartiles (type 7), min, max', () => {
      const mine = summaryOf().scales[scaleId]!;
      expect(mine.descriptives.n).toBe(r.descriptives.n);
      for (const stat of ['mean', 'sd', 'q1', 'median', 'q3', 'min', 'max'] as const) close(`descriptives.${stat}`, mine.descriptives[stat], r.descriptives[stat], relative(r.descriptives[stat]), where);
    });

    it('cut-offs: positives and Wilson interval (prop.test, correct = FALSE)', () => {
      const summary = summaryOf();
      for (const { id } of scale.cutoffs) {
        const c = summary.cutoffs[id]!;
        expect([c.positives, c.determinable]).toEqual([r.cutoffs[id]!.positives, r.cutoffs[id]!.n]);
        close('wilson bounds', c.ci!.lower, r.cutoffs[id]!.ci.lower, 1e-12, where);
        close('wilson bounds', c.ci!.upper, r.cutoffs[id]!.ci.upper, 1e-12, where);
      }
    });

    it('reliability: alpha, Feldt, alpha if deleted, r.drop, item means and SDs, omega total (psych)', () => {
      const rel = summaryOf().scales[scaleId]!.reliability;
      const rr = r.reliability;
      expect([rel.n, rel.items]).toEqual([rr.n, rr.items]);
      expect(rel.excluded.map((e) => e.item)).toEqual(rel.itemStats.map((s) => s.item).filter((id) => !rr.kept.includes(id)));
      close('alpha', rel.alpha, rr.alpha, 1e-6, where);
      close('Feldt bounds', rel.alphaCi!.lower, rr.feldtLower, 1e-4, where);
      close('Feldt bounds', rel.alphaCi!.upper, rr.feldtUpper, 1e-4, where);
      close('omega total', rel.omegaTotal, rr.omegaTotal, 0.005, where);
      for (const s of rel.itemStats) {
        if (!rr.kept.includes(s.item)) {
          expect(s.alphaIfDeleted).toBeNull();
          continue;
        }
        close('alpha if item deleted', s.alphaIfDeleted, rr.alphaIfDeleted[s.item]!, 1e-6, where);
        close('corrected item-total r (r.drop)', s.correctedItemTotal, rr.rDrop[s.item]!, 1e-6, where);
        close('item mean (item.stats)', s.mean, rr.itemMean[s.item]!, relative(rr.itemMean[s.item]!), where);
        close('item SD, divisor n − 1 (item.stats)', s.sd, rr.itemSd[s.item]!, relative(rr.itemSd[s.item]!), where);
        // psych::omega reports loadings after reversing negatively loading items; ours keep the fitted sign.
        close('one-factor |loading|', Math.abs(s.loading!), Math.abs(rr.loadings[s.item]!), 0.01, where);
      }
    });

    it('benchmarks: Welch interval and Cohen d for means; Newcombe interval for prevalences', () => {
      const summary = summaryOf();
      for (const { id } of scale.benchmarks) {
        const mine = summary.benchmarks.find((b) => b.id === id) as MeanComparison;
        const rb = r.benchmarks[id]!;
        close('mean difference', mine.difference, rb.difference, relative(rb.difference), where);
        close('Welch interval bounds', mine.ci!.lower, rb.lower, relative(rb.lower), where);
        close('Welch interval bounds', mine.ci!.upper, rb.upper, relative(rb.upper), where);
        close('Cohen d (pooled SD)', mine.standardizedDifference, rb.cohensD!, 1e-9, where);
      }
      for (const { id } of scale.prevalenceBenchmarks) {
        const mine = summary.benchmarks.find((b) => b.id === id) as PrevalenceComparison;
        const rb = r.benchmarks[id]!;
        close('prevalence difference', mine.difference, rb.difference, 1e-12, where);
        close('Newcombe interval bounds', mine.ci!.lower, rb.lower, 1e-9, where);
        close('Newcombe interval bounds', mine.ci!.upper, rb.upper, 1e-9, where);
      }
    });
  });
});
