/**
 * The command line's byte → text step (src/cli/io/decode.ts) on hand-cut chunks: characters split
 * between chunks, byte-order marks (UTF-8, UTF-16LE/BE), and where a bad byte is reported. The
 * end-to-end tests in cli.test.ts cover the same through the binary, with chunk edges where they
 * happen to fall.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Decode, firstInvalidUtf8 } from '../src/cli/io/decode.js';
import { CliError } from '../src/cli/errors.js';

async function decode(chunks: readonly Uint8Array[], encoding = 'utf-8'): Promise<string[]> {
  const out: string[] = [];
  const d = new Decode(encoding);
  Readable.from(chunks.map((c) => Buffer.from(c))).pipe(d);
  for await (const text of d) out.push(text as string);
  return out;
}
const bytes = (s: string) => new TextEncoder().encode(s);
const cut = (b: Uint8Array, ...at: number[]) => [0, ...at].map((start, i) => b.subarray(start, [...at, b.length][i]));

describe('Decode', () => {
  it('joins a character split between chunks and drops a BOM', async () => {
    const all = bytes('\ufeffé,😀\n');
    for (let i = 1; i < all.length; i++) expect((await decode(cut(all, i))).join('')).toBe('é,😀\n');
  });
  it('a UTF-16 byte-order mark (LE or BE) decides the encoding, in chunks of any size, whatever --encoding says', async () => {
    const text = 'id,note\r\n1,é 😀\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const all of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      for (let i = 1; i < all.length; i++) expect((await decode(cut(all, i))).join('')).toBe(text);
      for (let i = 2; i < all.length; i++) expect((await decode(cut(all, 1, i))).join('')).toBe(text);
      expect((await decode([all], 'windows-1252')).join('')).toBe(text);
    }
    // Without a mark the label rules, and text shorter than a mark is still read.
    expect((await decode([bytes('a')])).join('')).toBe('a');
    expect((await decode([Buffer.from('ab', 'utf16le')], 'utf-16le')).join('')).toBe('ab');
  });
  it('reports the line and byte offset of a bad byte, also when its sequence began in the previous chunk', async () => {
    const good = bytes('id\nab\n');
    const bad = new Uint8Array([...good, 0xe2, 0x82, 0x41]);
    const run = (chunks: Uint8Array[]) => decode(chunks).then(() => null, (e: unknown) => e);
    for (const chunks of [[bad], cut(bad, 7), cut(bad, 3, 8)]) {
      const error = await run(chunks);
      expect(error).toBeInstanceOf(CliError);
      expect((error as Error).message).toContain('byte 0xE2 on line 3 (byte offset 6)');
    }
    const truncated = await run([bytes('a\n'), new Uint8Array([0xf0, 0x9f])]);
    expect((truncated as Error).message).toContain('an incomplete character at the end of the input on line 2');
  });
  it('decodes a named legacy encoding', async () => {
    expect((await decode([new Uint8Array([0x52, 0x65, 0x6e, 0xe9])], 'windows-1252')).join('')).toBe('René');
    expect(() => new Decode('klingon')).toThrow(/unknown encoding "klingon"/);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x41, 0x42], -1],
    [[0xc0, 0x80], 0],
    [[0x41, 0xed, 0xa0, 0x80], 1],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xe2, 0x82, 0xac], -1],
    [[0x41, 0x80], 1],
  ])('%j → %i', (input, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(input), 0, true)).toBe(expected);
  });
  it('an incomplete sequence at the end is bad only when the input is final', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]), 0, false)).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]), 0, true)).toBe(1);
  });
});
