/**
 * Bytes to text for the readers: checks that UTF-8 input really is UTF-8 (reporting the line and
 * byte of the first bad byte instead of scoring mojibake), or decodes a named legacy encoding
 * (`--encoding windows-1252`). A byte-order mark decides the encoding, whatever `--encoding`
 * says (as the WHATWG Encoding Standard's "decode" does), and is dropped: UTF-8 (EF BB BF),
 * UTF-16LE (FF FE, what Excel's "Unicode text" and many Windows tools write) and UTF-16BE (FE FF).
 */
import { Transform, type TransformCallback } from 'node:stream';
import { CliError } from '../errors.js';

/** Checks an `--encoding` label; returns the canonical name. */
export function encodingName(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new CliError(`unknown encoding "${label}"; use a WHATWG encoding label such as utf-8, windows-1252, latin1, utf-16le`);
  }
}

/** Byte offset of the first byte that is not well-formed UTF-8, or -1. An incomplete sequence at the end counts only when `final`. */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, final: boolean): number {
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) (need = 2), (lo = 0xa0);
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) (need = 2), (hi = 0x9f);
    else if (b === 0xf0) (need = 3), (lo = 0x90);
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) (need = 3), (hi = 0x8f);
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}

/**
 * A Transform from bytes to strings. `bytes` counts the bytes read so far (for a progress bar).
 * Invalid UTF-8 fails the stream with a {@link CliError} naming the line and byte offset.
 */
export class Decode extends Transform {
  bytes = 0;
  /** The encoding `--encoding` names, used unless the input begins with a byte-order mark. */
  private readonly label: string;
  private decoder: TextDecoder | null = null;
  private utf8 = false;
  /** The first bytes, held until there are enough to look for a byte-order mark. */
  private head: Uint8Array = new Uint8Array(0);
  /** The previous chunk and the bytes and newlines before it, to locate a bad byte. */
  private previous: Uint8Array = new Uint8Array(0);
  private bytesBeforePrevious = 0;
  private linesBeforePrevious = 0;

  constructor(encoding: string) {
    // One decoded chunk waits at most: a queue of them would outlive the young generation and be
    // promoted, and the old generation then grows with the file (10 M rows: 130 MB, not 94 MB).
    super({ readableObjectMode: true, readableHighWaterMark: 1 });
    this.label = encodingName(encoding);
  }

  /** Chooses the decoder from the byte-order mark at the start of `bytes`, or the label. */
  private start(bytes: Uint8Array): TextDecoder {
    const [a, b, c] = bytes;
    const name = a === 0xef && b === 0xbb && c === 0xbf ? 'utf-8' : a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : this.label;
    this.utf8 = name === 'utf-8';
    // The decoder drops the mark of its own encoding; a label's decoder never sees another's mark.
    this.decoder = new TextDecoder(name, { fatal: this.utf8 });
    return this.decoder;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.decoder !== null) {
      callback(this.feed(this.decoder, chunk));
      return;
    }
    const head = new Uint8Array(this.head.length + chunk.length);
    head.set(this.head);
    head.set(chunk, this.head.length);
    this.head = head;
    callback(head.length < 3 ? null : this.feedHead());
  }

  override _flush(callback: TransformCallback): void {
    const error = this.decoder === null ? this.feedHead() : null;
    if (error !== null) {
      callback(error);
      return;
    }
    let text: string;
    try {
      text = this.decoder!.decode();
    } catch {
      callback(this.invalid(new Uint8Array(0), true));
      return;
    }
    if (text.length > 0) this.push(text);
    callback();
  }

  /** Chooses the decoder from the bytes held so far and decodes them. */
  private feedHead(): CliError | null {
    const head = this.head;
    this.head = new Uint8Array(0);
    return this.feed(this.start(head), head);
  }

  /** Decodes one chunk and pushes its text; returns the error when it is not valid UTF-8. */
  private feed(decoder: TextDecoder, chunk: Uint8Array): CliError | null {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      return this.invalid(chunk, false);
    }
    if (this.utf8) {
      this.bytesBeforePrevious += this.previous.length;
      this.linesBeforePrevious += countNewlines(this.previous);
      this.previous = chunk;
    }
    this.bytes += chunk.length;
    if (text.length > 0) this.push(text);
    return null;
  }

  private invalid(chunk: Uint8Array, final: boolean): CliError {
    const joined = new Uint8Array(this.previous.length + chunk.length);
    joined.set(this.previous);
    joined.set(chunk, this.previous.length);
    let start = 0;
    while (start < joined.length && start < 4 && (joined[start]! & 0xc0) === 0x80) start++;
    let at = firstInvalidUtf8(joined, start, true);
    if (at < 0) at = joined.length - 1;
    const offset = this.bytesBeforePrevious + at;
    const line = this.linesBeforePrevious + countNewlines(joined, at) + 1;
    const what = final ? 'an incomplete character at the end of the input' : `byte 0x${joined[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return new CliError(
      `the input is not valid UTF-8: ${what} on line ${line} (byte offset ${offset}). ` +
        'Save the file as UTF-8 (Excel: "CSV UTF-8"), or name its encoding, e.g. --encoding windows-1252.',
    );
  }
}
