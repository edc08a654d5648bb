/**
 * Tree-shaking and size budget, measured on the built package (`npm run build` first): bundle
 * what an app would write, minify, and grep for what must not be there. A legitimate increase
 * means re-measuring and raising the budget in the same commit that causes it.
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleApp } from '../scripts/bundle-app.js';
import { getInstrument, instrumentNotes, type InstrumentId } from '../src/catalogue.js';

const root = join(import.meta.dirname, '..');

/**
 * Gzipped-byte ceilings (measured 2026-11-22, raised 2026-12-04; see CHANGELOG): `score` alone, and
 * `score` with any one instrument; `summarize` from the cohort subpath (the engine and the
 * statistics) and `outcomesFor` with `score` and the CBI. An instrument's size is mostly its
 * citations and item wording; its notes are a module of their own. Raised by about 1.1 kB
 * on 2026-12-04 (score alone 6,235 → 7,353 B, mmdhp + score 10,297 → 11,468 B): options read as
 * carefully as answers with their messages, issue severities, user-supplied rules in provenance,
 * frozen definitions and DefinitionError for malformed ones; and by the evidence levels on every
 * rule (in the definitions and in provenance): score alone 7,823 B, { mbi, score } 12,067 B,
 * summarize 13,915 B, outcomesFor + score + cbi 12,876 B when both landed. Lowered on 2026-12-04
 * when the notes (what each source is cited for, benchmark and outcome notes) moved out of the
 * definitions into each instrument's `<id>Notes` (issue 18): { phq9, score } 11,498 → 10,725 B,
 * the largest { X, score } (mbi) 12,064 → 10,862 B, { phq9 } alone 3,825 → 3,054 B. `phq9` is the
 * budget of the README's example; issue 18 aims at 7,000 B once the engine is at most 5,000 B.
 * Engine (issue 18): score alone 7,833 B after text answers moved to the text reader, one scheme
 * chooser and no inline cross-multiplication paths (which paid for the reused reading state and
 * the for-in reading of keyed answers).
 */
export const budgets = { score: 7_850, instrument: 11_000, phq9: 10_800, summarize: 14_200, outcomesFor: 13_100 };

const ids = readdirSync(join(root, 'src/instruments')).filter((n) => statSync(join(root, 'src/instruments', n)).isDirectory());
/** Any item id of instrument `id`, as a string literal in minified code. */
const itemMarker = (id: string) => new RegExp(`["'\`]${id}_1["'\`_]`);

const bundle = (code: string) => bundleApp(code, root, { 'wellbeing-instruments': join(root, 'dist/index.js') });

const zodMarkers = ['ZodError', '$ZodType', 'zod', 'toJSONSchema'];

/**
 * A stretch of each of an instrument's notes that appears verbatim in minified code (the longest
 * run of printable ASCII without quotes or backslashes, which a minifier does not escape), left out
 * where the definition itself holds that stretch (a note quoting a LOINC display, say).
 */
