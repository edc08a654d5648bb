/**
 * The command line's CSV and TSV writer (src/cli/io/sinks.ts) writes rows straight into bytes and
 * leaves every field that needs quoting to d3-dsv. Its output must be byte for byte what d3-dsv's
 * `formatRows` gives for the same rows with formula-like pass-through cells neutralised: checked
 * here on tricky cells (quotes, delimiters, line breaks, formula characters, numbers, non-ASCII,
 * lone surrogates, empty) and on random ones.
 */
import { csvFormatRows, tsvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise, sinkFor, type Sink, type Value } from '../src/cli/io/sinks.js';

/** The reference: every cell as text, pass-through cells neutralised, all of it formatted by d3-dsv. */
function expected(format: 'csv' | 'tsv', header: readonly string[], scoreNames: readonly string[], rows: readonly (readonly [readonly unknown[] | Record<string, unknown>, readonly Value[]])[]): Buffer {
  const formatRows = format === 'csv' ? csvFormatRows : tsvFormatRows;
  const text = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const scoreText = (v: Value) =>
    v === null ? '' : Array.isArray(v) ? v.map((x: { code: string; item?: string }) => (x.item === undefined ? x.code : `${x.code}:${x.item}`)).join(' ') : String(v);
  const lines = rows.map(([pass, scores]) => [
    ...header.map((name, i) => neutralise(text(Array.isArray(pass) ? pass[i] : (pass as Record<string, unknown>)[name]))),
    ...scores.map(scoreText),
  ]);
  const out = `${formatRows([[...header, ...scoreNames].map(neutralise)])}\n${lines.length === 0 ? '' : `${formatRows(lines)}\n`}`;
  return Buffer.from(out, 'utf8');
}

/** The sink's output for the same rows, taken in batches of `batch` rows. */
function actual(sink: Sink, header: readonly string[], scoreNames: readonly string[], rows: readonly (readonly [readonly unknown[] | Record<string, unknown>, readonly Value[]])[], batch: number): Buffer {
  const parts: Buffer[] = [Buffer.from(sink.start(header, scoreNames), 'utf8')];
  const take = () => {
    const chunk = sink.take();
    parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  };
  rows.forEach(([pass, scores], i) => {
    // The sink must not keep the arrays it is given: callers reuse them.
    sink.row(Array.isArray(pass) ? [...pass] : pass, [...scores]);
    if ((i + 1) % batch === 0) take();
  });
  take();
  parts.push(Buffer.from(sink.end(), 'utf8'));
  return Buffer.concat(parts);
}

const TRICKY = [
  '',
  'plain',
  'a,b',
  'a;b',
  'tab\there',
  'say "hi"',
  '"',
  '""',
  'two\nlines',
  'cr\ronly',
  'crlf\r\nend',
  '=1+1',
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tTAB',
  '\rCR',
  '-3',
  '+1.5',
  '-1e5',
  '-.5',
  '-',
  '+',
  '=',
  '@',
  "'already",
  ' lead',
  'trail ',
  'é',
  'ü,ö',
  '😀 emoji',
  '\u00a0nbsp',
  ' =1+1',
  '   @SUM(A1)',
  '\u00a0=cmd',
  '\u200b+1+1',
  '\ufeff-2+3',
  '\u3000=x',
  ' -3',
  '\u00a0+1.5',
  '\u2028sep',
  'lone \ud800 surrogate',
  '\udc00',
  'x'.repeat(5000),
  `${'é'.repeat(3000)},`,
];
const ISSUES = [{ code: 'invalid_value', item: 'phq9_1' }, { code: 'wrong_field_count' }, { code: 'invalid_type', item: 'x,y' }];
const SCORES: Value[] = [null, 0, 12, 1023, 1024, -3, 2.5, 1 / 3, -0, 1e21, Number.NaN, true, false, 'moderate', 'positive', 'a,b', [], ISSUES, ISSUES.slice(0, 1)];

