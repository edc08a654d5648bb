/** File formats the command line reads and writes, and how they are recognised. */
import { extname } from 'node:path';

export const INPUT_FORMATS = ['csv', 'tsv', 'json', 'ndjson'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export const OUTPUT_FORMATS = ['csv', 'tsv', 'json', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const byExtension: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** The format a file name implies, or undefined (stdin, unknown extension). */
export function formatOfPath(path: string | undefined): InputFormat | undefined {
  return path === undefined || path === '-' ? undefined : byExtension[extname(path).toLowerCase()];
}
