/**
 * The form exports in a bundle (built package; `npm run build` first): what an app importing one
 * of them pulls in, gzipped, and that it pulls in no instrument and no zod. A legitimate increase
 * means re-measuring and raising the budget in the same commit that causes it.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleApp } from '../scripts/bundle-app.js';

const root = join(import.meta.dirname, '..');

/** Gzipped-byte ceilings (measured 2026-11-22: 4,065 / 874 / 2,537 / 742 / 512 B). */
const budgets = { toRedcapDataDictionary: 4_600, fromRedcapRecords: 1_100, toSurveyJs: 2_900, fromSurveyJsData: 950, answersJsonSchema: 700 };
const from = { toRedcapDataDictionary: 'redcap', fromRedcapRecords: 'redcap', toSurveyJs: 'surveyjs', fromSurveyJsData: 'surveyjs', answersJsonSchema: 'index' } as const;

async function bundle(code: string): Promise<string> {
  return bundleApp(code, root);
}

describe('form exports bundled alone', () => {
  it.each(Object.entries(budgets))('%s: no instrument, no zod, within budget', async (name, budget) => {
    const file = join(root, 'dist', `${from[name as keyof typeof from]}.js`);
    const code = await bundle(`import { ${name} } from ${JSON.stringify(file)}; console.log(${name});`);
    for (const marker of ['ZodError', '$ZodType', 'toJSONSchema']) expect(code, `zod leaked (${marker})`).not.toContain(marker);
    expect(code, 'an instrument leaked').not.toMatch(/["'`](phq9|cbi|mbi|who5)_1["'`]/);
    const bytes = gzipSync(code).length;
    console.log(`size: ${name}: ${bytes} B gzipped (budget ${budget})`);
    expect(bytes).toBeLessThanOrEqual(budget);
  });
});
