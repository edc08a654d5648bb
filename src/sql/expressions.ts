/**
 * SQL expressions for one instrument, built from the engine's compiled form (so the option
 * values, recoded points, band edges and criteria are exactly those `score()` uses).
 *
 * A scale is a pair of integer expressions, numerator and denominator, whose quotient is the
 * score: `num` is NULL when the scale has no value, `den` is positive. Thresholds compare them
 * by cross-multiplying with the threshold's own numerator and denominator, all in integers, so
 * a mean of 17/8 against 2.10 is decided as `17 × 10 ≥ 21 × 8`, as `score()` decides it. Only
 * the reported value is divided, in floating point, once: the quotient of two exact integers is
 * the same correctly rounded double in every engine and in JavaScript.
 *
 * @internal
 * @module
 */
import type { Compiled, CompiledBands, CompiledCriterion, CompiledScale } from '../scoring/compiled.js';
import { fromDecimal, type Rational } from '../scoring/exact.js';
import type { ComparisonOperator } from '../schema/types.js';
import { literal, numberLiteral, SqlExportError } from './dialect.js';

/** A scale as SQL: `num / den` when `num` is not NULL; `prorated` is never NULL. */
export interface ScaleSql {
  readonly num: string;
  readonly den: string;
  readonly prorated: string;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

/** An exact rational, or an error naming where exactness was lost. */
function exact(r: Rational, where: string): Rational {
  if (!r.exact) throw new SqlExportError(`${where}: the value is too large to compare exactly in integers`);
  return r;
}

const isLiteral = (x: string): boolean => /^\(?-?\d+\)?$/.test(x);

function mul(a: string, b: string): string {
  if (a === '1') return b;
  if (b === '1') return a;
  if (isLiteral(a) && isLiteral(b)) return numberLiteral(Number(a.replace(/[()]/g, '')) * Number(b.replace(/[()]/g, '')));
  return `${a} * ${b}`;
}

function sum(terms: readonly string[]): string {
  return terms.length === 0 ? '0' : terms.length === 1 ? terms[0]! : `(${terms.join(' + ')})`;
}

/** Builds the expressions of one instrument over its item columns (already quoted). */
export class InstrumentSql {
  /** Per compiled scale (dependency order). */
  readonly scales: ScaleSql[] = [];

  constructor(
    private readonly c: Compiled,
    private readonly columns: readonly string[],
    prorate: boolean,
  ) {
    for (const scale of c.scales) this.scales.push(this.scale(scale, prorate));
  }

  /** A CASE over item `i`'s options giving `then(k)` for option `k`, NULL (or `otherwise`) for anything else. */
  private cases(i: number, then: (k: number) => string, otherwise?: string): string {
    const raw = this.c.items[i]!.raw;
    return `CASE ${this.columns[i]!} ${raw.map((r, k) => `WHEN ${numberLiteral(r)} THEN ${then(k)}`).join(' ')}${otherwise === undefined ? '' : ` ELSE ${otherwise}`} END`;
  }

  /**
   * True when item `i` holds a value that is not one of its options. (Option tests are CASE
   * expressions rather than `IN` lists: DuckDB's optimiser takes seconds over many `IN` lists.)
   */
  invalid(i: number): string {
    return `(${this.columns[i]!} IS NOT NULL AND ${this.cases(i, () => '1')} IS NULL)`;
  }

  /** True when any of the items holds a value that is not an option; FALSE for a scale of no items. */
  private anyInvalid(items: readonly number[]): string {
    return items.length === 0 ? 'FALSE' : `(${items.map((i) => this.invalid(i)).join(' OR ')})`;
  }

  private answered(i: number): string {
    return this.cases(i, () => '1', '0');
  }

