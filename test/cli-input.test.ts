/**
 * Hostile and unusual input through the BUILT binary (issue 14): mixed line ends, long CR-only
 * headers, JSON keys that name one item twice, a slow reader of the output, a stray quote in a
 * large file, a TSV cell that begins with a quote, deeply nested JSON values, UTF-16 files. Each
 * test is a reproduction from the issue; expected scores come from the built library's `score()`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bin, built, workspace } from './cli-support.js';

const ws = workspace('wi-cli-input-');
const lib = await built<typeof import('../src/index.js')>('index');

const items = Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`);
const header = ['id', ...items].join(',');
/** A PHQ-9 row: every item answered `answer`, item 9 answered 0. */
const row = (id: string, answer: number) => [id, ...items.map((_, i) => (i === 8 ? 0 : answer))].join(',');
const totalOf = (answer: number) => lib.score(lib.phq9, Object.fromEntries(items.map((id, i) => [id, i === 8 ? 0 : answer]))).scales.total.value;
const rowsOf = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: true }).data;
const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]);

describe('line ends: every CRLF, LF and CR ends a record, wherever it appears', () => {
  it('a CRLF file with LF lines appended scores every line (the issue: 2 rows instead of 3)', async () => {
    const r = await ws.cli(['score', 'phq9', '-'], `${header}\r\n${row('r1', 1)}\r\n${row('r2', 2)}\n${row('r3', 3)}\n${row('r4', 0)}\r${row('r5', 1)}`);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(column(rows, 'id')).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(column(rows, 'phq9_total')).toEqual([1, 2, 3, 0, 1].map((a) => String(totalOf(a))));
  });
  it('a CR-only file whose header is over 64 KiB reads as a header and rows, not as one header row', async () => {
    const extra = Array.from({ length: 7000 }, (_, i) => `extra_${i}`);
    const line = (id: string, answer: number) => `${row(id, answer)},${extra.map(() => 'x').join(',')}`;
    const input = `${header},${extra.join(',')}\r${line('r1', 1)}\r${line('r2', 3)}\r`;
    expect(input.indexOf('\r')).toBeGreaterThan(65536);
    const r = await ws.cli(['score', 'phq9', '-', '--to', 'ndjson'], input);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 rows from stdin: 2 valid');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.phq9_total)).toEqual([totalOf(1), totalOf(3)]);
  });
  it('CRLF lines after an LF-only first 64 KiB keep no CR in the last column or its name', async () => {
    const lf = Array.from({ length: 3000 }, (_, r) => `${row(`r${r}`, 1)},note ${r}\n`).join('');
    expect(lf.length).toBeGreaterThan(65536);
    const r = await ws.cli(['score', 'phq9', '-', '--to', 'ndjson'], `${header},note\n${lf}${row('late', 2)},late note\r\n${row('last', 3)},last note\r\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(3002);
    expect(out.slice(-2).map((o) => [o.id, o.note, o.phq9_total])).toEqual([
      ['late', 'late note', totalOf(2)],
      ['last', 'last note', totalOf(3)],
    ]);
    expect(Object.keys(out[0]!)).toContain('note');
  });
});

describe('JSON and NDJSON keys that name one item twice are refused, as CSV columns are', () => {
  const keys = (extra: string) => `{"id":"a",${items.map((id) => `"${id}":0`).join(',')},${extra}}`;
  it.each([
    ['ndjson', (r: string) => `${r}\n`],
    ['json', (r: string) => `[${r}]`],
  ])('%s: phq9_9 and "PHQ9_9 " in one record stop the run (exit 2, no output)', async (format, wrap) => {
    const input = ws.file(`twice.${format}`, wrap(keys('"PHQ9_9 ":3')));
    const r = await ws.cli(['score', 'phq9', input, '-o', `twice-out.${format}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phq9_9 is given by two keys in record 1: "phq9_9" and "PHQ9_9 "');
    expect(existsSync(join(ws.dir, `twice-out.${format}`))).toBe(false);
    const summary = await ws.cli(['summarize', 'phq9', input]);
    expect(summary.code).toBe(2);
    expect(summary.stderr).toContain('phq9_9 is given by two keys');
  });
  it('CSV refuses the same (unchanged)', async () => {
    const r = await ws.cli(['score', 'phq9', '-'], `${header},PHQ9_9 \n${row('a', 0)},3\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phq9_9 is given by two columns');
  });
});

describe('streaming', () => {
  /** A format's start, one block of 20,000 records, the separator between blocks, and its end. */
  const formats = {
    csv: { start: `${header}\n`, block: (r: number) => `${row(`r${r}`, r % 4)}\n`, between: '', end: '' },
    ndjson: { start: '', block: (r: number) => `{"id":"r${r}",${items.map((id) => `"${id}":${r % 4}`).join(',')}}\n`, between: '', end: '' },
    json: { start: '[', block: (r: number) => `${r === 0 ? '' : ','}{"id":"r${r}",${items.map((id) => `"${id}":${r % 4}`).join(',')}}\n`, between: ',', end: ']' },
  } as const;
  it.each(Object.keys(formats) as (keyof typeof formats)[])(
    '%s: reads no further than the output is taken: with stdout unread the input stalls, and every row comes out once it is read',
    async (format) => {
      const f = formats[format];
      const child = spawn(process.execPath, [bin, 'score', 'phq9', '-', '--from', format, '--quiet'], { cwd: ws.dir, stdio: ['pipe', 'pipe', 'pipe'] });
      const block = Buffer.from(Array.from({ length: 20_000 }, (_, r) => f.block(r)).join(''));
      let written = 0;
      let blocks = 0;
      child.stdin.write(f.start);
      // Feed up to 60 MB while nothing reads stdout; stop when the child has stopped taking input for 2 s.
      while (written < 60e6) {
        if (blocks > 0 && f.between !== '') child.stdin.write(f.between);
        blocks++;
        written += block.length;
        if (!child.stdin.write(block)) {
          const drained = await Promise.race([once(child.stdin, 'drain').then(() => true), sleep(2000).then(() => false)]);
          if (!drained) break;
        }
      }
      const taken = written - child.stdin.writableLength;
      expect(taken).toBeLessThan(16e6);
      let out = 0;
      child.stdout.on('data', (d: Buffer) => {
        for (let at = d.indexOf(10); at !== -1; at = d.indexOf(10, at + 1)) out++;
      });
      child.stdin.end(f.end);
      const [code] = (await once(child, 'close')) as [number];
      expect(code).toBe(0);
      expect(out).toBe(1 + blocks * 20_000);
    },
    120_000,
  );
});

describe('quotes', () => {
  it('a stray quote on line 3 of a large file is reported within 1 MiB of input, naming the line, not after reading the whole file', async () => {
    const rows = Array.from({ length: 600_000 }, (_, r) => (r === 1 ? `r${r},"${items.map(() => 1).join(',')}` : row(`r${r}`, 1)));
    const input = ws.file('stray.csv', `${header}\n${rows.join('\n')}\n`);
    const started = performance.now();
    const r = await ws.cli(['score', 'phq9', input, '-o', 'stray-out.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3: a quoted field opened there is still open after 1 MiB (1,048,576 characters)');
    expect(r.stderr).not.toContain('never closed:');
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(existsSync(join(ws.dir, 'stray-out.csv'))).toBe(false);
  });
  it('a quote never closed before the end of the file says so', async () => {
    const r = await ws.cli(['score', 'phq9', '-'], `${header},note\n${row('a', 1)},"cut off\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 2: a quote opens a field that is never closed: the input ends inside it');
  });
  it('a TSV cell that begins with " is text (TSV has no quoting); --quote double quotes, and a bad closing quote is not called "never closed"', async () => {
    const tsv = ws.file('quoted.tsv', `${['id', 'note', ...items].join('\t')}\nr1\t"quoted" remark\t${items.map(() => 1).join('\t')}\nr2\t"open\t${items.map(() => 2).join('\t')}\n`);
    const r = await ws.cli(['score', 'phq9', tsv, '--to', 'ndjson']);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => [o.note, o.phq9_total])).toEqual([
      ['"quoted" remark', lib.score(lib.phq9, Object.fromEntries(items.map((id) => [id, 1]))).scales.total.value],
      ['"open', lib.score(lib.phq9, Object.fromEntries(items.map((id) => [id, 2]))).scales.total.value],
    ]);
    const quoted = await ws.cli(['score', 'phq9', tsv, '--quote', 'double']);
    expect(quoted.code).toBe(2);
    expect(quoted.stderr).toContain('line 2: the quoted field opened on line 2 is closed by a quote followed by "remark');
    expect(quoted.stderr).not.toContain('never closed');
    const csv = await ws.cli(['score', 'phq9', '-', '--quote', 'none', '--to', 'ndjson'], `${header},note\n${row('a', 1)},"x\n`);
    expect(csv.code).toBe(0);
    expect((JSON.parse(csv.stdout) as Record<string, unknown>).note).toBe('"x');
    const json = await ws.cli(['score', 'phq9', '-', '--from', 'ndjson', '--quote', 'none'], '{}\n');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--quote applies to CSV and TSV input');
  });
  it('TSV that Excel quoted (a tab inside a quoted cell): the invalid row says to pass --quote double, which reads it', async () => {
    const tsv = ws.file('excel.tsv', `${['id', 'note', ...items].join('\t')}\nr1\t"a\tb"\t${items.map(() => 1).join('\t')}\n`);
    const plain = await ws.cli(['score', 'phq9', tsv]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('wrong_field_count: 12 fields where the header has 11');
    expect(plain.stderr).toContain('read it with --quote double');
    const quoted = await ws.cli(['score', 'phq9', tsv, '--quote', 'double', '--to', 'ndjson']);
    expect(quoted.code).toBe(0);
    expect(JSON.parse(quoted.stdout)).toMatchObject({ note: 'a\tb', phq9_valid: true });
  });
  it('a record over --max-record-size is an error naming its line; a higher limit reads it', async () => {
    const input = ws.file('long.csv', `${header},note\n${row('a', 1)},${'x'.repeat(1.5 * 2 ** 20)}\n`);
    const r = await ws.cli(['score', 'phq9', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 2: a record longer than 1 MiB (1,048,576 characters)');
    const raised = await ws.cli(['score', 'phq9', input, '--max-record-size', '2', '--quiet', '--to', 'ndjson']);
    expect(raised.code).toBe(0);
    expect((JSON.parse(raised.stdout) as { note: string }).note).toHaveLength(1.5 * 2 ** 20);
    const bad = await ws.cli(['score', 'phq9', input, '--max-record-size', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-record-size takes a whole number of MiB');
  });
});

describe('deeply nested JSON values', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const record = (id: string, depth: number) => `{"id":"${id}",${items.map((i) => `"${i}":1`).join(',')},"extra":${nested(depth)}}`;
  it.each(['ndjson', 'json'])('%s: a value 5,000 levels deep in a pass-through key is an invalid row, never a crash; 1,000 levels pass through', async (format) => {
    const records = [record('deep', 5000), record('ok', 1000)];
    const input = ws.file(`deep.${format}`, format === 'json' ? `[${records.join(',')}]` : `${records.join('\n')}\n`);
    for (const to of ['csv', 'json', 'ndjson']) {
      const r = await ws.cli(['score', 'phq9', input, '--to', to]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('unexpected failure');
      expect(r.stderr).toContain('record 1: malformed_record:');
      expect(r.stderr).toContain('1 invalid');
      expect(r.stderr).toContain('the value of "extra" is nested more than 1,000 levels deep');
      const out = to === 'csv' ? rowsOf(r.stdout).slice(1) : to === 'json' ? (JSON.parse(r.stdout) as Record<string, unknown>[]) : r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out).toHaveLength(2);
      // The columns come from the first readable record, so the deep one at the top costs no other row.
      if (to === 'csv') expect((out[1] as string[]).includes(nested(1000))).toBe(true);
      else expect(JSON.stringify((out[1] as Record<string, unknown>).extra)).toBe(nested(1000));
    }
  });
});

describe('UTF-16 input is recognised by its byte-order mark', () => {
  it.each(['le', 'be'])('UTF-16%s CSV and NDJSON score as their UTF-8 text does (CSV output with a UTF-8 byte-order mark)', async (order) => {
    const text = `${header},name\r\n${row('a', 1)},René 😀\r\n${row('b', 3)},Zoë\r\n`;
    const utf8 = await ws.cli(['score', 'phq9', '-'], text);
    const encode = (s: string) => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
      return order === 'le' ? le : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.subarray(2)).swap16()]);
    };
    const r = await ws.cli(['score', 'phq9', '-'], encode(text));
    expect(r.code).toBe(0);
    // The input had a byte-order mark, so the CSV output starts with a UTF-8 one (for Excel).
    expect(r.stdout).toBe(`\ufeff${utf8.stdout}`);
    const nd = await ws.cli(['score', 'phq9', '-', '--from', 'ndjson', '--to', 'ndjson'], encode(`{"id":"a",${items.map((i) => `"${i}":2`).join(',')},"name":"Zoë"}\n`));
    expect(nd.code).toBe(0);
    expect(JSON.parse(nd.stdout)).toMatchObject({ name: 'Zoë', phq9_valid: true });
  });
  it('UTF-16 without a byte-order mark is named as such, and --encoding reads it', async () => {
    const text = Buffer.from(`${header}\n${row('a', 1)}\n`, 'utf16le');
    const r = await ws.cli(['score', 'phq9', '-'], text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks like UTF-16 without a byte-order mark; name its encoding, e.g. --encoding utf-16le');
    const named = await ws.cli(['score', 'phq9', '-', '--encoding', 'utf-16le', '--to', 'ndjson'], text);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)).toMatchObject({ id: 'a', phq9_total: totalOf(1) });
  });
});
