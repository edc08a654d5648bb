/**
 * The report for an organisation: the sample's three waves by site and department, with the
 * site headcount, written by the built binary (`npm run build` first) and opened in Debian's
 * Chromium (playwright-core): the first screen answers the five questions of a well-being lead,
 * axe-core finds no serious or critical violation, nothing overflows a 390 px wide phone, every
 * chart is named, and no respondent's id or a machine path appears. Without /usr/bin/chromium
 * the browser part skips with a message, except under CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADCOUNT_PATH, WAVES_PATH } from '../scripts/sample.js';
import { seriousAxeViolations } from './browser-support.js';
import { built, workspace } from './cli-support.js';

const executablePath = '/usr/bin/chromium';
const present = existsSync(executablePath);
const ws = workspace('wi-cli-report-organisation-');
const args = ['report', WAVES_PATH, '--by', 'site', '--by', 'department', '--wave', 'survey_year', '--headcount', HEADCOUNT_PATH, '--cost', 'target=30%,programme=250000', '-o', 'org.html', '--allow-invalid', '-q'];
const cohort = await built<typeof import('../src/cohort/index.js')>('cohort');

// Under CI a missing Chromium fails the browser part (it launches and errors) rather than skipping it.
const underCi = process.env['CI'] === 'true';
if (!present && !underCi) console.warn(`test/cli-report-organisation.test.ts: browser part skipped, ${executablePath} not found`);

describe('report --by --wave --headcount', () => {
  let text = '';
  beforeAll(async () => {
    const r = await ws.cli(args);
    expect(r.code, r.stderr).toBe(0);
    text = ws.read('org.html');
  }, 60_000);

  it('shows the file by its name, never the path, and no respondent id', () => {
    expect(text).toContain('clinician-survey-waves.csv');
    expect(text).not.toContain(WAVES_PATH);
    expect(text).not.toMatch(/\b[abc]\d{3}\b/);
  });

  it('estimates the cost with burnoutCost() on the survey’s burnout prevalence and the headcount, assumptions shown', () => {
    // The 2026 CBI work-related burnout prevalence and its Wilson interval, as the leader's table shows it.
    const row = /burnout <span class="muted">\(CBI:[^<]*<\/span><\/th><td><strong>([\d.]+) %<\/strong> \(([\d.]+)–([\d.]+) %\)<br><span class="muted">(\d+) of (\d+)<\/span>/.exec(text);
    expect(row).not.toBeNull();
    const positives = Number(row![4]);
    const decided = Number(row![5]);
    const ci = cohort.wilsonInterval(positives, decided)!;
    const r = cohort.burnoutCost({ clinicians: 461, burnoutPrevalence: { estimate: positives / decided, lower: ci.lower, upper: ci.upper }, targetPrevalence: 0.3, programmeCost: 250_000 });
    if ('error' in r) throw new Error(r.error);
    const money = (v: number) => `$${Math.round(v).toLocaleString('en')}`;
    expect(text).toContain(`an estimated <strong>${money(r.annualCost)} a year</strong> (95 % interval ${money(r.interval!.annualCost[0])} to ${money(r.interval!.annualCost[1])}`);
    expect(text).toContain(`save about <strong>${money(r.annualSavings!)} a year</strong>`);
    expect(text).toContain(`a return of <strong>${(100 * r.roi!).toFixed(1)} %</strong>`);
    expect(text).toContain('Figure 2 footnote b: &quot;National mean, approximately 7%&quot;');
    expect(text).toContain('<td>the headcount file</td>');
  });

  it('says why a headline cut-off without a default criterion has no figure, and how to choose one', () => {
    // mbi2 burnout rests on a single-secondary criterion, so no scheme is default (docs/evidence.md),
    // and so does the depersonalization cut-off it refers to: both are named.
    expect(text).toContain('not determined: no criterion is default (its evidence is below primary or its sources conflict); choose with --cutoff-scheme mbi2.burnout=ee_or_dp --cutoff-scheme mbi2.depersonalization_high=weekly');
  });

  it('rejects a --cost key it does not know', async () => {
    const r = await ws.cli(['report', WAVES_PATH, '-i', 'sib', '--cost', 'clinician=400', '-o', 'c.html', '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cost clinician=400: expected key=value with a key among clinicians, turnover, risk, replacement, target, programme, measure');
  });

  it('withholds the small department and says why, without a count', () => {
    expect(text).toMatch(/data-group="Palliative care"><th scope="row">Palliative care<\/th><td colspan="\d+" class="muted">withheld: fewer than 5 respondents<\/td>/);
    expect(text).toContain('withheld so that a smaller group cannot be worked out by subtraction');
  });

  it('rejects a headcount below a group’s respondents instead of a rate above 100 %', async () => {
    ws.file('low.csv', 'site,headcount\nNorth,10\nSouth,200\nEast,200\nChildren’s,200\n');
    const r = await ws.cli(['report', WAVES_PATH, '--by', 'site', '--wave', 'survey_year', '--headcount', 'low.csv', '-o', 'low.html', '--allow-invalid', '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('site North has more respondents than its headcount (10)');
    const other = await ws.cli(['report', WAVES_PATH, '--by', 'department', '--headcount', HEADCOUNT_PATH, '-o', 'x.html', '-q']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('gives headcount per site; add --by site');
  });

  it('takes several files as waves, earliest first, named by their files', async () => {
    const [header, ...lines] = readFileSync(WAVES_PATH, 'utf8').trimEnd().split('\n');
    const year = header!.split(',').indexOf('survey_year');
    const files = ['2024', '2025', '2026'].map((y) => ws.file(`survey-${y}.csv`, `${[header, ...lines.filter((l) => l.split(',')[year] === y)].join('\n')}\n`));
    const r = await ws.cli(['report', ...files, '-i', 'cbi,sib', '--by', 'department', '-o', 'files.html', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('looks like survey waves');
    const html = ws.read('files.html');
    expect(html).toContain('survey-2024.csv, survey-2025.csv, survey-2026.csv');
    expect(html).toMatch(/points since survey-2025/);
    expect(html.match(/data-chart="trend-/g)).toHaveLength(2);
    const both = await ws.cli(['report', ...files, '--wave', 'survey_year', '-o', 'both.html', '-q']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either as several files or as --wave');
  });

  it('warns when waves would be pooled, naming the column', async () => {
    const r = await ws.cli(['report', WAVES_PATH, '-i', 'sib', '-o', 'pooled.html', '--allow-invalid', '-q']);
    expect(r.stderr).toContain('warning: column "survey_year" looks like survey waves (2024, 2025, 2026), and every figure pools them; pass --wave survey_year');
  });
});

describe.runIf(present || underCi)('the organisation report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    if (!existsSync(join(ws.dir, 'org.html'))) expect((await ws.cli(args)).code).toBe(0);
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(pathToFileURL(join(ws.dir, 'org.html')).href, { waitUntil: 'load' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the summary for leaders, answering the five questions', async () => {
    const first = await page.evaluate(() => {
      const section = document.querySelector('main > section');
      return { id: section?.querySelector('h2')?.id, h3: Array.from(section?.querySelectorAll('h3') ?? []).map((h) => h.id), text: section?.textContent ?? '' };
    });
    expect(first.id).toBe('leader');
    expect(first.h3).toEqual(['leader-groups', 'leader-response', 'leader-cost', 'leader-safety']);
    expect(first.text).toMatch(/burnout \(CBI: [^)]*\)\)?\s*[\d.]+ % \([\d.]+–[\d.]+ %\)/);
    expect(first.text).toMatch(/[−+][\d.]+ points since 2025/);
    expect(first.text).toMatch(/Emergency \(department\): burnout by CBI/);
    expect(first.text).toMatch(/\d+ of 461 employed answered: a response rate of [\d.]+ %/);
    expect(first.text).toMatch(/\d+ of \d+ respondents who answered it \([\d.]+ %\) gave a safety answer to PHQ-9 item 9/);
    expect(first.text).toContain('route the count to your organisation’s own protocol'.replace('route', 'Route'));
  });

  it('has no horizontal overflow at 390 px; wide tables scroll in their own named, focusable box', async () => {
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      boxes: Array.from(document.querySelectorAll('.scroll')).map((b) => ({ label: b.getAttribute('aria-label'), tabindex: b.getAttribute('tabindex'), scrolls: b.scrollWidth > b.clientWidth })),
    }));
    expect(layout.page).toBeLessThanOrEqual(390);
    expect(layout.boxes.some((b) => b.scrolls)).toBe(true);
    for (const b of layout.boxes) {
      expect(b.label).toBeTruthy();
      expect(b.tabindex).toBe('0');
    }
  });

  it('names every chart, a trend per headline measure among them', async () => {
    const charts = await page.$$eval('figure.chart', (figures) => figures.map((f) => ({ id: f.getAttribute('data-chart'), role: f.querySelector('svg')?.getAttribute('role'), label: f.querySelector('svg')?.getAttribute('aria-label'), title: f.querySelector('svg > title')?.textContent })));
    expect(charts.filter((c) => c.id?.startsWith('trend-')).map((c) => c.id)).toEqual(['trend-phq9', 'trend-gad7', 'trend-who5', 'trend-cbi', 'trend-mbi2', 'trend-sib']);
    for (const c of charts) {
      expect(c.role, c.id!).toBe('img');
      expect(c.label, c.id!).toBeTruthy();
      expect(c.title, c.id!).toBe(c.label);
    }
  });

  it('axe-core finds no serious or critical violation', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
