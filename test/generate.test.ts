/**
 * compileScorer: the generated scorer must give the engine's result (values, bands, cut-offs,
 * flags, issues, provenance, key order) for every input, valid or hostile, on every shipped
 * instrument; and code generation must stay opt-in (the default path runs where a
 * Content-Security-Policy forbids `new Function`, checked in a Node process started with
 * `--disallow-code-generation-from-strings`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScorer, instruments, phq9, score, who5, type InstrumentDefinition } from '../src/index.js';
import { compile } from '../src/scoring/compile.js';
import { scoreCompiled } from '../src/scoring/score.js';
import { defineInstrument } from '../src/schema/index.js';

const all = Object.values(instruments) as InstrumentDefinition[];
/** An organisation's own instrument (a mean of three items, bands at 2.5 and 3.5), checked. */
function pulse(change: (json: { responseScales: { options: { value: number }[] }[] }) => void = () => {}): InstrumentDefinition {
  const json = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/custom/pulse.json'), 'utf8')) as Parameters<typeof change>[0];
  change(json);
  const checked = defineInstrument(json as unknown);
  if (!checked.success) throw new Error(JSON.stringify(checked.problems));
  return checked.definition;
}
/** Shipped instruments whose rules the generator does not cover (item-pair products). */
const NOT_GENERATED = new Set(['mmdhp']);

/**
 * The engine's and the generated scorer's results on `input` (checked equal, key order included),
 * and which path answered: the generated code, or the engine it handed the answers to.
 */
function both(definition: InstrumentDefinition, input: unknown): [string, string, 'generated' | 'engine' | 'none'] {
  const scorer = compileScorer(definition);
  const engine = scoreCompiled(compile(definition), input);
  const before = scorer.stats();
  const generated = scorer(input as never);
  const after = scorer.stats();
  expect(generated).toStrictEqual(engine);
  // One call each, or more when a getter in the answers scores again.
  if (scorer.generated) expect(after.generated + after.engine - before.generated - before.engine).toBeGreaterThanOrEqual(1);
  else expect(after).toStrictEqual({ generated: 0, engine: 0 });
  const path = after.generated > before.generated ? 'generated' : after.engine > before.engine ? 'engine' : 'none';
  return [JSON.stringify(engine), JSON.stringify(generated), path];
}

const optionsOf = (d: InstrumentDefinition) => d.items.map((item) => d.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value));

/** An answer as apps and imports send them: mostly options, some unanswered, some wrong. */
const answer = (options: readonly number[]) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...options) },
    { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(-1, 0.5, 7, 99, -0, NaN, Infinity, -Infinity, '1', '', true, {}, [], 2 ** 53, -(2 ** 31), 1e-300),
    },
  );

