/**
 * The JSON and NDJSON side of the scoring pipeline (see run.ts): items are found by key in each
 * record (ignoring case and surrounding spaces, or through --map), an absent key is an
 * unanswered item, and an item no record has is reported at the end as a missing column. A
 * record with two keys for one item (`phq9_9` and `"PHQ9_9 "`) stops the run, as a CSV header
 * with two columns for one item does: neither answer can be trusted over the other.
 */
import { CliError } from '../errors.js';
import type { InputRecord } from '../io/records.js';
import { checkClash, checkPresence, lookalike } from './columns.js';
import { ReportedScores } from './reported.js';
import type { RowScorer, ScoredRow } from './rows.js';
import type { RowCells, RunOptions } from './run.js';
import type { Tally } from './tally.js';

/** JSON and NDJSON: items found by key in each record; an absent key is an unanswered item. */
export async function runRecords(
  batches: AsyncIterable<InputRecord[]>,
  options: RunOptions,
  name: string,
  scorer: RowScorer,
  tally: Tally,
  warnings: string[],
  write: (chunk: string | Uint8Array) => Promise<void>,
): Promise<void> {
  const { plan, sink } = options;
  const { definition } = plan;
  const scoreNames = plan.columns.map((c) => c.name);
  const itemOf = new Map<string, number>();
  const ids = new Map(definition.items.map((item, i) => [item.id, i]));
  const mapped = new Map<string, number>();
  for (const [key, itemId] of Object.entries(plan.settings.map)) {
    const i = ids.get(itemId);
    if (i === undefined) throw new CliError(`--map: "${itemId}" is not an item of ${definition.id} (items: ${definition.items.map((x) => x.id).join(', ')})`);
    mapped.set(key, i);
  }
  const seen = new Array<boolean>(definition.items.length).fill(false);
  const keyItem = (key: string): number => {
    let i = itemOf.get(key);
    if (i === undefined) {
      i = mapped.get(key) ?? ids.get(key.trim().toLowerCase()) ?? -1;
      if (i < 0) {
        const note = lookalike(definition, key);
        if (note !== null) warnings.push(note.replace(/^column/, 'key'));
      }
      itemOf.set(key, i);
    }
    return i;
  };
  let columns: string[] | null = null;
  let reported: ReportedScores | null = null;
  let columnSet = new Set<string>();
  let current: Readonly<Record<string, unknown>> = {};
  const cells: RowCells = {
    get columns() {
      return columns ?? [];
    },
    get(column) {
      const v = Object.hasOwn(current, column) ? current[column] : undefined;
      if (typeof v === 'string') return v.trim() === '' ? null : v;
      return typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
    },
  };
  /** Per item: the last record that gave it a key, and that key (to catch a second key for it). */
  const givenIn = new Float64Array(definition.items.length);
  const givenBy = new Array<string>(definition.items.length);
  const checkOnce = (k: string, i: number, record: number) => {
    if (givenIn[i] === record) {
      throw new CliError(
        `${definition.items[i]!.id} is given by two keys in record ${record.toLocaleString('en')}: ${JSON.stringify(givenBy[i])} and ${JSON.stringify(k)} ` +
          '(keys match item ids ignoring case and surrounding spaces, as CSV column names do); keep one, or map one with --map',
      );
    }
    givenIn[i] = record;
    givenBy[i] = k;
  };

  for await (const batch of batches) {
    if (columns === null) {
      // The columns are the first readable record's keys: one malformed record at the top must not
      // make every later one an unexpected_field row.
      const first = batch.find((x) => 'record' in x);
      columns = first !== undefined && 'record' in first ? Object.keys(first.record) : [];
      columnSet = new Set(columns);
      checkClash(columns, scoreNames, sink, definition);
      reported = ReportedScores.find(plan, columns, true);
      if (sink !== null) await write(sink.start(columns, scoreNames));
    }
    for (const item of batch) {
      let scored: ScoredRow;
      let label: string | null = null;
      if ('malformed' in item) {
        scored = scorer.invalid([{ code: 'malformed_record', message: item.malformed }]);
      } else {
        const record = item.record;
        const keys = Object.keys(record);
        const extra = sink?.fixedColumns === true ? keys.filter((k) => !columnSet.has(k)) : [];
        for (const k of keys) {
          const i = keyItem(k);
          if (i >= 0) checkOnce(k, i, tally.rows + 1);
          else if (label === null && typeof record[k] !== 'object') label = `${k}=${String(record[k])}`;
        }
        if (extra.length > 0) {
          scored = scorer.invalid([
            {
              code: 'unexpected_field',
              message: `key${extra.length === 1 ? '' : 's'} ${extra.map((k) => JSON.stringify(k)).join(', ')} not in the first record, so not in the ${options.from === 'json' ? 'JSON' : 'NDJSON'} → CSV columns; write --to ndjson to keep every key`,
            },
          ]);
        } else {
          const answers = scorer.begin();
          for (const k of keys) {
            const i = keyItem(k);
            if (i >= 0) {
              answers[i] = plan.cells.read(i, record[k]);
              seen[i] = true;
            }
          }
          scored = scorer.finish();
          reported?.check(record, scored, tally.rows + 1);
        }
      }
      tally.rows++;
      if (!scored.valid) tally.addInvalid(scored, label);
      else if (!scored.complete) tally.incomplete++;
      current = 'record' in item ? item.record : {};
      options.observe?.(scored, tally.rows, cells);
      if (sink !== null) sink.row('record' in item ? item.record : {}, scored.values);
    }
    if (sink !== null) await write(sink.take());
  }
  if (columns === null && sink !== null) await write(sink.start([], scoreNames));
  if (reported !== null) warnings.push(...reported.warnings());
  if (tally.rows > 0) warnings.push(...checkPresence(plan, seen, name).map((w) => w.replace('has no column', 'is in no record').replace('have no column', 'are in no record')));
}
