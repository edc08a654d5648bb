/**
 * Exact rational arithmetic on safe integers, so that a value is compared with a threshold
 * without floating-point error: a mean of 17 answered points over 8 items is 17/8, and
 * `17/8 ≥ 2.10` is decided as `17 × 10 ≥ 21 × 8`. Every number written in a definition is a
 * decimal, hence an exact rational.
 *
 * When a part would leave the safe-integer range the value is marked inexact and is from then on
 * computed and compared in floating point (never reached by the shipped instruments, whose
 * values are small).
 *
 * @internal
 * @module
 */

/** `n / d` with `d > 0`, reduced; `exact: false` when only the float `n / d` can be trusted. */
export interface Rational {
  readonly n: number;
  readonly d: number;
  readonly exact: boolean;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The largest safe integer: cross-products beyond it are compared in floating point. */
const MAX = Number.MAX_SAFE_INTEGER;

/** A value known only as the float `x`, computed and compared in floating point. */
function inexact(x: number): Rational {
  return { n: x, d: 1, exact: false };
}

/**
 * Builds `n / d`, always reduced (smaller parts keep later sums and products exact longer);
 * inexact when either part is not a safe integer. `d` is positive (every caller's denominator is
 * a power of ten or a product of positive denominators, so no sign or zero handling is needed).
 */
export function rational(n: number, d: number): Rational {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return inexact(n / d);
  const g = gcd(n, d);
  return { n: n / g, d: d / g, exact: true };
}

/** The exact rational a finite number literal denotes (its shortest decimal form). */
export function fromDecimal(x: number): Rational {
  if (Number.isInteger(x)) return rational(x, 1);
  // A finite non-integer prints as "w.f" or "w[.f]e-k": its value has digits after the point, so
  // shift (the power of ten under the digits) is always positive.
  const [mantissa, exponentPart] = String(x).toLowerCase().split('e') as [string, string?];
  const exponent = Number(exponentPart ?? 0);
  const [whole, fraction = ''] = mantissa.split('.') as [string, string?];
  const shift = fraction.length - exponent;
  const digits = Number(whole + fraction);
  // Past 15 places, or with more digits than a safe integer holds, only x itself is the value:
  // rounded digits over a power of ten can be another double (480.40000000000003 would be 480.4).
  return shift <= 15 && Number.isSafeInteger(digits) ? rational(digits, 10 ** shift) : inexact(x);
}

export function toNumber(r: Rational): number {
  return r.n / r.d;
}

export function add(a: Rational, b: Rational): Rational {
  if (!a.exact || !b.exact) return inexact(toNumber(a) + toNumber(b));
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function multiply(a: Rational, b: Rational): Rational {
  if (!a.exact || !b.exact) return inexact(toNumber(a) * toNumber(b));
  return rational(a.n * b.n, a.d * b.d);
}

/** Sign of `a − b`: −1, 0 or 1, exact when both are exact and the products stay safe. */
export function compare(a: Rational, b: Rational): number {
  // Parts of exact rationals are integers, so their products are too: only the magnitude can
  // make them unsafe. This is on every band and cut-off test, hence no Number.isSafeInteger.
  const left = a.n * b.d;
  const right = b.n * a.d;
  if (a.exact && b.exact && Math.abs(left) <= MAX && Math.abs(right) <= MAX) return left < right ? -1 : left > right ? 1 : 0;
  const x = toNumber(a);
  const y = toNumber(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
