/**
 * Which instruments a file holds, for `report` without `--instrument`: the column names are read
 * (the header of a CSV/TSV file, the keys of the first JSON/NDJSON record), and every instrument
 * with an item column (by name, ignoring case, or through `--map`) is taken, in the order its
 * first item column appears.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { instruments, withShippedNotes } from '../../catalogue.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { CliError } from '../errors.js';
import { Decode } from '../io/decode.js';
import type { InputFormat } from '../io/formats.js';
import { jsonArrayReader, readNdjson } from '../io/records.js';
import { readTable, tableSettings } from '../io/table.js';
import type { ReadingOptions } from '../commands/reading.js';

/** How a file is read: the reading options that concern its text, not its columns. */
export type TextOptions = Pick<ReadingOptions, 'encoding' | 'delimiter' | 'quote' | 'maxRecordSize'>;

/** The column names of a file: its header row, or the keys of its first record. */
export async function columnsOf(file: string, from: InputFormat, options: TextOptions): Promise<string[]> {
  const stream = createReadStream(file);
  const decode = new Decode(options.encoding);
  pipeline(stream, decode, (error) => {
    if (error) decode.destroy(error);
  });
  try {
    let batches: AsyncGenerator<unknown[]>;
    if (from === 'csv' || from === 'tsv') {
      batches = readTable(decode, tableSettings(from, { ...options, maxRecord: options.maxRecordSize }));
    } else if (from === 'ndjson') batches = readNdjson(decode, options.maxRecordSize);
    else batches = (await jsonArrayReader())(decode);
    for await (const batch of batches) {
      const first = batch[0];
      if (Array.isArray(first)) return first.map(String);
      if (typeof first === 'object' && first !== null && 'record' in first) return Object.keys((first as { record: object }).record);
      return [];
    }
    return [];
  } finally {
    stream.destroy();
    decode.destroy();
  }
}

/** Instruments with at least one item column among `columns` (or mapped by `map`), in column order, with their notes in place. */
export function detectInstruments(columns: readonly string[], map: Readonly<Record<string, string>>): InstrumentDefinition[] {
  const names = columns.map((c) => c.trim().toLowerCase());
  const mapped = new Map(Object.entries(map).map(([column, item]) => [column.trim().toLowerCase(), item.toLowerCase()]));
  const firstColumn = new Map<InstrumentDefinition, number>();
  names.forEach((name, at) => {
    const item = mapped.get(name) ?? name;
    const d = instruments.find((x) => x.items.some((i) => i.id === item));
    if (d !== undefined && !firstColumn.has(d)) firstColumn.set(d, at);
  });
  return [...firstColumn].sort((a, b) => a[1] - b[1]).map(([d]) => withShippedNotes(d));
}

/** The instruments of a file, or a usage error saying how to name them. */
export async function instrumentsIn(file: string, from: InputFormat, options: TextOptions, map: Readonly<Record<string, string>>): Promise<InstrumentDefinition[]> {
  const columns = await columnsOf(file, from, options);
  const found = detectInstruments(columns, map);
  if (found.length === 0) {
    const shown = columns.slice(0, 8).map((c) => JSON.stringify(c)).join(', ');
    throw new CliError(`no column of ${file} is an item of any instrument (columns: ${shown || 'none'}${columns.length > 8 ? ', …' : ''}); name the instruments with --instrument, and map columns to item ids with --map`);
  }
  return found;
}
