/**
 * `summarize` and `export`, end to end through the built binary. Expected figures come from the
 * built library (`summarize()` on rows parsed here, `score()`); exports are loaded by their real
 * consumers: fhirpath.js evaluates the Questionnaire's calculated expressions, survey-core runs
 * the survey, csv-parse reads the REDCap dictionary, Ajv checks answers against the JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import fhirpath, { type Model as FhirModel } from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4/index.js';
import Papa from 'papaparse';
import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../scripts/sample.js';
import { built, workspace } from './cli-support.js';

const lib = await built<typeof import('../src/index.js')>('index');
const cohort = await built<typeof import('../src/cohort/index.js')>('cohort');
const fhir = await built<typeof import('../src/fhir/index.js')>('fhir');
const ws = workspace('wi-cli-commands-');

/** The sample's rows for one instrument, as answers keyed by item id (numbers where the cell is a number). */
function sampleAnswers(id: string): Record<string, unknown>[] {
  const def = lib.getInstrument(id)!;
  const table = Papa.parse<Record<string, string>>(readFileSync(SAMPLE_PATH, 'utf8'), { header: true, skipEmptyLines: true }).data;
  return table.map((row) => Object.fromEntries(def.items.map((i) => [i.id, row[i.id] === '' ? null : /^\d+$/.test(row[i.id]!) ? Number(row[i.id]) : row[i.id]])));
}