  /**
   * The item's recoded points per option. Every recode the engine compiles is an affine function
   * of the raw value (`b × value + a`: plain, reverse-keyed `low + high − value`, scaled to the
   * scale's common unit), so where the raw values are integers the points are computed
   * arithmetically, with integer `b` and `a`: cheaper than a CASE, and exact for every option.
   * For a value that is not an option the result is then meaningless, which is why every caller
   * uses it only under a test that every answer of the scale is an option. Decimal raw values
   * (and an item of a single option) get a CASE.
   */
  private points(i: number, points: readonly number[]): string {
    const raw = this.c.items[i]!.raw;
    if (raw.length < 2 || !raw.every(Number.isInteger)) return this.cases(i, (k) => numberLiteral(points[k]!));
    const b = (points[1]! - points[0]!) / (raw[1]! - raw[0]!);
    const a = points[0]! - b * raw[0]!;
    const col = this.columns[i]!;
    const scaled = b === 1 ? col : `${numberLiteral(b)} * ${col}`;
    return a === 0 ? scaled : `(${numberLiteral(a)} + ${scaled})`;
  }

  private scale(scale: CompiledScale, prorate: boolean): ScaleSql {
    switch (scale.kind) {
      case 'sum':
      case 'mean': {
        const items = scale.items;
        const expected = items.length;
        const published = scale.minAnswered;
        const needed = Math.max(1, published ?? (prorate ? Math.ceil(expected / 2) : expected));
        const points = sum(items.map((i, k) => `COALESCE(${this.points(i, scale.points[k]!)}, 0)`));
        const answered = sum(items.map((i) => this.answered(i)));
        const present = `(NOT ${this.anyInvalid(items)} AND ${answered} >= ${needed})`;
        const all = needed === expected;
        const unit = numberLiteral(scale.unit);
        let num = points;
        let den = unit;
        if (scale.kind === 'mean') den = all ? numberLiteral(expected * scale.unit) : mul(answered, unit);
        else if (published === null && !all) {
          num = mul(points, numberLiteral(expected));
          den = mul(answered, unit);
        }
        return {
          num: `CASE WHEN ${present} THEN ${num} END`,
          den,
          prorated: published === null && !all ? `(${present} AND ${answered} < ${expected})` : 'FALSE',
        };
      }
      case 'product_sum': {
        const items = scale.items;
        const unit = items.reduce((u, i) => this.c.items[i]!.scored.reduce((v, r) => lcm(v, exact(r, `scale ${scale.id}`).d), u), 1);
        const points = (i: number) => this.points(i, this.c.items[i]!.scored.map((r) => r.n * (unit / r.d)));
        const complete = `(NOT ${this.anyInvalid(items)} AND ${sum(items.map((i) => this.answered(i)))} = ${items.length})`;
        return {
          num: `CASE WHEN ${complete} THEN ${sum(scale.pairs.map(([a, b]) => `(${points(a)}) * (${points(b)})`))} END`,
          den: numberLiteral(unit * unit),
          prorated: 'FALSE',
        };
      }
      case 'linear': {
        const base = this.scales[scale.of]!;
        const m = exact(scale.multiply, `scale ${scale.id}`);
        const a = exact(scale.add, `scale ${scale.id}`);
        // base × m + a = (num·mn·ad + an·den·md) / (den·md·ad)
        const scaled = mul(base.num, numberLiteral(m.n * a.d));
        const num = a.n === 0 ? scaled : `(${scaled} + ${mul(numberLiteral(a.n * m.d), base.den)})`;
        return { num, den: mul(base.den, numberLiteral(m.d * a.d)), prorated: base.prorated };
      }
      case 'lookup': {
        const base = this.scales[scale.of]!;
        const rows = [...scale.table].map(([from, to]) => ({ from: exact(fromDecimal(from), `scale ${scale.id}`), to: exact(to, `scale ${scale.id}`) }));
        const unit = rows.reduce((u, r) => lcm(u, r.to.d), 1);
        const cases = rows.map((r) => `WHEN ${mul(base.num, numberLiteral(r.from.d))} = ${mul(numberLiteral(r.from.n), base.den)} THEN ${numberLiteral(r.to.n * (unit / r.to.d))}`);
        return { num: `CASE ${cases.join(' ')} END`, den: numberLiteral(unit), prorated: base.prorated };
      }
      case 'composite': {
        const a = exact(scale.add, `scale ${scale.id}`);
        let num = numberLiteral(a.n);
        let den = numberLiteral(a.d);
        for (const term of scale.terms) {
          const base = this.scales[term.scale]!;
          const w = exact(term.weight, `scale ${scale.id}`);
          const tNum = mul(numberLiteral(w.n), base.num);
          const tDen = mul(numberLiteral(w.d), base.den);
          num = `(${mul(num, tDen)} + ${mul(tNum, den)})`;
          den = mul(den, tDen);
        }
        const prorated = scale.terms.map((t) => this.scales[t.scale]!.prorated).filter((p) => p !== 'FALSE');
        return { num, den, prorated: prorated.length === 0 ? 'FALSE' : `(${prorated.join(' OR ')})` };
      }
    }
  }

