/**
 * Where output goes: a file, or stdout.
 *
 * A regular file (or a path that does not exist yet) is written atomically: to a temporary file
 * beside it, flushed to disk, then renamed over the target, so a crash, Ctrl-C or a full disk
 * never leaves half a file and the old output stays as it was until the new one is complete.
 * The new file keeps what the old one had: its permission bits (a `0600` file of health data
 * stays `0600`) and, when the process may set it, its owner and group. A new file is created
 * with the process's umask. A symbolic link is followed to its target, and the target is
 * replaced; the link stays. A file with other hard links is written in place once the complete
 * output is in the temporary file, so every link still names the same file (not atomic: if that
 * last copy fails, the complete output is kept in the temporary file and the message names it).
 *
 * Anything that is not a regular file — a FIFO, a device, a socket, `/dev/stdout` or another
 * `/proc` or `/dev/fd` link — is written to directly, never replaced.
 *
 * Writes wait for the destination to drain, so memory stays bounded. A write that fails (disk
 * full, quota, I/O error) is a {@link CliError} that says what happened and what was kept.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, unlinkSync, type Stats } from 'node:fs';
import { copyFile, lstat, open, readlink, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
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

/** Ends a file stream; resolves once it is flushed and closed, rejects with a write that failed. */
function finish(stream: Writable): Promise<void> {
  return new Promise<void>((res, rej) => {
    if (stream.closed) return res();
    stream.once('close', res);
    stream.once('error', rej);
    stream.end();
  });
}

/** Error codes of a destination that has no room left. */
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/**
 * A failed write as the user should read it: what happened to `name`, and `kept` (what became
 * of the old output), for a disk that is full or any other system error; anything else as is.
 */
export function writeFailure(error: unknown, name: string, kept: string): unknown {
  if (error instanceof CliError || !(error instanceof Error) || typeof (error as NodeJS.ErrnoException).code !== 'string') return error;
  const code = (error as NodeJS.ErrnoException).code!;
  const what = FULL.has(code)
    ? `the disk is full (${code === 'EDQUOT' ? 'quota exceeded' : code === 'EFBIG' ? 'file too large' : 'no space left on the device'}) while writing ${name}`
    : `cannot write ${name}: ${error.message}`;
  return new CliError(`${what}${kept === '' ? '' : `; ${kept}`}`);
}

/**
 * Makes a closed stdout (`… | head -1`) end the process quietly with exit code 0, whatever is
 * writing to it (help, a table, scored rows); any other stdout failure is reported in one line.
 */
export function quietOnClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    const failure = writeFailure(error, 'stdout', '');
    process.stderr.write(`error: ${failure instanceof Error ? failure.message : String(failure)}\n`);
    process.exit(2);
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
        throw writeFailure(error, 'stdout', '');
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

/** What an output path names once symbolic links are followed. */
interface Destination {
  /** The path to replace: `path` itself, or the file its links lead to. */
  readonly path: string;
  /** The existing file there, or null when there is none yet. */
  readonly existing: Stats | null;
  /** Write to `path` directly: it is not a regular file (FIFO, device, socket) or a `/proc` link such as `/dev/stdout`. */
  readonly direct: boolean;
}

/** Follows `path`'s symbolic links (at most 40, as Linux does) to the file they lead to, existing or not. */
async function destination(path: string): Promise<Destination> {
  let at = resolve(path);
  for (let hop = 0; hop <= 40; hop++) {
    // The directory's own links too (/dev/fd → /proc/self/fd).
    at = join(await realpath(dirname(at)).catch(() => dirname(at)), basename(at));
    // A /proc link (/dev/stdout → /proc/self/fd/1) names an open file, not a path to replace.
    if (at.startsWith('/proc/')) return { path: resolve(path), existing: await stat(path).catch(() => null), direct: true };
    const info = await lstat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw new CliError(`cannot write ${path}: ${error.message}`);
    });
    if (info === null || !info.isSymbolicLink()) return { path: at, existing: info, direct: info !== null && !info.isFile() && !info.isDirectory() };
    at = resolve(dirname(at), await readlink(at));
  }
  throw new CliError(`cannot write ${path}: too many levels of symbolic links`);
}

/** Output straight into a FIFO, device or socket: nothing to replace, nothing to remove. */
async function directOutput(path: string): Promise<Output> {
  // Appending: for a FIFO or device it is plain writing, and /dev/stdout redirected to a file
  // (`> out.csv`, `>> log.csv`) continues it instead of truncating it.
  const stream = createWriteStream(path, { flags: 'a', highWaterMark: 1 << 16 });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw writeFailure(error, path, '');
  }
  const write = writer(stream);
  const close = () => finish(stream);
  return {
    name: path,
    write: (chunk) => write(chunk).catch((error: unknown) => Promise.reject(writeFailure(error, path, ''))),
    commit: () => close().catch((error: unknown) => Promise.reject(writeFailure(error, path, ''))),
    abort: () => close().catch(() => {}),
  };
}

/**
 * A file output: see the module comment. Writes go to `.<name>.<random>.tmp` in the target's
 * directory (same file system, so the final rename is atomic), flushed to disk when closed,
 * and replace the target only on commit.
 */
export async function fileOutput(path: string): Promise<Output> {
  const { path: target, existing, direct } = await destination(path);
  if (existing?.isDirectory()) throw new CliError(`the output ${path} is a directory`);
  if (direct) return directOutput(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const kept = existing === null ? 'nothing was written' : `${path} was kept as it was`;
  // Registered before the file exists, so a signal at any moment after it is created removes it.
  removePendingOnSignal();
  pending.add(temp);
  let handle: FileHandle;
  try {
    // Over an existing file: readable by the owner only until it has the old file's owner and mode,
    // which are set before the first byte is written. A new file gets the umask's mode.
    handle = await open(temp, 'wx', existing === null ? 0o666 : 0o600);
  } catch (error) {
    pending.delete(temp);
    throw writeFailure(error, path, kept);
  }
  if (existing !== null) {
    const file = handle;
    try {
      if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
        // Only a privileged process may give a file away; an owner may still set a group of theirs.
        await file.chown(existing.uid, existing.gid).catch(() => file.chown(-1, existing.gid)).catch(() => {});
      }
      await file.chmod(existing.mode & 0o7777);
    } catch (error) {
      await file.close().catch(() => {});
      await unlink(temp).catch(() => {});
      pending.delete(temp);
      throw writeFailure(error, path, kept);
    }
  }
  // Flushed to disk (fsync) before the handle closes.
  const stream = handle.createWriteStream({ highWaterMark: 1 << 16, flush: true });
  const write = writer(stream);
  const close = () => finish(stream);
  return {
    name: path,
    write: (chunk) => write(chunk).catch((error: unknown) => Promise.reject(writeFailure(error, path, kept))),
    async commit() {
      try {
        await close();
      } catch (error) {
        throw writeFailure(error, path, kept);
      }
      if (existing !== null && existing.nlink > 1) {
        await inPlace(temp, target, path);
      } else {
        await rename(temp, target).catch((error: unknown) => Promise.reject(writeFailure(error, path, kept)));
      }
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

/** Copies the complete output `temp` into the hard-linked file `target` (same inode, so every link sees it) and removes `temp`. */
async function inPlace(temp: string, target: string, name: string): Promise<void> {
  try {
    await copyFile(temp, target);
    const handle = await open(target, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // The old content may be gone and the new one incomplete: keep the complete output.
    pending.delete(temp);
    throw writeFailure(error, name, `${name} has other hard links, so it is written in place and may now be incomplete; the complete output is in ${temp}`);
  }
  await unlink(temp);
}
