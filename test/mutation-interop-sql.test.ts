/**
 * Outcomes of the SQL export, the form-formula helpers and the distributions that the wider tests
 * run without checking (found by the mutation run, docs/mutation/interop-sql.md): the messages
 * an export refuses with, names at the byte limits of each dialect, literals evaluated by a real
 * engine (SQLite through sql.js), the header a query starts with, the REDCap calc evaluator on
 * plain numerals, and t quantiles against their closed forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cbi, k10, phq2, phq9 } from '../src/instruments/index.js';
import type { Cutoff, InstrumentDefinition, Scale } from '../src/schema/types.js';
import { literal, numberLiteral, quoteName, quoteQualified, SqlExportError, type SqlDialect } from '../src/sql/dialect.js';
import { toSql } from '../src/sql/index.js';
import { betaQuantile, betaRegularized, fQuantile, logGamma, normalCdf, normalQuantile, tQuantile } from '../src/stats/distributions.js';
import { addDecimals, decimal, numeral } from '../src/interop/formula.js';
import { fromRedcapRecords, toRedcapDataDictionary } from '../src/redcap/index.js';
import { fromSurveyJsData } from '../src/surveyjs/index.js';
import { sqlite, type Engine } from './sql-engines.js';
import { toy, toy2 } from './fixtures.js';
import { evaluateCalc, parseCalc } from './redcap-calc.js';

/** The message an export throws with (and that it is an SqlExportError). */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SqlExportError);
    expect((error as Error).name).toBe('SqlExportError');
    return (error as Error).message;
  }
  throw new Error('expected the export to refuse');
}

describe('names: quoting and the byte limit of each dialect', () => {
  /** One character of each UTF-8 length, at both ends of its range. */
  const chars: [string, number][] = [
    ['x', 1],
    ['\u007f', 1],
    ['\u0080', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['\uffff', 3],
    ['\u{10000}', 4],
    ['\u{1f600}', 4],
  ];
  const limits: [SqlDialect, number][] = [
    ['postgres', 63],
    ['ansi', 128],
  ];

  it.each(limits)('%s: a name of exactly the limit in bytes is kept, one byte more is refused with its length', (dialect, max) => {
    for (const [ch, bytes] of chars) {
      const fits = ch + 'x'.repeat(max - bytes);
      expect(quoteName(fits, dialect, 'table')).toBe(`"${fits}"`);
      const over = ch + 'x'.repeat(max + 1 - bytes);
      expect(refusal(() => quoteName(over, dialect, 'table'))).toBe(`table: "${over}" is ${max + 1} bytes long; ${dialect} keeps at most ${max} (choose a shorter name or prefix)`);
    }
  });

  it('DuckDB and SQLite keep names of any length', () => {
    const long = '\u{1f600}'.repeat(5000);
    for (const dialect of ['duckdb', 'sqlite'] as const) expect(quoteName(long, dialect, 'table')).toBe(`"${long}"`);
  });

  it('refuses an empty name, a name that is not a string and a NUL, naming what it was for', () => {
    expect(refusal(() => quoteName('', 'ansi', 'view'))).toBe('view: a name must be a non-empty string');
    expect(refusal(() => quoteName(7 as never, 'ansi', 'item column'))).toBe('item column: a name must be a non-empty string');
    expect(refusal(() => quoteName('a\u0000b', 'duckdb', 'table'))).toBe('table: "a\\u0000b" contains a NUL character, which no SQL engine accepts in a name');
    expect(refusal(() => quoteQualified([], 'ansi', 'view'))).toBe('view: a name must have at least one part');
  });

  it('a qualified name is its parts, each quoted; a string is one part, dots included', () => {
    expect(quoteQualified(['survey', 'responses'], 'ansi', 'table')).toBe('"survey"."responses"');
    expect(quoteQualified('survey.responses', 'ansi', 'table')).toBe('"survey.responses"');
  });
});

describe('literals, evaluated by SQLite', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await sqlite();
  });
  afterAll(async () => engine.close());

  it('a name with several quotes stays one name', async () => {
    const name = 'a"b""c"';
    const rows = await engine.all(`SELECT 1 AS ${quoteName(name, 'sqlite', 'result column')};`);
    expect(rows).toEqual([{ [name]: 1 }]);
  });

  it('a text literal with several apostrophes is that text', async () => {
    const text = "it's 'quoted'";
    expect(await engine.all(`SELECT ${literal(text)} AS v;`)).toEqual([{ v: text }]);
  });

  it('a negative number stays one number after a minus sign (no "--" comment)', async () => {
    expect(await engine.all(`SELECT 5 -${numberLiteral(-2)} AS v;`)).toEqual([{ v: 7 }]);
    expect(await engine.all(`SELECT 5 -${numberLiteral(2.5)} AS v;`)).toEqual([{ v: 2.5 }]);
    expect(await engine.all(`SELECT 5 -${numberLiteral(0)} AS v;`)).toEqual([{ v: 5 }]);
  });

  it('refuses what it cannot write as a plain decimal', () => {
    expect(refusal(() => numberLiteral(Infinity))).toBe('Infinity cannot be written as an SQL number');
    expect(refusal(() => numberLiteral(Number.NaN))).toBe('NaN cannot be written as an SQL number');
    expect(refusal(() => numberLiteral(1e21))).toBe('1e+21 would need an exponent; the export writes only plain decimals');
    expect(refusal(() => numberLiteral(1e-7))).toBe('1e-7 would need an exponent; the export writes only plain decimals');
  });
});

