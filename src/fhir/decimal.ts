/**
 * Numbers as plain decimal text, for FHIR codes and FHIRPath literals (neither accepts
 * exponent notation such as `1e-7`).
 *
 * @module
 */

/**
 * The shortest decimal that reads back as `x` (JavaScript's own choice of digits), written
 * without an exponent: `1e-7` → `0.0000001`, `1e21` → `1000000000000000000000`.
 */
export function decimalText(x: number): string {
  const text = String(x);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const exponent = Number(text.slice(e + 1));
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  const plain =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

/** A number as a FHIRPath literal (negative values in parentheses, so they read as one term anywhere). */
export const fhirpathNumber = (x: number): string => (x < 0 ? `(${decimalText(x)})` : decimalText(x));

/** A string as a FHIRPath string literal. */
export const fhirpathString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
