/**
 * Attaching licensed item wording at run time.
 *
 * @module
 */
import type { ItemId } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';

/** Wording per item id, and optionally the instructions, as licensed by the instrument's owner. */
export type ItemTexts<D extends InstrumentDefinition> = { readonly [K in ItemId<D>]?: string } & {
  readonly instructions?: string;
};

/**
 * Returns a copy of a definition with licensed wording attached, for instruments whose wording
 * this package does not ship (MBI, WHO-5, PFI, OLBI). Scoring is unchanged; the copy's
 * `licence.itemText` is `true` because it now carries wording. Only the texts you pass are set.
 *
 * @throws {TypeError} for an unknown item id or an empty text (a configuration error).
 *
 * @example
 * ```ts
 * import { mbi, withItemText } from 'wellbeing-instruments';
 * const licensed = withItemText(mbi, { mbi_1: '…wording from your Mind Garden licence…' });
 * ```
 */
export function withItemText<D extends InstrumentDefinition>(definition: D, texts: ItemTexts<D>): D {
  const byId = new Map<string, string>();
  let instructions: string | undefined;
  for (const [key, value] of Object.entries(texts as Record<string, unknown>)) {
    if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`withItemText: the text for "${key}" must be a non-empty string`);
    if (key === 'instructions') instructions = value;
    else if (!definition.items.some((item) => item.id === key)) throw new TypeError(`withItemText: "${key}" is not an item of ${definition.id}`);
    else byId.set(key, value);
  }
  return {
    ...definition,
    ...(instructions === undefined ? {} : { instructions }),
    items: definition.items.map((item) => {
      const text = byId.get(item.id);
      return text === undefined ? item : { ...item, text };
    }),
    licence: { ...definition.licence, itemText: true },
  };
}
