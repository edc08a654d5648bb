/**
 * `--definition <file.json>` wherever the command line takes an instrument id, through the built
 * binary: a custom JSON instrument scores exactly as the library scores it, and a broken file is
 * a usage error that names every problem. Also `show --json`, the starting point for one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { built, root, workspace } from './cli-support.js';

const lib = await built<typeof import('../src/index.js')>('index');
const ws = workspace('wi-cli-definition-');
const pulsePath = join(root, 'test/fixtures/custom/pulse.json');
const pulse = JSON.parse(readFileSync(pulsePath, 'utf8')) as import('../src/index.js').InstrumentDefinition;
const csv = 'id,team,pulse3_1,pulse3_2,pulse3_3\nr1,ICU,2,2,3\nr2,ED,5,4,4\nr3,ED,1,,1\n';

describe('--definition', () => {
  it('score: a custom instrument scores as score() does, with or without its id on the command line', async () => {
    ws.file('pulse.csv', csv);
    const a = await ws.cli(['score', '--definition', pulsePath, 'pulse.csv', '-q']);
    const b = await ws.cli(['score', 'pulse3', 'pulse.csv', '-q', `--definition=${pulsePath}`]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const rows = Papa.parse<Record<string, string>>(a.stdout, { header: true, skipEmptyLines: true }).data;
    const expected = [
      [2, 2, 3],
      [5, 4, 4],
      [1, null, 1],
    ].map((answers) => lib.score(pulse, answers));
    expect(rows.map((r) => r['pulse3_pulse'])).toEqual(expected.map((r) => (r.scales['pulse']!.value === null ? '' : String(r.scales['pulse']!.value))));
    expect(rows.map((r) => r['pulse3_pulse_band'])).toEqual(['concern', 'good', '']);
    expect(rows.map((r) => r['pulse3_concern'])).toEqual(['true', 'false', '']);
  });
  it('summarize, show, export and report take it too', async () => {
    ws.file('pulse.csv', csv);
    const summary = await ws.cli(['summarize', '--definition', pulsePath, 'pulse.csv', '--json']);
    expect(summary.code, summary.stderr).toBe(0);
    expect(summary.stdout).toContain('pulse3');
    const show = await ws.cli(['show', '--definition', pulsePath]);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('Pulse-3');
    expect(show.stdout).toContain('[local_pulse] (user-supplied, not a published source) Team pulse survey');
    const exported = await ws.cli(['export', '--definition', pulsePath, '--to', 'redcap']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('pulse3_1');
    const report = await ws.cli(['report', 'pulse.csv', '--definition', pulsePath, '-o', 'report.html']);
    expect(report.code, report.stderr).toBe(0);
    expect(ws.read('report.html')).toContain('Pulse-3');
  });
  it('a broken definition file is a usage error (exit 2) that names its problems', async () => {
    const broken = JSON.parse(JSON.stringify(pulse)) as { scales: { items: string[] }[]; sources: unknown[] };
    broken.scales[0]!.items.push('pulse3_9');
    ws.file('broken.json', JSON.stringify(broken));
    ws.file('notjson.json', '{ nope');
    ws.file('pulse.csv', csv);
    const r = await ws.cli(['score', '--definition', 'broken.json', 'pulse.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json is not a valid instrument definition/);
    expect(r.stderr).toContain('pulse3_9');
    expect((await ws.cli(['score', '--definition', 'notjson.json', 'pulse.csv'])).stderr).toMatch(/is not JSON/);
    expect((await ws.cli(['score', '--definition', 'absent.json', 'pulse.csv'])).stderr).toMatch(/cannot read absent\.json: ENOENT/);
    expect((await ws.cli(['list', '--definition', pulsePath])).code).toBe(2);
  });
  it('show --json prints a shipped definition that works as a --definition file', async () => {
    const shown = await ws.cli(['show', 'phq9', '--json']);
    expect(JSON.parse(shown.stdout)).toEqual(JSON.parse(JSON.stringify(lib.withNotes(lib.phq9, lib.phq9Notes))));
    ws.file('phq9-copy.json', shown.stdout);
    ws.file('phq9.csv', 'phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\n2,2,2,2,1,1,2,0,0\n');
    const r = await ws.cli(['score', '--definition', 'phq9-copy.json', 'phq9.csv', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(',12,moderate,true,');
  });
});