describe('compileScorer', () => {
  it('generates code for every shipped instrument but those with item-pair products', () => {
    for (const d of all) expect(compileScorer(d).generated, d.id).toBe(!NOT_GENERATED.has(d.id));
  });

  it('gives the engine result for random answers, as arrays (every accepted length and others) and keyed objects', () => {
    for (const d of all) {
      const options = optionsOf(d);
      fc.assert(
        fc.property(
          fc.tuple(...options.map(answer)),
          fc.integer({ min: -2, max: 1 }),
          fc.constantFrom('array', 'keyed', 'keyed-reversed', 'keyed-extra', 'null-prototype'),
          (values, trim, form) => {
            const ids = d.items.map((item) => item.id);
            let input: unknown;
            if (form === 'array') input = values.slice(0, values.length + trim).concat(trim > 0 ? [1] : []);
            else {
              const entries = ids.map((id, i) => [id, values[i]] as [string, unknown]).filter((_, i) => i < ids.length + trim);
              if (form === 'keyed-reversed') entries.reverse();
              if (form === 'keyed-extra') entries.splice(1, 0, ['note', 'x'], [`${ids[0]!}x`, 1]);
              input = form === 'null-prototype' ? Object.assign(Object.create(null) as object, Object.fromEntries(entries)) : Object.fromEntries(entries);
            }
            const [engine, generated, path] = both(d, input);
            expect(generated).toBe(engine);
            // Answers without issues are the generated code's; the rest are handed to the engine.
            if (!NOT_GENERATED.has(d.id)) expect(path).toBe((JSON.parse(engine) as { issues: unknown[] }).issues.length === 0 ? 'generated' : 'engine');
          },
        ),
        { numRuns: 150, seed: 20261204 },
      );
    }
  });

  it('reaches every band and every cut-off boundary as the engine does (every option pattern of PHQ-9 and WHO-5 sums)', () => {
    for (const d of [phq9, who5]) {
      const n = d.items.length;
      const top = Math.max(...optionsOf(d)[0]!);
      for (let total = 0; total <= top * n; total++) {
        // Spread `total` over the items, so each sum from 0 to the maximum is scored once.
        const row = Array.from({ length: n }, (_, i) => Math.min(top, Math.max(0, total - top * i)));
        const [engine, generated] = both(d, row);
        expect(generated).toBe(engine);
      }
    }
    expect(compileScorer(phq9)([2, 2, 2, 2, 1, 1, 0, 0, 0, null]).scales.total).toStrictEqual({
      value: 10,
      answered: 9,
      expected: 9,
      prorated: false,
      band: { id: 'moderate', label: 'Moderate', scheme: 'kroenke2001' },
    });
    expect(compileScorer(phq9)([2, 2, 2, 2, 1, 1, 0, 0, 0, null]).cutoffs.positive_screen).toBe(true);
    expect(compileScorer(phq9)([2, 2, 2, 2, 1, 0, 0, 0, 0, null]).cutoffs.positive_screen).toBe(false);
  });

  it('fires, leaves unanswered and stacks flags as the engine does', () => {
    const s = compileScorer(phq9);
    expect(s([0, 0, 0, 0, 0, 0, 0, 0, 1, null]).flags).toStrictEqual([{ id: 'suicidal_ideation', item: 'phq9_9', status: 'positive' }]);
    expect(s([0, 0, 0, 0, 0, 0, 0, 0, null, null]).flags).toStrictEqual([{ id: 'suicidal_ideation', item: 'phq9_9', status: 'unanswered' }]);
    expect(s([0, 0, 0, 0, 0, 0, 0, 0, 0, null]).flags).toStrictEqual([]);
  });

  it('gives unusual inputs to the engine: issues, forbidden keys, getters, proxies, class instances, options', () => {
    const ids = phq9.items.map((i) => i.id);
    const keyed = Object.fromEntries(ids.map((id) => [id, 1]));
    const getter = (key: string, get: () => unknown) => Object.defineProperty({ ...keyed }, key, { enumerable: true, get });
    const inputs: [unknown, 'generated' | 'engine'][] = [
      [undefined, 'engine'],
      [null, 'engine'],
      [42, 'engine'],
      ['phq9', 'engine'],
      [new Map(), 'engine'],
      [
        new (class Answers {
          phq9_1 = 1;
        })(),
        'engine',
      ],
      [JSON.parse('{"__proto__": {"phq9_1": 3}, "phq9_2": 1}'), 'engine'],
      [{ ...keyed, constructor: 1 }, 'engine'],
      [{ ...keyed, prototype: 1 }, 'engine'],
      [
        getter('phq9_3', () => {
          throw new Error('no access');
        }),
        'engine',
      ],
      // A getter that scores again while the first call reads (the inner call is generated too).
      [getter('phq9_4', () => score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]).scales.total.value), 'generated'],
      [Object.defineProperty({ ...keyed }, 'phq9_5', { enumerable: false, value: 3 }), 'generated'],
      [Object.assign(Object.create(null) as object, keyed), 'generated'],
      [new Proxy(keyed, {}), 'generated'],
      [new Proxy([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {}), 'generated'],
      [new Proxy([1, 1, 1], { get: (target, key) => (key === 'length' ? '10' : Reflect.get(target, key)) }), 'engine'],
      [Object.assign([1, 1, 1, 1, 1, 1, 1, 1, 1], { extra: 2 }), 'generated'],
      [[1, , 1, 1, 1, 1, 1, 1, 1, 1], 'generated'],
      [[1, 1, 1, 1, 1, 1, 1, 1], 'engine'],
      [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 'engine'],
      [[1, 1, 1, 1, 1, 1, 1, 1, 1, '1'], 'engine'],
      [[1, 1, 1, 1, 1, 1, 1, 1, 1, 4], 'engine'],
      [[1, 1, 1, 1, 1, 1, 1, 1, 1, -0], 'generated'],
    ];
    for (const [input, expected] of inputs) {
      const [engine, generated, path] = both(phq9, input);
      expect(generated).toBe(engine);
      expect(path).toBe(expected);
    }
    const s = compileScorer(phq9);
    expect(s({ ...keyed, phq9_1: 9 } as unknown).issues.map((i) => i.code)).toStrictEqual(['invalid_value']);
    expect(s({ ...keyed, constructor: 1 } as unknown).issues.map((i) => i.code)).toStrictEqual(['forbidden_key']);
    expect(s(keyed, { unknownKeys: 'report', prorate: true })).toStrictEqual(score(phq9, keyed, { unknownKeys: 'report', prorate: true }));
    expect(s([1, 1, 1, 1, 1, 1, 1, null, null, null], { prorate: true }).scales.total).toMatchObject({ value: 9, prorated: true });
  });

  it('ignores a polluted Object.prototype as the engine does', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['phq9_1'] = 3;
    try {
      const [engine, generated] = both(phq9, { phq9_2: 1, phq9_3: 1, phq9_4: 1, phq9_5: 1, phq9_6: 1, phq9_7: 1, phq9_8: 1, phq9_9: 1 });
      expect(generated).toBe(engine);
      expect(JSON.parse(generated).scales.total.value).toBeNull();
    } finally {
      delete proto['phq9_1'];
    }
  });

  it('makes score() itself take the generated code, with the same results', () => {
    const definition = pulse();
    expect(compile(definition).generated).toBeNull();
    const rows = [[1, 2, 4], [2, 3, 3], [1, 2, 5], [5, 5, 5], [1, 1, null], [3, 4, 4]];
    const before = rows.map((row) => score(definition, row as never));
    expect(compileScorer(definition).generated).toBe(true);
    expect(compile(definition).generated).not.toBeNull();
    expect(rows.map((row) => score(definition, row as never))).toStrictEqual(before);
    // Means 7/3 (below 2.5), 8/3, 8/3, 5, none, 11/3: the band edges are decided exactly.
    expect(before.map((r) => r.scales['pulse']!.band?.id ?? null)).toStrictEqual(['concern', 'watch', 'watch', 'good', null, 'good']);
    expect(before.map((r) => r.cutoffs.concern)).toStrictEqual([true, false, false, false, null, false]);
    for (const row of [[2, 3, 2], [3, 4, 3], [2, 2, 3], [1, 1, 1], [5, null, 1]]) {
      const [engine, generated] = both(definition, row);
      expect(generated).toBe(engine);
    }
  });

  it('keeps every flag that fires, in definition order', () => {
    const definition = pulse((json) => {
      (json as unknown as { flags: unknown[] }).flags = [1, 2, 3].map((k) => ({ id: `low_${k}`, label: `Item ${k} at most 2`, item: `pulse3_${k}`, op: '<=', value: 2, sources: ['local_pulse'] }));
    });
    const s = compileScorer(definition);
    expect(s.generated).toBe(true);
    expect(s([1, 5, 2]).flags).toStrictEqual([
      { id: 'low_1', item: 'pulse3_1', status: 'positive' },
      { id: 'low_3', item: 'pulse3_3', status: 'positive' },
    ]);
    expect(s([1, null, 2]).flags.map((f) => f.status)).toStrictEqual(['positive', 'unanswered', 'positive']);
    for (const row of [[1, 5, 2], [3, 3, 3], [null, 1, 1], [2, 2, 2]]) {
      const [engine, generated] = both(definition, row);
      expect(generated).toBe(engine);
    }
  });

  it('falls back to the engine for rules it does not cover (options that are not small integers)', () => {
    const definition = pulse((json) => {
      json.responseScales[0]!.options.push({ value: 5.5, label: 'More than strongly' } as never);
    });
    const s = compileScorer(definition);
    expect(s.generated).toBe(false);
    expect(s([5.5, 5, 4]).scales['pulse']!.value).toBeCloseTo(14.5 / 3, 12);
    expect(s([5.5, 5, 4])).toStrictEqual(scoreCompiled(compile(definition), [5.5, 5, 4]));
  });
});

