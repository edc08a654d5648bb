/**
 * The report renderer's pieces, from the source: where cut-off lines and band edges go (derived
 * from each definition's criteria), escaping, and what `renderReport()` puts in the page for
 * summaries computed here with `summarize()` — parsed back with linkedom and queried, never
 * compared with a stored copy.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cbi, getInstrument, phq2, phq9, score, who5 } from '../src/index.js';
import { summarize, summarizeOutcomes, wilsonInterval } from '../src/cohort/index.js';
import { countTicks, labelOnRight } from '../src/cli/report/charts.js';
import { fixed, num, pct, pctInterval, signed } from '../src/cli/report/format.js';
import { escapeHtml, html, raw } from '../src/cli/report/html.js';
import { renderReport, type ReportInput, type ReportInstrument } from '../src/cli/report/render.js';
import { bandRangeText, bandRegions, cutoffLines, linePosition } from '../src/cli/report/thresholds.js';
import type { RunReport } from '../src/cli/score/run.js';
import type { InstrumentDefinition } from '../src/schema/types.js';

const def = (id: string) => getInstrument(id) as InstrumentDefinition;

describe('cut-off lines from the definitions’ criteria', () => {
  it.each([
    // op, value, kind of scale → where the line goes
    ['>=', 10, 'whole-valued', 9.5],
    ['>=', 2.5, 'whole-valued', 2.5],
    ['>', 4.3, 'whole-valued', 4.5],
    ['<=', 7, 'whole-valued', 7.5],
    ['<', 50, 'whole-valued', 49.5],
    ['>=', 2.25, 'continuous', 2.25],
    ['<', 50, 'continuous', 50],
  ] as const)('%s %d on a %s scale is drawn at %d', (op, value, kind, x) => {
    expect(linePosition(op, value, kind === 'whole-valued')).toBe(x);
  });

  it('PHQ-9 total: one line between 9 and 10, labelled with its rule', () => {
    expect(cutoffLines(def('phq9'), 'total', {}, true)).toEqual([{ op: '>=', value: 10, cutoffs: ['positive_screen'], x: 9.5, label: '≥ 10 positive_screen' }]);
  });

  it('WHO-5: "< 50" on the percentage (continuous, at 50) and "≤ 7" on the raw score (between 7 and 8)', () => {
    expect(cutoffLines(def('who5'), 'percentage', {}, false)).toMatchObject([{ op: '<', value: 50, x: 50, label: '< 50 poor_wellbeing' }]);
    expect(cutoffLines(def('who5'), 'raw', { likely_depression: 'halliday2017' }, true)).toMatchObject([{ op: '<=', value: 7, x: 7.5, label: '≤ 7 likely_depression' }]);
  });

  it('draws no line for a cut-off whose schemes have no default when none was chosen (WHO-5 likely depression)', () => {
    expect(cutoffLines(def('who5'), 'raw', {}, true)).toEqual([]);
    expect(cutoffLines(def('who5'), 'raw', { likely_depression: null }, true)).toEqual([]);
  });

  it('K10: two thresholds on one scale, in order', () => {
    expect(cutoffLines(def('k10'), 'total', {}, true).map((l) => [l.x, l.cutoffs])).toEqual([
      [21.5, ['high_distress']],
      [29.5, ['very_high_distress']],
    ]);
  });

  it('a cut-off made of references to other cut-offs adds no second line (MBI 2-item "burnout")', () => {
    expect(cutoffLines(def('mbi2'), 'emotional_exhaustion', {}, true).map((l) => l.label)).toEqual(['≥ 4 emotional_exhaustion_high']);
  });

  it('follows the scheme the data were scored with (PHQ-2 sensitive; MBI burnout with low personal accomplishment)', () => {
    expect(cutoffLines(def('phq2'), 'total', { positive_screen: null }, true).map((l) => l.x)).toEqual([2.5]);
    expect(cutoffLines(def('phq2'), 'total', { positive_screen: 'sensitive' }, true).map((l) => l.x)).toEqual([1.5]);
    expect(cutoffLines(def('mbi'), 'personal_accomplishment', {}, true)).toEqual([]);
    expect(cutoffLines(def('mbi'), 'personal_accomplishment', { burnout: 'ee_and_dp_or_low_pa' }, true).map((l) => l.label)).toEqual(['< 33 burnout']);
  });

  it('cut-offs stating the same condition share one line', () => {
    const base = def('phq9');
    const twice: InstrumentDefinition = { ...base, cutoffs: [...base.cutoffs, { id: 'again', label: 'Again', criterion: { all: [{ scale: 'total', op: '>=', value: 10 }] }, sources: ['kroenke2001'] }] };
    expect(cutoffLines(twice, 'total', {}, true)).toMatchObject([{ x: 9.5, cutoffs: ['positive_screen', 'again'], label: '≥ 10 positive_screen, again' }]);
  });

  it('puts a label on the side where its condition holds, unless that side is too near the edge', () => {
    const line = (op: '>=' | '<', x: number) => ({ op, value: x, cutoffs: [], x, label: '' });
    expect(labelOnRight(line('>=', 9.5), [-0.5, 27.5])).toBe(true);
    expect(labelOnRight(line('<', 50), [0, 100])).toBe(false);
    expect(labelOnRight(line('>=', 25), [-0.5, 27.5])).toBe(false);
    expect(labelOnRight(line('<', 5), [0, 100])).toBe(true);
  });
});

describe('number formats', () => {
  it.each([
    [fixed(0.9), '0.90'],
    [fixed(-0.001), '0.00'],
    [signed(-0.4), '−0.40'],
    [signed(3.634), '+3.63'],
    [signed(0.001), '0.00'],
    [num(6), '6'],
    [num(42.857142), '42.86'],
    [pct(0.2346), '23.5 %'],
    [pctInterval({ lower: 0.1808, upper: 0.4543 }), '18.1–45.4 %'],
  ])('%s is %s', (got, expected) => {
    expect(got).toBe(expected);
  });
});

describe('band regions', () => {
  it('PHQ-9 severity bands meet between whole values', () => {
    const scheme = def('phq9').scales[0]!.bandSchemes[0]!;
    expect(bandRegions(scheme, [0, 27], true).map((b) => [b.from, b.to])).toEqual([
      [-0.5, 4.5],
      [4.5, 9.5],
      [9.5, 14.5],
      [14.5, 19.5],
      [19.5, 27.5],
    ]);
    expect(scheme.bands.map((_, i) => bandRangeText(scheme, i, [0, 27], true))).toEqual(['0–4', '5–9', '10–14', '15–19', '20–27']);
  });
  it('BRS: a band starting above its bound (> 4.30) on a continuous scale', () => {
    const scale = def('brs').scales[0]!;
    const scheme = scale.bandSchemes[0]!;
    expect(bandRegions(scheme, scale.range, false).map((b) => [b.from, b.to])).toEqual([
      [1, 3],
      [3, 4.3],
      [4.3, 5],
    ]);
    expect(bandRangeText(scheme, 2, scale.range, false)).toBe('> 4.3–5');
  });
});

describe('escaping', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('the html tag escapes values, keeps nested markup, joins arrays and drops null/false', () => {
    const hostile = '<script>alert(1)</script>';
    expect(html`<p title="${hostile}">${hostile}</p>`.text).toBe('<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}${null}${false}${undefined}</ul>`.text).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
    expect(html`${raw('<b>kept</b>')}`.text).toBe('<b>kept</b>');
  });
  it('count ticks are whole and cover the tallest bar', () => {
    expect(countTicks(0)).toEqual([0]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(31)).toEqual([0, 10, 20, 30]);
    expect(countTicks(118)).toEqual([0, 50, 100]);
  });
});

/** A run report as the command line makes one, for a summary computed here. */
function runOf(rows: number, invalid: RunReport['examples'] = []): RunReport {
  const codes = new Map<string, number>();
  for (const e of invalid) for (const code of new Set(e.issues.map((i) => i.code))) codes.set(code, (codes.get(code) ?? 0) + 1);
  return { rows, blank: 0, invalid: invalid.length, incomplete: 0, examples: invalid, codes, warnings: [], labelHint: null, missingHint: null };
}