describe('toSql: what it refuses, and what it says', () => {
  it('names the dialects it knows', () => {
    expect(refusal(() => toSql(phq9, { dialect: 'mysql' as never }))).toBe('unknown SQL dialect "mysql" (dialects: postgres, duckdb, sqlite, ansi)');
  });

  it('refuses unknown schemes with score()\'s words, without "the default was used" (it was not)', () => {
    expect(refusal(() => toSql(phq9, { bandSchemes: { total: 'nope' } }))).toBe('scale "total" has no band scheme "nope"');
    expect(refusal(() => toSql(phq9, { bandSchemes: { total: 'nope', other: 'x' } }))).toBe('scale "total" has no band scheme "nope"; options.bandSchemes names unknown scale "other"');
    expect(refusal(() => toSql(phq9, { cutoffSchemes: { positive_screen: 'x' } }))).toBe('cut-off "positive_screen" has one criterion and no named schemes');
    expect(refusal(() => toSql(phq2, { cutoffSchemes: { positive_screen: 'x' } }))).toBe('cut-off "positive_screen" has no scheme "x"');
    expect(refusal(() => toSql(phq9, { cutoffSchemes: { positive_screen: 'xy' } }))).toBe('cut-off "positive_screen" has one criterion and no named schemes');
  });

  it('says which name it cannot quote: item column, result column, table or view', () => {
    expect(refusal(() => toSql(phq2, { map: { '': 'phq2_1' } }))).toBe('item column: a name must be a non-empty string');
    expect(refusal(() => toSql(phq2, { dialect: 'postgres', prefix: 'p'.repeat(60) }))).toMatch(/^result column: "p{60}total" is 65 bytes long; postgres keeps at most 63/);
    expect(refusal(() => toSql(phq2, { table: '' }))).toBe('table: a name must be a non-empty string');
    expect(refusal(() => toSql(phq2, { view: '' }))).toBe('view: a name must be a non-empty string');
  });

  it('refuses a map it cannot follow, naming the items', () => {
    expect(refusal(() => toSql(phq2, { map: { q: 'phq2_3' } }))).toBe('map: "phq2_3" is not an item of phq2 (items: phq2_1, phq2_2)');
    expect(refusal(() => toSql(phq2, { map: { q: 'phq2_1', r: 'phq2_1' } }))).toBe('map: item phq2_1 is mapped from two columns');
  });

  it('starts with a header naming the instrument, version, dialect and rules, one line each', () => {
    const { sql, notes } = toSql(phq2, { dialect: 'sqlite', cutoffSchemes: { positive_screen: 'sensitive' } });
    const header = sql.split('\n').filter((line) => line.startsWith('--'));
    expect(header[0]).toMatch(/^-- PHQ-2 \(phq2, definition \d+\.\d+\.\d+\) scored by wellbeing-instruments \S+, dialect sqlite\.$/);
    expect(header).toContain('-- cut-off positive_screen: scheme sensitive');
    expect(notes).toEqual(['item columns must be numeric; a value that is not an option (NaN and ±Infinity included) is reported as invalid_value, where score() distinguishes invalid_type and not_finite']);
    const prorated = toSql(k10, { prorate: true }).sql;
    expect(prorated).toContain('-- total: sum of the answered items, prorated under options.prorate when at least 5 of 10 are answered (package rule, not published by the authors)');
    expect(toSql(k10).sql).not.toContain('prorated under options.prorate');
  });

  it('a definition\'s text cannot leave its comment line: every control and line-separator character becomes a space', () => {
    const odd: InstrumentDefinition = { ...cbi, shortName: 'a\nb\rc\u0000d\u001fe\u007ff\u0085g\u2028h\u2029i\tj' };
    const first = toSql(odd).sql.split('\n')[0]!;
    expect(first.startsWith('-- a b c d e f g h i j (cbi, definition ')).toBe(true);
  });

  it('a view with a qualified name', () => {
    expect(toSql(phq2, { view: ['analytics', 'phq2_scored'] }).sql).toContain('\nCREATE VIEW "analytics"."phq2_scored" AS\nSELECT "r".*,\n');
  });

  it('refuses a definition value it cannot compare exactly in integers, naming where', () => {
    const tiny: InstrumentDefinition = { ...toy, cutoffs: [{ id: 'tiny', label: 'x', criterion: { scale: 'sum3', op: '>=', value: 1e-20 }, sources: ['s'] }] };
    expect(refusal(() => toSql(tiny))).toBe('cut-off: the value is too large to compare exactly in integers');
    const scaled: InstrumentDefinition = { ...toy, scales: toy.scales.map((s): Scale => (s.id === 'rescaled' ? { ...s, method: { kind: 'linear', of: 'mean3', multiply: 1e-20, add: 0 } } : s)) };
    expect(refusal(() => toSql(scaled))).toBe('scale rescaled: the value is too large to compare exactly in integers');
  });

  it('follows cut-offs that refer to cut-offs 64 deep, and refuses a 65th reference', () => {
    const chain = (n: number): InstrumentDefinition['cutoffs'] =>
      Array.from({ length: n }, (_, k): Cutoff => ({ id: `c${k}`, label: `chain ${k}`, criterion: k === 0 ? { scale: 'mean3', op: '>=', value: 2.5 } : { cutoff: `c${k - 1}` }, sources: ['s'] }));
    expect(toSql({ ...toy, cutoffs: chain(65) }).columns.filter((c) => c.kind === 'cutoff')).toHaveLength(65);
    expect(refusal(() => toSql({ ...toy, cutoffs: chain(66) }))).toBe('cut-offs refer to each other too deeply');
  });
});

