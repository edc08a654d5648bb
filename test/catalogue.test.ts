/** Sweeps every shipped instrument for the invariants of design.md §9. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, getInstrument, instruments, listInstruments } from '../src/catalogue.js';
import { InstrumentDefinitionSchema } from '../src/schema/definition.js';
import { definitionProblems, evidenceProblems } from '../src/schema/problems.js';
import type { ScaleResult } from '../src/schema/result.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';

const folders = readdirSync(join(import.meta.dirname, '../src/instruments')).filter((n) =>
  statSync(join(import.meta.dirname, '../src/instruments', n)).isDirectory(),
);

/** Answers giving every item its lowest (or highest) scored value, reverse keys included. */
function extreme(def: InstrumentDefinition, which: 'low' | 'high'): Record<string, number> {
  return Object.fromEntries(
    def.items.map((item) => {
      const values = def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
      const pickLow = (which === 'low') !== (item.reverse === true);
      return [item.id, pickLow ? Math.min(...values) : Math.max(...values)];
    }),
  );
}

describe('catalogue', () => {
  it('holds one instrument per folder, in id order', () => {
    expect(instruments.map((d) => d.id)).toEqual(folders);
    expect(Object.keys(catalogue)).toEqual(folders);
  });
  it('getInstrument finds every id and nothing else', () => {
    for (const id of folders) expect(getInstrument(id)?.id).toBe(id);
    for (const id of ['nope', '__proto__', 'constructor', 'toString']) expect(getInstrument(id)).toBeUndefined();
  });
  it('listInstruments filters by construct', () => {
    expect(listInstruments({ construct: 'burnout' }).map((d) => d.id)).toEqual(['bat12', 'bat23', 'cbi', 'mbi', 'mbi2', 'olbi', 'pfi', 'proqol5', 'sib', 'smbm']);
    expect(listInstruments({ construct: 'engagement' }).map((d) => d.id)).toEqual(['uwes17', 'uwes9']);
    expect(listInstruments({ construct: 'moral_distress' }).map((d) => d.id)).toEqual(['mmdhp']);
    expect(listInstruments().length).toBe(folders.length);
  });
});

describe.each(folders)('%s', (folder) => {
  const def = getInstrument(folder)!;

  it('exports itself under its folder name from its own module, and its notes as <id>Notes', async () => {
    const mod = (await import(/* @vite-ignore */ join(import.meta.dirname, '../src/instruments', folder, 'index.ts'))) as Record<string, InstrumentDefinition>;
    expect(Object.keys(mod).sort()).toEqual([folder, `${folder}Notes`]);
    expect(mod[folder]!.id).toBe(folder);
  });
  it('is valid against the schema, with every reference resolved and every rule cited', () => {
    expect(() => InstrumentDefinitionSchema.parse(def)).not.toThrow();
    expect(definitionProblems(def)).toEqual([]);
  });
  it('states the evidence of every band scheme, cut-off, flag, published missing-data rule, conversion table and benchmark, and the kind of every source', () => {
    expect(evidenceProblems(def)).toEqual([]);
  });
  it('uses only primary or secondary facts without the caller choosing them', () => {
    const weak = (e: { readonly level: string } | undefined) => e?.level === 'single_secondary';
    for (const scale of def.scales) for (const scheme of scale.bandSchemes) if (scheme.default === true) expect(weak(scheme.evidence), `${scale.id}/${scheme.id}`).toBe(false);
    for (const cutoff of def.cutoffs) {
      if (cutoff.schemes === undefined) expect(weak(cutoff.evidence), cutoff.id).toBe(false);
      else for (const s of cutoff.schemes) if (s.default === true) expect(weak(s.evidence), `${cutoff.id}/${s.id}`).toBe(false);
    }
    for (const flag of def.flags) expect(weak(flag.evidence), flag.id).toBe(false);
  });
  it('numbers its items 1…n as <id>_<n> (or <id>_<n>_<part> for an item rated twice)', () => {
    const numbers = [...new Set(def.items.map((i) => i.number))];
    expect(numbers).toEqual(numbers.map((_, k) => k + 1));
    for (const item of def.items) expect(item.id).toMatch(new RegExp(`^${def.id}_${item.number}(_[a-z][a-z0-9]*)?$`));
  });
  it('ships item wording only with text rights', () => {
    const withText = def.items.filter((i) => i.text !== undefined);
    if (def.licence.itemText) expect(withText.length).toBe(def.items.length);
    else {
      expect(withText).toEqual([]);
      expect(def.instructions).toBeUndefined();
    }
  });
  it('reaches exactly its declared range with every item at its extremes', () => {
    const low = score(def, extreme(def, 'low'));
    const high = score(def, extreme(def, 'high'));
    expect(low.valid && high.valid).toBe(true);
    for (const scale of def.scales) {
      const a = (low.scales as Record<string, ScaleResult>)[scale.id]!.value!;
      const b = (high.scales as Record<string, ScaleResult>)[scale.id]!.value!;
      expect([Math.min(a, b), Math.max(a, b)], scale.id).toEqual([scale.range[0], scale.range[1]]);
    }
  });
  it('declares one harmonised outcome for each construct it measures', () => {
    expect((def.outcomes ?? []).map((o) => o.construct).sort()).toEqual([...def.constructs].sort());
  });
  it('has bands that start at the range minimum and stay inside the range', () => {
    for (const scale of def.scales) {
      for (const scheme of scale.bandSchemes) {
        expect(scheme.bands[0]!.min).toBe(scale.range[0]);
        for (const band of scheme.bands) expect(band.min).toBeLessThanOrEqual(scale.range[1]);
      }
    }
  });
  it('scores nothing and flags nothing negative when nothing is answered', () => {
    const r = score(def, {});
    expect(r.valid).toBe(true);
    for (const s of Object.values(r.scales)) expect(s.value).toBeNull();
    for (const c of Object.values(r.cutoffs)) expect(c).toBeNull();
    expect(r.flags.every((f) => f.status === 'unanswered')).toBe(true);
  });
  it('describes every benchmark with an ISO 3166 country, a plausible year and values inside the range', () => {
    for (const b of def.benchmarks) {
      expect(b.country, b.id).toMatch(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/);
      expect(b.year, b.id).toBeGreaterThanOrEqual(1975);
      expect(b.year, b.id).toBeLessThanOrEqual(2026);
      const scale = def.scales.find((s) => s.id === b.scale);
      if (b.mean !== undefined) expect(b.mean, b.id).toBeGreaterThanOrEqual(scale!.range[0]);
      if (b.mean !== undefined) expect(b.mean, b.id).toBeLessThanOrEqual(scale!.range[1]);
      for (const d of b.distribution ?? []) expect(d.value, b.id).toBeGreaterThanOrEqual(scale!.range[0]);
    }
  });
  it('cites a source for every benchmark and licence', () => {
    const ids = new Set(def.sources.map((s) => s.id));
    for (const b of def.benchmarks) for (const s of b.sources) expect(ids.has(s)).toBe(true);
    for (const s of def.licence.sources) expect(ids.has(s)).toBe(true);
    expect(def.licence.notice.length).toBeGreaterThan(0);
  });
});
