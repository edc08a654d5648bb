/**
 * CSV and TSV input, streamed: Papa Parse reads the decoded text and hands over batches of rows
 * (arrays of strings; the first row of the first batch is the header). The parser pauses while a
 * batch is being scored and written, so memory stays bounded whatever the file size.
 *
 * Quoted fields (with delimiters, quotes and line breaks inside), CRLF and LF line ends are the
 * parser's job; empty lines are skipped (the caller skips lines of blanks and delimiters). A malformed
 * quote stops the run: an unclosed quote swallows every following line into one field, so the
 * rows could no longer be counted one for one.
 */
import type { Readable } from 'node:stream';
import type Papa from 'papaparse';
import { CliError } from '../errors.js';

/** A table reader; Papa Parse is loaded here, not at start-up, so commands that read no table start faster. */
export async function tableReader(): Promise<(text: Readable, delimiter: string) => AsyncGenerator<string[][]>> {
  const { default: papa } = await import('papaparse');
  return (text, delimiter) => readTable(papa, text, delimiter);
}

/**
 * Yields the rows of a delimited text stream in batches, header first. The parser attaches to
 * `text` when the first batch is asked for, so nothing may be awaited between starting `text`
 * and iterating.
 */
async function* readTable(papa: typeof Papa, text: Readable, delimiter: string): AsyncGenerator<string[][]> {
  const queue: Papa.ParseResult<string[]>[] = [];
  let handle: Papa.Parser | null = null;
  let finished = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: true,
    chunk(results, parser) {
      queue.push(results);
      handle = parser;
      parser.pause();
      signal();
    },
    complete() {
      finished = true;
      signal();
    },
    error(error: unknown) {
      failure = error;
      signal();
    },
  });

  let seen = 0;
  for (;;) {
    const results = queue.shift();
    if (results !== undefined) {
      const rows = results.data;
      for (const e of results.errors) {
        // Errors past the last row belong to a row the parser put off to the next chunk.
        if (e.type === 'Quotes' && e.row !== undefined && e.row < rows.length) {
          const record = seen + e.row;
          throw new CliError(
            `${record === 0 ? 'the header' : `record ${record}`}: ${e.message.toLowerCase()}. ` +
              'A quote that is never closed swallows the rest of the file (a truncated file or a stray " in an unquoted field); fix the file and run again.',
          );
        }
      }
      seen += rows.length;
      if (rows.length > 0) yield rows;
      (handle as Papa.Parser | null)?.resume();
      continue;
    }
    if (failure !== null) throw failure;
    if (text.errored !== null) throw text.errored;
    if (finished) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
