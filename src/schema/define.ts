/**
 * `defineInstrument`: a definition of your own (a pulse survey, a local instrument, a shipped
 * one adapted), checked once at the boundary, e.g. when it is read from JSON.
 *
 * @module
 */
import { InstrumentDefinitionSchema } from './definition.js';
import { frozen } from './frozen.js';
import type { InstrumentDefinition } from './types.js';

/** One reason a definition was refused: where (a dotted path, empty for the whole) and why. */
export interface DefinitionProblem {
  readonly path: string;
  readonly message: string;
}

/** What {@link defineInstrument} returns: the checked, frozen definition, or every problem found. */
export type DefineInstrumentResult<D extends InstrumentDefinition> =
  | { readonly success: true; readonly definition: D }
  | { readonly success: false; readonly problems: readonly DefinitionProblem[] };

/**
 * Checks a definition: its shape (the zod schema, `InstrumentDefinitionSchema`) and every
 * cross-reference (`definitionProblems`: ids, sources, bands that start at the range minimum and
 * ascend, one default scheme, no cycles, no item text without text rights). Returns a frozen copy
 * that `score()` and the other layers accept, or every problem. Never throws.
 *
 * A literal definition keeps its literal type (item, scale, band and cut-off ids); one from JSON
 * is an `InstrumentDefinition`. Mark the sources of your own rules `userSupplied: true` to have
 * results name those rules in `provenance.userSupplied`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { score } from 'wellbeing-instruments';
 * import { defineInstrument } from 'wellbeing-instruments/schema';
 * const checked = defineInstrument(JSON.parse(readFileSync('pulse.json', 'utf8')));
 * if (!checked.success) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
 * score(checked.definition, answers);
 * ```
 */
export function defineInstrument<const D extends InstrumentDefinition>(input: D): DefineInstrumentResult<D>;
export function defineInstrument(input: unknown): DefineInstrumentResult<InstrumentDefinition>;
export function defineInstrument(input: unknown): DefineInstrumentResult<InstrumentDefinition> {
  try {
    const parsed = InstrumentDefinitionSchema.safeParse(input);
    if (parsed.success) return { success: true, definition: frozen(parsed.data as InstrumentDefinition) };
    return { success: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
  } catch (error) {
    let why = 'an exception';
    try {
      if (error instanceof Error) why = String(error.message);
    } catch {
      // a hostile exception: keep the plain words
    }
    return { success: false, problems: [{ path: '', message: `the definition could not be read: ${why}` }] };
  }
}
