/**
 * The command line's CSV/TSV reader (src/cli/io/table.ts) on hand-cut chunks: every line end ends
 * a record wherever it stands (issue 14, items 1 and 2), quoted fields, a quote that is never
 * closed is reported within a bounded amount of input and in linear time (item 9), TSV reads a
 * `"` as text unless asked (item 12). Random tables formatted by d3-dsv and cut at random places
 * must read back as they were.
 */
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/cli/errors.js';
import { DEFAULT_MAX_RECORD, readTable, TableParser, type TableSettings } from '../src/cli/io/table.js';

const CSV: TableSettings = { delimiter: ',', quote: 'double' };
const TSV: TableSettings = { delimiter: '\t', quote: 'none' };

/** Parses `chunks` with a fresh parser; returns every record. */
function parse(chunks: readonly string[], settings: TableSettings = CSV): string[][] {
  const parser = new TableParser(settings);
  const rows = chunks.flatMap((c) => parser.push(c));
  return [...rows, ...parser.end()];
}

/** `text` cut into two chunks at every position, and into three at some: each must read the same. */
function everyCut(text: string, settings: TableSettings = CSV): string[][] {
  const whole = parse([text], settings);
  for (let i = 0; i <= text.length; i++) expect(parse([text.slice(0, i), text.slice(i)], settings)).toEqual(whole);
  for (let i = 0; i < text.length; i += 3) for (let j = i; j <= text.length; j += 5) expect(parse([text.slice(0, i), text.slice(i, j), text.slice(j)], settings)).toEqual(whole);
  return whole;
}

/** The error `f` throws (a CliError), or null. */
function failure(f: () => unknown): CliError | null {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }
  return null;
}

