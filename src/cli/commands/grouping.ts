/**
 * The grouping options `summarize` and `report` share: `--by` (repeatable; each a comma-separated
 * list of columns crossed into one grouping), `--min-group` (the fewest respondents a shown
 * figure may rest on) and, for `report`, `--wave`.
 */
import type { Command } from 'commander';
import { CliError } from '../errors.js';

/** Collects repeated `--by` values: each is one grouping (its columns crossed). */
function levels(value: string, previous: string[][]): string[][] {
  const columns = value.split(',').map((c) => c.trim()).filter(Boolean);
  if (columns.length === 0) throw new CliError(`--by takes column names, e.g. --by department or --by department,role; got "${value}"`);
  return [...previous, columns];
}

function minGroup(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--min-group takes a whole number of at least 1 (5 is the usual rule in workforce surveys); got "${value}"`);
  return n;
}

export interface GroupingOptions {
  by: string[][];
  minGroup: number;
}

/** Declares `--by` and `--min-group` on a command. */
export function groupingOptions(command: Command): Command {
  return command
    .option('--by <columns>', 'report per group of these columns, e.g. department, or department,role for their combinations (repeatable: one grouping each)', levels, [])
    .option('--min-group <n>', 'withhold every figure resting on fewer respondents than this, and enough others that none can be worked out by subtraction', minGroup, 5);
}

/** The grouping settings for `collect`, or undefined without `--by`. */
export function groupsOf(options: GroupingOptions): { levels: string[][]; minGroupSize: number } | undefined {
  return options.by.length === 0 ? undefined : { levels: options.by, minGroupSize: options.minGroup };
}

/** The warning for a file whose wave-like column was not named with `--wave`. */
export function waveWarning(waveLike: { readonly column: string; readonly values: readonly string[] } | null, command: string): string | null {
  if (waveLike === null) return null;
  const shown = waveLike.values.slice(0, 5).join(', ') + (waveLike.values.length > 5 ? ', …' : '');
  return `column "${waveLike.column}" looks like survey waves (${shown}), and every figure pools them; ${command === 'report' ? `pass --wave ${waveLike.column} to report each wave and the change between them` : `run "report --wave ${waveLike.column}" for each wave and the change, or filter the file to one wave`}`;
}
