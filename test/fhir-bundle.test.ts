/**
 * The built `wellbeing-instruments/fhir` subpath (`npm run build` first): it pulls in no
 * instrument and no zod, and stays within its size budget. A legitimate increase means
 * re-measuring and raising the budget in the same commit that causes it.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleApp } from '../scripts/bundle-app.js';

const root = join(import.meta.dirname, '..');
const ids = readdirSync(join(root, 'src/instruments')).filter((n) => statSync(join(root, 'src/instruments', n)).isDirectory());

/** Gzipped-byte ceilings (measured 2026-11-22: 3,916 B and 10,135 B). */
// The whole layer: 11,963 B measured 2026-12-04 once evidence levels, the developer API and the FHIR fixes (weights, POS/NEG, maxDecimalPlaces) landed together.
const budgets = { toFhirQuestionnaire: 4_500, layer: 12_300 };

const bundle = (code: string) => bundleApp(code, root, { 'wellbeing-instruments/fhir': join(root, 'dist/fhir.js') });

describe('wellbeing-instruments/fhir bundle', () => {
  it.each([
    ['{ toFhirQuestionnaire }', 'import { toFhirQuestionnaire } from "wellbeing-instruments/fhir"; console.log(toFhirQuestionnaire);', budgets.toFhirQuestionnaire],
    ['the whole layer', 'import * as fhir from "wellbeing-instruments/fhir"; console.log(fhir);', budgets.layer],
  ])('%s: no instrument, no zod, within budget', async (name, code, budget) => {
    const text = await bundle(code);
    for (const id of ids) expect(text, `${id} leaked`).not.toMatch(new RegExp(`["'\`]${id}_1["'\`_]`));
    for (const m of ['ZodError', '$ZodType', 'toJSONSchema']) expect(text, `zod leaked (${m})`).not.toContain(m);
    const bytes = gzipSync(text).length;
    console.log(`size: ${name} from wellbeing-instruments/fhir: ${bytes} B gzipped (budget ${budget})`);
    expect(bytes).toBeLessThanOrEqual(budget);
  });
});