describe.concurrent('help', () => {
  it.each([
    ['summarize', ['<id>', '<file>', '--json', '--map', '--labels', '--allow-invalid', 'Exit codes']],
    ['export', ['<id...>', '--to', 'fhir', 'redcap', 'surveyjs', 'json-schema', '--output', 'licence']],
  ])('%s --help describes its arguments and options, and the top-level help lists it', async (command, words) => {
    const r = await ws.cli([command, '--help']);
    expect(r.code).toBe(0);
    for (const w of words) expect(r.stdout).toContain(w);
    expect((await ws.cli(['--help'])).stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });
});

describe.concurrent('summarize', () => {
  it('--json gives the library summary of the valid rows, and what the read found', async () => {
    for (const id of ['phq9', 'cbi', 'who5']) {
      const r = await ws.cli(['summarize', id, SAMPLE_PATH, '--json', '--allow-invalid']);
      expect(r.code, r.stderr).toBe(0);
      const got = JSON.parse(r.stdout) as { read: { rows: number; invalid: number; issues: Record<string, number> }; summary: unknown };
      const def = lib.getInstrument(id)!;
      const rows = sampleAnswers(id);
      const valid = rows.filter((a) => lib.score(def, a as never).valid);
      expect(got.read.rows).toBe(rows.length);
      expect(got.read.invalid).toBe(rows.length - valid.length);
      // The command line reads shipped definitions with their notes in place (benchmark notes in the summary).
      expect(got.summary).toEqual(JSON.parse(JSON.stringify(cohort.summarize(lib.withShippedNotes(def), valid as never))));
    }
  });

  it('prints scales, bands, prevalence with its interval, flags and benchmarks as a table', async () => {
    const r = await ws.cli(['summarize', 'phq9', SAMPLE_PATH, '--allow-invalid']);
    expect(r.code).toBe(0);
    const def = lib.phq9;
    const s = cohort.summarize(def, sampleAnswers('phq9').filter((a) => lib.score(def, a as never).valid) as never);
    const p = s.cutoffs.positive_screen;
    const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
    expect(r.stdout).toMatch(new RegExp(`^positive_screen +${p.positives} +${p.determinable} +${pct(p.prevalence!).replace('.', '\\.')} +${pct(p.ci!.lower).replace('.', '\\.')} to ${pct(p.ci!.upper).replace('.', '\\.')}`, 'm'));
    const total = s.scales.total;
    expect(r.stdout).toMatch(new RegExp(`^total +0–27 +${total.scored} .* ${total.descriptives.mean!.toFixed(2)} +${total.descriptives.sd!.toFixed(2)} `, 'm'));
    expect(r.stdout).toContain(`${total.reliability.alpha!.toFixed(2)} (${total.reliability.alphaCi!.lower.toFixed(2)} to ${total.reliability.alphaCi!.upper.toFixed(2)})`);
    for (const band of total.bands!.counts) expect(r.stdout).toMatch(new RegExp(`\\(${band.id}\\) .* ${band.count} +${pct(band.proportion!).replace('.', '\\.')}$`, 'm'));
    expect(r.stdout).toContain(`suicidal_ideation: positive ${s.flags.suicidal_ideation!.positive}`);
    expect(r.stdout).toContain('German general population');
    expect(r.stdout).toMatch(/invalid\s+rows are left out of every figure/);
  });

  it('exits 1 when rows are invalid (the summary still printed), 2 for a missing column or unknown id', async () => {
    const name = ws.file('gad7-bad.csv', 'id,gad7_1,gad7_2,gad7_3,gad7_4,gad7_5,gad7_6,gad7_7\na,1,1,1,1,1,1,1\nb,1,1,1,9,1,1,1\nc,0,0,0,0,0,0\n');
    const r = await ws.cli(['summarize', 'gad7', name]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3 rows; 1 valid, 2 invalid \(invalid_value 1, wrong_field_count 1\)/);
    expect(r.stdout).toMatch(/^total +0–21 +1 /m);
    expect(r.stderr).toMatch(/2 of 3 rows are invalid/);
    const missing = await ws.cli(['summarize', 'gad7', ws.file('gad7-short.csv', 'id,gad7_1\na,1\n')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/gad7_2/);
    const unknown = await ws.cli(['summarize', 'gad8', name]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown instrument "gad8"; did you mean gad2 or gad7/);
  });

  it('reads stdin and the reading options (--labels, --map) as score does', async () => {
    const input = 'who,q1,q2\nx,Not at all,Several days\ny,Nearly every day,More than half the days\nz,,Several days\n';
    ws.file('phq2-map.json', JSON.stringify({ q1: 'phq2_1', q2: 'phq2_2' }));
    const r = await ws.cli(['summarize', 'phq2', '-', '--labels', '--map', 'phq2-map.json', '--json'], input);
    expect(r.code, r.stderr).toBe(0);
    const { summary } = JSON.parse(r.stdout) as { summary: { scales: { total: { scored: number; descriptives: { mean: number } } } } };
    expect(summary.scales.total).toMatchObject({ scored: 2, descriptives: { mean: 3 } });
  });
});

describe.concurrent('export', () => {
  it('--to fhir: a Questionnaire whose calculated expressions fhirpath.js evaluates to score()', async () => {
    const r = await ws.cli(['export', 'cbi', '--to', 'fhir', '-o', 'cbi-q.json']);
    expect(r.code, r.stderr).toBe(0);
    const questionnaire = JSON.parse(ws.read('cbi-q.json')) as { resourceType: string; item: { linkId: string; extension?: { url: string; valueExpression?: { expression: string } }[] }[] };
    expect(questionnaire.resourceType).toBe('Questionnaire');
    expect(questionnaire).toEqual(JSON.parse(JSON.stringify(fhir.toFhirQuestionnaire(lib.cbi).questionnaire)));
    const answers = Object.fromEntries(lib.cbi.items.map((item, i) => [item.id, [0, 25, 50, 75, 100][i % 5]!]));
    const response = fhir.toFhirQuestionnaireResponse(lib.cbi, answers as never).response;
    const result = lib.score(lib.cbi, answers as never);
    let checked = 0;
    for (const item of questionnaire.item) {
      const expression = item.extension?.find((e) => e.url.endsWith('sdc-questionnaire-calculatedExpression'))?.valueExpression?.expression;
      if (expression === undefined) continue;
      const scale = lib.cbi.scales.find((s) => item.linkId.endsWith(s.id))!;
      expect((fhirpath.evaluate(response, expression, { resource: response, questionnaire }, r4model as FhirModel) as unknown[])[0], scale.id).toBeCloseTo(result.scales[scale.id as 'work'].value!, 9);
      checked++;
    }
    expect(checked).toBe(lib.cbi.scales.length);
    expect(r.stderr).toMatch(/note: cutoffs_not_calculated/);
  });

  it('--to surveyjs: survey-core computes the scores score() gives', async () => {
    const r = await ws.cli(['export', 'phq9', '--to', 'surveyjs']);
    expect(r.code, r.stderr).toBe(0);
    const survey = new Model(JSON.parse(r.stdout));
    const answers = Object.fromEntries(lib.phq9.items.map((item, i) => [item.id, i % 4]));
    survey.data = answers;
    expect(survey.getVariable('phq9_total')).toBe(lib.score(lib.phq9, answers as never).scales.total.value);
  });

  it('--to redcap: one dictionary for several instruments, readable by a CSV parser, with a calc field per scale', async () => {
    const r = await ws.cli(['export', 'phq9', 'gad7', 'cbi', '--to', 'redcap', '-o', 'dict.csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(ws.read('dict.csv'), { columns: true }) as Record<string, string>[];
    expect(rows[0]!['Variable / Field Name']).toBe('record_id');
    for (const def of [lib.phq9, lib.gad7, lib.cbi]) {
      for (const item of def.items) expect(rows.some((f) => f['Variable / Field Name'] === item.id)).toBe(true);
      for (const s of def.scales) expect(rows.find((f) => f['Variable / Field Name'] === `${def.id}_${s.id}`)?.['Field Type'], `${def.id} ${s.id}`).toBe('calc');
    }
    const appended = await ws.cli(['export', 'gad7', '--to', 'redcap', '--no-record-id']);
    expect((parse(appended.stdout, { columns: true }) as Record<string, string>[])[0]!['Variable / Field Name']).not.toBe('record_id');
  });

  it('--to json-schema: the answers schema accepts valid answers and rejects bad ones', async () => {
    const r = await ws.cli(['export', 'who5', '--to', 'json-schema']);
    expect(r.code, r.stderr).toBe(0);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(r.stdout) as object);
    expect(validate(Object.fromEntries(lib.who5.items.map((i) => [i.id, 3])))).toBe(true);
    expect(validate({ who5_1: 9 })).toBe(false);
  });

  it('usage errors exit 2 and write nothing: several ids for one-instrument formats, no --to, unknown format or id', async () => {
    for (const args of [
      ['export', 'phq9', 'gad7', '--to', 'surveyjs', '-o', 'two.json'],
      ['export', 'phq9', 'gad7', '--to', 'fhir', '--url', 'https://example.org/q', '-o', 'two.json'],
      ['export', 'phq9', '-o', 'two.json'],
      ['export', 'phq9', '--to', 'pdf', '-o', 'two.json'],
      ['export', 'phq10', '--to', 'fhir', '-o', 'two.json'],
    ]) {
      const r = await ws.cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    expect(() => readFileSync(join(ws.dir, 'two.json'))).toThrow();
  });
});
