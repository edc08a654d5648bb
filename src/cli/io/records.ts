/**
 * JSON and NDJSON input, streamed: a JSON file is an array of objects (one per respondent), read
 * element by element with stream-json; an NDJSON file has one object per line (CRLF, LF or CR),
 * split by the table reader's line rules, so a line is as long as a CSV record may be. Each
 * element or line is one record. A line or element that is not an object, or that holds a value
 * nested more than {@link MAX_DEPTH} levels deep, is still a record (marked malformed), so every
 * record of the input yields one output row; a JSON file that is not an array, or is cut off,
 * stops the run.
 */
import { pipeline, type Readable } from 'node:stream';
import { CliError } from '../errors.js';
import { readTable } from './table.js';

/** One input record: an object keyed by column name, or why the element is not one. */
export type InputRecord = { readonly record: Readonly<Record<string, unknown>> } | { readonly malformed: string };

const BATCH = 1000;

/**
 * The deepest nesting of objects and arrays a record's values may have. Deeper values could not
 * be written back out (`JSON.stringify` runs out of stack a few thousand levels down), and no
 * survey export nests more than a few levels.
 */
export const MAX_DEPTH = 1000;

/** The first key of `record` whose value nests deeper than {@link MAX_DEPTH}, or undefined. Iterative, so depth costs no stack. */
function tooDeep(record: Readonly<Record<string, unknown>>): string | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'object' || value === null) continue;
    const stack: { readonly value: object; readonly depth: number }[] = [{ value, depth: 1 }];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      if (top.depth > MAX_DEPTH) return key;
      for (const child of Object.values(top.value)) if (typeof child === 'object' && child !== null) stack.push({ value: child as object, depth: top.depth + 1 });
    }
  }
  return undefined;
}

function toRecord(value: unknown, what: string): InputRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { malformed: `${what} is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object of column → value` };
  }
  const record = value as Record<string, unknown>;
  const deep = tooDeep(record);
  return deep === undefined ? { record } : { malformed: `${what}: the value of ${JSON.stringify(deep)} is nested more than ${MAX_DEPTH.toLocaleString('en')} levels deep` };
}

/** Yields the records of an NDJSON stream in batches; blank lines are skipped. `maxLine` bounds a line's length (characters). */
export async function* readNdjson(text: AsyncIterable<string>, maxLine?: number): AsyncGenerator<InputRecord[]> {
  let batch: InputRecord[] = [];
  let line = 0;
  for await (const lines of readTable(text, { delimiter: null, quote: 'none', maxRecord: maxLine, keepEmpty: true })) {
    for (const [raw] of lines) {
      line++;
      const trimmed = raw!.trim();
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
