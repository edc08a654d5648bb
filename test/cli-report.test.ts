/**
 * `report` and `demo`'s report, end to end through the built binary (`npm run build` first). The
 * HTML written is parsed with linkedom and queried; expected figures come from the built
 * library (`summarize()`, `wilsonInterval()`), or are worked out by hand for a small file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_INSTRUMENTS, SAMPLE_PATH } from '../scripts/sample.js';
import { SAMPLE_IDS } from '../src/cli/commands/demo.js';
import { pct, pctInterval } from '../src/cli/report/format.js';
import { built, workspace } from './cli-support.js';

const lib = await built<typeof import('../src/index.js')>('index');
const cohort = await built<typeof import('../src/cohort/index.js')>('cohort');
const ws = workspace('wi-cli-report-');

const dom = (name: string) => parseHTML(ws.read(name)).document;
const cells = (row: Element) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent);
/** Files in the workspace whose name contains `part` (temporary outputs included). */
const filesLike = (part: string) => readdirSync(ws.dir).filter((f) => f.includes(part));

/** The sample's valid rows for one instrument, as answers, parsed here. */
function sampleValid(id: string): Record<string, unknown>[] {
  const def = lib.getInstrument(id)!;
  const table = Papa.parse<Record<string, string>>(readFileSync(SAMPLE_PATH, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const answers = table.map((row) => Object.fromEntries(def.items.map((i) => [i.id, row[i.id] === '' ? null : /^\d+$/.test(row[i.id]!) ? Number(row[i.id]) : row[i.id]])));
  return answers.filter((a) => lib.score(def, a as never).valid);
}

/** What every report must not do: load anything, or run anything. */
function expectSelfContained(text: string): void {
  // Escaped user data can hold "src=" or "onerror=" as text, never as markup: these are tags.
  expect(text).not.toMatch(/<(script|link|img|iframe|object|embed|audio|video|source|base)\b/i);
  const doc = parseHTML(text).document;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      expect(['src', 'srcset', 'poster', 'data', 'background', 'action', 'formaction', 'ping', 'xlink:href'], `${el.tagName} ${attr.name}`).not.toContain(attr.name);
      if (attr.name === 'href') {
        expect(el.tagName.toLowerCase()).toBe('a');
        expect(attr.value).toMatch(/^(#[a-z0-9-]+|https?:\/\/\S+)$/);
      }
      if (attr.name === 'style') expect(attr.value).not.toMatch(/url\s*\(|@import/i);
    }
  }
  for (const style of Array.from(doc.querySelectorAll('style'))) expect(style.textContent).not.toMatch(/url\s*\(|@import/i);
}

beforeAll(() => {
  ws.file('bad.csv', 'id,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\na,1,1,1,1,1,1,1,1,0\n');
  ws.file('none.csv', 'id,score\na,1\n');
});

describe.concurrent('report', () => {
  it('--help describes its arguments and options, and the top-level help lists it', async () => {
    const r = await ws.cli(['report', '--help']);
    expect(r.code).toBe(0);
    for (const w of ['<file>', '--instrument', '--output', '--title', '--map', '--scheme', '--allow-invalid', '--quiet', 'Exit codes', 'offline']) expect(r.stdout).toContain(w);
    expect((await ws.cli(['--help'])).stdout).toMatch(/^ {2}report\b/m);
  });

  it('the sample with three instruments: a section and a chart per scale, the prevalence summarize() gives, and the comparison', async () => {
    const r = await ws.cli(['report', SAMPLE_PATH, '--instrument', 'phq9,gad7', '-i', 'cbi', '-o', 'three.html']);
    expect(r.code).toBe(1); // the sample has invalid rows on purpose
    expect(r.stderr).toContain('PHQ-9: 300 rows, 299 valid, 1 invalid (invalid_type 1)');
    expect(r.stderr).toContain('CBI: 300 rows, 300 valid, 0 invalid');
    expect(r.stderr).toMatch(/report: three\.html \(\d+ kB\)/);
    expect(r.stderr).toMatch(/error: invalid rows \(PHQ-9 1, GAD-7 1\)/);
    const doc = dom('three.html');
    expect(Array.from(doc.querySelectorAll('section.instrument h2')).map((h) => h.id)).toEqual(['instrument-phq9', 'instrument-gad7', 'instrument-cbi']);
    expect(Array.from(doc.querySelectorAll('figure.chart')).map((f) => f.getAttribute('data-chart'))).toEqual(['phq9-total', 'gad7-total', 'cbi-personal', 'cbi-work', 'cbi-client', 'comparison']);
    for (const id of ['phq9', 'gad7', 'cbi']) {
      const def = lib.getInstrument(id)!;
      const expected = cohort.summarize(def, sampleValid(id) as never);
      for (const c of def.cutoffs) {
        const x = (expected.cutoffs as Record<string, { prevalence: number; ci: { lower: number; upper: number }; determinable: number; positives: number }>)[c.id]!;
        const row = doc.querySelector(`#instrument-${id}`)!.parentElement!.querySelector(`tr[data-cutoff="${c.id}"]`)!;
        expect(row.querySelector('.prevalence')!.textContent, `${id} ${c.id}`).toBe(pct(x.prevalence));
        expect(row.querySelector('.ci')!.textContent).toBe(pctInterval(x.ci));
        expect(cells(row).slice(1, 3)).toEqual([String(x.positives), String(x.determinable)]);
      }
    }
    expect(doc.querySelectorAll('tr[data-outcome]')).toHaveLength(3);
    expect(doc.querySelector('tr[data-agreement]')).toBeNull(); // one burnout instrument only
    expectSelfContained(ws.read('three.html'));
  });

  it('without --instrument, finds the sample’s instruments from its header and says which', async () => {
    const r = await ws.cli(['report', SAMPLE_PATH, '-o', 'found.html', '--allow-invalid', '--title', 'Spring survey']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`instruments found in ${SAMPLE_PATH}: ${SAMPLE_INSTRUMENTS.map((s) => s.id).join(', ')}`);
    const doc = dom('found.html');
    expect(doc.querySelector('h1')!.textContent).toBe('Spring survey');
    expect(doc.querySelectorAll('section.instrument')).toHaveLength(SAMPLE_INSTRUMENTS.length);
    // Three burnout instruments answered by the same people; mbi2's burnout cut-off has no default scheme
    // (its depersonalization threshold is single secondary), so one pair has kappa.
    expect(Array.from(doc.querySelectorAll('tr[data-agreement]')).map((tr) => tr.getAttribute('data-agreement'))).toEqual(['burnout:cbi:sib']);
  });

  it('the comparison across instruments is summarizeOutcomes() over each respondent’s valid results', async () => {
    const ids = SAMPLE_INSTRUMENTS.map((s) => s.id);
    const r = await ws.cli(['report', SAMPLE_PATH, '-o', 'compare.html', '--allow-invalid', '--instrument', ids.join(',')]);
    expect(r.code, r.stderr).toBe(0);
    const table = Papa.parse<Record<string, string>>(readFileSync(SAMPLE_PATH, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const perRow = table.map((row) =>
      ids
        .map((id) => {
          const def = lib.getInstrument(id)!;
          return lib.score(def, Object.fromEntries(def.items.map((i) => [i.id, row[i.id] === '' ? null : /^\d+$/.test(row[i.id]!) ? Number(row[i.id]) : row[i.id]])) as never);
        })
        .filter((x) => x.valid),
    );
    const expected = cohort.summarizeOutcomes(perRow.filter((x) => x.length > 0));
    const doc = dom('compare.html');
    for (const o of expected.outcomes) {
      const row = doc.querySelector(`tr[data-outcome="${o.construct}:${o.instrument.id}"]`)!;
      expect(cells(row).slice(2, 4), `${o.construct} ${o.instrument.id}`).toEqual([String(o.positives), String(o.determinable)]);
    }
    expect(expected.agreement.length).toBeGreaterThan(0);
    for (const a of expected.agreement) {
      const row = doc.querySelector(`tr[data-agreement="${a.construct}:${a.instruments.join(':')}"]`)!;
      expect(cells(row).slice(1), a.instruments.join(' ')).toEqual([a.n, a.bothPositive, a.firstOnly, a.secondOnly, a.neitherPositive].map(String).concat([`${(100 * a.agreement!).toFixed(1)} %`, a.kappa!.toFixed(2)]));
    }
  });

  it('a small file with known numbers: prevalence over decided rows, bands, invalid rows by code, agreement', async () => {
    const phq9Items = Array.from({ length: 10 }, (_, i) => `phq9_${i + 1}`);
    const rows = [
      ['r1', '0,0,0,0,0,0,0,0,0,', '0,0'], // total 0: minimal, negative; PHQ-2 0 negative
      ['r2', '2,2,2,2,1,1,0,0,0,', '2,2'], // total 10: moderate, positive; PHQ-2 4 positive
      ['r3', '3,3,3,2,2,1,1,0,0,', '3,3'], // total 15: moderately severe, positive; PHQ-2 6 positive
      ['r4', '1,1,1,1,1,0,0,0,0,', '1,1'], // total 5: mild, negative; PHQ-2 2 negative
      ['r5', '1,1,,1,1,0,0,0,0,', '1,1'], // an item skipped: no total, not decided; PHQ-2 negative
      ['r6', '7,0,0,0,0,0,0,0,0,', '3,0'], // invalid value; PHQ-2 positive
      ['r7', '0,x,0,0,0,0,0,0,0,', '0,1'], // invalid type; PHQ-2 negative
    ];
    ws.file('known.csv', `id,${phq9Items.join(',')},phq2_1,phq2_2\n${rows.map(([id, a, b]) => `${id},${a},${b}`).join('\n')}\n`);
    const r = await ws.cli(['report', 'known.csv', '-o', 'known.html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PHQ-9: 7 rows, 5 valid, 2 invalid (invalid_value 1, invalid_type 1)');
    expect(r.stderr).toContain('PHQ-2: 7 rows, 7 valid, 0 invalid');
    const doc = dom('known.html');
    const phq9 = doc.querySelector('#instrument-phq9')!.parentElement!;
    const cutoff = phq9.querySelector('tr[data-cutoff="positive_screen"]')!;
    expect(cutoff.querySelector('.prevalence')!.textContent).toBe('50.0 %');
    expect(cutoff.querySelector('.ci')!.textContent).toBe(pctInterval(cohort.wilsonInterval(2, 4)!));
    // Decided: r1–r4; not decided: r5 (a skipped item); r6 and r7 are invalid and counted apart.
    expect(cells(cutoff)).toEqual(['total ≥ 10', '2', '4', '50.0 %', pctInterval(cohort.wilsonInterval(2, 4)!), '1', 'kroenke2001']);
    expect(Array.from(phq9.querySelectorAll('tr[data-band]')).map(cells)).toEqual([
      ['0–4', '1', '25.0 %'],
      ['5–9', '1', '25.0 %'],
      ['10–14', '1', '25.0 %'],
      ['15–19', '1', '25.0 %'],
      ['20–27', '0', '0.0 %'],
    ]);
    expect(phq9.querySelector('#phq9-invalid')!.textContent).toBe('Invalid rows: 2');
    expect(Array.from(phq9.querySelectorAll('section.invalid tbody tr')).map((tr) => tr.textContent)).toEqual(expect.arrayContaining(['invalid_value1', 'invalid_type1']));
    const phq2 = doc.querySelector('#instrument-phq2')!.parentElement!.querySelector('tr[data-cutoff="positive_screen"]')!;
    expect(phq2.querySelector('.prevalence')!.textContent).toBe(pct(3 / 7));
    // Agreement among the rows valid and decided on both: r1–r4, all agreeing.
    expect(cells(doc.querySelector('tr[data-agreement="depression:phq2:phq9"]')!)).toEqual(['depression', '4', '2', '0', '0', '2', '100.0 %', '1.00']);
    expect(existsSync(join(ws.dir, 'known.html'))).toBe(true);
  });

  it('escapes a hostile file name and title, and leaves respondent ids and answer values out', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const secret = '<b onclick=alert(4)>secret-answer</b>';
    const name = ws.file(`"><svg onload=alert(3)>.csv`, `who,phq9_1,phq9_2,phq9_3,phq9_4,phq9_5,phq9_6,phq9_7,phq9_8,phq9_9\n"${secret}","${secret}",1,1,1,1,1,1,1,0\nok,1,1,1,1,1,1,1,1,0\n`);
    const r = await ws.cli(['report', name, '-i', 'phq9', '-o', 'hostile.html', '--title', `</title>${hostile}`, '--allow-invalid']);
    expect(r.code).toBe(0);
    const text = ws.read('hostile.html');
    expectSelfContained(text);
    const doc = parseHTML(text).document;
    expect(doc.querySelectorAll('script, img, b, svg[onload]')).toHaveLength(0);
    expect(doc.querySelector('title')!.textContent).toBe(`</title>${hostile}`);
    expect(doc.querySelector('header .meta strong')!.textContent).toBe(name);
    expect(cells(doc.querySelector('section.invalid div.scroll:last-of-type tbody tr')!)).toEqual(['1', 'invalid_type', 'phq9_1']);
    expect(text).not.toContain('secret-answer');
  });

  it('--map may name one instrument’s items only; the other instruments ignore it', async () => {
    const q = Array.from({ length: 9 }, (_, i) => `Q${i + 1}`);
    ws.file('mapped.csv', `${[...q, 'gad7_1', 'gad7_2', 'gad7_3', 'gad7_4', 'gad7_5', 'gad7_6', 'gad7_7'].join(',')}\n${Array(16).fill('1').join(',')}\n${Array(16).fill('2').join(',')}\n`);
    ws.file('map.json', JSON.stringify(Object.fromEntries(q.map((c, i) => [c, `phq9_${i + 1}`]))));
    const found = await ws.cli(['report', 'mapped.csv', '--map', 'map.json', '-o', 'mapped.html']);
    expect(found.code).toBe(0);
    expect(found.stderr).toContain('instruments found in mapped.csv: phq9, gad7');
    const doc = dom('mapped.html');
    expect(cells(doc.querySelector('#instrument-gad7')!.parentElement!.querySelector('tr[data-cutoff="positive_screen"]')!).slice(1, 3)).toEqual(['1', '2']);
    expect(cells(doc.querySelector('#instrument-phq9')!.parentElement!.querySelector('tr[data-cutoff="positive_screen"]')!).slice(1, 3)).toEqual(['1', '2']);
  });

  it.each([
    ['an unknown instrument', ['report', 'bad.csv', '-i', 'phq10', '-o', 'bad-1.html'], /unknown instrument "phq10"; did you mean/],
    ['an instrument without its columns', ['report', 'bad.csv', '-i', 'phq9,gad7', '-o', 'bad-2.html'], /no column of bad\.csv is an item of gad7/],
    ['no instrument columns at all', ['report', 'none.csv', '-o', 'bad-3.html'], /no column of none\.csv is an item of any instrument/],
    ['the output is the input', ['report', 'bad.csv', '-i', 'phq9', '-o', 'bad.csv'], /the output bad\.csv is the input file/],
    ['stdin', ['report', '-', '-i', 'phq9', '-o', 'bad-4.html'], /cannot read stdin/],
    ['a missing file', ['report', 'absent.csv', '-i', 'phq9', '-o', 'bad-5.html'], /absent\.csv: no such file/],
    ['a scheme no instrument has', ['report', 'bad.csv', '-i', 'phq9', '--scheme', 'total=nothing', '-o', 'bad-6.html'], /--scheme total=nothing: no instrument of this report has a scale "total" with scheme "nothing"/],
  ])('%s: exit code 2, a message, nothing written', async (_, args, message) => {
    const before = readFileSync(join(ws.dir, 'bad.csv'), 'utf8');
    const r = await ws.cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    const output = args[args.indexOf('-o') + 1]!;
    if (output !== 'bad.csv') expect(existsSync(join(ws.dir, output))).toBe(false);
    expect(readFileSync(join(ws.dir, 'bad.csv'), 'utf8')).toBe(before);
    expect(filesLike('.tmp').filter((f) => f.includes('bad-'))).toEqual([]);
  });
});

describe('demo', () => {
  it('the demo’s instruments are the sample’s', () => {
    expect([...SAMPLE_IDS]).toEqual(SAMPLE_INSTRUMENTS.map((s) => s.id));
  });

  it('writes demo-report.html in the current directory and says where; --output moves it; --no-report skips it', async () => {
    const r = await ws.cli(['demo']);
    expect(r.code).toBe(0);
    const path = join(ws.dir, 'demo-report.html');
    expect(r.stdout).toContain(`opens offline): ${path}`);
    const text = readFileSync(path, 'utf8');
    expectSelfContained(text);
    const doc = parseHTML(text).document;
    const scales = SAMPLE_IDS.reduce((n, id) => n + lib.getInstrument(id)!.scales.length, 0);
    // One chart per scale, the comparison across instruments, and a trend per headline cut-off (three waves).
    expect(doc.querySelectorAll('figure.chart svg')).toHaveLength(scales + 1 + SAMPLE_IDS.length);
    expect(doc.querySelector('main > section')!.id === '' && doc.querySelector('main > section h2')!.id).toBe('leader');
    expect(r.stdout).toMatch(/Palliative care \(fewer\s+than 5 respondents\)/);
    // The headline of each instrument is its first declared outcome.
    for (const id of SAMPLE_IDS) {
      const outcome = lib.getInstrument(id)!.outcomes![0]!;
      const line = r.stdout.split('\n').find((l) => l.startsWith(`${lib.getInstrument(id)!.shortName} `))!;
      expect(line.trimEnd().endsWith(outcome.cutoff!), id).toBe(true);
      expect(line).toContain(` ${outcome.severityScale} `);
    }

    const moved = await ws.cli(['demo', '--output', 'elsewhere.html']);
    expect(moved.code).toBe(0);
    expect(existsSync(join(ws.dir, 'elsewhere.html'))).toBe(true);

    const none = await ws.cli(['demo', '--no-report', '-o', 'never.html']);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toContain('Report of the sample');
    expect(existsSync(join(ws.dir, 'never.html'))).toBe(false);
  });
});