function instrument(definition: InstrumentDefinition, rows: readonly (readonly (number | null)[])[], invalid: RunReport['examples'] = []): ReportInstrument {
  return { definition, summary: summarize(definition, rows as never), run: runOf(rows.length + invalid.length, invalid), options: { bandSchemes: {}, cutoffSchemes: {}, prorate: false } };
}

const phq9Rows = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0, null],
  [2, 2, 2, 2, 1, 1, 0, 0, 0, null],
  [3, 3, 3, 2, 2, 1, 1, 0, 0, null],
  [1, 1, 1, 1, 1, 0, 0, 0, 0, null],
  [1, 1, null, 1, 1, 0, 0, 0, 0, null],
];

const cells = (row: Element) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent);

function page(text: string) {
  return parseHTML(text).document;
}

describe('renderReport', () => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

  it('shows the numbers summarize() gives: prevalence with its Wilson interval, bands, invalid rows, reliability', async () => {
    const input: ReportInput = {
      title: 'Ward survey',
      source: 'ward.csv',
      generatedAt: new Date('2026-03-22T10:00:00Z'),
      version: '0.0.0-test',
      instruments: [instrument(phq9, phq9Rows, [{ record: 6, label: 'id=r6', issues: [{ code: 'invalid_value', item: 'phq9_1', value: 7, message: 'phq9_1: 7 is not an option' }] }])],
      outcomes: null,
    };
    const doc = page(await renderReport(input));
    const row = doc.querySelector('tr[data-cutoff="positive_screen"]')!;
    expect(row.querySelector('.prevalence')!.textContent).toBe('50.0 %');
    expect(row.querySelector('.ci')!.textContent).toBe(pctInterval(wilsonInterval(2, 4)!));
    expect(Array.from(row.querySelectorAll('td')).map((td) => td.textContent)).toContain('4');
    const bands = Array.from(doc.querySelectorAll('tr[data-band]')).map((tr) => [tr.getAttribute('data-band'), tr.querySelectorAll('td')[1]!.textContent]);
    expect(bands).toEqual([
      ['minimal', '1'],
      ['mild', '1'],
      ['moderate', '1'],
      ['moderately_severe', '1'],
      ['severe', '0'],
    ]);
    expect(doc.querySelector('#phq9-invalid')!.textContent).toBe('Invalid rows: 1');
    expect(cells(doc.querySelector('section.invalid tr[data-issue="invalid_value"]')!)).toEqual(['1']);
    expect(Array.from(doc.querySelectorAll('section.invalid table')[1]!.querySelectorAll('tbody td')).map((td) => td.textContent)).toEqual(['6', 'invalid_value', 'phq9_1']);
    // Respondent ids and answer values stay out of a report meant to be shared.
    expect(doc.querySelector('body')!.textContent).not.toMatch(/id=r6|7 is not an option/);
    const alpha = summarize(phq9, phq9Rows as never).scales.total.reliability.alpha!;
    expect(doc.querySelector('.reliability')!.textContent).toContain(alpha.toFixed(2));
    // One chart per scale with values, each named for assistive technology.
    const svgs = Array.from(doc.querySelectorAll('figure.chart svg'));
    expect(svgs).toHaveLength(1);
    expect(svgs[0]!.getAttribute('role')).toBe('img');
    expect(svgs[0]!.getAttribute('aria-label')).toBe('Distribution of PHQ-9 Depression severity');
    expect(svgs[0]!.querySelector('title')!.textContent).toBe('Distribution of PHQ-9 Depression severity');
    expect(svgs[0]!.querySelector('desc')!.textContent).toContain('≥ 10 positive_screen');
    // The chart's bars are the histogram: 28 values, the same counts as the table beside it.
    expect(svgs[0]!.querySelectorAll('rect title')).toHaveLength(28);
    expect(doc.querySelectorAll('table[data-numbers="phq9-total"] tbody td')).toHaveLength(28);
  });

  it('escapes every string from the user (title, file name) and leaves respondent ids and answer values out', async () => {
    const secret = '<b onclick=alert(3)>secret-answer</b>';
    const input: ReportInput = {
      title: hostile,
      source: `${hostile}.csv`,
      generatedAt: new Date('2026-03-22T10:00:00Z'),
      version: '0.0.0-test',
      instruments: [instrument(phq9, phq9Rows, [{ record: 6, label: `id=${secret}`, issues: [{ code: 'invalid_type', item: 'phq9_1', value: secret, message: `phq9_1: got the string ${JSON.stringify(secret)}` }] }])],
      outcomes: null,
    };
    const text = await renderReport(input);
    const doc = page(text);
    expect(doc.querySelectorAll('script, img, b, [onerror], [onclick]')).toHaveLength(0);
    expect(doc.querySelector('title')!.textContent).toBe(hostile);
    expect(doc.querySelector('h1')!.textContent).toBe(hostile);
    expect(doc.querySelector('header .meta strong')!.textContent).toBe(`${hostile}.csv`);
    expect(text).not.toContain('secret-answer');
  });

  it('puts constructs side by side: one chart row per instrument with a prevalence, and the agreement of two on one construct', async () => {
    const people = [
      { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0], phq2: [0, 0], cbi: 0 },
      { phq9: [2, 2, 2, 2, 1, 1, 0, 0, 0], phq2: [2, 2], cbi: 75 },
      { phq9: [3, 3, 3, 2, 2, 1, 1, 0, 0], phq2: [3, 3], cbi: 50 },
      { phq9: [1, 1, 1, 1, 1, 0, 0, 0, 0], phq2: [1, 1], cbi: 25 },
    ];
    const results = people.map((p) => [score(phq9, [...p.phq9, null] as never), score(phq2, p.phq2 as never), score(cbi, Object.fromEntries(cbi.items.map((i) => [i.id, p.cbi])) as never)]);
    const input: ReportInput = {
      title: 'Side by side',
      source: 'people.csv',
      generatedAt: new Date('2026-03-22T10:00:00Z'),
      version: '0.0.0-test',
      instruments: [instrument(phq9, people.map((p) => [...p.phq9, null])), instrument(phq2, people.map((p) => p.phq2)), instrument(cbi, people.map((p) => cbi.items.map(() => p.cbi)))],
      outcomes: summarizeOutcomes(results),
    };
    const doc = page(await renderReport(input));
    const svgs = doc.querySelectorAll('figure.chart svg');
    expect(svgs).toHaveLength(1 + 1 + 3 + 1);
    const comparison = doc.querySelector('figure[data-chart="comparison"] svg')!;
    expect(comparison.getAttribute('aria-label')).toBe('Prevalence by construct and instrument');
    expect(comparison.querySelector('desc')!.textContent).toContain('depression — PHQ-9 50.0 %');
    const agreement = doc.querySelector('tr[data-agreement="depression:phq2:phq9"]')!;
    expect(Array.from(agreement.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['depression', '4', '2', '0', '0', '2', '100.0 %', '1.00']);
    expect(doc.querySelectorAll('tr[data-outcome]')).toHaveLength(3);
  });

  it('is a function of its input: the same input gives the same page', async () => {
    const input: ReportInput = { title: 'T', source: 's.csv', generatedAt: new Date(0), version: '0', instruments: [instrument(phq9, phq9Rows)], outcomes: null };
    const [a, b] = await Promise.all([renderReport(input), renderReport(input)]);
    expect(a).toBe(b);
    expect(await renderReport({ ...input, generatedAt: new Date(60_000) })).not.toBe(a);
  });

  it('names every cut-off source and shows the licence notice; loads nothing', async () => {
    const text = await renderReport({ title: 'T', source: 's.csv', generatedAt: new Date(0), version: '0', instruments: [instrument(who5, [[3, 3, 3, 3, 3]])], outcomes: null });
    const doc = page(text);
    for (const c of who5.cutoffs) for (const s of c.sources) expect(doc.querySelector(`#src-who5-${s.replace(/_/g, '-')}`), s).not.toBeNull();
    expect(doc.querySelector('.notice')!.textContent).toContain(who5.licence.notice);
    expect(text).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    for (const a of Array.from(doc.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^(#|https?:\/\/)/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
  });

  it('marks rules resting on less than primary evidence, and says when a cut-off has no default scheme', async () => {
    const doc = page(await renderReport({ title: 'T', source: 's.csv', generatedAt: new Date(0), version: '0', instruments: [instrument(who5, [[1, 1, 1, 1, 1], [3, 3, 3, 3, 3]]), instrument(phq9, phq9Rows)], outcomes: null }));
    const poor = doc.querySelector('tr[data-cutoff="poor_wellbeing"]')!;
    expect(poor.querySelector('.evidence')!.getAttribute('data-evidence')).toBe('secondary');
    expect(poor.querySelector('.evidence')!.getAttribute('title')).toContain('who2024, halliday2017');
    const likely = doc.querySelector('tr[data-cutoff="likely_depression"]')!;
    expect(likely.textContent).toContain('no default scheme');
    expect(Array.from(doc.querySelectorAll('ul.reading li')).map((li) => li.textContent).join(' ')).toContain('Cut-off likely depression: no scheme — none is a default');
    expect(likely.querySelector('.prevalence')!.textContent).not.toMatch(/%/);
    // PHQ-9's cut-off and its item 9 flag rest on the authors' own publications: no mark.
    expect(doc.querySelector('tr[data-cutoff="positive_screen"] .evidence')).toBeNull();
    expect(doc.querySelector('tr[data-flag="suicidal_ideation"] .evidence')).toBeNull();
  });
});
