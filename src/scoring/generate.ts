/**
 * `compileScorer`: a scorer generated as JavaScript for one definition, as validator libraries
 * such as Ajv compile a schema. Opt-in, because it uses `new Function` (which a strict
 * Content-Security-Policy forbids); `score()` itself never generates code.
 *
 * The generated code handles the common case only — answers that are an array of an accepted
 * length or a plain object, every value an option or unanswered, no options — with straight-line
 * code: one local per item, each scale's sum and count in integers, cut-offs and bands as integer
 * comparisons folded into constants (the same exact comparisons as the engine's), and the result
 * built as object literals of one shape per definition. Everything else (a bad value, a forbidden
 * key, a getter that throws, options) goes to the engine, so results and issues are the engine's
 * in every case; test/generate.test.ts checks them equal on every shipped instrument.
 *
 * @module
 */
import type { AnswersInput, ScoreOptions, ScoreResult, UnknownAnswers } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compile } from './compile.js';
import type { Compiled, CompiledCriterion, Generated } from './compiled.js';
import type { Rational } from './exact.js';
import { plainPrototype } from './read.js';
import { score, scoreCompiled } from './score.js';

/** A scorer for one definition: `score(definition, answers, options)` as a function of the answers. */
export interface Scorer<D extends InstrumentDefinition> {
  (answers: AnswersInput<D>, options?: ScoreOptions<D>): ScoreResult<D>;
  <A>(answers: UnknownAnswers<A>, options?: ScoreOptions<D>): ScoreResult<D>;
  /** Whether code was generated (false where the runtime forbids it, or the definition uses a rule it does not cover). */
  readonly generated: boolean;
  /**
   * Calls without options since the code was generated (by this scorer or by `score()` on the same
   * definition): how many the generated code answered, and how many it handed to the engine
   * (answers with issues, or in a form it does not read). Many of the latter mean the input
   * arrives in another form (strings, for one: use `parseAnswers` first).
   */
  stats(): { readonly generated: number; readonly engine: number };
}

/** Whether every bound is a safe integer size, so sums, products and comparisons stay exact (as in the engine). */
const safe = (...xs: readonly number[]): boolean => xs.every((x) => Math.abs(x) <= Number.MAX_SAFE_INTEGER);

/** The comparison operators a criterion may name (written into the code, so checked first). */
const OPERATORS: ReadonlySet<string> = new Set(['>=', '>', '<=', '<']);

/** The empty `issues` and `flags` of generated results (frozen, shared, as the engine's are). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Generates a scorer for `definition`. Its results are `score()`'s, value for value (the
 * generated code gives every unusual input to the engine); after this call `score(definition, …)`
 * uses the generated code too. Where code cannot be generated (`new Function` forbidden by a
 * Content-Security-Policy, or a rule the generator does not cover: composite scales, item-pair
 * products, options that are not small integers, numbers too large for exact integer
 * arithmetic), the scorer is the engine and `generated` is false.
 *
 * @throws {DefinitionError} when the definition itself is inconsistent, as `score()` does.
 *
 * @example
 * ```ts
 * import { phq9, compileScorer } from 'wellbeing-instruments';
 * const scorePhq9 = compileScorer(phq9);
 * scorePhq9([2, 2, 2, 2, 1, 1, 2, 0, 0, null]).scales.total.value; // 12
 * ```
 */
export function compileScorer<D extends InstrumentDefinition>(definition: D): Scorer<D> {
  const c = compile(definition);
  if (c.generated === null) {
    const counts = { generated: 0, engine: 0 };
    const engine = (answers: unknown): unknown => {
      counts.engine++;
      return scoreCompiled(c, answers);
    };
    const source = new Emit(c, engine, counts).source();
    if (source !== null) {
      try {
        c.generated = { score: (new Function('K', source.code) as (k: readonly unknown[]) => (answers: unknown) => unknown)(source.values), counts };
      } catch {
        // Code generation forbidden here (EvalError): the engine scores.
      }
    }
  }
  const made = c.generated;
  const scorer = (answers: unknown, options?: ScoreOptions<D>): ScoreResult<D> => score(definition, answers, options);
  return Object.defineProperties(scorer, {
    generated: { value: made !== null, enumerable: true },
    stats: { value: () => ({ generated: made?.counts.generated ?? 0, engine: made?.counts.engine ?? 0 }) },
  }) as unknown as Scorer<D>;
}

