/**
 * `checkScorer`: runs someone else's scoring function against the known answers and random
 * answers, and explains each difference in plain words.
 *
 * @module
 */
import type { InstrumentDefinition } from '../schema/types.js';
import { score } from '../scoring/score.js';
import { randomAnswers } from './random.js';
import { vectorsFor } from './generate.js';
import { optionValues, recoded, referenceResult, type RefAnswer } from './reference.js';
import type { KnownAnswerCase } from './types.js';

/** What a scorer under test returns: scale values, and optionally cut-offs and bands. */
export type ScorerOutput =
  | Readonly<Record<string, number | null | undefined>>
  | {
      readonly scales: Readonly<Record<string, number | null | undefined>>;
      readonly cutoffs?: Readonly<Record<string, boolean | null | undefined>>;
      readonly bands?: Readonly<Record<string, string | null | undefined>>;
    };

/** A scoring function under test: answers keyed by item id (null = unanswered) → its output. */
export type Scorer = (answers: Readonly<Record<string, number | null>>) => ScorerOutput;

export interface CheckScorerOptions {
  /** Absolute tolerance for scale values (default 1e-9; use 0.005 for a scorer that rounds to 2 decimals). */
  readonly tolerance?: number;
  /** Random answer sets checked after the vectors (default 200; 0 to skip). */
  readonly randomRuns?: number;
  /** Probability of an unanswered item in random answer sets (default 0.1). */
  readonly missing?: number;
  /** Seed for the random answer sets (default 42), so reports are reproducible. */
  readonly seed?: number;
  /** Stop after this many differences (default 50). */
  readonly maxDifferences?: number;
}

/** One disagreement between the scorer under test and the known answer. */
export interface ScorerDifference {
  /** The vector id, or `random #k`. */
  readonly case: string;
  readonly what: 'scale' | 'cutoff' | 'band' | 'error';
  /** Scale or cut-off id. */
  readonly id: string;
  readonly expected: number | boolean | string | null;
  readonly actual: unknown;
  /** A sentence: what differed, for which answers, and the most likely cause. */
  readonly message: string;
}

export interface CheckScorerReport {
  readonly ok: boolean;
  /** Vectors checked (valid and missing-data cases; bad-input cases are the engine's concern). */
  readonly vectorsChecked: number;
  readonly randomChecked: number;
  readonly differences: readonly ScorerDifference[];
  /** The differences as one readable block. */
  readonly summary: string;
}

const fmt = (x: unknown): string => (typeof x === 'number' ? String(Number(x.toPrecision(10))) : x === undefined ? 'nothing' : JSON.stringify(x));

function describeAnswers(def: InstrumentDefinition, answers: Readonly<Record<string, unknown>>): string {
  const parts = def.items.map((i) => (answers[i.id] === null || answers[i.id] === undefined ? '–' : String(answers[i.id])));
  return `answers [${parts.join(',')}]`;
}

/** Guesses why a scale value differs, by recomputing it the ways scorers commonly get it wrong. */
function diagnose(def: InstrumentDefinition, scaleId: string, answers: Readonly<Record<string, number | null>>, actual: number, tolerance: number): string {
  const close = (x: number | null | undefined) => typeof x === 'number' && Math.abs(x - actual) <= tolerance;
  const scale = def.scales.find((s) => s.id === scaleId)!;
  const state = new Map<string, RefAnswer>(Object.entries(answers));
  // A reverse key missed (or added).
  for (const item of def.items) {
    if (!scale.items.includes(item.id) && scale.items.length > 0) continue;
    const raw = answers[item.id];
    if (typeof raw !== 'number') continue;
    const flipped = recoded(def, item.id, raw) === raw ? Math.min(...optionValues(def, item.id)) + Math.max(...optionValues(def, item.id)) - raw : recoded(def, item.id, raw);
    if (flipped === raw) continue;
    const alt = referenceResult(def, new Map(state).set(item.id, item.reverse === true ? recoded(def, item.id, raw) : flipped)).scales[scaleId];
    if (close(alt)) return item.reverse === true ? `is item ${item.id} reverse-keyed? (it is: ${raw} scores ${recoded(def, item.id, raw)})` : `is item ${item.id} reverse-keyed by mistake? (it is not)`;
  }
  // Missing answers as zero / a partial sum, or a mean of whatever was answered.
  const blanks = scale.items.filter((id) => answers[id] === null || answers[id] === undefined);
  if (blanks.length > 0) {
    const answeredSum = scale.items.reduce((sum, id) => (typeof answers[id] === 'number' ? sum + recoded(def, id, answers[id]) : sum), 0);
    if (close(answeredSum) || close(answeredSum / scale.items.length)) return `unanswered items (${blanks.join(', ')}) seem to be counted as 0 (a partial ${scale.method.kind}); missing is not zero — under the missing-data rule this scale is null`;
    const prorated = referenceResult(def, state, { prorate: true }).scales[scaleId];
    if (close(prorated)) return `the scorer seems to prorate over the answered items; this instrument publishes no such rule (score() does it only with options.prorate)`;
    return `unanswered items (${blanks.join(', ')}) must make this scale null under its missing-data rule`;
  }
  return 'check the items of the scale and the formula against the definition';
}

function cutoffHint(def: InstrumentDefinition, cutoffId: string, vector: KnownAnswerCase | null): string {
  const cutoff = def.cutoffs.find((c) => c.id === cutoffId);
  if (vector?.kind === 'boundary' && /:at$/.test(vector.id)) return `the value is exactly at the threshold — is the comparison ">" where the source says "≥" (or "<" for "≤")?`;
  if (vector?.kind === 'boundary') return `the value is next to a threshold — is the threshold off by one, or the comparison the wrong way round?`;
  return cutoff === undefined ? 'unknown cut-off' : `check the criterion of "${cutoff.label}"`;
}

