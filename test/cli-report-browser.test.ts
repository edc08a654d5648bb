/**
 * The report in a real browser: the built binary writes the sample's report, Debian's Chromium
 * (driven by playwright-core) opens it from file:// with every request refused and recorded.
 * Nothing may be requested, nothing may be logged as an error, every chart must be drawn,
 * axe-core must find no serious or critical violation, and the page must print. A full-page
 * screenshot goes to test-artifacts/report.png.
 *
 * Without /usr/bin/chromium the tests skip with a message, except under CI (`CI=true`), where a
 * missing browser is a failure (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../scripts/sample.js';
import { seriousAxeViolations } from './browser-support.js';
import { built, root, workspace } from './cli-support.js';

const executablePath = '/usr/bin/chromium';
const present = existsSync(executablePath);
const underCi = process.env['CI'] === 'true';
const artifacts = join(root, 'test-artifacts');
const lib = await built<typeof import('../src/index.js')>('index');
const ws = workspace('wi-cli-report-browser-');
const instruments = ['phq9', 'gad7', 'who5', 'cbi', 'mbi2', 'sib'];

if (!present && !underCi) console.warn(`test/cli-report-browser.test.ts: skipped, ${executablePath} not found (apt-get install chromium to run the browser tests)`);

it.runIf(underCi)('Chromium is installed under CI, so the report is checked in a browser rather than skipped', () => {
  expect(existsSync(executablePath), `${executablePath} is missing; .ci/run installs it with apt-get`).toBe(true);
});

describe.runIf(present)('the report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const r = await ws.cli(['report', SAMPLE_PATH, '-i', instruments.join(','), '-o', 'report.html', '--allow-invalid', '-q']);
    expect(r.code, r.stderr).toBe(0);
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    // bypassCSP lets the test inject axe-core into a page whose policy allows no script.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === reportUrl()) return route.continue();
      requested.push(url);
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (request) => {
      if (request.url() !== reportUrl()) requested.push(request.url());
    });
    await page.goto(reportUrl(), { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const reportUrl = () => pathToFileURL(join(ws.dir, 'report.html')).href;

  it('opens offline: no request but the file itself, no console error, no page error', () => {
    expect(requested).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws every chart: one per scale of each instrument and the comparison, each named and not empty', async () => {
    const scales = instruments.flatMap((id) => lib.getInstrument(id)!.scales.map((s) => `${id}-${s.id.replaceAll('_', '-')}`));
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return {
          id: f.getAttribute('data-chart'),
          label: svg?.getAttribute('aria-label') ?? null,
          title: svg?.querySelector(':scope > title')?.textContent ?? null,
          role: svg?.getAttribute('role') ?? null,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          marks: svg?.querySelectorAll('rect, circle, path, line').length ?? 0,
          bars: svg?.querySelectorAll('rect > title').length ?? 0,
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual([...scales, 'comparison']);
    for (const c of charts) {
      expect(c.role, c.id!).toBe('img');
      expect(c.label, c.id!).toBeTruthy();
      expect(c.title, c.id!).toBe(c.label);
      expect(c.width, c.id!).toBeGreaterThan(300);
      expect(c.height, c.id!).toBeGreaterThan(150);
      expect(c.marks, c.id!).toBeGreaterThan(10);
      if (c.id !== 'comparison') expect(c.bars, c.id!).toBeGreaterThan(0);
    }
  });

  it('axe-core finds no serious or critical violation', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('has one h1, then h2 per section and h3 within, every table with a caption and header cells', async () => {
    const outline = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      skipped: Array.from(document.querySelectorAll('h1, h2, h3, h4')).map((h) => Number(h.tagName[1])).filter((level, i, all) => i > 0 && level > all[i - 1]! + 1).length,
      tables: Array.from(document.querySelectorAll('table')).map((t) => ({ caption: t.querySelector('caption')?.textContent?.trim() ?? '', headers: t.querySelectorAll('th').length })),
    }));
    expect(outline.h1).toBe(1);
    expect(outline.skipped).toBe(0);
    for (const t of outline.tables) {
      expect(t.caption.length, JSON.stringify(t)).toBeGreaterThan(0);
      expect(t.headers, t.caption).toBeGreaterThan(0);
    }
  });

  it('prints: a PDF of several pages, and a full-page screenshot in test-artifacts/report.png', async () => {
    const path = join(artifacts, 'report.png');
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(instruments.length);
    await page.emulateMedia({ media: 'screen' });
  });
});
