/**
 * Worked examples for an instrument page, taken from its known-answer vectors (src/testing):
 * every published example, then a few boundary, reverse-key and missing-data cases. The test
 * suite checks each vector against `score()`, so the examples cannot drift from the engine.
 */
import type { InstrumentDefinition } from '../../src/schema/types.js';
import { vectorsFor } from '../../src/testing/generate.js';
import type { KnownAnswerCase } from '../../src/testing/types.js';
import { num, table } from './markdown.js';

/** The cases shown: published ones, then below/at the first threshold, a reverse key and a missing-data case. */
export function pickExamples(def: InstrumentDefinition): KnownAnswerCase[] {
  const cases = vectorsFor(def).cases.filter((c) => c.options === undefined && !Array.isArray(c.answers));
  const boundaries = cases.filter((c) => c.kind === 'boundary');
  const firstCutoff = boundaries.find((c) => c.id.startsWith('cut-off'));
  const label = (firstCutoff ?? boundaries[0])?.id.replace(/ :(below|at|above)$/, '');
  return [
    ...cases.filter((c) => c.kind === 'published'),
    ...(label === undefined ? [] : boundaries.filter((c) => c.id === `${label} :below` || c.id === `${label} :at`)),
    ...cases.filter((c) => c.kind === 'reverse_key').slice(0, 1),
    ...cases.filter((c) => c.kind === 'missing' && c.id !== 'nothing answered').slice(0, 1),
  ];
}

function answersLine(def: InstrumentDefinition, answers: Readonly<Record<string, unknown>>): string {
  const given = def.items.filter((i) => answers[i.id] !== undefined && answers[i.id] !== null).map((i) => `${i.id}: ${String(answers[i.id])}`);
  const blank = def.items.filter((i) => answers[i.id] === undefined || answers[i.id] === null).map((i) => i.id);
  return `\`{ ${given.join(', ')} }\`${blank.length > 0 ? ` — unanswered: ${blank.join(', ')}` : ''}`;
}

function example(def: InstrumentDefinition, c: KnownAnswerCase): string {
  const e = c.expected;
  const rows = def.scales.map((s) => {
    const v = e.scales[s.id];
    return [`\`${s.id}\``, v === null || v === undefined ? '`null`' : num(v), e.bands[s.id] === undefined ? '—' : e.bands[s.id] === null ? '`null`' : `\`${e.bands[s.id]}\``];
  });
  const cutoffs = Object.entries(e.cutoffs).map(([id, v]) => `\`${id}\` = ${String(v)}`);
  return [
    `### ${c.kind === 'published' ? 'Published' : c.kind.replace('_', ' ')}: ${c.checks}`,
    '',
    `Answers: ${answersLine(def, c.answers as Readonly<Record<string, unknown>>)}`,
    '',
    table(['scale', 'value', 'band (default scheme)'], rows),
    '',
    ...(cutoffs.length > 0 ? [`Cut-offs: ${cutoffs.join(', ')}.`, ''] : []),
    `Vector \`${c.id}\` · source: ${c.source}`,
  ].join('\n');
}

export function examplesSection(def: InstrumentDefinition): string {
  const intro = `Taken from the known-answer vectors (\`vectors(${JSON.stringify(def.id)})\` in \`wellbeing-instruments/testing\`, shipped as \`vectors/${def.id}.json\`); the test suite checks every vector against \`score()\`. Values are printed to 12 significant digits; the vectors hold full precision.`;
  return [intro, ...pickExamples(def).map((c) => example(def, c))].join('\n\n');
}
