/**
 * What `score` will do, settled before any row is read: the instrument, the scoring options
 * (checked here, so a misspelt scheme is a usage error rather than an issue on every row), how
 * cells become answers, and the columns each output row gets.
 *
 * Output columns: see `scoreColumns` (shared with the SQL export).
 */
import type { ScoreOptions } from '../../schema/result.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { CliError } from '../errors.js';
import { scoreColumns, type ScoreColumn } from '../../interop/columns.js';
import { cellReader, type CellReader } from './cells.js';

export { scoreColumns, type ScoreColumn };

export interface ScoreSettings {
  readonly prorate: boolean;
  /** Band scheme per scale id (`--scheme total=primary_care`). */
  readonly bandSchemes: Readonly<Record<string, string>>;
  /** Scheme per cut-off id (`--cutoff-scheme positive_screen=sensitive`). */
  readonly cutoffSchemes: Readonly<Record<string, string>>;
  readonly labels: boolean;
  /** Cell texts that mean "not answered", besides an empty cell. */
  readonly missing: readonly string[];
  /** Column name → item id (`--map`). */
  readonly map: Readonly<Record<string, string>>;
  /** Prefix of the output columns; default `<id>_`. */
  readonly prefix?: string;
}

export interface ScorePlan {
  readonly definition: InstrumentDefinition;
  readonly settings: ScoreSettings;
  readonly options: ScoreOptions;
  readonly columns: readonly ScoreColumn[];
  readonly cells: CellReader;
}

function checkSchemes(definition: InstrumentDefinition, settings: ScoreSettings): void {
  for (const [scaleId, schemeId] of Object.entries(settings.bandSchemes)) {
    const scale = definition.scales.find((s) => s.id === scaleId);
    if (scale === undefined) throw new CliError(`--scheme: ${definition.id} has no scale "${scaleId}" (scales: ${definition.scales.map((s) => s.id).join(', ')})`);
    if (!scale.bandSchemes.some((b) => b.id === schemeId)) {
      const ids = scale.bandSchemes.map((b) => b.id);
      throw new CliError(`--scheme: scale "${scaleId}" of ${definition.id} has ${ids.length === 0 ? 'no band schemes' : `no scheme "${schemeId}" (schemes: ${ids.join(', ')})`}`);
    }
  }
  for (const [cutoffId, schemeId] of Object.entries(settings.cutoffSchemes)) {
    const cutoff = definition.cutoffs.find((c) => c.id === cutoffId);
    if (cutoff === undefined) throw new CliError(`--cutoff-scheme: ${definition.id} has no cut-off "${cutoffId}" (cut-offs: ${definition.cutoffs.map((c) => c.id).join(', ') || 'none'})`);
    const ids = cutoff.schemes?.map((s) => s.id) ?? [];
    if (!ids.includes(schemeId)) throw new CliError(`--cutoff-scheme: cut-off "${cutoffId}" of ${definition.id} has ${ids.length === 0 ? 'one criterion and no named schemes' : `no scheme "${schemeId}" (schemes: ${ids.join(', ')})`}`);
  }
}

export function planScore(definition: InstrumentDefinition, settings: ScoreSettings): ScorePlan {
  checkSchemes(definition, settings);
  const options: ScoreOptions = {
    ...(settings.prorate ? { prorate: true } : {}),
    ...(Object.keys(settings.bandSchemes).length > 0 ? { bandSchemes: settings.bandSchemes } : {}),
    ...(Object.keys(settings.cutoffSchemes).length > 0 ? { cutoffSchemes: settings.cutoffSchemes } : {}),
  };
  return {
    definition,
    settings,
    options,
    columns: scoreColumns(definition, settings.prefix, settings.prorate),
    cells: cellReader(definition, settings),
  };
}
