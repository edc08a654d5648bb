/**
 * Running the BUILT command line (`node dist/cli.js …`, `npm run build` first) as a user would,
 * for the end-to-end tests: exit code, stdout and stderr of each run, in a temporary directory.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const root = join(import.meta.dirname, '..');
export const bin = join(root, 'dist/cli.js');

/** A built layer of the library (`index`, `cohort`, `fhir`, …), as the package exports it. */
export async function built<T>(layer: string): Promise<T> {
  return (await import(pathToFileURL(join(root, `dist/${layer}.js`)).href)) as T;
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the binary in `cwd`; `input` is written to its stdin. */
export function runCli(args: readonly string[], cwd: string, input: string | Buffer = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A command that fails before reading stdin closes it: the write then fails with EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** A temporary directory for one test file, removed afterwards, with helpers to write and read files in it. */
export function workspace(prefix: string) {
  const ws = {
    dir: '',
    file(name: string, content: string | Buffer): string {
      writeFileSync(join(ws.dir, name), content);
      return name;
    },
    read: (name: string) => readFileSync(join(ws.dir, name), 'utf8'),
    cli: (args: readonly string[], input?: string | Buffer) => runCli(args, ws.dir, input),
  };
  beforeAll(() => {
    ws.dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));
  return ws;
}
