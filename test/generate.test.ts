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

/** The engine's and the generated scorer's results on `input`, as JSON (key order included) and as objects. */
function both(definition: InstrumentDefinition, input: unknown): [string, string] {
  const scorer = compileScorer(definition);
  const engine = scoreCompiled(compile(definition), input);
  const generated = scorer(input as never);
  expect(generated).toStrictEqual(engine);
  return [JSON.stringify(engine), JSON.stringify(generated)];
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
            const [engine, generated] = both(d, input);
            expect(generated).toBe(engine);
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
    const inputs: unknown[] = [
      undefined,
      null,
      42,
      'phq9',
      new Map(),
      new (class Answers {
        phq9_1 = 1;
      })(),
      JSON.parse('{"__proto__": {"phq9_1": 3}, "phq9_2": 1}'),
      { ...keyed, constructor: 1 },
      { ...keyed, prototype: 1 },
      Object.defineProperty({ ...keyed }, 'phq9_3', {
        enumerable: true,
        get() {
          throw new Error('no access');
        },
      }),
      Object.defineProperty({ ...keyed }, 'phq9_4', {
        enumerable: true,
        get() {
          // A getter that scores again while the first call reads.
          return score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]).scales.total.value;
        },
      }),
      Object.defineProperty({ ...keyed }, 'phq9_5', { enumerable: false, value: 3 }),
      new Proxy(keyed, {}),
      new Proxy([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {}),
      new Proxy([1, 1, 1], {
        get: (target, key) => (key === 'length' ? '10' : Reflect.get(target, key)),
      }),
      Object.assign([1, 1, 1, 1, 1, 1, 1, 1, 1], { extra: 2 }),
      [1, , 1, 1, 1, 1, 1, 1, 1, 1],
    ];
    for (const input of inputs) {
      const [engine, generated] = both(phq9, input);
      expect(generated).toBe(engine);
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
