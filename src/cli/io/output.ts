/**
 * Where output goes: a file written atomically (to a temporary file beside it, flushed to disk,
 * then renamed over the target, so a crash or Ctrl-C never leaves half a file), or stdout.
 * Writes wait for the destination to drain, so memory stays bounded.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, unlinkSync } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { CliError } from '../errors.js';

export interface Output {
  /** Writes text or UTF-8 bytes; resolves when the destination can take more. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the output: flushes, syncs and renames a file into place. */
  commit(): Promise<void>;
  /** Drops the output: removes the temporary file. Safe to call more than once. */
  abort(): Promise<void>;
  /** What to call the output in messages. */
  readonly name: string;
}

function writer(stream: Writable): (chunk: string | Uint8Array) => Promise<void> {
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure = error));
  return (chunk) =>
    new Promise<void>((resolve, reject) => {
      if (failure !== null) return reject(failure);
      if (stream.write(chunk)) return resolve();
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        if (failure !== null) reject(failure);
        else resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
    });
}

/** Output to stdout (`-o -` or no `-o`). A closed pipe (`| head`) ends the output quietly. */
export function stdoutOutput(): Output {
  const write = writer(process.stdout);
  return {
    name: 'stdout',
    write: async (chunk) => {
      try {
        await write(chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
        throw error;
      }
    },
    commit: async () => {},
    abort: async () => {},
  };
}

/** Temporary files still to remove if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;
function removePendingOnSignal(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      for (const path of pending) {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
      process.exit(code);
    });
  }
}

/** Fails when `output` is the input file (same path, link or hard link). */
export async function checkNotInput(output: string, input: string | undefined): Promise<void> {
  if (input === undefined || input === '-') return;
  const [a, b] = await Promise.all([stat(input).catch(() => null), stat(output).catch(() => null)]);
  if ((a !== null && b !== null && a.dev === b.dev && a.ino === b.ino) || resolve(input) === resolve(output)) {
    throw new CliError(`the output ${output} is the input file; write to another file (the input is read while the output is written)`);
  }
}

/**
 * A file output: writes go to `.<name>.<random>.tmp` in the target's directory (same file
 * system, so the final rename is atomic), flushed to disk when closed, and replace the target
 * only on commit.
 */
export async function fileOutput(path: string): Promise<Output> {
  const target = resolve(path);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new CliError(`the output ${path} is a directory`);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // Registered before the file exists, so a signal at any moment after it is created removes it.
  removePendingOnSignal();
  pending.add(temp);
  const stream = createWriteStream(temp, { flags: 'wx', flush: true, highWaterMark: 1 << 16 });
  try {
    await once(stream, 'open');
  } catch (error) {
    pending.delete(temp);
    throw new CliError(`cannot write ${path}: ${(error as Error).message}`);
  }
  const write = writer(stream);
  const close = () =>
    new Promise<void>((res, rej) => {
      if (stream.closed) return res();
      stream.once('close', res);
      stream.once('error', rej);
      stream.end();
    });
  return {
    name: path,
    write,
    async commit() {
      await close();
      await rename(temp, target);
      pending.delete(temp);
    },
    async abort() {
      if (!pending.has(temp)) return;
      await close().catch(() => {});
      await unlink(temp).catch(() => {});
      pending.delete(temp);
    },
  };
}
