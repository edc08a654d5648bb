/**
 * The package as a consumer gets it: `npm pack`, then `npm install <tarball>` into a clean folder
 * without the optional peers (zod, fast-check), then ESM and CommonJS scripts, a strict
 * TypeScript project with `skipLibCheck: false`, and every command of the binary. Needs
 * `npm run build` first.
 * npm runs with `--offline`: the package has no dependencies (the command line carries its own
 * inside dist/), so the install needs no registry, and brings nothing but the package.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir = '';
let app = '';

const run = (file: string, args: readonly string[] = [], cwd = app): string => execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (script: string): unknown => JSON.parse(run(process.execPath, [script]));

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('run npm run build first');
  dir = mkdtempSync(join(tmpdir(), 'wi-consumer-'));
  run(npm, ['pack', '--pack-destination', dir, '--silent'], root);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run(npm, ['install', join(dir, tarball), '--offline', '--no-audit', '--no-fund', '--loglevel=error']);
  copyFileSync(join(root, 'test/fixtures/custom/pulse.json'), join(app, 'pulse.json'));
}, 240_000);
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** What both module systems must see, without zod and fast-check installed. */
const checks = (load: (spec: string) => string) => `
  const out = {};
  const main = ${load('wellbeing-instruments')};
  const { phq9, score, parseAnswers } = main;
  const form = { phq9_1: '2', phq9_2: ' 2 ', phq9_3: '2', phq9_4: '2', phq9_5: '1', phq9_6: '1', phq9_7: '2', phq9_8: '0', phq9_9: '0', department: 'ICU' };
  const parsed = parseAnswers(phq9, form, { coerce: true });
  const r = score(phq9, parsed.answers);
  out.form = [parsed.success, r.valid, r.scales.total.value, r.scales.total.band.id];
  out.extraKeys = score(phq9, { phq9_1: 1, id: 'r1' }).valid;
  out.rounding = parseAnswers(phq9, { phq9_1: '2.9999999999999999' }, { coerce: true }).success;
  const testing = ${load('wellbeing-instruments/testing')};
  out.vectors = testing.vectors('phq9').length > 10;
  out.checkScorer = testing.checkScorer(phq9, (a) => ({ total: score(phq9, a).scales.total.value })).ok;
  out.instrument = (${load('wellbeing-instruments/instruments/gad7')}).gad7.id;
  out.json = (${load('wellbeing-instruments/schema/score-result.schema.json')}).title;
  const pulse = JSON.parse(require('node:fs').readFileSync('pulse.json', 'utf8'));
  out.custom = score(pulse, { pulse3_1: 4, pulse3_2: 4, pulse3_3: 4 }).scales.pulse.band.id;
  out.frozen = Object.isFrozen(phq9.scales[0].bandSchemes[0]);
  for (const [name, spec] of [['schema', 'wellbeing-instruments/schema'], ['arbitrary', 'wellbeing-instruments/testing/arbitrary']]) {
    try { ${load('spec')}; out[name] = 'loaded'; } catch (error) { out[name] = String(error.message).split('\\n')[0]; }
  }
  console.log(JSON.stringify(out));`;

const expected = {
  form: [true, true, 12, 'moderate'],
  extraKeys: true,
  rounding: false,
  vectors: true,
  checkScorer: true,
  instrument: 'gad7',
  json: expect.any(String),
  custom: 'good',
  frozen: true,
  schema: expect.stringContaining("'zod'"),
  arbitrary: expect.stringContaining("'fast-check'"),
};