describe('line ends', () => {
  it('every CRLF, LF and lone CR outside quotes ends a record, mixed in one file, wherever the chunks are cut', () => {
    expect(everyCut('id,a\r\nr1,1\r\nr2,2\nr3,3\rr4,4\n\rr5,5')).toEqual([
      ['id', 'a'],
      ['r1', '1'],
      ['r2', '2'],
      ['r3', '3'],
      ['r4', '4'],
      ['r5', '5'],
    ]);
  });
  it('empty lines are skipped; a line of delimiters is a record', () => {
    expect(everyCut('a,b\n\n\r\n\r,\n1,2\r\n\r\n')).toEqual([['a', 'b'], ['', ''], ['1', '2']]);
  });
  it('a CR-only file whose header is longer than 64 KiB is a header and its rows', () => {
    const header = Array.from({ length: 8000 }, (_, i) => `column_${i}`);
    const text = `${header.join(',')}\r${header.map(() => '1').join(',')}\r${header.map(() => '2').join(',')}\r`;
    expect(text.indexOf('\r')).toBeGreaterThan(65536);
    const rows = parse([text.slice(0, 65536), text.slice(65536)]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(header);
  });
  it('CRLF after an LF-only first 64 KiB leaves no CR in the last column', () => {
    const lf = Array.from({ length: 10000 }, (_, i) => `r${i},x\n`).join('');
    const rows = parse([`id,note\n${lf}`, 'late,y\r\nlast,z\r\n']);
    expect(rows.slice(-2)).toEqual([
      ['late', 'y'],
      ['last', 'z'],
    ]);
    expect(rows.some((r) => r.some((c) => c.includes('\r')))).toBe(false);
  });
  it('the last record needs no line end; a trailing delimiter is an empty last field', () => {
    expect(everyCut('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});

describe('quoted fields', () => {
  it('hold delimiters, doubled quotes and every line end as text', () => {
    expect(everyCut('id,note,x\r\n1,"a, ""b""",2\r\n2,"two\r\nlines\nthree\rfour",3\n3,"",4\n4,"""",5')).toEqual([
      ['id', 'note', 'x'],
      ['1', 'a, "b"', '2'],
      ['2', 'two\r\nlines\nthree\rfour', '3'],
      ['3', '', '4'],
      ['4', '"', '5'],
    ]);
  });
  it('spaces between a closing quote and the delimiter or line end are dropped', () => {
    expect(everyCut('a,b\n"x" ,"y"  \n"z"\t,w\n')).toEqual([
      ['a', 'b'],
      ['x', 'y'],
      ['z', 'w'],
    ]);
  });
  it('a quote inside an unquoted field is text', () => {
    expect(everyCut('a,b\n5" tall,x"y"\n')).toEqual([
      ['a', 'b'],
      ['5" tall', 'x"y"'],
    ]);
  });
  it('random tables formatted by d3-dsv read back as they were, whatever the line ends and chunk cuts', () => {
    const cell = fc.stringMatching(/^[a-z,"\r\n é😀;\t]{0,6}$/);
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 6, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }), (rows, eols, cuts) => {
        // A record of one empty field is an empty line, which is skipped.
        const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        const text = kept.map((r, i) => csvFormatRows([r]) + eols[i]!).join('');
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, i) => text.slice(start, [...at, text.length][i]));
        expect(parse(chunks)).toEqual(kept);
      }),
    );
  });
});

describe('malformed quotes', () => {
  it('a quote never closed is reported with the line it opens on, only when the input ends inside it', () => {
    const error = failure(() => parse(['id,note\n1,x\n2,"cut off\n3,y\n']));
    expect(error?.message).toMatch(/^line 3: a quote opens a field that is never closed: the input ends inside it/);
  });
  it('a closing quote followed by text is not called "never closed"', () => {
    const error = failure(() => parse(['id,note\n1,"quoted" remark\n']));
    expect(error?.message).toContain('line 2: the quoted field opened on line 2 is closed by a quote followed by "remark\\n"');
    expect(error?.message).not.toContain('never closed');
  });
  it('TSV reads " as text by default (its own rules have no quoting); --quote double reads it as CSV does', () => {
    const text = 'id\tnote\n1\t"quoted" remark\n2\t"unclosed\n3\t"a\tb"\n';
    expect(everyCut(text, TSV)).toEqual([
      ['id', 'note'],
      ['1', '"quoted" remark'],
      ['2', '"unclosed'],
      ['3', '"a', 'b"'],
    ]);
    expect(failure(() => parse([text], { ...TSV, quote: 'double' }))?.message).toContain('closed by a quote followed by');
    expect(parse(['id\tnote\n1\t"a\tb"\n'], { ...TSV, quote: 'double' })).toEqual([
      ['id', 'note'],
      ['1', 'a\tb'],
    ]);
    expect(parse(['a,b\n"x,y\n'], { ...CSV, quote: 'none' })).toEqual([
      ['a', 'b'],
      ['"x', 'y'],
    ]);
  });
});

/** A CSV of `rows` data lines produced lazily in 64 Ki-character chunks; `taken` counts the characters handed out. */
function lazyCsv(rows: number, line: (r: number) => string): { chunks: AsyncIterable<string>; taken: () => number } {
  let taken = 0;
  async function* chunks(): AsyncGenerator<string> {
    let chunk = 'id,site,a,b\n';
    for (let r = 1; r <= rows; r++) {
      chunk += line(r);
      if (chunk.length >= 65536) {
        taken += chunk.length;
        yield chunk;
        chunk = '';
      }
    }
    taken += chunk.length;
    yield chunk;
  }
  return { chunks: chunks(), taken: () => taken };
}

describe('bounded, linear reading', () => {
  it(`a stray quote on line 3 of a large file is reported after at most ${DEFAULT_MAX_RECORD.toLocaleString('en')} characters and one chunk`, async () => {
    const input = lazyCsv(1_000_000, (r) => (r === 2 ? `r${r},"site,1,2\n` : `r${r},site,1,2\n`));
    const read = async () => {
      for await (const rows of readTable(input.chunks, CSV)) expect(rows.length).toBeGreaterThan(0);
    };
    await expect(read()).rejects.toThrow(/^line 3: a quoted field opened there is still open after 1 MiB \(1,048,576 characters\), the most a record may hold \(--max-record-size\): most likely its quote is never closed/);
    expect(input.taken()).toBeLessThanOrEqual(DEFAULT_MAX_RECORD + 2 * 65536);
  });
  it('a record longer than the limit is an error naming its line; a higher limit reads it', () => {
    const long = `id,note\n1,${'x'.repeat(2000)}\n`;
    expect(failure(() => parse([long], { ...CSV, maxRecord: 1000 }))?.message).toMatch(/^line 2: a record longer than 1,000 characters/);
    expect(parse([long], { ...CSV, maxRecord: 3000 })[1]![1]).toHaveLength(2000);
  });
  it('one 50 MB field, quoted or not, in 64 KiB chunks, is read in linear time (seconds, not the 30 s of a quadratic reader)', () => {
    for (const quoted of [false, true]) {
      const parser = new TableParser({ ...CSV, maxRecord: 64 << 20 });
      const piece = quoted ? 'ab""cd,\n'.repeat(8192) : 'abcdefgh'.repeat(8192);
      const started = performance.now();
      parser.push(`id,note\n1,${quoted ? '"' : ''}`);
      for (let i = 0; i < 800; i++) parser.push(piece);
      const rows = parser.push(`${quoted ? '"' : ''}\n`);
      const seconds = (performance.now() - started) / 1000;
      expect(rows).toHaveLength(1);
      expect(rows[0]![1]).toHaveLength(quoted ? 800 * 7 * 8192 : 800 * 65536);
      expect(seconds).toBeLessThan(5);
    }
  });
});
