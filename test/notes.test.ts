/**
 * The notes split: shipped definitions carry every citation, rule source and evidence level but
 * no prose; each instrument's `<id>Notes` holds the prose, and `withNotes` / `withShippedNotes`
 * put it back for what people read (pages, `show`, the report). The CLI part runs the built
 * binary (`npm run build` first).
 */
import { describe, expect, it } from 'vitest';
import { catalogue, getInstrument, instrumentNotes, instruments, withShippedNotes, type InstrumentId } from '../src/catalogue.js';
import { phq9, phq9Notes } from '../src/instruments/index.js';
import { InstrumentDefinitionSchema } from '../src/schema/definition.js';
import { withNotes } from '../src/schema/notes.js';
import { definitionProblems } from '../src/schema/problems.js';
import type { DefinitionNotes, InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { withItemText } from '../src/scoring/text.js';
import { workspace } from './cli-support.js';

/** Every `note` on a source, benchmark or outcome of a definition. */
const proseOf = (def: InstrumentDefinition) => [...def.sources, ...def.benchmarks, ...(def.outcomes ?? [])].filter((x) => 'note' in x && x.note !== undefined);

describe.each(instruments.map((d) => d.id))('%s', (id) => {
  const def: InstrumentDefinition = getInstrument(id)!;
  const notes = instrumentNotes[id as InstrumentId] as DefinitionNotes;
  const annotated = withShippedNotes(def);

  it('ships no prose in the definition, and keeps every citation, rule source and evidence level', () => {
    expect(proseOf(def)).toEqual([]);
    for (const s of def.sources) expect(s.citation.length, s.id).toBeGreaterThan(20);
    expect(definitionProblems(def)).toEqual([]);
  });
  it('has a note for every source, and names only sources, benchmarks and outcomes of the definition', () => {
    expect(Object.keys(notes.sources ?? {}).sort()).toEqual(def.sources.map((s) => s.id).sort());
    for (const key of Object.keys(notes.benchmarks ?? {})) expect(def.benchmarks.map((b) => b.id)).toContain(key);
    for (const key of Object.keys(notes.outcomes ?? {})) expect((def.outcomes ?? []).map((o) => o.construct)).toContain(key);
  });
  it('with its notes in place is the same definition plus the notes, valid, and scores the same', () => {
    expect(annotated).not.toBe(def);
    expect(withShippedNotes(def)).toBe(annotated);
    expect(Object.isFrozen(annotated) && Object.isFrozen(annotated.sources[0])).toBe(true);
    expect(annotated.sources.map((s) => s.note)).toEqual(def.sources.map((s) => notes.sources?.[s.id as never]));
    expect({ ...annotated, sources: annotated.sources.map(({ note: _, ...s }) => s), benchmarks: annotated.benchmarks.map(({ note: _, ...b }) => b), ...(annotated.outcomes ? { outcomes: annotated.outcomes.map(({ note: _, ...o }) => o) } : {}) }).toEqual(def);
    expect(() => InstrumentDefinitionSchema.parse(annotated)).not.toThrow();
    const answers = def.items.map((item) => def.responseScales.find((r) => r.id === item.responseScale)!.options[1]!.value);
    expect(score(annotated, answers)).toEqual(score(def, answers));
  });
});

describe('withNotes', () => {
  it('puts each note where the definition type holds it, on a copy', () => {
    const annotated = withNotes(phq9, phq9Notes);
    expect(annotated.sources.find((s) => s.id === 'kroenke2001')?.note).toMatch(/sensitivity of 88% and a specificity of 88%/);
    expect(annotated.benchmarks.find((b) => b.id === 'de_covid_2021')?.note).toMatch(/A pandemic sample, not a norm\.$/);
    expect(annotated.sources.find((s) => s.id === 'loinc_questionnaires')?.note).toMatch(/^LOINC panel, item and answer codes/);
    expect(phq9.sources.find((s) => s.id === 'kroenke2001')).not.toHaveProperty('note');
  });
  it('replaces a note the definition has, and leaves parts without a note as they are', () => {
    const own = withNotes(phq9, { sources: { simon2013: 'mine' } });
    expect(withNotes(own, { sources: { simon2013: 'theirs' } }).sources.find((s) => s.id === 'simon2013')?.note).toBe('theirs');
    expect(own.sources.find((s) => s.id === 'kroenke2001')).toBe(phq9.sources.find((s) => s.id === 'kroenke2001'));
    expect(own.benchmarks).toEqual(phq9.benchmarks);
  });
  it('refuses a key that names nothing of the definition, and an empty note', () => {
    expect(() => withNotes(phq9, { sources: { nope: 'x' } } as DefinitionNotes)).toThrow(new TypeError('withNotes: "nope" is not among the sources of phq9'));
    expect(() => withNotes(phq9, { benchmarks: { kroenke2001: 'x' } } as DefinitionNotes)).toThrow(/"kroenke2001" is not among the benchmarks of phq9/);
    expect(() => withNotes(phq9, { outcomes: { burnout: 'x' } } as DefinitionNotes)).toThrow(/"burnout" is not among the outcomes of phq9/);
    expect(() => withNotes(phq9, { sources: { simon2013: ' ' } })).toThrow(/the note for sources "simon2013" must be a non-empty string/);
  });
});

describe('withShippedNotes', () => {
  it('returns any definition that is not the shipped object as it is', () => {
    const licensed = withItemText(catalogue.mbi, { mbi_1: 'wording' });
    expect(withShippedNotes(licensed)).toBe(licensed);
    const lookalike = { ...phq9 };
    expect(withShippedNotes(lookalike)).toBe(lookalike);
  });
});

describe('the command line shows the notes', () => {
  const ws = workspace('wi-notes-');
  it('show prints the benchmark notes, and show --json carries every note as before', async () => {
    const text = await ws.cli(['show', 'phq9']);
    expect(text.code).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('A pandemic sample, not a norm.');
    const json = await ws.cli(['show', 'phq9', '--json']);
    const shown = JSON.parse(json.stdout) as InstrumentDefinition;
    expect(shown).toEqual(JSON.parse(JSON.stringify(withNotes(phq9, phq9Notes))));
  });
});
