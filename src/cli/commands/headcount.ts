/**
 * `report --headcount <file>`: how many are employed per group, for the response rate. The file
 * is a CSV whose columns are one grouping's columns (as given to `--by`) and `headcount`, one row
 * per group: `site,headcount` / `North,118`. A group whose respondents exceed its headcount is an
 * error, never a response rate above 100 %.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { csvParse } from 'd3-dsv';
import { CliError } from '../errors.js';

export interface Headcount {
  readonly source: string;
  readonly columns: readonly string[];
  readonly total: number;
  /** Keyed by the JSON of the group's values, in `columns` order. */
  readonly groups: ReadonlyMap<string, number>;
}

/** Reads and checks a headcount file against the groupings of the report. */
export async function readHeadcount(path: string, levels: readonly (readonly string[])[]): Promise<Headcount> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`--headcount ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const columns = rows.columns.filter((c) => c !== 'headcount');
  if (!rows.columns.includes('headcount') || columns.length === 0) throw new CliError(`--headcount ${path}: expected a CSV with the grouping column(s) and "headcount", e.g. "site,headcount"; its columns are ${rows.columns.join(', ') || 'none'}`);
  if (!levels.some((l) => l.length === columns.length && columns.every((c) => l.includes(c)))) {
    throw new CliError(`--headcount ${path} gives headcount per ${columns.join(' × ')}; add --by ${columns.join(',')} so the report has those groups`);
  }
  const groups = new Map<string, number>();
  let total = 0;
  rows.forEach((row, i) => {
    const raw = (row['headcount'] ?? '').trim();
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < 1) throw new CliError(`--headcount ${path}, line ${i + 2}: headcount must be a whole number of at least 1; got "${raw}"`);
    const key = JSON.stringify(columns.map((c) => (row[c] ?? '').trim() || null));
    if (groups.has(key)) throw new CliError(`--headcount ${path}, line ${i + 2}: ${columns.map((c) => `${c}=${row[c] ?? ''}`).join(', ')} is given twice`);
    groups.set(key, n);
    total += n;
  });
  return { source: basename(path), columns, total, groups };
}

/**
 * Checks that no group has more respondents than its headcount, nor the organisation.
 *
 * @param columns - the grouping columns `cells` is keyed by.
 * @param cells - respondents per combination of grouping values (JSON of the values).
 * @returns groups with respondents but no headcount (by name), for a warning.
 */
export function checkHeadcount(headcount: Headcount, columns: readonly string[], cells: ReadonlyMap<string, number>, overall: number): string[] {
  const at = headcount.columns.map((c) => columns.indexOf(c));
  const respondents = new Map<string, number>();
  for (const [key, n] of cells) {
    const values = JSON.parse(key) as (string | null)[];
    const group = JSON.stringify(at.map((i) => values[i] ?? null));
    respondents.set(group, (respondents.get(group) ?? 0) + n);
  }
  const missing: string[] = [];
  for (const [group, n] of respondents) {
    const employed = headcount.groups.get(group);
    const name = (JSON.parse(group) as (string | null)[]).map((v, i) => `${headcount.columns[i]} ${v ?? '(not given)'}`).join(', ');
    if (employed === undefined) missing.push(name);
    else if (n > employed) throw new CliError(`--headcount ${headcount.source}: ${name} has more respondents than its headcount (${employed}); fix the headcount or the data (a response rate cannot exceed 100 %)`);
  }
  if (overall > headcount.total) throw new CliError(`--headcount ${headcount.source}: more respondents than the total headcount (${headcount.total})`);
  return missing;
}