describe('reading a platform record: the issue a user sees for each kind of value', () => {
  const options = 'expected one of 0, 1, 2, 3 (or blank when unanswered)';

  it('a record that is not an object', () => {
    const cases: [unknown, string][] = [
      [null, 'null'],
      [['x'], 'an array'],
      ['phq2_1=3', '"phq2_1=3"'],
      [5, '5'],
      [undefined, 'undefined'],
    ];
    for (const [record, shown] of cases) {
      expect(fromSurveyJsData(phq2, record)).toEqual({
        answers: {},
        issues: [{ code: 'invalid_answers', severity: 'error', message: `expected a SurveyJS record (an object keyed by variable name), got ${shown}` }],
      });
    }
    expect(fromRedcapRecords(phq2, [null])[0]!.issues[0]!.message).toBe('expected a REDCap record (an object keyed by variable name), got null');
  });

  it('blanks are unanswered; numbers and exact numerals are options', () => {
    expect(fromSurveyJsData(phq2, { phq2_1: '', phq2_2: null })).toEqual({ answers: { phq2_1: null, phq2_2: null }, issues: [] });
    expect(fromSurveyJsData(phq2, { phq2_2: undefined })).toEqual({ answers: { phq2_1: null, phq2_2: null }, issues: [] });
    expect(fromSurveyJsData(phq2, { phq2_1: 3, phq2_2: '0' })).toEqual({ answers: { phq2_1: 3, phq2_2: 0 }, issues: [] });
  });

  it('a value that is not an option: its code, the value as shown, and the message', () => {
    const long = 'y'.repeat(100);
    const cases: [unknown, string, unknown, string][] = [
      [7, 'invalid_value', 7, '7'],
      ['7', 'invalid_value', '7', '"7"'],
      [Number.NaN, 'invalid_value', 'NaN', 'NaN'],
      [-Infinity, 'invalid_value', '-Infinity', '-Infinity'],
      [long, 'invalid_value', `${'y'.repeat(80)}…`, `"${'y'.repeat(40)}…"`],
      ['y'.repeat(40), 'invalid_value', 'y'.repeat(40), `"${'y'.repeat(40)}"`],
      ['y'.repeat(80), 'invalid_value', 'y'.repeat(80), `"${'y'.repeat(40)}…"`],
      [true, 'invalid_type', true, 'true'],
      [{ a: 1 }, 'invalid_type', undefined, 'an object'],
      [[1], 'invalid_type', undefined, 'an array'],
    ];
    for (const [value, code, shown, described] of cases) {
      const { answers, issues } = fromSurveyJsData(phq2, { phq2_1: value, phq2_2: 1 });
      expect(answers).toEqual({ phq2_2: 1 });
      expect(issues).toEqual([{ code, severity: 'error', item: 'phq2_1', ...(shown === undefined ? {} : { value: shown }), message: `phq2_1: ${described} is not an option; ${options}` }]);
    }
  });

  it('a value that cannot be read: the error, whatever was thrown', () => {
    const throwing = (thrown: unknown) => Object.defineProperty({ phq2_2: 2 }, 'phq2_1', { enumerable: true, get: () => { throw thrown; } });
    expect(fromSurveyJsData(phq2, throwing(new Error('boom')))).toEqual({
      answers: { phq2_2: 2 },
      issues: [{ code: 'invalid_answers', severity: 'error', item: 'phq2_1', message: 'phq2_1: reading the value failed: boom' }],
    });
    expect(fromSurveyJsData(phq2, throwing('plain')).issues[0]!.message).toBe('phq2_1: reading the value failed: plain');
  });
});