/** The pulse instrument as plain JSON (not checked: score() takes such objects too), changed by `change`. */
type Json = any; // hand-built fixtures, edited freely
function pulseRaw(change: (json: Json) => void): InstrumentDefinition {
  const json = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/custom/pulse.json'), 'utf8')) as Json;
  change(json);
  return json as InstrumentDefinition;
}
const scaleOf = (id: string, method: Json, items: string[] = []) => ({ id, label: id, items, method, range: [0, 100], direction: 'higher_is_better', missing: { kind: 'all' }, bandSchemes: [], sources: ['local_pulse'] });
const patterns = (n: number, values: readonly (number | null)[]): (number | null)[][] =>
  n === 0 ? [[]] : patterns(n - 1, values).flatMap((rest) => values.map((v) => [v, ...rest]));

describe('compileScorer on definitions of your own', () => {
  it('does not generate where a number could leave exact integers or a rule is not covered, and scores as the engine', () => {
    const cases: [string, (json: Json) => void, (number | null)[]][] = [
      ['options too large for exact sums', (j) => (j.responseScales[0].options = [4e15, 4e15 + 1].map((value: number) => ({ value, label: String(value) }))), [4e15, 4e15 + 1, 4e15]],
      [
        'one item whose options are not integers',
        (j) => {
          j.responseScales.push({ id: 'halves', options: [0, 0.5, 1].map((value) => ({ value, label: String(value) })), sources: ['local_pulse'] });
          j.items[2].responseScale = 'halves';
        },
        [1, 2, 0.5],
      ],
      ['a linear scale with an inexact multiplier', (j) => j.scales.push(scaleOf('tiny', { kind: 'linear', of: 'pulse', multiply: 1e-20, add: 0 })), [1, 2, 3]],
      ['a linear scale with an inexact addend', (j) => j.scales.push(scaleOf('tiny', { kind: 'linear', of: 'pulse', multiply: 1, add: 1e-20 })), [1, 2, 3]],
      ['a linear scale past exact integers', (j) => j.scales.push(scaleOf('huge', { kind: 'linear', of: 'pulse', multiply: 1e15, add: 0 })), [1, 2, 3]],
      ['a conversion table with an inexact value', (j) => j.scales.push(scaleOf('grade', { kind: 'lookup', of: 'pulse', table: [[1, 1e-20], [2, 2]] })), [1, 1, 1]],
      ['a cut-off with an inexact threshold', (j) => (j.cutoffs[0].criterion.value = 1e-20), [1, 2, 3]],
      ['a cut-off whose threshold has 15 decimals', (j) => (j.cutoffs[0].criterion.value = 1.000000000000001), [1, 2, 3]],
      ['a cut-off with a threshold past exact integers', (j) => (j.cutoffs[0].criterion.value = 4e15), [1, 2, 3]],
      ['a band minimum with 15 decimals', (j) => (j.scales[0].bandSchemes[0].bands[1].min = 2.500000000000001), [1, 2, 3]],
      ['a cut-off named __proto__', (j) => (j.cutoffs[0].id = '__proto__'), [1, 2, 3]],
      ['code in a cut-off operator', (j) => (j.cutoffs[0].criterion.op = '< 9 || (globalThis.injected = true) || 0 <'), [1, 2, 3]],
      [
        'code in a missing-data minimum',
        (j) => (j.scales[0].missing = { kind: 'min_answered', min: '1 && (globalThis.injected = true)', sources: ['local_pulse'] }),
        [1, 2, 3],
      ],
      [
        'options too large for exact sums, without bands or cut-offs',
        (j) => {
          j.responseScales[0].options = [4e15, 4e15 + 1].map((value: number) => ({ value, label: String(value) }));
          j.scales[0].bandSchemes = [];
          j.cutoffs = [];
        },
        [4e15, 4e15 + 1, 4e15],
      ],
      ['the top band minimum with 15 decimals', (j) => (j.scales[0].bandSchemes[0].bands[2].min = 3.500000000000001), [1, 2, 3]],
      ['a linear scale whose addend passes exact integers', (j) => j.scales.push(scaleOf('far', { kind: 'linear', of: 'pulse', multiply: 1, add: 3.1e15 })), [1, 2, 3]],
      ['a linear scale whose denominator passes exact integers', (j) => j.scales.push(scaleOf('fine', { kind: 'linear', of: 'pulse', multiply: 1e-15, add: 0.25 })), [1, 2, 3]],
      ['a conversion table value past exact integers', (j) => j.scales.push(scaleOf('grade', { kind: 'lookup', of: 'pulse', table: [[1, 1], [2, 1e16]] })), [1, 1, 1]],
      [
        'a conversion table whose largest value, compared with a cut-off, passes exact integers',
        (j) => {
          j.scales.push(scaleOf('grade', { kind: 'lookup', of: 'pulse', table: [[1, 1], [2, 4.6e15]] }));
          j.cutoffs.push({ id: 'grade_high', label: 'High grade', criterion: { scale: 'grade', op: '>=', value: 2.5 }, sources: ['local_pulse'] });
        },
        [2, 2, 2],
      ],
      ['a linear scale whose two terms together pass exact integers', (j) => j.scales.push(scaleOf('wide', { kind: 'linear', of: 'pulse', multiply: 3e14, add: 1.6e15 })), [1, 2, 3]],
      [
        'a conversion table with 15 decimals under a cut-off',
        (j) => {
          j.scales.push(scaleOf('grade', { kind: 'lookup', of: 'pulse', table: [[1, 0.5], [2, 0.000000000000001]] }));
          j.cutoffs.push({ id: 'grade_high', label: 'High grade', criterion: { scale: 'grade', op: '>=', value: 10 }, sources: ['local_pulse'] });
        },
        [1, 1, 1],
      ],
      [
        'a threshold past exact integers inside any',
        (j) => (j.cutoffs[0].criterion = { any: [{ item: 'pulse3_1', op: '<=', value: 2 }, { scale: 'pulse', op: '>=', value: 1.000000000000001 }] }),
        [1, 2, 3],
      ],
      ['a composite scale', (j) => j.scales.push(scaleOf('both', { kind: 'composite', terms: [{ scale: 'pulse', weight: 1 }], add: 0 })), [1, 2, 3]],
    ];
    for (const [what, change, row] of cases) {
      delete (globalThis as { injected?: boolean }).injected;
      const definition = pulseRaw(change);
      const scorer = compileScorer(definition);
      expect(scorer.generated, what).toBe(false);
      expect(scorer(row as never), what).toStrictEqual(scoreCompiled(compile(definition), row));
      expect(scorer.stats(), what).toStrictEqual({ generated: 0, engine: 0 });
      // Nothing from a definition is run as code.
      expect((globalThis as { injected?: boolean }).injected, what).toBeUndefined();
    }
    // The same definitions with small exact numbers are generated.
    const fine = pulseRaw((j) => {
      j.scales.push(scaleOf('hundred', { kind: 'linear', of: 'pulse', multiply: 25, add: -25 }));
      j.cutoffs[0].criterion.value = 2.25;
    });
    expect(compileScorer(fine).generated).toBe(true);
  });

  it('decides item criteria, any, all and cut-offs that refer to cut-offs as the engine does, for every answer pattern', () => {
    const definition = pulseRaw((j) => {
      j.cutoffs.push(
        { id: 'item1_low', label: 'Item 1 at most 2', criterion: { item: 'pulse3_1', op: '<=', value: 2 }, sources: ['local_pulse'] },
        { id: 'item2_high', label: 'Item 2 above 3', criterion: { item: 'pulse3_2', op: '>', value: 3 }, sources: ['local_pulse'] },
        { id: 'both', label: 'Both', criterion: { all: [{ cutoff: 'item1_low' }, { cutoff: 'concern' }] }, sources: ['local_pulse'] },
        { id: 'either', label: 'Either', criterion: { any: [{ cutoff: 'item1_low' }, { scale: 'pulse', op: '>=', value: 4 }] }, sources: ['local_pulse'] },
        { id: 'three', label: 'Three', criterion: { all: [{ item: 'pulse3_3', op: '<', value: 3 }, { any: [{ cutoff: 'item2_high' }, { cutoff: 'both' }] }] }, sources: ['local_pulse'] },
      );
    });
    const scorer = compileScorer(definition);
    expect(scorer.generated).toBe(true);
    const seen = new Set<string>();
    for (const row of patterns(3, [null, 1, 2, 3, 4, 5])) {
      const [engine, generated, path] = both(definition, row);
      expect(generated).toBe(engine);
      expect(path).toBe('generated');
      seen.add(JSON.stringify(JSON.parse(generated).cutoffs));
    }
    // Every value of each three-valued cut-off occurs.
    for (const id of ['item1_low', 'item2_high', 'both', 'either', 'three']) {
      for (const value of [true, false, null]) expect([...seen].some((c) => JSON.parse(c)[id] === value), `${id} ${value}`).toBe(true);
    }
    expect(scorer([1, null, 5]).cutoffs).toStrictEqual({ concern: null, item1_low: true, item2_high: null, both: null, either: true, three: false });
    expect(scorer([3, 5, 1]).cutoffs).toStrictEqual({ concern: false, item1_low: false, item2_high: true, both: false, either: false, three: true });
  });

  it('scores a minimum-answered mean, a linear and a conversion-table scale as the engine does; a value the table lacks goes to the engine', () => {
    const definition = pulseRaw((j) => {
      j.scales[0].missing = { kind: 'min_answered', min: 2, sources: ['local_pulse'] };
      j.scales.push(scaleOf('hundred', { kind: 'linear', of: 'pulse', multiply: 25, add: -25 }));
      j.scales.push(scaleOf('scaled', { kind: 'linear', of: 'pulse', multiply: 2.5, add: 0.25 }));
      j.scales.push(scaleOf('rescaled', { kind: 'linear', of: 'scaled', multiply: 0.4, add: -0.1 }));
      j.scales.push(scaleOf('grade', { kind: 'lookup', of: 'pulse', table: [1, 2, 3, 4, 5].map((m) => [m, m * 10 + 0.5]) }));
      j.cutoffs.push({ id: 'hundred_high', label: 'High', criterion: { scale: 'hundred', op: '>=', value: 62.5 }, sources: ['local_pulse'] });
      j.cutoffs.push({ id: 'grade_high', label: 'High grade', criterion: { scale: 'grade', op: '>', value: 30.5 }, sources: ['local_pulse'] });
      j.cutoffs.push({ id: 'scaled_high', label: 'High scaled', criterion: { scale: 'scaled', op: '>=', value: 7.75 }, sources: ['local_pulse'] });
      j.cutoffs.push({ id: 'rescaled_low', label: 'Low rescaled', criterion: { scale: 'rescaled', op: '<', value: 1.1 }, sources: ['local_pulse'] });
      // Bands whose minimum is exclusive: "good" only above 3.5.
      j.scales[0].bandSchemes[0].bands[2].minExclusive = true;
    });
    expect(compileScorer(definition).generated).toBe(true);
    for (const row of patterns(3, [null, 1, 2, 3, 4, 5])) {
      const [engine, generated, path] = both(definition, row);
      expect(generated).toBe(engine);
      const result = JSON.parse(engine) as { scales: { pulse: { value: number | null } } };
      const mean = result.scales.pulse.value;
      // A mean the table has no row for (a fraction) is the engine's to report.
      expect(path, JSON.stringify(row)).toBe(mean !== null && !Number.isInteger(mean) ? 'engine' : 'generated');
    }
    const r = compileScorer(definition)([4, 4, null]);
    expect(r.scales).toMatchObject({ pulse: { value: 4, answered: 2 }, hundred: { value: 75 }, grade: { value: 40.5 } });
    expect(r.cutoffs).toMatchObject({ hundred_high: true, grade_high: true, scaled_high: true, rescaled_low: false });
    // (3 + 4) / 2 = 3.5 is not above 3.5: "watch"; 2.5 × 3.5 + 0.25 = 9; 0.4 × 9 − 0.1 = 3.5.
    const edge = compileScorer(definition)([3, 4, null]);
    expect(edge.scales).toMatchObject({ pulse: { value: 3.5, band: { id: 'watch' } }, scaled: { value: 9 }, rescaled: { value: 3.5 } });
    expect(compileScorer(definition)([1, 1, null]).cutoffs).toMatchObject({ scaled_high: false, rescaled_low: true });
  });

  it('reads no array element past the length, even one the Array prototype supplies', () => {
    const definition = pulseRaw((j) => {
      j.items.push({ id: 'pulse3_4', number: 4, responseScale: 'agree5', scored: false, topic: 'Would stay' });
      j.flags.push({ id: 'leaving', label: 'Item 4 at least 4', item: 'pulse3_4', op: '>=', value: 4, sources: ['local_pulse'] });
    });
    const proto = Array.prototype as unknown as Record<number, unknown>;
    proto[3] = 5;
    try {
      const [engine, generated, path] = both(definition, [1, 2, 3]);
      expect(generated).toBe(engine);
      expect(path).toBe('generated');
      expect(JSON.parse(generated).flags).toStrictEqual([{ id: 'leaving', item: 'pulse3_4', status: 'unanswered' }]);
    } finally {
      delete proto[3];
    }
    expect(compileScorer(definition)([1, 2, 3, 4]).flags).toStrictEqual([{ id: 'leaving', item: 'pulse3_4', status: 'positive' }]);
  });

  it('generates once per definition; score() and every scorer of it share the generated code and its counts', () => {
    const definition = pulse();
    const first = compileScorer(definition);
    const generated = compile(definition).generated;
    const second = compileScorer(definition);
    expect(compile(definition).generated).toBe(generated);
    first([1, 2, 3]);
    second([1, 2, 'x'] as never);
    score(definition, [5, 5, 5]);
    score(definition, [5, 5, 5], { prorate: true });
    expect(first.stats()).toStrictEqual({ generated: 2, engine: 1 });
    expect(second.stats()).toStrictEqual({ generated: 2, engine: 1 });
  });
});

