/**
 * The command line, end to end: every command is run through the BUILT binary (`node
 * dist/cli.js …`, `npm run build` first), as a user would run it, and judged by its exit code,
 * stdout, stderr and the files it leaves. Expected scores come from the built library's
 * `score()`, not from the command line's own code.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvFormatRows, tsvFormatRows } from 'd3-dsv';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_INSTRUMENTS, SAMPLE_PATH, sampleCsv } from '../scripts/sample.js';
import { runCli } from './cli-support.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist/cli.js');
const lib = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof import('../src/index.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** Runs the binary in the test directory (or `cwd`); `input` is written to its stdin. */
const cli = (args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}) => runCli(args, options.cwd ?? dir, options.input);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wi-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a fixture into the test directory; returns its name. */
function file(name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
/** Parses CSV output with Papa Parse (header row first). */
const rowsOf = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: true }).data;
/** Files in the test directory whose name contains `part` (temporary files included). */
const filesLike = (part: string) => readdirSync(dir).filter((f) => f.includes(part));

const phq9Header = ['id', 'site', ...Array.from({ length: 10 }, (_, i) => `phq9_${i + 1}`)];
const csv = (rows: readonly (readonly string[])[], eol = '\n') => rows.map((r) => r.join(',')).join(eol) + eol;