function normalise(out: ScorerOutput): { scales: Record<string, unknown>; cutoffs?: Record<string, unknown>; bands?: Record<string, unknown> } {
  if (out !== null && typeof out === 'object' && 'scales' in out && typeof out.scales === 'object' && out.scales !== null) return out as never;
  return { scales: out as Record<string, unknown> };
}

/**
 * Checks a scoring function of your own (R port, SQL, a survey platform's formulas wrapped in a
 * function) against this package's known answers and against `score()` on random answers, and
 * reports every difference with the likely cause ("is item cbi_13 reverse-keyed?", "missing
 * counted as 0?", "'>' instead of '≥'?").
 *
 * The scorer receives answers keyed by item id with `null` for unanswered items and returns
 * scale values (`null` when not scorable), or `{ scales, cutoffs?, bands? }` to have cut-offs
 * and bands (band ids of the default schemes) checked too. Only what it returns is compared.
 *
 * @example
 * ```ts
 * import { cbi } from 'wellbeing-instruments';
 * import { checkScorer } from 'wellbeing-instruments/testing';
 * const report = checkScorer(cbi, (a) => ({ work: myWorkScore(a) }));
 * if (!report.ok) console.log(report.summary);
 * // work: expected 46.43 for answers [..], got 53.57 — is item cbi_13 reverse-keyed? …
 * ```
 */
export function checkScorer(definition: InstrumentDefinition, scorer: Scorer, options: CheckScorerOptions = {}): CheckScorerReport {
  const tolerance = options.tolerance ?? 1e-9;
  const max = options.maxDifferences ?? 50;
  const differences: ScorerDifference[] = [];
  const itemIds = definition.items.map((i) => i.id);

  const compare = (label: string, answers: Readonly<Record<string, number | null>>, expected: { scales: Readonly<Record<string, number | null>>; cutoffs: Readonly<Record<string, boolean | null>>; bands: Readonly<Record<string, string | null>> }, vector: KnownAnswerCase | null) => {
    let out: ReturnType<typeof normalise>;
    try {
      out = normalise(scorer(answers));
    } catch (error) {
      differences.push({ case: label, what: 'error', id: '', expected: null, actual: String(error), message: `${label}: the scorer threw ${String(error)} for ${describeAnswers(definition, answers)}` });
      return;
    }
    for (const [id, actual] of Object.entries(out.scales)) {
      if (!(id in expected.scales)) continue;
      const want = expected.scales[id]!;
      const got = actual === undefined ? null : actual;
      const same = want === null ? got === null : typeof got === 'number' && Math.abs(got - want) <= tolerance;
      if (same) continue;
      const hint = want === null ? (typeof got === 'number' && got === 0 ? 'missing is not zero: return null when the scale cannot be scored' : 'this scale cannot be scored from these answers under its missing-data rule; return null') : typeof got === 'number' ? diagnose(definition, id, answers, got, tolerance) : 'the scorer gave no number';
      differences.push({ case: label, what: 'scale', id, expected: want, actual, message: `${id}: expected ${fmt(want)} for ${describeAnswers(definition, answers)}, got ${fmt(actual)} — ${hint} (${label})` });
    }
    for (const [id, actual] of Object.entries(out.cutoffs ?? {})) {
      if (!(id in expected.cutoffs)) continue;
      const want = expected.cutoffs[id]!;
      if ((actual ?? null) === want) continue;
      differences.push({ case: label, what: 'cutoff', id, expected: want, actual, message: `${id}: expected ${fmt(want)} for ${describeAnswers(definition, answers)}, got ${fmt(actual)} — ${cutoffHint(definition, id, vector)} (${label})` });
    }
    for (const [id, actual] of Object.entries(out.bands ?? {})) {
      if (!(id in expected.bands)) continue;
      const want = expected.bands[id]!;
      if ((actual ?? null) === want) continue;
      differences.push({ case: label, what: 'band', id, expected: want, actual, message: `${id} band: expected ${fmt(want)} for ${describeAnswers(definition, answers)}, got ${fmt(actual)} — check the band edges (inclusive lower bounds) (${label})` });
    }
  };

  let vectorsChecked = 0;
  for (const v of vectorsFor(definition).cases) {
    if (differences.length >= max) break;
    if (v.kind === 'invalid' || Array.isArray(v.answers) || (v.options !== undefined && Object.keys(v.options).length > 0)) continue;
    const answers = Object.fromEntries(itemIds.map((id) => [id, ((v.answers as Record<string, unknown>)[id] as number | null | undefined) ?? null]));
    vectorsChecked++;
    compare(`vector "${v.id}"`, answers, v.expected, v);
  }

  let randomChecked = 0;
  const runs = options.randomRuns ?? 200;
  if (runs > 0 && differences.length < max) {
    randomAnswers(definition, runs, options.missing ?? 0.1, options.seed ?? 42).forEach((answers, k) => {
      if (differences.length >= max) return;
      const r = score(definition, answers);
      const bands = Object.fromEntries(Object.entries(r.scales).map(([id, s]) => [id, s.band?.id ?? null]));
      randomChecked++;
      compare(`random #${k + 1}`, answers, { scales: Object.fromEntries(Object.entries(r.scales).map(([id, s]) => [id, s.value])), cutoffs: r.cutoffs, bands }, null);
    });
  }
  const shown = differences.slice(0, max);
  return {
    ok: shown.length === 0,
    vectorsChecked,
    randomChecked,
    differences: shown,
    summary: shown.length === 0 ? `${definition.id}: no differences in ${vectorsChecked} vectors and ${randomChecked} random answer sets` : shown.map((d) => d.message).join('\n'),
  };
}