const noteMarkers = (id: string): string[] => {
  const notes = instrumentNotes[id as InstrumentId] as { readonly [part: string]: Readonly<Record<string, string>> };
  const definition = JSON.stringify(getInstrument(id));
  return Object.values(notes)
    .flatMap((part) => Object.values(part))
    .map((note) => (note.match(/[ !#-&(-[\]-~]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), ''))
    .filter((marker) => marker.length >= 20 && !definition.includes(marker));
};

describe('tree-shaking', () => {
  it('{ phq9, score } from the package root pulls in no other instrument and no zod', async () => {
    const code = await bundle('import { phq9, score } from "wellbeing-instruments"; console.log(score(phq9, [0,0,0,0,0,0,0,0,1,0]));');
    expect(code).toMatch(itemMarker('phq9'));
    for (const id of ids) if (id !== 'phq9') expect(code, `${id} leaked`).not.toMatch(itemMarker(id));
    for (const m of zodMarkers) expect(code, `zod leaked (${m})`).not.toContain(m);
  });
  it.each(ids)('{ %s, score } pulls in no other instrument, none of its notes and no zod', async (id) => {
    const code = await bundle(`import { ${id}, score } from "wellbeing-instruments"; console.log(score(${id}, {}));`);
    expect(code).toMatch(itemMarker(id));
    for (const other of ids) if (other !== id) expect(code, `${other} leaked`).not.toMatch(itemMarker(other));
    for (const note of noteMarkers(id)) expect(code, `a note leaked: ${note}`).not.toContain(note);
    for (const m of zodMarkers) expect(code, `zod leaked (${m})`).not.toContain(m);
  });
  it('{ score } carries no code generator; { compileScorer } does (it is opt-in, so CSP-safe bundles stay free of new Function)', async () => {
    const plain = await bundle('import { phq9, score } from "wellbeing-instruments"; console.log(score(phq9, []));');
    const generating = await bundle('import { phq9, compileScorer } from "wellbeing-instruments"; console.log(compileScorer(phq9)([]));');
    for (const marker of ['new Function', 'scoreGenerated']) {
      expect(plain, marker).not.toContain(marker);
      expect(generating, marker).toContain(marker);
    }
  });
  it('{ phq9Notes } carries the notes (the markers above can be found)', async () => {
    const code = await bundle('import { phq9Notes } from "wellbeing-instruments"; console.log(phq9Notes);');
    const markers = noteMarkers('phq9');
    expect(markers.length).toBe(8);
    for (const note of markers) {
      expect(note.length).toBeGreaterThan(40);
      expect(code).toContain(note);
    }
  });
});

describe('tree-shaking of the compare and cohort layers', () => {
  const cohort = JSON.stringify(join(root, 'dist/cohort.js'));
  it('{ summarize } from the cohort subpath pulls in no instrument and no zod', async () => {
    const code = await bundle(`import { summarize } from ${cohort}; console.log(summarize);`);
    for (const id of ids) expect(code, `${id} leaked`).not.toMatch(itemMarker(id));
    for (const m of zodMarkers) expect(code, `zod leaked (${m})`).not.toContain(m);
  });
  it('{ outcomesFor, score, cbi } pulls in no other instrument (no catalogue) and no zod', async () => {
    const code = await bundle('import { outcomesFor, score, cbi } from "wellbeing-instruments"; console.log(outcomesFor(cbi, score(cbi, [])));');
    expect(code).toMatch(itemMarker('cbi'));
    for (const id of ids) if (id !== 'cbi') expect(code, `${id} leaked`).not.toMatch(itemMarker(id));
    for (const m of zodMarkers) expect(code, `zod leaked (${m})`).not.toContain(m);
  });
});

describe('size budget (gzipped bytes)', () => {
  const measure = async (name: string, code: string, budget: number) => {
    const bytes = gzipSync(await bundle(code)).length;
    console.log(`size: ${name}: ${bytes} B gzipped (budget ${budget})`);
    expect(bytes).toBeLessThanOrEqual(budget);
  };
  it('score alone', () => measure('{ score }', 'import { score } from "wellbeing-instruments"; console.log(score);', budgets.score));
  it('phq9 from its own subpath + score', () =>
    measure('{ phq9 } subpath + score', `import { phq9 } from ${JSON.stringify(join(root, 'dist/instruments/phq9.js'))}; import { score } from "wellbeing-instruments"; console.log(score(phq9, []));`, budgets.phq9));
  it('phq9 + score from the package root (the README example)', () =>
    measure('{ phq9, score }', 'import { phq9, score } from "wellbeing-instruments"; console.log(score(phq9, []));', budgets.phq9));
  it('summarize from the cohort subpath', () => measure('{ summarize } (cohort)', `import { summarize } from ${JSON.stringify(join(root, 'dist/cohort.js'))}; console.log(summarize);`, budgets.summarize));
  it('outcomesFor + score + cbi', () => measure('{ outcomesFor, score, cbi }', 'import { outcomesFor, score, cbi } from "wellbeing-instruments"; console.log(outcomesFor(cbi, score(cbi, [])));', budgets.outcomesFor));
  it.each(ids)('{ %s, score }', (id) => measure(`{ ${id}, score }`, `import { ${id}, score } from "wellbeing-instruments"; console.log(score(${id}, []));`, budgets.instrument));
});
