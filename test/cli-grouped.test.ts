/**
 * `summarize --by` and the wave warning, end to end through the built binary (`npm run build`
 * first): the JSON validates against the shipped schema (Ajv, draft 2020-12) and its groups
 * equal the built library's `summarizeBy()` of the valid rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HEADCOUNT_PATH, headcountCsv, SAMPLE_PATH, WAVES_PATH, wavesCsv } from '../scripts/sample.js';
import { built, root, workspace } from './cli-support.js';

const lib = await built<typeof import('../src/index.js')>('index');
const cohort = await built<typeof import('../src/cohort/index.js')>('cohort');
const ws = workspace('wi-cli-grouped-');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/grouped-summary.schema.json'), 'utf8')) as object);

const table = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe.concurrent('summarize --by', () => {
  it('--json validates against schema/grouped-summary.schema.json and equals summarizeBy() of the valid rows', async () => {
    const r = await ws.cli(['summarize', 'phq9', SAMPLE_PATH, '--by', 'department', '--by', 'site,role', '--json', '--allow-invalid']);
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as { groups: { by: Record<string, string>; suppressed: unknown; n: number | null }[] };
    expect(validate(got), ajv.errorsText(validate.errors)).toBe(true);
    // The command line reads shipped definitions with their notes in place (benchmark notes in the summary).
    const def = lib.withShippedNotes(lib.getInstrument('phq9'));
    const rows = table(SAMPLE_PATH);
    const answers = rows.map((row) => Object.fromEntries(def.items.map((i) => [i.id, row[i.id] === '' ? null : /^\d+$/.test(row[i.id]!) ? Number(row[i.id]) : row[i.id]])));
    const valid = answers.flatMap((a, i) => (lib.score(def, a as never).valid ? [{ a, row: rows[i]! }] : []));
    const expected = cohort.summarizeBy(
      def,
      valid.map((v) => v.a as never),
      (_, i) => ({ department: valid[i]!.row.department!, site: valid[i]!.row.site!, role: valid[i]!.row.role! }),
      { levels: [['department'], ['site', 'role']] },
    );
    expect(got).toMatchObject(JSON.parse(JSON.stringify({ levels: expected.levels, minGroupSize: 5, breakdown: 'shown', overall: expected.overall, groups: expected.groups })));
    // The sample's Palliative care department has 4 respondents: withheld, and one more with it.
    const palliative = got.groups.find((g) => g.by.department === 'Palliative care')!;
    expect(palliative).toMatchObject({ n: null, suppressed: 'small_group' });
    expect(got.groups.filter((g) => g.suppressed === 'complementary' && 'department' in g.by)).toHaveLength(1);
    // No respondent id in a grouped output.
    expect(r.stdout).not.toMatch(/"c\d{3}"/);
  });

  it('shows groups as a table, withheld ones with the reason, differences beyond chance marked', async () => {
    const r = await ws.cli(['summarize', 'phq9', SAMPLE_PATH, '--by', 'department', '--allow-invalid', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('By department');
    expect(r.stdout).toMatch(/Palliative care\s+— \(fewer than 5\)/);
    expect(r.stdout).toMatch(/Emergency\s+\d+\s+[\d.]+\*/);
  });

  it('rejects a --by column the file lacks (naming the columns it has) and a bad --min-group', async () => {
    const r = await ws.cli(['summarize', 'phq9', SAMPLE_PATH, '--by', 'ward']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by ward: the file has no column "ward" (columns: respondent, site, role, department, survey_year, survey_date');
    const m = await ws.cli(['summarize', 'phq9', SAMPLE_PATH, '--by', 'site', '--min-group', '0']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('--min-group takes a whole number of at least 1');
  });

  it('warns when a wave-like column holds several waves, naming the column', async () => {
    const r = await ws.cli(['summarize', 'phq9', WAVES_PATH, '--allow-invalid', '-q']);
    expect(r.stderr).toContain('warning: column "survey_year" looks like survey waves (2024, 2025, 2026), and every figure pools them');
    const one = await ws.cli(['summarize', 'phq9', SAMPLE_PATH, '--allow-invalid', '-q']);
    expect(one.stderr).not.toContain('looks like survey waves');
  });
});

describe('the sample for organisations', () => {
  it('the committed waves and headcount files are what scripts/sample.ts generates; the 2026 wave is the main sample', () => {
    expect(readFileSync(WAVES_PATH, 'utf8')).toBe(wavesCsv());
    expect(readFileSync(HEADCOUNT_PATH, 'utf8')).toBe(headcountCsv());
    const latest = table(WAVES_PATH).filter((r) => r.survey_year === '2026');
    expect(latest).toEqual(table(SAMPLE_PATH));
  });
});