describe('neutralise', () => {
  it.each([
    ['=1+1', "'=1+1"],
    [' =1+1', "' =1+1"],
    ['   @SUM(A1)', "'   @SUM(A1)"],
    ['\u00a0=cmd|calc', "'\u00a0=cmd|calc"],
    ['\u200b+1+1', "'\u200b+1+1"],
    ['\u2060\u200d-2+3', "'\u2060\u200d-2+3"],
    ['\ufeff@x', "'\ufeff@x"],
    ['\u3000=x', "'\u3000=x"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    [' -3', ' -3'],
    ['\u00a0+1.5', '\u00a0+1.5'],
    ['-3', '-3'],
    ['   ', '   '],
    [' plain', ' plain'],
    ['a=1', 'a=1'],
    ['é=1', 'é=1'],
  ])('%j → %j', (cell, out) => {
    expect(neutralise(cell)).toBe(out);
  });

  it('covers the score column names a --prefix makes', async () => {
    const sink = await sinkFor('csv');
    expect(sink.start(['id'], ['=HYPERLINK("x")total', ' @valid'])).toBe(`id,"'=HYPERLINK(""x"")total",' @valid\n`);
  });
});

describe.each(['csv', 'tsv'] as const)('%s output', (format) => {
  it('is what d3-dsv formats, with formula-like pass-through cells neutralised (tricky cells)', async () => {
    const header = ['id', '=evil', 'a,b', 'tab\tname', 'note'];
    const scoreNames = ['phq9_total', 'phq9_valid', 'phq9_issues'];
    const rows: [unknown[], Value[]][] = [];
    for (let i = 0; i < TRICKY.length; i++) {
      rows.push([[`r${i}`, TRICKY[i]!, TRICKY[(i * 7) % TRICKY.length]!, TRICKY[(i * 3 + 1) % TRICKY.length]!, TRICKY[TRICKY.length - 1 - i]!], [SCORES[i % SCORES.length]!, true, SCORES[(i * 5) % SCORES.length]!]]);
    }
    // Rows with too few or too many cells (a wrong field count), and non-string cells (JSON input).
    rows.push([['short'], [null, false, ISSUES]], [['a', 'b', 'c', 'd', 'e', 'f', 'g'], [null, false, ISSUES]], [[1, null, undefined, { a: '=1' }, [1, '"2"']], [3, true, []]]);
    for (const batch of [1, 7, 1000]) {
      expect(actual(await sinkFor(format), header, scoreNames, rows, batch)).toEqual(expected(format, header, scoreNames, rows));
    }
  });

  it('formats JSON records (CSV output of JSON input) by column name', async () => {
    const header = ['id', 'note', 'n'];
    const rows: [Record<string, unknown>, Value[]][] = TRICKY.map((note, i) => [{ id: `r${i}`, note, n: i % 3 === 0 ? -i : { deep: note }, other: 'ignored' }, [i, null]]);
    rows.push([{}, [null, null]]);
    expect(actual(await sinkFor(format), header, ['s', 't'], rows, 5)).toEqual(expected(format, header, ['s', 't'], rows));
  });

  it('writes rows with no pass-through or no score columns', async () => {
    const rows: [unknown[], Value[]][] = [
      [[], [1, true]],
      [[], [null, null]],
    ];
    expect(actual(await sinkFor(format), [], ['s', 't'], rows, 1)).toEqual(expected(format, [], ['s', 't'], rows));
    const copy: [unknown[], Value[]][] = TRICKY.map((cell) => [[cell, '1'], []]);
    expect(actual(await sinkFor(format), ['a', 'b'], [], copy, 3)).toEqual(expected(format, ['a', 'b'], [], copy));
  });

  it('is what d3-dsv formats (random cells)', async () => {
    const char = fc.constantFrom(',', ';', '"', '\n', '\r', '\t', '=', '+', '-', '@', "'", '.', 'e', '0', '1', '9', 'a', ' ', '\u00a0', '\u200b', '\ufeff', 'é', '€', '😀', '\ud800', '\udfff', '\u0000', '\u007f', '\u0080');
    const cell = fc.oneof(fc.string({ unit: char, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...TRICKY.slice(0, -2)));
    const score = fc.oneof(fc.constantFrom(...SCORES), fc.integer({ min: -2000, max: 2000 }), fc.double(), fc.string({ unit: char, maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.array(cell, { minLength: 3, maxLength: 3 }), fc.array(score, { minLength: 2, maxLength: 2 })), { maxLength: 30 }), fc.integer({ min: 1, max: 10 }), async (rows, batch) => {
        const header = ['a', 'b', 'c'];
        expect(actual(await sinkFor(format), header, ['s', 't'], rows, batch)).toEqual(expected(format, header, ['s', 't'], rows));
      }),
      { numRuns: 300 },
    );
  });
});