  /** `scale op r`, NULL when the scale has no value. */
  compare(s: ScaleSql, op: ComparisonOperator, r: Rational, where: string): string {
    const t = exact(r, where);
    return `(${mul(`(${s.num})`, numberLiteral(t.d))} ${op} ${mul(numberLiteral(t.n), s.den)})`;
  }

  /** The score as a floating-point number (NULL when the scale has no value). */
  value(s: ScaleSql, double: string): string {
    if (s.den === '1') return `CAST(${s.num} AS ${double})`;
    return `CAST(${s.num} AS ${double}) / ${isLiteral(s.den) ? s.den : `(${s.den})`}`;
  }

  /** The band id of a scale in a scheme, NULL when the scale has no value. */
  band(s: ScaleSql, scheme: CompiledBands): string {
    const bands = scheme.bands;
    const whens = bands
      .slice(1)
      .reverse()
      .map((b) => `WHEN ${this.compare(s, b.exclusive ? '>' : '>=', b.min, `band ${b.result.id}`)} THEN ${literal(b.result.id)}`);
    return `CASE WHEN (${s.num}) IS NULL THEN NULL ${whens.join(' ')} ELSE ${literal(bands[0]!.result.id)} END`;
  }

  /** A criterion in three-valued SQL logic: TRUE, FALSE or NULL (not determinable). */
  criterion(c: CompiledCriterion, criteria: readonly CompiledCriterion[], depth = 0): string {
    if (depth > 64) throw new SqlExportError('cut-offs refer to each other too deeply');
    switch (c.kind) {
      case 'scale':
        return this.compare(this.scales[c.scale]!, c.op, c.value, 'cut-off');
      case 'item':
        return this.cases(c.item, (k) => (c.holds[k] === true ? 'TRUE' : 'FALSE'));
      case 'cutoff':
        return this.criterion(criteria[c.cutoff]!, criteria, depth + 1);
      case 'any':
        return c.of.length === 0 ? 'FALSE' : `(${c.of.map((x) => this.criterion(x, criteria, depth + 1)).join(' OR ')})`;
      case 'all':
        return c.of.length === 0 ? 'TRUE' : `(${c.of.map((x) => this.criterion(x, criteria, depth + 1)).join(' AND ')})`;
      case 'undetermined':
        // A cut-off with no default scheme and none chosen: not determinable, as score() says.
        return 'CAST(NULL AS BOOLEAN)';
    }
  }

  /** A flag column: `positive`, `unanswered` (no option given, an invalid value included) or NULL; the first flag that fires wins. */
  flag(indices: readonly number[]): string {
    const parts = indices.map((k) => {
      const f = this.c.flags[k]!;
      return this.cases(f.item, (k) => (f.fires[k] === true ? literal('positive') : 'NULL'), literal('unanswered'));
    });
    return parts.length === 1 ? parts[0]! : `COALESCE(${parts.join(', ')})`;
  }
}
