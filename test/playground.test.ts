/**
 * The playground in a real browser: Debian's Chromium driven by playwright-core, the page loaded
 * from file:// with every other request refused. PHQ-9 and CBI are answered by clicks and by
 * keyboard, and what the page shows is compared with `score()`; axe-core checks accessibility;
 * every instrument is loaded and answered once. Screenshots go to test-artifacts/.
 *
 * Without /usr/bin/chromium the tests skip with a message, except under CI (`CI=true`), where a
 * missing browser is a failure (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePath, buildPlayground, playgroundDir, root } from '../scripts/build-playground.js';
import { seriousAxeViolations } from './browser-support.js';
import { cbi, instruments, phq9, score } from '../src/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';

const executablePath = '/usr/bin/chromium';
const present = existsSync(executablePath);
const underCi = process.env['CI'] === 'true';
const artifacts = join(root, 'test-artifacts');
const pageUrl = pathToFileURL(join(playgroundDir, 'index.html')).href;

if (!present && !underCi) console.warn(`test/playground.test.ts: skipped, ${executablePath} not found (apt-get install chromium to run the browser tests)`);

it.runIf(underCi)('Chromium is installed under CI, so the browser tests run rather than skip', () => {
  expect(existsSync(executablePath), `${executablePath} is missing; .ci/run installs it with apt-get`).toBe(true);
});

describe.runIf(present)('playground in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    if (!existsSync(bundlePath)) await buildPlayground();
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    // bypassCSP lets the test inject axe-core into a page whose policy allows no inline script.
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true, acceptDownloads: true });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('blob:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(id: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${pageUrl}#${id}`);
    await page.waitForSelector(`fieldset[data-item="${id}_1"], fieldset[data-item="${id}_1_frequency"]`);
  }

  /** Clicks the label of an option, as a person with a mouse would. */
  async function click(item: string, value: number): Promise<void> {
    await page.click(`label[for="${item}-${value}"]`);
  }

  /**
   * Answers the next question by keyboard: Tab into its radio group (focus lands on the first
   * option), Space to choose it, then an arrow key per step down the list of options.
   */
  async function keyboard(steps: number): Promise<void> {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  }

  async function shown(def: InstrumentDefinition) {
    return page.evaluate((ids) => {
      const scales = Object.fromEntries(ids.scales.map((id) => {
        const row = document.querySelector<HTMLElement>(`tr[data-scale="${id}"]`)!;
        return [id, { value: row.dataset['value'] === 'null' ? null : Number(row.dataset['value']), band: row.dataset['band'] || null, text: row.querySelector('.value')!.textContent, bandText: row.querySelector('.band')!.textContent }];
      }));
      const cutoffs = Object.fromEntries(ids.cutoffs.map((id) => [id, document.querySelector<HTMLElement>(`li[data-cutoff="${id}"]`)!.dataset['state']]));
      const flags = Array.from(document.querySelectorAll<HTMLElement>('li[data-flag]')).map((li) => ({ id: li.dataset['flag'], status: li.dataset['status'], text: li.textContent }));
      return { scales, cutoffs, flags };
    }, { scales: def.scales.map((s) => s.id), cutoffs: def.cutoffs.map((c) => c.id) });
  }

  async function expectShownEqualsScore(def: InstrumentDefinition, answers: Record<string, number | null>): Promise<void> {
    const expected = score(def, answers);
    const got = await shown(def);
    for (const s of def.scales) {
      const r = expected.scales[s.id]!;
      expect(got.scales[s.id]?.value, s.id).toBe(r.value);
      expect(got.scales[s.id]?.band, s.id).toBe(r.band?.id ?? null);
      if (r.value !== null) expect(got.scales[s.id]?.text).toBe(String(Number(r.value.toFixed(2))));
      expect(got.scales[s.id]?.bandText).toBe(r.band?.label ?? '—');
    }
    for (const c of def.cutoffs) expect(got.cutoffs[c.id], c.id).toBe(String(expected.cutoffs[c.id]));
    expect(got.flags.map((f) => ({ id: f.id, status: f.status }))).toEqual(expected.flags.map((f) => ({ id: f.id, status: f.status })));
  }

  it('PHQ-9 answered by clicks and keyboard shows what score() gives, and the item-9 flag', async () => {
    await open('phq9');
    expect((await shown(phq9)).flags).toEqual([expect.objectContaining({ id: 'suicidal_ideation', status: 'unanswered' })]);
    const values = [2, 2, 2, 2, 1, 1, 2, 0, 1];
    for (const [i, v] of values.slice(0, 4).entries()) await click(`phq9_${i + 1}`, v);
    await expectShownEqualsScore(phq9, { phq9_1: 2, phq9_2: 2, phq9_3: 2, phq9_4: 2 });
    for (const v of values.slice(4)) await keyboard(v);
    const answers = Object.fromEntries(values.map((v, i) => [`phq9_${i + 1}`, v]));
    await expectShownEqualsScore(phq9, answers);
    const got = await shown(phq9);
    expect(got.scales['total']).toMatchObject({ value: 13, band: 'moderate', text: '13', bandText: 'Moderate' });
    expect(got.cutoffs['positive_screen']).toBe('true');
    expect(got.flags).toEqual([expect.objectContaining({ id: 'suicidal_ideation', status: 'positive' })]);
    expect(await page.locator('li[data-flag="suicidal_ideation"]').isVisible()).toBe(true);
    expect(await page.locator('#flags').getAttribute('aria-live')).toBe('assertive');
    expect(await page.locator('#live').getAttribute('aria-live')).toBe('polite');
    await page.screenshot({ path: join(artifacts, 'playground-phq9.png'), fullPage: true });
  });

  it('CBI answered by clicks and keyboard follows score(), its missing-data rule and its reverse key', async () => {
    await open('cbi');
    const answers: Record<string, number | null> = Object.fromEntries(cbi.items.map((i) => [i.id, null]));
    for (const [id, v] of [['cbi_1', 75], ['cbi_2', 50]] as const) {
      await click(id, v);
      answers[id] = v;
    }
    await expectShownEqualsScore(cbi, answers); // 2 of 6: personal not scored yet
    expect((await shown(cbi)).scales['personal']?.value).toBeNull();
    await click('cbi_3', 75);
    answers['cbi_3'] = 75;
    await expectShownEqualsScore(cbi, answers); // 3 of 6: scored, ≥ 50
    // Items 4–13 by keyboard; options run from 100 (Always) down to 0, so a step down is 25 less.
    for (let n = 4; n <= 13; n++) {
      const steps = n % 5;
      await keyboard(steps);
      answers[`cbi_${n}`] = 100 - 25 * steps;
    }
    await expectShownEqualsScore(cbi, answers);
    await page.screenshot({ path: join(artifacts, 'playground-cbi.png'), fullPage: true });
  });

  it('axe-core finds no serious or critical violation (PHQ-9 answered, WHO-5 with topics)', async () => {
    for (const id of ['phq9', 'who5']) {
      await open(id);
      if (id === 'phq9') await click('phq9_9', 1);
      expect(await seriousAxeViolations(page), id).toEqual([]);
    }
  });

  it('every instrument loads offline, shows its notice, says when wording is not shipped, and scores as score()', async () => {
    const defs: readonly InstrumentDefinition[] = instruments;
    await open('phq9');
    for (const def of defs) {
      await page.selectOption('#instrument', def.id);
      expect(await page.locator('fieldset').count(), def.id).toBe(def.items.length);
      expect(await page.locator('#notice').textContent()).toBe(def.licence.notice);
      const legends = await page.locator('legend').allTextContents();
      if (def.licence.itemText) {
        expect(legends.join('\n')).not.toContain('wording not shipped');
      } else {
        expect(await page.locator('#wording').textContent()).toContain('not shipped');
        expect(legends.every((l) => l.includes('(topic; wording not shipped)')), def.id).toBe(true);
        for (const [i, item] of def.items.entries()) expect(legends[i]).toContain(item.topic);
      }
      // Answer every item with its last option through the page, then compare with score().
      const answers = Object.fromEntries(def.items.map((i) => {
        const options = def.responseScales.find((r) => r.id === i.responseScale)!.options;
        return [i.id, options[options.length - 1]!.value];
      }));
      await page.evaluate((a) => {
        for (const [id, v] of Object.entries(a)) document.querySelector<HTMLInputElement>(`input[name="${id}"][value="${v}"]`)!.click();
      }, answers);
      await expectShownEqualsScore(def, answers);
    }
    await page.screenshot({ path: join(artifacts, 'playground-who5.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens on PHQ-9 (its wording is shipped) when no instrument is named', async () => {
    await page.goto('about:blank');
    await page.goto(pageUrl);
    await page.waitForSelector('fieldset[data-item="phq9_1"]');
    expect(await page.locator('#instrument').inputValue()).toBe('phq9');
    expect(await page.locator('#title').textContent()).toBe(`${phq9.shortName}: ${phq9.name}`);
    expect(await page.locator('legend').first().textContent()).toBe(`1. ${phq9.items[0]!.text!}`);
  });

  it('says in words why a scale has no value, never a reason code', async () => {
    await open('cbi');
    await click('cbi_1', 75);
    const texts = await page.locator('#scales .value').allTextContents();
    expect(texts[0]).toBe('not enough answers yet (1 of 6 answered)');
    for (const t of texts) expect(t).not.toMatch(/insufficient_answers|invalid_answers|_/);
  });

  it('fits a 390 px phone screen, every instrument: nothing wider than the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      for (const def of instruments) {
        await phone.goto('about:blank');
        await phone.goto(`${pageUrl}#${def.id}`);
        await phone.waitForSelector('fieldset');
        const wide = await phone.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const over = Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > width + 0.5);
          return { scroll: document.documentElement.scrollWidth, width, over: over.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}#${e.id}`) };
        });
        expect(wide.over, def.id).toEqual([]);
        expect(wide.scroll, def.id).toBeLessThanOrEqual(wide.width);
      }
      await phone.goto(`${pageUrl}#phq9`);
      await phone.screenshot({ path: join(artifacts, 'playground-phone.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  it('downloads the answers, the FHIR Questionnaire and the SurveyJS JSON', async () => {
    await open('phq9');
    await click('phq9_1', 3);
    const read = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
    };
    const a = await read('#download-answers');
    expect(a.name).toBe('phq9-answers.json');
    expect(a.json).toMatchObject({ instrument: 'phq9', answers: { phq9_1: 3, phq9_2: null } });
    const f = await read('#download-fhir');
    expect(f.json['resourceType']).toBe('Questionnaire');
    const s = await read('#download-surveyjs');
    expect(Array.isArray(s.json['pages'])).toBe(true);
  });
});
