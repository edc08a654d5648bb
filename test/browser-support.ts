/** What the browser tests share: where Chromium is, and axe-core's serious and critical findings on a page. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs (playwright cannot download browsers here). */
export const CHROMIUM = '/usr/bin/chromium';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations of impact serious or critical on the page as it is now (`[]` when clean). */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } };
    const r = await w.axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