/** Per scale (compiled order): the bounds of its exact numerator and denominator. */
interface Bounds {
  readonly n: number;
  readonly d: number;
}

/** Writes the generated function's body and collects the constants it names (`k0`, `k1`, …). */
class Emit {
  private readonly values: unknown[] = [];
  private readonly bounds: Bounds[] = [];
  /** The name the code calls the engine by. */
  private readonly toEngine: string;

  constructor(
    private readonly c: Compiled,
    engine: (answers: unknown) => unknown,
    private readonly counts: Generated['counts'],
  ) {
    this.toEngine = this.k(engine);
  }

  /** A name for a constant. */
  private k(value: unknown): string {
    this.values.push(value);
    return `k${this.values.length - 1}`;
  }

  /** The function's source and its constants, or null when the definition uses a rule not covered. */
  source(): { code: string; values: readonly unknown[] } | null {
    const code = this.body();
    return code === null ? null : { code, values: this.values };
  }

  private body(): string | null {
    const c = this.c;
    const n = c.items.length;
    if ([...c.scaleIds, ...c.cutoffIds].includes('__proto__')) return null;
    if (c.items.some((item) => item.dense === null)) return null;
    const lines: string[] = [];
    const engine = this.toEngine;
    const plain = this.k(plainPrototype);
    const objectPrototype = this.k(Object.prototype);
    const getPrototypeOf = this.k(Object.getPrototypeOf);
    const isArray = this.k(Array.isArray);
    const v = (i: number) => `v${i}`;
    const x = (i: number) => `x${i}`;

    // Reading: raw values into v0…, from an array of an accepted length or a plain object's own keys.
    const lengths = Array.from({ length: n - c.minArrayLength + 1 }, (_, k) => c.minArrayLength + k);
    lines.push(`let ${c.items.map((_, i) => v(i)).join(', ')};`);
    lines.push('try {');
    lines.push(`if (${isArray}(a)) {`);
    lines.push('const length = a.length;');
    lines.push(`if (${lengths.map((l) => `length !== ${l}`).join(' && ')}) return ${engine}(a);`);
    c.items.forEach((_, i) => lines.push(i < c.minArrayLength ? `${v(i)} = a[${i}];` : `if (length > ${i}) ${v(i)} = a[${i}];`));
    lines.push('} else {');
    lines.push(`const p = typeof a === 'object' && a !== null ? ${getPrototypeOf}(a) : undefined;`);
    lines.push(`if (p !== null && (p !== ${objectPrototype} || !${plain}())) return ${engine}(a);`);
    lines.push('for (const key in a) switch (key) {');
    c.itemIds.forEach((id, i) => lines.push(`case ${JSON.stringify(id)}: ${v(i)} = a[key]; break;`));
    const forbidden = ['__proto__', 'constructor', 'prototype'].filter((key) => !c.itemIds.includes(key));
    if (forbidden.length > 0) lines.push(`${forbidden.map((key) => `case ${JSON.stringify(key)}:`).join(' ')} return ${engine}(a);`);
    lines.push('}');
    lines.push('}');
    lines.push(`} catch { return ${engine}(a); }`);

    // Checking: each value to its option index (−1 unanswered); anything else is the engine's.
    c.items.forEach((item, i) => {
      const table = this.k(item.dense);
      const index = item.denseFrom === 0 ? v(i) : `${v(i)} - ${item.denseFrom}`;
      lines.push(`let ${x(i)} = -1;`);
      lines.push(`if (${v(i)} !== null && ${v(i)} !== undefined) { if (typeof ${v(i)} !== 'number' || !((${x(i)} = ${table}[${index}]) >= 0)) return ${engine}(a); }`);
    });

    // Scales, in dependency order: ok{s}, p{s} (numerator), q{s} (denominator), n{s} (answered).
    for (let s = 0; s < c.scales.length; s++) if (!this.scale(s, lines)) return null;

    // Result.
    const scales: string[] = [];
    for (let i = 0; i < c.scaleOrder.length; i++) {
      const o = c.scaleOrder[i]!;
      const s = o.index;
      const scheme = c.defaults.schemes[i] ?? null;
      let band = 'null';
      if (scheme !== null) {
        const chain = this.bandChain(s, scheme.bands);
        if (chain === null) return null;
        band = chain;
      }
      scales.push(
        `${JSON.stringify(o.id)}: ok${s} ? { value: p${s} / q${s}, answered: n${s}, expected: ${o.expected}, prorated: false, band: ${band} } : { value: null, reason: 'insufficient_answers', answered: n${s}, expected: ${o.expected}, prorated: false, band: null }`,
      );
    }
    const cutoffs: string[] = [];
    for (let i = 0; i < c.cutoffs.length; i++) {
      const expression = this.criterion(c.defaults.criteria[i]!);
      if (expression === null) return null;
      cutoffs.push(`${JSON.stringify(c.cutoffs[i]!.id)}: ${expression}`);
    }
    const none = this.k(NONE);
    lines.push(`let flags = ${none};`);
    c.flags.forEach((flag, f) => {
      const fires = this.k(flag.fires);
      lines.push(
        `const f${f} = ${x(flag.item)} < 0 ? ${this.k(flag.unanswered)} : ${fires}[${x(flag.item)}] === true ? ${this.k(flag.positive)} : null;`,
        `if (f${f} !== null) { if (flags === ${none}) flags = [f${f}]; else flags.push(f${f}); }`,
      );
    });
    lines.push(`${this.k(this.counts)}.generated++;`);
    lines.push(
      `return { instrument: ${this.k(c.defaults.instrument)}, valid: true, issues: ${none}, scales: { ${scales.join(', ')} }, cutoffs: { ${cutoffs.join(', ')} }, flags, provenance: ${this.k(c.defaults.provenance[0]![0]!)} };`,
    );
    const header = this.values.map((_, i) => `k${i} = K[${i}]`).join(', ');
    return `'use strict';\nconst ${header};\nreturn function scoreGenerated(a) {\n${lines.join('\n')}\n};`;
  }

