/**
 * Whether an input starts with a byte-order mark (UTF-8 `EF BB BF`, or UTF-16's `FF FE` /
 * `FE FF`), so CSV/TSV output can keep one: Excel reads a UTF-8 CSV as UTF-8 (accented names
 * intact) only when it starts with a byte-order mark.
 */
import type { Readable } from 'node:stream';

/** Watches the first chunk of a byte stream that is (or is about to be) piped elsewhere. */
export function watchBom(stream: Readable): { readonly seen: boolean } {
  const state = { seen: false };
  stream.once('data', (chunk: Buffer | string) => {
    if (typeof chunk === 'string') return;
    state.seen = (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) || (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
  });
  return state;
}
