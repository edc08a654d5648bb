/**
 * The reading options mean the same in every command that reads a survey export (`score`,
 * `summarize`, `report`): one `--map` rule, the same hints for answers that look like option
 * labels or missing-data codes; `list` words item text as the catalogue does; `export --to fhir`
 * takes several instruments. End to end through the built binary.
 */
import { describe, expect, it } from 'vitest';
import { built, workspace } from './cli-support.js';
import { schemaErrors } from './fhir-schema.js';

const ws = workspace('wi-cli-options-');
const phq9 = Array.from({ length: 9 }, (_, i) => `Q${i + 1}`);
const gad7 = Array.from({ length: 7 }, (_, i) => `G${i + 1}`);
const map = { ...Object.fromEntries(phq9.map((q, i) => [q, `phq9_${i + 1}`])), ...Object.fromEntries(gad7.map((g, i) => [g, `gad7_${i + 1}`])) };
const survey = `id,${[...phq9, ...gad7].join(',')}\n${Array.from({ length: 6 }, (_, r) => `r${r},${[...phq9.map((_, i) => (i === 8 ? 0 : (r + i) % 4)), ...gad7.map((_, i) => (r * i) % 4)].join(',')}`).join('\n')}\n`;

describe('one --map rule for every command', () => {
  it.each([
    [['score', 'phq9', 'survey.csv', '--map', 'map.json', '-q']],
    [['score', 'gad7', 'survey.csv', '--map', 'map.json', '-q']],
    [['summarize', 'phq9', 'survey.csv', '--map', 'map.json']],
    [['report', 'survey.csv', '--instrument', 'phq9,gad7', '--map', 'map.json', '-o', 'report.html', '-q']],
  ])('a map that also covers another instrument\'s columns is accepted: %j', async (args) => {
    ws.file('survey.csv', survey);
    ws.file('map.json', JSON.stringify(map));
    const r = await ws.cli(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.each([
    [['score', 'phq9', 'survey.csv', '--map', 'typo.json']],
    [['summarize', 'phq9', 'survey.csv', '--map', 'typo.json']],
    [['report', 'survey.csv', '--instrument', 'phq9', '--map', 'typo.json']],
  ])('an entry naming no instrument\'s item is the same error: %j', async (args) => {
    ws.file('survey.csv', survey);
    ws.file('typo.json', JSON.stringify({ ...map, Q9: 'phq_9' }));
    const r = await ws.cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--map typo\.json: "phq_9" \(for column "Q9"\) is not an item of phq9 \(items: phq9_1, .*\) nor of another instrument/);
  });
});

describe('answers that look like missing-data codes get a hint, as labels do', () => {
  const header = `id,${Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`).join(',')}`;
  it.each([
    [['score', 'phq9', 'codes.csv']],
    [['summarize', 'phq9', 'codes.csv']],
    [['report', 'codes.csv', '--instrument', 'phq9', '-o', 'codes.html']],
  ])('%j', async (args) => {
    ws.file('codes.csv', `${header}\n1,-99,1,1,1,1,1,1,1,0\n2,1,NA,1,1,1,1,1,1,0\n3,1,1,1,1,1,1,1,1,0\n`);
    const r = await ws.cli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hint: (phq9: )?answers look like missing-data codes \("-99" in phq9_1, "NA" in phq9_2\); .*pass --missing -99,NA to read them as unanswered/);
    const fixed = await ws.cli([...args, '--missing', '-99,NA']);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).not.toMatch(/hint/);
  });

  it('not for answers that are merely out of range', async () => {
    ws.file('range.csv', `${header}\n1,4,1,1,1,1,1,1,1,0\n2,1,x,1,1,1,1,1,1,0\n`);
    const r = await ws.cli(['score', 'phq9', 'range.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/hint/);
  });
});

describe('small things a new user met', () => {
  it('list words item text as the catalogue does: "shipped" or "not shipped", never "licensed"', async () => {
    const r = await ws.cli(['list']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/licensed/);
    const row = (id: string) => r.stdout.split('\n').find((l) => l.startsWith(`${id} `))!;
    expect(row('phq9')).toMatch(/ shipped\s*$/);
    expect(row('mbi')).toMatch(/ not shipped\s*$/);
  });

  it('export --to fhir with several instruments writes one collection Bundle of their Questionnaires, valid R4', async () => {
    const lib = await built<typeof import('../src/index.js')>('index');
    const fhir = await built<typeof import('../src/fhir/index.js')>('fhir');
    const r = await ws.cli(['export', 'phq9', 'gad7', 'cbi', '--to', 'fhir', '--status', 'draft', '-o', 'bundle.json']);
    expect(r.code, r.stderr).toBe(0);
    const bundle = JSON.parse(ws.read('bundle.json')) as { resourceType: string; type: string; entry: { resource: unknown }[] };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.entry.map((e) => e.resource)).toEqual([lib.phq9, lib.gad7, lib.cbi].map((d) => JSON.parse(JSON.stringify(fhir.toFhirQuestionnaire(d, { status: 'draft' }).questionnaire))));
    expect(schemaErrors(bundle)).toEqual([]);
    expect(r.stderr).toMatch(/^note: phq9: /m);
  });
});