  /**
   * The engine's bandOf as one expression: the first band, or band b when every minimum from
   * band 1 to band b is reached (tested upwards, stopping at the first that is not).
   */
  private bandChain(s: number, bands: NonNullable<Compiled['defaults']['schemes'][number]>['bands']): string | null {
    const from = (b: number): string | null => {
      if (b >= bands.length) return this.k(bands[b - 1]!.result);
      const entry = bands[b]!;
      const test = this.compare(s, entry.min, entry.exclusive ? '>' : '>=');
      const above = from(b + 1);
      return test === null || above === null ? null : `(${test} ? ${above} : ${this.k(bands[b - 1]!.result)})`;
    };
    return from(1);
  }

  /** Emits scale `s`'s locals; false when its rule is not covered or its numbers could leave exact integers. */
  private scale(s: number, lines: string[]): boolean {
    const c = this.c;
    const scale = c.scales[s]!;
    switch (scale.kind) {
      case 'sum':
      case 'mean': {
        let high = 0;
        lines.push(`let p${s} = 0, n${s} = 0;`);
        scale.items.forEach((item, j) => {
          const points = scale.points[j]!;
          high += Math.max(...points.map(Math.abs));
          lines.push(`if (x${item} >= 0) { p${s} += ${this.k(points)}[x${item}]; n${s}++; }`);
        });
        const needed = scale.minAnswered ?? scale.items.length;
        // Only numbers computed here, or checked to be integers, are written into the code.
        if (!Number.isSafeInteger(needed)) return false;
        const q = scale.kind === 'sum' ? `${scale.unit}` : `n${s} * ${scale.unit}`;
        lines.push(`const ok${s} = n${s} >= ${needed} && n${s} > 0, q${s} = ${q};`);
        const bound = { n: high, d: scale.unit * scale.items.length };
        this.bounds[s] = bound;
        return safe(bound.n, bound.d);
      }
      case 'linear': {
        const base = this.bounds[scale.of]!;
        const { multiply: m, add: a } = scale;
        // The engine's inline form: n = base.n × m.n × a.d + a.n × base.d × m.d, d = base.d × m.d × a.d.
        const mn = m.n * a.d;
        const an = a.n * m.d;
        const md = m.d * a.d;
        const bound = { n: base.n * Math.abs(mn) + Math.abs(an) * base.d, d: base.d * md };
        if (!m.exact || !a.exact || !safe(bound.n, bound.d)) return false;
        this.bounds[s] = bound;
        const b = scale.of;
        lines.push(`const ok${s} = ok${b}, n${s} = n${b}, p${s} = p${b} * ${mn} + ${an} * q${b}, q${s} = q${b} * ${md};`);
        return true;
      }
      case 'lookup': {
        // A value missing from the table (a gap in the definition) is the engine's to report.
        const rows = [...scale.table.values()];
        this.bounds[s] = { n: Math.max(...rows.map((r) => Math.abs(r.n))), d: Math.max(...rows.map((r) => r.d)) };
        const b = scale.of;
        lines.push(
          `const t${s} = ok${b} ? ${this.k(scale.table)}.get(p${b} / q${b}) : undefined;`,
          `if (ok${b} && t${s} === undefined) return ${this.toEngine}(a);`,
          `const ok${s} = ok${b}, n${s} = n${b}, p${s} = ok${b} ? t${s}.n : 0, q${s} = ok${b} ? t${s}.d : 1;`,
        );
        return rows.every((r) => r.exact) && safe(this.bounds[s]!.n, this.bounds[s]!.d);
      }
      default:
        return false;
    }
  }