describe('code generation is opt-in', () => {
  const root = join(import.meta.dirname, '..');
  it.runIf(existsSync(join(root, 'dist/index.js')))('score() runs every instrument where new Function is forbidden; compileScorer then keeps the engine', () => {
    const code = `
      const lib = await import(${JSON.stringify(join(root, 'dist/index.js'))});
      const out = {};
      for (const d of Object.values(lib.instruments)) {
        const answers = d.items.map((item) => d.responseScales.find((r) => r.id === item.responseScale).options[0].value);
        out[d.id] = { valid: lib.score(d, answers).valid, generated: lib.compileScorer(d).generated, again: lib.score(d, answers).valid };
      }
      let evalBlocked = false;
      try { new Function('return 1'); } catch (e) { evalBlocked = e instanceof EvalError; }
      console.log(JSON.stringify({ out, evalBlocked }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', code], { encoding: 'utf8' })) as {
      out: Record<string, { valid: boolean; generated: boolean; again: boolean }>;
      evalBlocked: boolean;
    };
    expect(result.evalBlocked).toBe(true);
    expect(Object.keys(result.out).length).toBe(all.length);
    for (const [id, r] of Object.entries(result.out)) expect(r, id).toStrictEqual({ valid: true, generated: false, again: true });
  });
});