/** Bytes of the files under `path` (links not followed). */
function bytesUnder(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

/** The install's size ceiling: the package alone (about 9 MB unpacked, most of it types and maps). */
const INSTALL_BYTES = 11_000_000;

describe('the packed package in a clean folder without the optional peers', () => {
  it('has neither zod nor fast-check installed', () => {
    expect(existsSync(join(app, 'node_modules/zod'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/fast-check'))).toBe(false);
  });
  it('brings no other package with it, offline, and stays under the size ceiling', () => {
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    expect(Object.keys(lock.packages).filter((key) => key !== '')).toEqual(['node_modules/wellbeing-instruments']);
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['wellbeing-instruments']);
    expect(bytesUnder(join(app, 'node_modules'))).toBeLessThan(INSTALL_BYTES);
  });
  it('ESM: parse a form, score, extra keys, /testing; /schema and /testing/arbitrary name the missing peer', () => {
    const code = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${checks((spec) => (spec.endsWith('.json') ? `require(${JSON.stringify(spec)})` : spec === 'spec' ? 'await import(spec)' : `await import(${JSON.stringify(spec)})`))}`;
    writeFileSync(join(app, 'check.mjs'), code);
    expect(node('check.mjs')).toEqual(expected);
  });
  it('CommonJS: the same', () => {
    writeFileSync(join(app, 'check.cjs'), `(async () => {${checks((spec) => (spec === 'spec' ? 'require(spec)' : `require(${JSON.stringify(spec)})`))}})();`);
    expect(node('check.cjs')).toEqual(expected);
  });
  it('a strict TypeScript project with skipLibCheck: false type-checks, and catches a misspelt band id', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: false, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: [], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true }, files: ['app.ts', 'app.cts'] }),
    );
    const body = (imports: string) => `${imports}
const untrusted: unknown = { phq9_1: '2', department: 'ICU' };
const parsed = parseAnswers(phq9, untrusted, { coerce: true });
const result = parsed.success ? score(phq9, parsed.answers) : score(phq9, untrusted);
export function advice(r: ScoreResult<typeof phq9>): string {
  switch (r.scales.total.band?.id) {
    case 'minimal':
      return 'none';
    // @ts-expect-error a misspelt band id does not compile
    case 'moderatly_severe':
      return 'act';
    default:
      return r.valid ? r.issues.map((i) => i.severity).join() : 'invalid';
  }
}
// @ts-expect-error phq9_11 is not a PHQ-9 item
score(phq9, { phq9_11: 1 });
export const cases = vectors('gad7').length + Object.keys(summarize(gad7, []).scales).length + Object.keys(toFhirQuestionnaire(phq9)).length + String(advice(result)).length;
`;
    writeFileSync(join(app, 'app.ts'), body(`import { gad7, parseAnswers, phq9, score, type ScoreResult } from 'wellbeing-instruments';
import { vectors } from 'wellbeing-instruments/testing';
import { summarize } from 'wellbeing-instruments/cohort';
import { toFhirQuestionnaire } from 'wellbeing-instruments/fhir';`));
    writeFileSync(join(app, 'app.cts'), body(`import { gad7, parseAnswers, phq9, score, type ScoreResult } from 'wellbeing-instruments';
import { vectors } from 'wellbeing-instruments/testing';
import { summarize } from 'wellbeing-instruments/cohort';
import { toFhirQuestionnaire } from 'wellbeing-instruments/fhir';`));
    let output = '';
    try {
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
  it('the binary scores a custom JSON instrument', () => {
    writeFileSync(join(app, 'pulse.csv'), 'id,pulse3_1,pulse3_2,pulse3_3\nr1,4,4,4\n');
    const out = run(process.execPath, [join(app, 'node_modules/wellbeing-instruments/dist/cli.js'), 'score', '--definition', 'pulse.json', 'pulse.csv', '-q']);
    expect(out).toBe('id,pulse3_1,pulse3_2,pulse3_3,pulse3_pulse,pulse3_pulse_band,pulse3_concern,pulse3_valid,pulse3_issues\nr1,4,4,4,4,good,false,true,\n');
  });
});

/**
 * Every command from the install, through the `bin` link, as `npx wellbeing-instruments` runs it:
 * the command line's bundled dependencies (commander everywhere, d3-dsv for CSV and the headcount,
 * stream-json for JSON input, Observable Plot and linkedom for the report's charts) must all be
 * inside the package.
 */
describe('every command of the installed binary, with its dependencies bundled', () => {
  const cli = (...args: string[]): string => run(process.execPath, [join(app, 'node_modules/.bin/wellbeing-instruments'), ...args]);
  const sample = (file: string): string => join(app, 'node_modules/wellbeing-instruments/sample', file);
  const phq9Row = { id: 'r1', phq9_1: 2, phq9_2: 2, phq9_3: 2, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 0, phq9_9: 0 };
  const phq9Scored = 'id,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9,phq9_total,phq9_total_band,phq9_positive_screen,phq9_suicidal_ideation,phq9_valid,phq9_issues\nr1,2,2,2,2,1,1,2,0,0,12,moderate,true,,true,\n';
  /** Charts drawn by Plot on linkedom's DOM, inlined as images. */
  const charts = (html: string): number => html.match(/<svg[^>]*role="img"/g)?.length ?? 0;

  it('list', () => {
    const out = cli('list', '--construct', 'burnout');
    for (const id of ['cbi', 'mbi', 'olbi', 'sib']) expect(out).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(out).not.toMatch(/^phq9\s/m);
  });
  it('show', () => {
    const out = cli('show', 'cbi');
    expect(out).toContain('Copenhagen Burnout Inventory');
    expect(out).toContain('cbi_19');
    expect((JSON.parse(cli('show', 'phq9', '--json')) as { id: string }).id).toBe('phq9');
  });
  it('score: CSV in (d3-dsv) and JSON in (stream-json)', () => {
    writeFileSync(join(app, 'phq9.csv'), `${Object.keys(phq9Row).join(',')}\n${Object.values(phq9Row).join(',')}\n`);
    writeFileSync(join(app, 'phq9.json'), JSON.stringify([phq9Row]));
    expect(cli('score', 'phq9', 'phq9.csv', '-q')).toBe(phq9Scored);
    expect(cli('score', 'phq9', 'phq9.json', '-q')).toBe(phq9Scored);
  });
  it('summarize', () => {
    const out = JSON.parse(cli('summarize', 'cbi', sample('clinician-survey.csv'), '--json')) as { read: { rows: number }; summary: { instrument: { id: string }; scales: Record<string, unknown> } };
    expect(out.read.rows).toBe(300);
    expect(out.summary.instrument.id).toBe('cbi');
    expect(Object.keys(out.summary.scales)).toEqual(['personal', 'work', 'client']);
  });
  it('report: charts by Observable Plot on linkedom, a headcount read by d3-dsv', () => {
    cli('report', sample('clinician-survey.csv'), '--instrument', 'cbi,sib', '-o', 'report.html');
    const html = readFileSync(join(app, 'report.html'), 'utf8');
    expect(charts(html)).toBeGreaterThanOrEqual(2);
    expect(html).not.toContain('<script');
    cli('report', sample('clinician-survey-waves.csv'), '--instrument', 'cbi,sib', '--by', 'site', '--wave', 'survey_year', '--headcount', sample('headcount-site.csv'), '-o', 'waves.html');
    const waves = readFileSync(join(app, 'waves.html'), 'utf8');
    expect(charts(waves)).toBeGreaterThanOrEqual(2);
    expect(waves).toMatch(/response rate/i);
  });
  it('export', () => {
    cli('export', 'phq9', 'gad7', '--to', 'redcap', '-o', 'dictionary.csv');
    const dictionary = readFileSync(join(app, 'dictionary.csv'), 'utf8');
    expect(dictionary.split('\n')[0]).toMatch(/^Variable \/ Field Name,Form Name,/);
    expect(dictionary).toContain('\nphq9_9,');
    expect((JSON.parse(cli('export', 'phq9', '--to', 'fhir')) as { resourceType: string }).resourceType).toBe('Questionnaire');
  });
  it('demo', () => {
    const out = cli('demo', '-o', 'demo-report.html');
    expect(out).toContain('300');
    expect(charts(readFileSync(join(app, 'demo-report.html'), 'utf8'))).toBeGreaterThanOrEqual(5);
  });
});