  /** `scale s op t` as an exact integer comparison (the engine's `compare`), or null when it could leave exact integers. */
  private compare(s: number, t: Rational, op: '>=' | '>' | '<=' | '<'): string | null {
    const bound = this.bounds[s]!;
    if (!t.exact || !safe(bound.n * t.d, t.n * bound.d)) return null;
    return `p${s} * ${t.d} ${op} ${t.n} * q${s}`;
  }

  /** A criterion as a three-valued expression (true, false or null), or null when not covered. */
  private criterion(criterion: CompiledCriterion): string | null {
    // Cut-offs that refer to cut-offs are inlined: compile() refuses cycles, so this ends.
    switch (criterion.kind) {
      case 'scale': {
        if (!OPERATORS.has(criterion.op)) return null;
        const test = this.compare(criterion.scale, criterion.value, criterion.op);
        return test === null ? null : `(ok${criterion.scale} ? ${test} : null)`;
      }
      case 'item':
        return `(x${criterion.item} < 0 ? null : ${this.k(criterion.holds)}[x${criterion.item}] === true)`;
      case 'cutoff':
        return this.criterion(this.c.defaults.criteria[criterion.cutoff]!);
      case 'undetermined':
        return 'null';
      case 'any':
      case 'all': {
        const parts = criterion.of.map((x) => this.criterion(x));
        if (parts.some((p) => p === null)) return null;
        const join = this.k(criterion.kind === 'any' ? anyOf : allOf);
        return parts.reduce((acc, p) => `${join}(${acc}, ${p})`, criterion.kind === 'any' ? 'false' : 'true');
      }
    }
  }
}

/** Three-valued (Kleene) or: true if either is true, else null if either is null. */
function anyOf(a: boolean | null, b: boolean | null): boolean | null {
  return a === true || b === true ? true : a === null || b === null ? null : false;
}

/** Three-valued (Kleene) and: false if either is false, else null if either is null. */
function allOf(a: boolean | null, b: boolean | null): boolean | null {
  return a === false || b === false ? false : a === null || b === null ? null : true;
}
