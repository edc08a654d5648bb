/**
 * The command line reads what the package writes: a REDCap export of a project built from the
 * package's own data dictionary (`export --to redcap`) has a calc field per scale and a status
 * field per form. The guide's example (docs/guides/command-line.md, `redcap.csv`) must be such an
 * export: its columns are the dictionary's, in REDCap's order, and every calc value is what the
 * dictionary's formula gives (evaluated by test/redcap-calc.ts). `score`, `summarize` and
 * `report` read it with the same options, and check the calc columns against their own scores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { built, root, workspace } from './cli-support.js';
import { BLANK, evaluateCalc, parseCalc, type CalcRecord } from './redcap-calc.js';

const lib = await built<typeof import('../src/index.js')>('index');
const redcap = await built<typeof import('../src/redcap/index.js')>('redcap');
const ws = workspace('wi-cli-redcap-');

const guide = readFileSync(join(root, 'docs/guides/command-line.md'), 'utf8');
const example = /```csv title="redcap\.csv"\n([\s\S]*?)```/.exec(guide)![1]!;
const rows = parse(example, { columns: true }) as Record<string, string>[];

describe("the guide's REDCap example is an export of the package's own dictionary", () => {
  const { csv } = redcap.toRedcapDataDictionary([lib.phq9, lib.cbi]);
  const fields = parse(csv, { columns: true }) as Record<string, string>[];

  it('has the columns REDCap exports for that dictionary: every field with data, in order, and each form\'s status after its fields', () => {
    const expected: string[] = [];
    fields.forEach((f, i) => {
      if (f['Field Type'] !== 'descriptive') expected.push(f['Variable / Field Name']!);
      const next = fields[i + 1];
      if (next === undefined || next['Form Name'] !== f['Form Name']) expected.push(`${f['Form Name']}_complete`);
    });
    expect(example.split('\n')[0]!.split(',')).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['phq9_total', 'cbi_personal', 'cbi_work', 'cbi_client']));
  });

  it("holds, in every calc field, what the dictionary's formula gives for the row (NA as a missing-data code)", () => {
    const calcs = fields.filter((f) => f['Field Type'] === 'calc');
    expect(calcs.length).toBe(4);
    for (const row of rows) {
      const record: Record<string, string | number | typeof BLANK> = {};
      for (const [k, v] of Object.entries(row)) record[k] = v === '' ? BLANK : v === 'NA' ? v : Number(v);
      for (const f of calcs) {
        const name = f['Variable / Field Name']!;
        const value = evaluateCalc(parseCalc(f['Choices, Calculations, OR Slider Labels']!), record as CalcRecord, new Set(['NA']));
        expect(row[name], `record ${row['record_id']} ${name}`).toBe(value === BLANK ? '' : String(value));
      }
    }
  });
});

describe('score, summarize and report read it with the same options', () => {
  it('score names the calc column it would duplicate and suggests --prefix; with it, the scores are added and agree', async () => {
    ws.file('redcap.csv', example);
    const refused = await ws.cli(['score', 'phq9', 'redcap.csv', '--missing', 'NA']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/"phq9_total" is this package's own score column \(a REDCap export of its data dictionary has it as a calc field.*--prefix/);
    const r = await ws.cli(['score', 'phq9', 'redcap.csv', '--missing', 'NA', '--prefix', 'scored_', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const out = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(out.map((o) => [o['phq9_total'], o['scored_total']])).toEqual([
      ['6', '6'],
      ['', ''],
      ['0', '0'],
    ]);
  });

  it.each([
    [['summarize', 'phq9', 'redcap.csv', '--missing', 'NA']],
    [['summarize', 'cbi', 'redcap.csv', '--missing', 'NA', '--prefix', 'scored_']],
    [['report', 'redcap.csv', '--missing', 'NA', '-o', 'report.html', '-q']],
    [['report', 'redcap.csv', '--missing', 'NA', '--prefix', 'scored_', '-o', 'report.html', '-q']],
  ])('%j reads it, calc columns included, without a warning', async (args) => {
    ws.file('redcap.csv', example);
    const r = await ws.cli(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warning|error/);
  });

  it('a calc value that disagrees with the computed score is reported by every command, with its record and both values', async () => {
    const lines = example.trimEnd().split('\n');
    // Record 1's PHQ-9 total edited from 6 to 9; record 3's CBI work score from 10.71… to 30.
    lines[1] = lines[1]!.replace(/^(1(?:,[^,]*){10}),6,/, '$1,9,');
    lines[3] = lines[3]!.replace(',10.714285714285714,', ',30,');
    ws.file('edited.csv', `${lines.join('\n')}\n`);
    const score = await ws.cli(['score', 'phq9', 'edited.csv', '--missing', 'NA', '--prefix', 'scored_', '-q']);
    expect(score.code).toBe(0);
    expect(score.stderr).toMatch(/warning: column "phq9_total" holds phq9's total score .* disagrees with the score computed from the row's answers in 1 of 3 valid rows \(record 1: "9" in the file, 6 computed\)/);
    const summarize = await ws.cli(['summarize', 'cbi', 'edited.csv', '--missing', 'NA']);
    expect(summarize.stderr).toMatch(/warning: column "cbi_work" .* in 1 of 3 valid rows \(record 3: "30" in the file, 10\.714285714285714 computed\)/);
    const report = await ws.cli(['report', 'edited.csv', '--missing', 'NA', '-o', 'edited.html', '-q']);
    expect(report.code).toBe(0);
    expect(report.stderr).toMatch(/warning: phq9: column "phq9_total"/);
    expect(report.stderr).toMatch(/warning: cbi: column "cbi_work"/);
  });

  it('a JSON record with the score keys is checked the same way', async () => {
    const items = lib.phq9.items.map((i) => i.id);
    const record = (total: number | null) => JSON.stringify({ record_id: '1', ...Object.fromEntries(items.map((id) => [id, 1])), phq9_total: total });
    ws.file('records.ndjson', `${record(9)}\n${record(5)}\n`);
    const r = await ws.cli(['summarize', 'phq9', 'records.ndjson', '--prefix', 'x_']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/column "phq9_total" .* in 1 of 2 valid rows \(record 2: 5 in the file, 9 computed\)/);
  });
});
