/**
 * Words the form exports share: an item's label (its wording only where the licence lets this
 * package ship it), the note that stands in for wording that is not shipped, a scale's rule in
 * a sentence, and the citations behind a scale.
 *
 * @internal
 * @module
 */
import type { InstrumentDefinition, Item, Scale } from '../schema/types.js';

/** The item's published wording where the definition may carry it, else its topic. */
export function itemLabel(definition: InstrumentDefinition, item: Item): { readonly label: string; readonly wording: boolean } {
  return definition.licence.itemText && item.text !== undefined ? { label: item.text, wording: true } : { label: item.topic, wording: false };
}

/** Said wherever an item shows its topic because its wording is not included. */
export function wordingNote(definition: InstrumentDefinition): string {
  return `Item wording not included (© ${definition.licence.holder}: ${definition.licence.terms}); this label is a topic in our own words. Attach the licensed wording with withItemText() before use.`;
}

const times = (n: number): string => String(n).replace('-', '−');
/** A constant added at the end of a rule: ` + 3`, ` − 1.5`, nothing for 0. */
const plus = (add: number): string => (add < 0 ? ` − ${-add}` : add > 0 ? ` + ${add}` : '');

/** A scale's computation and missing-data rule in a sentence, as the exported formula applies it. */
export function ruleSentence(definition: InstrumentDefinition, scale: Scale): string {
  const m = scale.method;
  const label = (id: string) => definition.scales.find((s) => s.id === id)?.label ?? id;
  const reversed = scale.items.filter((id) => definition.items.find((i) => i.id === id)?.reverse === true).length;
  const reverse = reversed === 0 ? '' : `, ${reversed} reverse-keyed`;
  switch (m.kind) {
    case 'sum':
    case 'mean':
      return scale.missing.kind === 'min_answered'
        ? `${m.kind === 'mean' ? 'Mean' : 'Sum'} of the answered items (${scale.items.length} items${reverse}); blank unless at least ${scale.missing.min} are answered.`
        : `${m.kind === 'mean' ? 'Mean' : 'Sum'} of ${scale.items.length} items${reverse}; blank unless every item is answered.`;
    case 'product_sum':
      return `Sum of the products of ${m.pairs.length} item pairs${reverse}; blank unless every item is answered.`;
    case 'linear':
      return `${label(m.of)} × ${times(m.multiply)}${plus(m.add)}; blank when ${label(m.of)} is blank.`;
    case 'lookup':
      return `${label(m.of)} converted with the published table (${m.table.length} rows); blank when ${label(m.of)} is blank.`;
    case 'composite':
      return `${m.terms.map((t) => `${times(t.weight)} × ${label(t.scale)}`).join(' + ')}${plus(m.add)}; blank when any term is blank.`;
  }
}

/** The citations of the sources a scale's rules name (method, items, missing-data rule). */
export function scaleCitations(definition: InstrumentDefinition, scale: Scale): string[] {
  const ids = scale.missing.kind === 'min_answered' ? [...scale.sources, ...scale.missing.sources] : scale.sources;
  return [...new Set(ids)].flatMap((id) => {
    const source = definition.sources.find((s) => s.id === id);
    return source === undefined ? [] : [source.citation];
  });
}