describe('distributions: closed forms', () => {
  const close = (actual: number, expected: number, rel = 1e-12) => expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
  // The far tails are checked against R in test/mutation-stats-distributions.test.ts.
  const ps = [0.001, 0.01, 0.025, 0.1, 0.3, 0.4999, 0.5, 0.5001, 0.7, 0.9, 0.975, 0.99, 0.999];

  it('t with 1 degree of freedom is Cauchy: tan(π(p − ½)); with 2, (2p − 1) / √(2p(1 − p))', () => {
    for (const p of ps) {
      close(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-9);
      close(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-9);
    }
    expect(tQuantile(0.5, 7)).toBe(0);
  });

  it('F(2, 2) has the quantile p / (1 − p); Beta(a, 1) has p^(1/a), and I_x(a, 1) = x^a', () => {
    for (const p of ps) close(fQuantile(p, 2, 2), p / (1 - p), 1e-9);
    for (const a of [0.5, 2, 7.5, 40]) {
      for (const p of ps) close(betaQuantile(p, a, 1), p ** (1 / a), 1e-9);
      for (const x of [0.001, 0.2, 0.5, 0.9, 0.999]) {
        close(betaRegularized(x, a, 1), x ** a, 1e-12);
        close(betaRegularized(x, 1, a), 1 - (1 - x) ** a, 1e-12);
      }
    }
  });

  it('the ends: probabilities 0 and 1, x outside (0, 1), ±∞ and NaN', () => {
    expect([betaQuantile(0, 2, 3), betaQuantile(-1, 2, 3), betaQuantile(1, 2, 3), betaQuantile(2, 2, 3)]).toEqual([0, 0, 1, 1]);
    expect([betaRegularized(0, 2, 3), betaRegularized(-1, 2, 3), betaRegularized(1, 2, 3), betaRegularized(2, 2, 3)]).toEqual([0, 0, 1, 1]);
    expect([normalQuantile(0), normalQuantile(-1), normalQuantile(1), normalQuantile(2), normalQuantile(0.5)]).toEqual([-Infinity, -Infinity, Infinity, Infinity, 0]);
    expect([normalCdf(-Infinity), normalCdf(Infinity), normalCdf(0)]).toEqual([0, 1, 0.5]);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  it('log Γ at published values of Γ: (n − 1)!, √π, Γ(1/3), Γ(1/4), Γ(1/10)', () => {
    // Γ(1/3) = 2.678938534707747633… (OEIS A073005), Γ(1/4) = 3.625609908221908311… (A068466),
    // Γ(1/10) = 9.513507698668731836… (A175380).
    const cases: [number, number][] = [
      [0.1, Math.log(9.513507698668731836)],
      [0.25, Math.log(3.625609908221908311)],
      [1 / 3, Math.log(2.678938534707747633)],
      [0.5, 0.5 * Math.log(Math.PI)],
      [1, 0],
      [2, 0],
      [3, Math.log(2)],
      [9.5, Math.log(34459425 / 512) + 0.5 * Math.log(Math.PI)], // Γ(n + ½) = (2n − 1)!! √π / 2ⁿ
      [10, Math.log(362880)],
      [11, Math.log(3628800)],
      [21, Math.log(2432902008176640000)],
    ];
    for (const [x, expected] of cases) close(logGamma(x), expected, 1e-12);
  });
});

describe('form formulas: numbers REDCap reads back, rules in words', () => {
  it('a number is written as a plain decimal that the calc syntax reads back to the same number', () => {
    for (const x of [0, 0.5, 12, -4, 1e-7, 1.5e-7, -3.25e-8, 2e21, 1.2345e25, -6.02e23, 123456.789]) {
      expect(evaluateCalc(parseCalc(decimal(x)), {}), String(x)).toBe(x);
      expect(decimal(x)).not.toMatch(/e/i);
    }
    expect(decimal(-0.5)).toBe('(0 - 0.5)');
    expect(numeral(-1.5e-7)).toBe('-0.00000015');
    expect(numeral(2e21)).toBe('2000000000000000000000');
    expect(() => decimal(Infinity)).toThrow(new RangeError('cannot write Infinity in a formula'));
    expect(() => decimal(Number.NaN)).toThrow(new RangeError('cannot write NaN in a formula'));
  });

  it('a reverse key of decimal options has the exact constant (0.1 + 0.7 is 0.8)', () => {
    expect(addDecimals(0.1, 0.7)).toBe(0.8);
    expect(addDecimals(0.1, 0.2)).toBe(0.3);
    expect(addDecimals(1, 5)).toBe(6);
  });

  const notes = (def: InstrumentDefinition): Record<string, string> => {
    const dict = toRedcapDataDictionary(def);
    const names = dict.scores[def.id]!;
    return Object.fromEntries(def.scales.map((s) => [s.id, dict.fields.find((f) => f.field_name === names[s.id])!.field_note]));
  };
  const cite = ' Source: Synthetic test source, not a real instrument.';

  it('each method and missing-data rule in a sentence, with its sources (REDCap field notes)', () => {
    expect(notes(toy)).toEqual({
      mean3: `Mean of 3 items, 1 reverse-keyed; blank unless every item is answered.${cite}`,
      rescaled: `Mean of 1–3 × 25 − 25; blank when Mean of 1–3 is blank.${cite}`,
      sum3: `Sum of 3 items, 1 reverse-keyed; blank unless every item is answered.${cite}`,
      metric: `Sum of 1–3 converted with the published table (13 rows); blank when Sum of 1–3 is blank.${cite}`,
      decimals: `Sum of 2 items; blank unless every item is answered.${cite}`,
      combo: `0.4 × Mean of 1–3 + 0.6 × Sum of 4–5; blank when any term is blank.${cite}`,
    });
    expect(notes(toy2).products).toBe(`Sum of the products of 2 item pairs, 1 reverse-keyed; blank unless every item is answered.${cite}`);
  });

  it('a published minimum, negative factors and constants, and the missing-data rule\'s own source', () => {
    const sources = [...toy.sources, { id: 't', citation: 'A second source.' }];
    const variant: InstrumentDefinition = {
      ...toy,
      sources,
      scales: toy.scales.map((s): Scale => {
        if (s.id === 'mean3') return { ...s, missing: { kind: 'min_answered', min: 2, sources: ['t', 's'] } };
        if (s.id === 'sum3') return { ...s, missing: { kind: 'min_answered', min: 2, sources: ['s'] } };
        if (s.id === 'rescaled') return { ...s, method: { kind: 'linear', of: 'mean3', multiply: -2.5, add: 10 } };
        if (s.id === 'combo') return { ...s, method: { kind: 'composite', terms: [{ scale: 'mean3', weight: -0.4 }, { scale: 'decimals', weight: 1 }], add: 3 } };
        return s;
      }),
    };
    expect(notes(variant)).toMatchObject({
      mean3: `Mean of the answered items (3 items, 1 reverse-keyed); blank unless at least 2 are answered.${cite} A second source.`,
      sum3: `Sum of the answered items (3 items, 1 reverse-keyed); blank unless at least 2 are answered.${cite}`,
      rescaled: `Mean of 1–3 × −2.5 + 10; blank when Mean of 1–3 is blank.${cite}`,
      combo: `−0.4 × Mean of 1–3 + 1 × Sum of 4–5 + 3; blank when any term is blank.${cite}`,
    });
    const minus: InstrumentDefinition = { ...toy, scales: toy.scales.map((s): Scale => (s.id === 'combo' ? { ...s, method: { kind: 'composite', terms: [{ scale: 'mean3', weight: 0.5 }], add: -1.5 } } : s)) };
    expect(notes(minus).combo).toBe(`0.5 × Mean of 1–3 − 1.5; blank when any term is blank.${cite}`);
  });
});
