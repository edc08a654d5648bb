/** The generated documentation pages: one per instrument, each saying what a reader needs and never shipping wording the licence keeps back. */
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { cataloguePage } from '../scripts/docs/catalogue-page.js';
import { pickExamples } from '../scripts/docs/examples.js';
import { instrumentPage } from '../scripts/docs/instrument-page.js';

const defs: readonly InstrumentDefinition[] = instruments;

describe.each(defs.map((d) => [d.id, d] as const))('docs/instruments/%s.md', (_id, def) => {
  const page = instrumentPage(def);

  it('has every section the issue asks for', () => {
    for (const h of ['What it measures', 'Developers and citation', 'Items', 'Response options and values', 'Reverse keys', 'Scales', 'Cut-offs', 'Safety flags', 'Benchmarks', 'Licence and notice', 'LOINC codes', 'Worked examples', 'Sources']) {
      expect(page).toContain(`\n## ${h}\n`);
    }
  });

  it('names every item, scale, cut-off and source, and shows the notice', () => {
    for (const x of [...def.items, ...def.scales, ...def.cutoffs]) expect(page).toContain(`\`${x.id}\``);
    for (const s of def.sources) expect(page).toContain(`id="source-${s.id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"`);
    expect(page).toContain(`> ${def.licence.notice}`);
  });

  it('ships wording only where the licence allows, and otherwise says how to obtain it', () => {
    if (def.licence.itemText) {
      for (const i of def.items) if (i.text !== undefined) expect(page).toContain(i.text.replace(/\|/g, '\\|'));
    } else {
      expect(page).toContain('The item wording is **not shipped**');
      expect(page).toContain(`withItemText(${def.id},`);
    }
  });

  it('shows worked examples from the vectors, published ones first', () => {
    const examples = pickExamples(def);
    expect(examples.length).toBeGreaterThan(0);
    for (const c of examples) expect(page).toContain(`Vector \`${c.id}\``);
    const published = examples.filter((c) => c.kind === 'published');
    expect(examples.slice(0, published.length)).toEqual(published);
  });
});

it('the catalogue links every instrument page and guesses no completion time', () => {
  const page = cataloguePage(defs);
  for (const d of defs) expect(page).toContain(`(instruments/${d.id}.md)`);
  expect(page).not.toMatch(/\| *minutes/i);
});
