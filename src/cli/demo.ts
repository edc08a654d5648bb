/**
 * `demo`: scores the bundled synthetic sample and prints a table of scales, bands, cut-offs,
 * flags and issues.
 */
import { getInstrument } from '../catalogue.js';
import type { ScoreResult } from '../schema/result.js';
import { score } from '../scoring/score.js';
import { PACKAGE_VERSION } from '../version.js';
import { sample } from './sample.js';

const yesNo = (v: boolean | null): string => (v === null ? 'n/a' : v ? 'yes' : 'no');
const number = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(2));

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
    return i === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

function rowsOf(respondent: string, shortName: string, result: ScoreResult): string[][] {
  const rows: string[][] = [];
  for (const [id, s] of Object.entries(result.scales)) {
    const value = s.value === null ? `— (${s.reason?.replace('_', ' ')}, ${s.answered}/${s.expected})` : number(s.value);
    rows.push([respondent, shortName, id, value, s.band?.label ?? '']);
  }
  const cutoffs = Object.entries(result.cutoffs).map(([id, v]) => `${id}: ${yesNo(v)}`);
  const flags = result.flags.map((f) => `⚑ ${f.id} (${f.item}): ${f.status}`);
  const issues = result.issues.map((i) => `✗ ${i.code}: ${i.message}`);
  const notes = [...cutoffs, ...flags, ...issues];
  notes.forEach((note, k) => {
    if (k < rows.length) rows[k]!.push(note);
    else rows.push(['', '', '', '', '', note]);
  });
  return rows.map((r) => (r.length < 6 ? [...r, ''] : r));
}

/** Runs the demo and returns its text. */
export function demo(): string {
  const header = ['respondent', 'instrument', 'scale', 'value', 'band', 'cut-offs, flags and issues'];
  const rows: string[][] = [header];
  for (const row of sample) {
    const definition = getInstrument(row.instrument);
    if (definition === undefined) throw new Error(`sample names unknown instrument ${row.instrument}`);
    rows.push(...rowsOf(row.respondent, definition.shortName, score(definition, row.answers as never) as ScoreResult));
  }
  return [
    `wellbeing-instruments ${PACKAGE_VERSION} — demo: ${new Set(sample.map((r) => r.respondent)).size} synthetic respondents (made up, not real people)`,
    '',
    table(rows),
    '',
    'Missing answers are never counted as 0: a scale without enough answers has no value, and a cut-off that',
    'depends on it is "n/a". An answer outside the options is reported and its scales are not scored.',
  ].join('\n');
}