describe.concurrent('help and version', () => {
  it('--version and -v print the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });
  it('no arguments and --help print the commands', async () => {
    for (const args of [[], ['--help']]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      for (const command of ['list', 'show', 'score', 'demo']) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });
  it.each([
    ['list', ['--construct', '--json']],
    ['show', ['<id>', '--json']],
    ['score', ['<id>', '[file]', '--output', '--to', '--from', '--map', '--labels', '--prorate', '--scheme', '--cutoff-scheme', '--allow-invalid', '--quiet', '--missing', '--encoding', '--delimiter', 'Exit codes']],
    ['demo', ['sample']],
  ])('%s --help describes its arguments and options', async (command, words) => {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: wellbeing-instruments ${command}`));
    for (const w of words) expect(r.stdout).toContain(w);
  });
  it('an unknown command or option fails with exit code 2', async () => {
    const command = await cli(['nope']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command 'nope'/);
    const option = await cli(['list', '--nope']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--nope'/);
  });
});

describe.concurrent('list', () => {
  it('prints every instrument of the catalogue', async () => {
    const r = await cli(['list']);
    expect(r.code).toBe(0);
    for (const d of lib.instruments) expect(r.stdout).toMatch(new RegExp(`^${d.id} +${d.shortName.replace(/[()+]/g, '\\$&')} `, 'm'));
    expect(r.stdout).toContain(`${lib.instruments.length} instruments`);
  });
  it('--construct filters and --json prints data', async () => {
    const r = await cli(['list', '--construct', 'burnout', '--json']);
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as { id: string; constructs: string[] }[]).map((x) => x.id);
    expect(ids).toEqual(lib.listInstruments({ construct: 'burnout' }).map((d) => d.id));
    const bad = await cli(['list', '--construct', 'happiness']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Allowed choices are anxiety, burnout/);
  });
});

describe.concurrent('show', () => {
  it('phq9: items with text, answers, formula, missing rule, bands, cut-off, flag, benchmarks, licence, columns', async () => {
    const r = await cli(['show', 'phq9']);
    expect(r.code).toBe(0);
    const out = r.stdout.replace(/\s+/g, ' ');
    for (const text of [
      'PHQ-9 — Patient Health Questionnaire-9',
      'phq9_1 Little interest or pleasure in doing things',
      '0 = Not at all · 1 = Several days',
      'total — Depression severity: sum of phq9_1 … phq9_9 (9 items); range 0–27',
      'every item must be answered',
      'minimal ≥ 0 · mild ≥ 5 · moderate ≥ 10 · moderately_severe ≥ 15 · severe ≥ 20',
      'positive_screen — Positive screen for major depression (total ≥ 10): total ≥ 10',
      'suicidal_ideation',
      'de_general_2013 (total): mean 2.91 (SD 3.5)',
      'Pfizer',
      '[kroenke2001]',
      'phq9_total, phq9_total_band, phq9_positive_screen, phq9_suicidal_ideation, phq9_valid, phq9_issues',
    ]) expect(out).toContain(text);
  });
  it('licensed instruments show topics, not wording; schemes and published missing rules are spelled out', async () => {
    const [mbi, cbi, phq2, k10] = await Promise.all(['mbi', 'cbi', 'phq2', 'k10'].map((id) => cli(['show', id]).then((r) => r.stdout.replace(/\s+/g, ' '))));
    expect(mbi).toContain('wording not shipped (see the licence below)');
    expect(mbi).toContain(`mbi_1 ${lib.mbi.items[0].topic}`);
    expect(mbi).toContain('scheme ee_and_dp_or_low_pa');
    expect(cbi).toContain('at least 3 of 6 are answered');
    expect(cbi).toContain('reverse-keyed: cbi_13');
    expect(phq2).toContain('scheme sensitive');
    expect(k10).toContain('bands primary_care');
  });
  it('--json prints the definition with its notes in place; an unknown id suggests the nearest', async () => {
    const json = await cli(['show', 'gad7', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(lib.withNotes(lib.gad7, lib.gad7Notes))));
    const typo = await cli(['show', 'phq0']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown instrument "phq0"; did you mean .*phq9/);
    expect((await cli(['show', 'PHQ-9'])).code).toBe(0);
  });
});

describe.concurrent('score: reading', () => {
  it('keeps every column and row, and scores each row as score() does', async () => {
    const rows = [
      phq9Header,
      ['r1', 'A', '2', '2', '2', '2', '1', '1', '2', '0', '0', '1'],
      ['r2', 'B', '3', '3', '3', '3', '3', '3', '3', '3', '1', ''],
      ['r3', 'A', '0', '', '0', '0', '0', '0', '0', '0', '0', ''],
    ];
    const input = file('basic.csv', csv(rows));
    const r = await cli(['score', 'phq9', input, '-o', 'basic-out.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('PHQ-9: 3 rows from basic.csv → basic-out.csv: 3 valid (1 without enough answers for every scale), 0 invalid');
    const out = rowsOf(read('basic-out.csv'));
    expect(out[0]).toEqual([...phq9Header, 'phq9_total', 'phq9_total_band', 'phq9_positive_screen', 'phq9_suicidal_ideation', 'phq9_valid', 'phq9_issues']);
    expect(out).toHaveLength(rows.length);
    for (let i = 1; i < rows.length; i++) {
      expect(out[i]!.slice(0, 12)).toEqual(rows[i]);
      const answers = Object.fromEntries(phq9Header.slice(2).map((id, k) => [id, rows[i]![k + 2] === '' ? null : Number(rows[i]![k + 2])]));
      const expected = lib.score(lib.phq9, answers as never);
      const flag = expected.flags.find((f) => f.id === 'suicidal_ideation')?.status ?? '';
      expect(out[i]!.slice(12)).toEqual([String(expected.scales.total.value ?? ''), expected.scales.total.band?.id ?? '', String(expected.cutoffs.positive_screen ?? ''), flag, 'true', '']);
    }
  });

  it('reads stdin and writes stdout; a UTF-8 BOM, CRLF, quoted fields and blank lines are handled', async () => {
    const input = '\ufeffid,note,gad2_1,gad2_2\r\n1,"a, ""quoted"" note",1,2\r\n\r\n2,"two\r\nlines",3,3\r\n,,,\r\n   \r\n3,é 😀,0,0\r\n';
    const r = await cli(['score', 'gad2', '-'], { input });
    expect(r.code).toBe(0);
    const out = rowsOf(r.stdout);
    expect(out.map((row) => row.slice(0, 5))).toEqual([
      ['id', 'note', 'gad2_1', 'gad2_2', 'gad2_total'],
      ['1', 'a, "quoted" note', '1', '2', '3'],
      ['2', 'two\r\nlines', '3', '3', '6'],
      ['3', 'é 😀', '0', '0', '0'],
    ]);
    expect(r.stderr).toContain('3 rows from stdin: 3 valid, 0 invalid (2 rows without any value skipped)');
  });

  it('TSV, JSON and NDJSON in and out, by extension or --from/--to', async () => {
    file('t.tsv', 'id\tgad2_1\tgad2_2\nx\t3\t3\n');
    const tsv = await cli(['score', 'gad2', 't.tsv', '-o', 't-out.json']);
    expect(tsv.code).toBe(0);
    expect(JSON.parse(read('t-out.json'))).toEqual([{ id: 'x', gad2_1: '3', gad2_2: '3', gad2_total: 6, gad2_positive_screen: true, gad2_valid: true, gad2_issues: [] }]);
    file('j.json', JSON.stringify([{ id: 1, GAD2_1: 2, gad2_2: 2, extra: { nested: true } }, { id: 2, gad2_1: 0 }]));
    const json = await cli(['score', 'gad2', 'j.json', '--to', 'ndjson']);
    expect(json.code).toBe(0);
    expect(json.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      { id: 1, GAD2_1: 2, gad2_2: 2, extra: { nested: true }, gad2_total: 4, gad2_positive_screen: true, gad2_valid: true, gad2_issues: [] },
      { id: 2, gad2_1: 0, gad2_total: null, gad2_positive_screen: null, gad2_valid: true, gad2_issues: [] },
    ]);
    const ndjson = await cli(['score', 'gad2', '-', '--from', 'ndjson', '--to', 'tsv'], { input: '{"id":"a","gad2_1":1,"gad2_2":1}\n\n{"id":"b","gad2_1":3,"gad2_2":3}\n' });
    expect(ndjson.stdout).toBe('id\tgad2_1\tgad2_2\tgad2_total\tgad2_positive_screen\tgad2_valid\tgad2_issues\na\t1\t1\t2\tfalse\ttrue\t\nb\t3\t3\t6\ttrue\ttrue\t\n');
  });

  it('--map, --labels and --missing read a Qualtrics-style export', async () => {
    file('q.csv', 'ResponseId,Q1,Q2,Q3\nR_1,Several days,Nearly every day,x\nR_2,NA,  more than half the DAYS ,y\nR_3,0,3,z\n');
    file('q-map.json', JSON.stringify({ Q1: 'phq2_1', Q2: 'phq2_2' }));
    const r = await cli(['score', 'phq2', 'q.csv', '--map', 'q-map.json', '--labels', '--missing', 'NA', '--cutoff-scheme', 'positive_screen=sensitive']);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)).toEqual([
      ['ResponseId', 'Q1', 'Q2', 'Q3', 'phq2_total', 'phq2_positive_screen', 'phq2_valid', 'phq2_issues'],
      ['R_1', 'Several days', 'Nearly every day', 'x', '4', 'true', 'true', ''],
      ['R_2', 'NA', '  more than half the DAYS ', 'y', '', '', 'true', ''],
      ['R_3', '0', '3', 'z', '3', 'true', 'true', ''],
    ]);
  });

  it('--header-rows 3 reads a Qualtrics export (question text and ImportId rows copied, not scored); without it, a hint', async () => {
    file('qualtrics.csv', 'ResponseId,Q1,Q2\nResponse ID,Interest,Mood\n{"ImportId":"_recordId"},{"ImportId":"QID1"},{"ImportId":"QID2"}\nR_1,Several days,Not at all\n');
    file('qualtrics-map.json', JSON.stringify({ Q1: 'phq2_1', Q2: 'phq2_2' }));
    const r = await cli(['score', 'phq2', 'qualtrics.csv', '--header-rows', '3', '--map', 'qualtrics-map.json', '--labels']);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)).toEqual([
      ['ResponseId', 'Q1', 'Q2', 'phq2_total', 'phq2_positive_screen', 'phq2_valid', 'phq2_issues'],
      ['Response ID', 'Interest', 'Mood', '', '', '', ''],
      ['{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '', '', '', ''],
      ['R_1', 'Several days', 'Not at all', '1', 'false', 'true', ''],
    ]);
    expect(r.stderr).toContain('1 row from qualtrics.csv: 1 valid, 0 invalid');
    const hint = await cli(['score', 'phq2', 'qualtrics.csv', '--map', 'qualtrics-map.json', '--labels']);
    expect(hint.code).toBe(1);
    expect(hint.stderr).toContain('this looks like a Qualtrics export');
  });

  it('--scheme, --prorate and --prefix change bands, proration and column names', async () => {
    file('k10.csv', `id,${Array.from({ length: 10 }, (_, i) => `k10_${i + 1}`).join(',')}\na,${Array(10).fill('3').join(',')}\nb,3,3,3,3,3,3,3,3,,\n`);
    const r = await cli(['score', 'k10', 'k10.csv', '--scheme', 'total=primary_care', '--prorate', '--prefix', 'k_']);
    expect(r.code).toBe(0);
    const out = rowsOf(r.stdout);
    const at = (name: string) => out[0]!.indexOf(name);
    const expected = lib.score(lib.k10, Array(10).fill(3), { bandSchemes: { total: 'primary_care' } });
    expect(out[1]![at('k_total_band')]).toBe(expected.scales.total.band!.id);
    expect(out[2]![at('k_total')]).toBe('30');
    expect(out[2]![at('k_total_prorated')]).toBe('true');
    const bad = await cli(['score', 'k10', 'k10.csv', '--scheme', 'total=nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('has no scheme "nope" (schemes: abs, primary_care)');
  });
});

describe.concurrent('score: bad files', () => {
  it('a row with a bad answer is invalid, its scores empty, and the exit code 1 unless --allow-invalid', async () => {
    const input = file('bad.csv', csv([phq9Header, ['r1', 'A', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'], ['r2', 'B', '7', '1', '1', 'x', '1', '1', '1', '1', '1', '1']]));
    const r = await cli(['score', 'phq9', input, '-o', 'bad-out.csv']);
    expect(r.code).toBe(1);
    const out = rowsOf(read('bad-out.csv'));
    expect(out).toHaveLength(3);
    expect(out[2]!.slice(12)).toEqual(['', '', '', '', 'false', 'invalid_value:phq9_1 invalid_type:phq9_4']);
    expect(r.stderr).toContain('record 2 (id=r2): invalid_value: phq9_1: 7 is not an option');
    expect(r.stderr).toMatch(/1 of 2 rows are invalid/);
    const allowed = await cli(['score', 'phq9', input, '--allow-invalid', '--quiet']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('');
  });

  it('labels that do not match are invalid, with the labels in the message; without --labels a hint', async () => {
    file('labels.csv', 'id,gad2_1,gad2_2\n1,Several days,Sometimes\n');
    const r = await cli(['score', 'gad2', 'labels.csv', '--labels']);
    expect(r.code).toBe(1);
    expect(rowsOf(r.stdout)[1]).toEqual(['1', 'Several days', 'Sometimes', '', '', 'false', 'invalid_value:gad2_2']);
    expect(r.stderr).toContain('gad2_2: "Sometimes" is neither an option label ("Not at all", "Several days", "More than half the days", "Nearly every day") nor a value (0, 1, 2, 3)');
    const hint = await cli(['score', 'gad2', 'labels.csv']);
    expect(hint.code).toBe(1);
    expect(hint.stderr).toContain('pass --labels');
  });

  it('a missing item column is an error (nothing written) unless the missing-data rule allows it', async () => {
    const noItem9 = file('no9.csv', csv([phq9Header.filter((h) => h !== 'phq9_9'), ['r1', 'A', '1', '1', '1', '1', '1', '1', '1', '1', '1']]));
    const r = await cli(['score', 'phq9', noItem9, '-o', 'no9-out.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('scale "total" can never be scored: phq9_9 has no column');
    expect(r.stderr).toContain('flag "suicidal_ideation" is read from it');
    expect(filesLike('no9-out')).toEqual([]);
    // The CBI's published rule scores client-related burnout from 3 of its 6 items.
    const cbiItems = lib.cbi.items.map((i) => i.id).filter((id) => id !== 'cbi_19');
    file('cbi.csv', `${['id', ...cbiItems, 'cbi_20', 'CBI_05'].join(',')}\n${['a', ...cbiItems.map(() => '50'), '1', '2'].join(',')}\n`);
    const cbi = await cli(['score', 'cbi', 'cbi.csv']);
    expect(cbi.code).toBe(0);
    expect(cbi.stderr).toContain('cbi_19 has no column; its answers count as missing');
    expect(cbi.stderr).toContain('column "cbi_20" looks like an item of cbi, which has items 1–19 only');
    expect(cbi.stderr).toContain('column "CBI_05" looks like item cbi_5, which is read from column "cbi_5"');
    expect(rowsOf(cbi.stdout)[1]).toContain('2');
    // The PHQ-9 difficulty item is scored by nothing and may be absent.
    const noDifficulty = file('no10.csv', csv([phq9Header.slice(0, -1), ['r1', 'A', '1', '1', '1', '1', '1', '1', '1', '1', '1']]));
    expect((await cli(['score', 'phq9', noDifficulty])).code).toBe(0);
  });

  it('a file with the wrong delimiter is an error that names the delimiter', async () => {
    file('semi.csv', 'id;gad2_1;gad2_2\n1;2;2\n');
    const r = await cli(['score', 'gad2', 'semi.csv', '-o', 'semi-out.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the file looks ";"-separated: use --delimiter ";"');
    expect(filesLike('semi-out')).toEqual([]);
    const fixed = await cli(['score', 'gad2', 'semi.csv', '--delimiter', ';']);
    expect(fixed.code).toBe(0);
    expect(rowsOf(fixed.stdout)[1]).toEqual(['1', '2', '2', '4', 'true', 'true', '']);
    const tabs = await cli(['score', 'gad2', '-'], { input: 'id\tgad2_1\tgad2_2\n1\t2\t2\n' });
    expect(tabs.stderr).toContain('tab-separated: use --from tsv');
  });

  it('non-UTF-8 bytes are an error naming the line, unless --encoding names the encoding', async () => {
    const latin1 = Buffer.concat([Buffer.from('id,name,gad2_1,gad2_2\n1,ok,0,0\n2,Ren'), Buffer.from([0xe9]), Buffer.from(',1,1\n')]);
    file('latin1.csv', latin1);
    const r = await cli(['score', 'gad2', 'latin1.csv', '-o', 'latin1-out.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid UTF-8: byte 0xE9 on line 3 (byte offset 36)');
    expect(filesLike('latin1-out')).toEqual([]);
    const decoded = await cli(['score', 'gad2', 'latin1.csv', '--encoding', 'windows-1252']);
    expect(decoded.code).toBe(0);
    expect(rowsOf(decoded.stdout)[2]!.slice(0, 2)).toEqual(['2', 'René']);
  });

  it('a truncated last line: too few fields is an invalid row; an unclosed quote is an error', async () => {
    const short = await cli(['score', 'gad2', '-'], { input: 'id,gad2_1,gad2_2\n1,1,1\n2,1' });
    expect(short.code).toBe(1);
    expect(rowsOf(short.stdout)).toHaveLength(3);
    expect(rowsOf(short.stdout)[2]).toEqual(['2', '1', '', '', '', 'false', 'wrong_field_count']);
    file('quote.csv', 'id,note,gad2_1,gad2_2\n1,x,1,1\n2,"cut off');
    const quote = await cli(['score', 'gad2', 'quote.csv', '-o', 'quote-out.csv']);
    expect(quote.code).toBe(2);
    expect(quote.stderr).toContain('line 3: a quote opens a field that is never closed: the input ends inside it');
    expect(filesLike('quote-out')).toEqual([]);
  });

  it('JSON and NDJSON: a record that is not an object is an invalid row; a cut-off JSON file is an error', async () => {
    const nd = await cli(['score', 'gad2', '-', '--from', 'ndjson', '--to', 'ndjson'], { input: '{"gad2_1":1,"gad2_2":1}\n[1,2]\n{"gad2_1":1,"gad' });
    expect(nd.code).toBe(1);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as { gad2_valid: boolean; gad2_issues: { code: string }[] });
    expect(lines.map((l) => [l.gad2_valid, l.gad2_issues.map((i) => i.code)])).toEqual([[true, []], [false, ['malformed_record']], [false, ['malformed_record']]]);
    file('cut.json', '[{"gad2_1":1,"gad2_2":1},{"gad2_1"');
    const cut = await cli(['score', 'gad2', 'cut.json', '-o', 'cut-out.csv']);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('the JSON input could not be read');
    expect(filesLike('cut-out')).toEqual([]);
    const items = await cli(['score', 'gad2', '-', '--from', 'ndjson', '-o', 'noitem-out.csv'], { input: '{"id":1,"gad2_1":1}\n' });
    expect(items.code).toBe(2);
    expect(items.stderr).toContain('gad2_2 has no column');
    expect(filesLike('noitem-out')).toEqual([]);
  });

  it('usage errors: unknown instrument, format, bad --map, output equal to input, columns scored twice', async () => {
    file('same.csv', 'id,gad2_1,gad2_2\n1,1,1\n');
    const cases: [string[], RegExp][] = [
      [['score', 'nope', 'same.csv'], /unknown instrument "nope"/],
      [['score', 'gad2', 'same.txt'], /cannot tell the format of same.txt/],
      [['score', 'gad2', 'missing.csv'], /missing.csv: no such file/],
      [['score', 'gad2', 'same.csv', '--to', 'xlsx'], /Allowed choices are csv, tsv, json, ndjson/],
      [['score', 'gad2', 'same.csv', '--map', 'same.csv'], /--map same.csv/],
      [['score', 'gad2', 'same.csv', '-o', 'same.csv'], /is the input file/],
      [['score', 'gad2', 'same.csv', '-o', `./${'same.csv'}`], /is the input file/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(read('same.csv')).toBe('id,gad2_1,gad2_2\n1,1,1\n');
    const scored = await cli(['score', 'gad2', 'same.csv', '-o', 'scored.csv']);
    expect(scored.code).toBe(0);
    const twice = await cli(['score', 'gad2', 'scored.csv']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('choose other names with --prefix');
  });
});

describe.concurrent('score: progress', () => {
  // util-linux `script` runs the command on a pseudo-terminal, as a user's shell would.
  const hasScript = process.platform === 'linux' && existsSync('/usr/bin/script');
  const input = (name: string) => file(name, csv([phq9Header, ...Array.from({ length: 50 }, (_, i) => [`r${i}`, 'A', ...Array(10).fill('1')])]));
  it.skipIf(!hasScript)('draws a progress bar on stderr when it is a terminal, and not with --quiet', async () => {
    const name = input('progress-tty.csv');
    const run = (quiet: boolean) =>
      new Promise<string>((resolve, reject) => {
        const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} score phq9 ${name} -o progress-out.csv${quiet ? ' --quiet' : ''} 2>&1 >/dev/null`;
        const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
        child.on('error', reject);
        child.on('close', () => resolve(out));
      });
    expect(await run(false)).toMatch(/\[#+-*\] +\d+% +50 rows/);
    expect(await run(true)).not.toMatch(/%|rows/);
  });
  it('writes no progress when stderr is not a terminal', async () => {
    const r = await cli(['score', 'phq9', input('progress-pipe.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\r|\x1b\[|%/);
  });
});

describe.concurrent('score: output safety', () => {
  it('neutralises formula-like cells for spreadsheets, but not numbers, and leaves JSON unchanged', async () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '-5', '+1.5', 'plain'];
    const input = file('inject.csv', `=id,note,gad2_1,gad2_2\n${cells.map((c, i) => `${i},"${c.replace(/"/g, '""')}",0,0`).join('\n')}\n`);
    const r = await cli(['score', 'gad2', input]);
    expect(r.code).toBe(0);
    const out = rowsOf(r.stdout);
    expect(out[0]![0]).toBe("'=id");
    expect(out.slice(1).map((row) => row[1])).toEqual(['\'=HYPERLINK("http://x","y")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTAB", '-5', '+1.5', 'plain']);
    const json = await cli(['score', 'gad2', input, '--to', 'json']);
    expect((JSON.parse(json.stdout) as { note: string }[]).map((row) => row.note)).toEqual(cells);
  });

  it('CSV and TSV output is byte for byte what d3-dsv formats: quotes, delimiters, line breaks, formula characters, numbers, non-ASCII, empty cells', async () => {
    const notes = ['', 'plain', 'a,b', 'a\tb', 'say "hi"', '"', 'two\nlines', 'crlf\r\nend', 'cr\ronly', '=1+1', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '-3', '+1.5', '-', "'q", ' lead ', 'é', 'ü,ö', '😀 emoji', '\u2028', 'x'.repeat(300)];
    const answers = ['0', '1', '2', '3', '', '7'];
    const header = ['=id', 'note, with comma', 'gad2_1', 'gad2_2'];
    const rows = Array.from({ length: 400 }, (_, i) => [`r${i}`, notes[i % notes.length]!, answers[i % answers.length]!, answers[(i * 7) % answers.length]!]);
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const input = file('tricky-cells.csv', `${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
    /** The reference: pass-through cells neutralised (formula characters first, unless a plain number), then d3-dsv. */
    const neutral = (c: string) => (/^[=+\-@\t\r]/.test(c) && !/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(c) ? `'${c}` : c);
    const expected = (format: typeof csvFormatRows) => {
      const lines = rows.map((row) => {
        const values = row.slice(2).map((c) => (c === '' ? null : Number(c)));
        const r = lib.score(lib.gad2, values as never);
        const scores = r.valid ? [String(r.scales.total.value ?? ''), String(r.cutoffs.positive_screen ?? ''), 'true', ''] : ['', '', 'false', r.issues.map((x) => (x.item === undefined ? x.code : `${x.code}:${x.item}`)).join(' ')];
        return [...row.map(neutral), ...scores];
      });
      return `${format([[...header.map(neutral), 'gad2_total', 'gad2_positive_screen', 'gad2_valid', 'gad2_issues'], ...lines])}\n`;
    };
    const csvRun = await cli(['score', 'gad2', input, '-o', 'tricky-out.csv', '--allow-invalid', '--quiet']);
    expect(csvRun.code).toBe(0);
    expect(readFileSync(join(dir, 'tricky-out.csv'))).toEqual(Buffer.from(expected(csvFormatRows)));
    const tsvRun = await cli(['score', 'gad2', input, '--to', 'tsv', '--allow-invalid', '--quiet']);
    expect(tsvRun.code).toBe(0);
    expect(tsvRun.stdout).toBe(expected(tsvFormatRows));
  });

  it('a failed run leaves an existing output untouched and no temporary file', async () => {
    file('keep.csv', 'previous result\n');
    file('fails.csv', 'id,gad2_1,gad2_2\n1,1,1\n2,"never closed,1,1\n');
    const r = await cli(['score', 'gad2', 'fails.csv', '-o', 'keep.csv']);
    expect(r.code).toBe(2);
    expect(read('keep.csv')).toBe('previous result\n');
    expect(filesLike('keep.csv')).toEqual(['keep.csv']);
  });

  it('an interrupted run removes its temporary file and writes nothing', async () => {
    const child = spawn(process.execPath, [bin, 'score', 'gad2', '-', '-o', 'interrupted.csv'], { cwd: dir, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.on('error', () => {});
    child.stdin.write('id,gad2_1,gad2_2\n');
    for (let i = 0; i < 1000; i++) child.stdin.write(`${i},1,1\n`);
    const start = Date.now();
    while (filesLike('interrupted').length === 0 && Date.now() - start < 20_000) await new Promise((r) => setTimeout(r, 25));
    expect(filesLike('interrupted')).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(filesLike('interrupted')).toEqual([]);
  });
});

/** mulberry32, so the large file is the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('score: many rows', () => {
  it.each(['\n', '\r\n'])('preserves the row count and scores every row as score() does, across read chunks (line end %j)', async (eol) => {
    const random = rng(eol.length);
    const notes = ['', 'plain', 'é', '😀 emoji', '"quoted, with comma"', 'two\nlines', '=1+1'];
    const answers = ['0', '1', '2', '3', '', '7', 'x', '2.5', ' 2 '];
    const rows: string[][] = [];
    for (let i = 0; i < 6000; i++) {
      const note = notes[Math.floor(random() * notes.length)]!;
      rows.push([`r${i}`, `"${note.replace(/"/g, '""')}"`, ...Array.from({ length: 10 }, () => answers[random() < 0.9 ? Math.floor(random() * 4) : Math.floor(random() * answers.length)]!)]);
    }
    const name = file(`many-${eol.length}.csv`, csv([phq9Header, ...rows], eol));
    const r = await cli(['score', 'phq9', name, '-o', `many-out-${eol.length}.csv`, '--allow-invalid']);
    expect(r.code).toBe(0);
    const out = rowsOf(read(`many-out-${eol.length}.csv`));
    expect(out).toHaveLength(rows.length + 1);
    let invalid = 0;
    let incomplete = 0;
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i]!.slice(2).map((c) => (c.trim() === '' ? null : /^[\d. ]+$/.test(c) ? Number(c) : c));
      const expected = lib.score(lib.phq9, cells as never);
      const row = out[i + 1]!;
      expect(row[0]).toBe(`r${i}`);
      expect(row[12]).toBe(expected.valid ? String(expected.scales.total.value ?? '') : '');
      expect(row[16]).toBe(String(expected.valid));
      if (!expected.valid) invalid++;
      else if (expected.scales.total.value === null) incomplete++;
    }
    expect(invalid).toBeGreaterThan(100);
    expect(r.stderr).toContain(
      `6,000 rows from ${name} → many-out-${eol.length}.csv: ${(6000 - invalid).toLocaleString('en')} valid (${incomplete.toLocaleString('en')} without enough answers for every scale), ${invalid.toLocaleString('en')} invalid`,
    );
  });
});

describe('demo and its sample', () => {
  it('the committed sample is what scripts/sample.ts generates', () => {
    expect(readFileSync(SAMPLE_PATH, 'utf8')).toBe(sampleCsv());
  });
  it('the package ships the sample', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('sample');
  });

  it('prints per instrument the rows, invalid rows, rows scored, headline mean and prevalence, as score() gives them', async () => {
    const r = await cli(['demo']);
    expect(r.code).toBe(0);
    const table = Papa.parse<Record<string, string>>(readFileSync(SAMPLE_PATH, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const headlines = { phq9: ['total', 'positive_screen'], gad7: ['total', 'positive_screen'], who5: ['percentage', 'poor_wellbeing'], cbi: ['work', 'work_high'], mbi2: ['emotional_exhaustion', 'burnout'], sib: ['burnout', 'burnout'] } as const;
    expect(SAMPLE_INSTRUMENTS.map((s) => s.id)).toEqual(Object.keys(headlines));
    for (const [id, [scale, cutoff]] of Object.entries(headlines)) {
      const definition = lib.getInstrument(id)!;
      const results = table.map((row) => lib.score(definition, Object.fromEntries(definition.items.map((i) => [i.id, row[i.id] === '' ? null : /^\d+$/.test(row[i.id]!) ? Number(row[i.id]) : row[i.id]])) as never));
      const valid = results.filter((x) => x.valid);
      const values = valid.map((x) => (x.scales as Record<string, { value: number | null }>)[scale]!.value).filter((v): v is number => v !== null);
      const verdicts = valid.map((x) => (x.cutoffs as Record<string, boolean | null>)[cutoff]).filter((v) => v !== null);
      const positives = verdicts.filter(Boolean).length;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const line = r.stdout.split('\n').find((l) => l.startsWith(`${definition.shortName} `));
      expect(line, id).toBeDefined();
      const cells = line!.split(/ {2,}/);
      expect(cells.slice(2), id).toEqual([
        String(table.length),
        String(results.length - valid.length),
        String(values.length),
        String(Number(mean.toFixed(2))),
        scale,
        `${positives}/${verdicts.length}`,
        // mbi2's burnout cut-off has no default scheme (single secondary), so the sample has no verdicts.
        verdicts.length === 0 ? '—' : `${((100 * positives) / verdicts.length).toFixed(1)}%`,
        cutoff,
      ]);
    }
    expect(r.stdout).toContain('PHQ-9, record 88 (respondent=c088): invalid_type: phq9_3');
    expect(r.stdout).toContain('score phq9');
  });
});
