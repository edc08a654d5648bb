/**
 * JSON and NDJSON input, streamed: a JSON file is an array of objects (one per respondent), read
 * element by element with stream-json; an NDJSON file has one object per line. Each element or
 * line is one record. A line or element that is not an object is still a record (marked
 * malformed), so every record of the input yields one output row; a JSON file that is not an
 * array, or is cut off, stops the run.
 */
import { pipeline, type Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { CliError } from '../errors.js';

/** One input record: an object keyed by column name, or why the element is not one. */
export type InputRecord = { readonly record: Readonly<Record<string, unknown>> } | { readonly malformed: string };

const BATCH = 1000;

function toRecord(value: unknown, what: string): InputRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { record: value as Record<string, unknown> }
    : { malformed: `${what} is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object of column → value` };
}

/** Yields the records of an NDJSON stream in batches; blank lines are skipped. */
export async function* readNdjson(text: Readable): AsyncGenerator<InputRecord[]> {
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  let batch: InputRecord[] = [];
  let line = 0;
  for await (const raw of lines) {
    line++;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      batch.push({ malformed: `line ${line} is not valid JSON (${error instanceof Error ? error.message : String(error)}); a cut-off last line looks like this` });
      continue;
    }
    batch.push(toRecord(value, `line ${line}`));
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A JSON array reader; stream-json is loaded here, not at start-up. */
export async function jsonArrayReader(): Promise<(text: Readable) => AsyncGenerator<InputRecord[]>> {
  const { default: streamArray } = await import('stream-json/streamers/stream-array.js');
  return (text) => readJsonArray(streamArray, text);
}

/** Yields the elements of a JSON array in batches. */
async function* readJsonArray(streamArray: typeof import('stream-json/streamers/stream-array.js').default, text: Readable): AsyncGenerator<InputRecord[]> {
  const elements = pipeline(text, streamArray.withParserAsStream(), () => {});
  let batch: InputRecord[] = [];
  try {
    for await (const item of elements as AsyncIterable<{ key: number; value: unknown }>) {
      batch.push(toRecord(item.value, `element ${item.key}`));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`the JSON input could not be read: ${message.replace(/\.?$/, ".")} The input must be one array of objects (one per respondent), complete; for a large file, NDJSON (one object per line) is easier to check.`);
  }
  if (batch.length > 0) yield batch;
}
