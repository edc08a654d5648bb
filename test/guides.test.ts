/**
 * The code in docs/guides (and the README) is real: every ```ts block is extracted, its `wellbeing-instruments`
 * imports pointed at the sources, type-checked with the project's compiler options and run.
 * Every ```sh block is run line by line with `sh`, `wellbeing-instruments` being the BUILT command
 * line (`npm run build` first), in a directory holding the guide's ```csv/```json blocks (by their
 * `title`) and a copy of the sample; each command must exit 0, or the code its `# exits N` says.
 * A guide whose commands run `psql` gets a throw-away PostgreSQL server (PGHOST, PGUSER and
 * PGDATABASE set); where none can start, those commands are skipped, or fail under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../scripts/generated.js';
import { postgres, type Engine } from './sql-engines.js';

const guides = join(root, 'docs', 'guides');
const out = join(root, '.guide-snippets');

/** `wellbeing-instruments[/subpath]` → the source module it is built from, relative to `out`. */
function sourceOf(specifier: string): string {
  const sub = specifier.slice('wellbeing-instruments'.length).replace(/^\//, '');
  if (sub === '') return '../src/index.js';
  if (sub.startsWith('instruments/')) return `../src/${sub}/index.js`;
  return `../src/${sub}/index.js`;
}

/** The ts blocks of the guides, and of the README (its examples run too). */
const snippets = [...readdirSync(guides).filter((f) => f.endsWith('.md')).sort().map((file) => ({ file, path: join(guides, file) })), { file: 'README.md', path: join(root, 'README.md') }].flatMap(
  ({ file, path }) => [...readFileSync(path, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({ file, name: `${file.replace(/\.md$/, '')}-${i + 1}.ts`, code: m[1]! })),
);

/** Shell commands of the guides, and the files their blocks name. */
const shells = readdirSync(guides)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .flatMap((file) => {
    const text = readFileSync(join(guides, file), 'utf8');
    const files = [...text.matchAll(/```(?:csv|json|sql) title="([^"]+)"\n([\s\S]*?)```/g)].map((m) => ({ name: m[1]!, content: m[2]! }));
    const commands = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')));
    return commands.length === 0 ? [] : [{ file, files, commands }];
  });

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const s of snippets) writeFileSync(join(out, s.name), s.code.replace(/from '(wellbeing-instruments[^']*)'/g, (_m, spec: string) => `from '${sourceOf(spec)}'`));
});

it('every guide has code, and every snippet imports the package by its public name', () => {
  for (const file of readdirSync(guides).filter((f) => f.endsWith('.md') && f !== 'choosing-a-burnout-measure.md' && !shells.some((s) => s.file === f))) {
    expect(snippets.some((s) => s.file === file), file).toBe(true);
  }
  for (const s of snippets) expect(s.code, s.name).not.toMatch(/from '\.\.?\//);
});

it('the snippets type-check', () => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(snippets.map((s) => join(out, s.name)), { ...options, noEmit: true });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  expect(diagnostics).toEqual([]);
});

describe.each(snippets.map((s) => [s.name, s] as const))('%s', (_name, s) => {
  it('runs', async () => {
    await expect(import(/* @vite-ignore */ join(out, s.name))).resolves.toBeDefined();
  });
});

describe.each(shells.map((s) => [s.file, s] as const))('%s: shell commands', (_file, guide) => {
  const dir = mkdtempSync(join(tmpdir(), 'wi-guide-'));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'wellbeing-instruments'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist', 'cli.js')}" "$@"\n`);
  chmodSync(join(bin, 'wellbeing-instruments'), 0o755);
  for (const f of readdirSync(join(root, 'sample'))) copyFileSync(join(root, 'sample', f), join(dir, f));
  for (const f of guide.files) writeFileSync(join(dir, f.name), f.content);
  let server: Engine | undefined;
  let serverFailure: unknown;
  beforeAll(async () => {
    if (!guide.commands.some((c) => /^psql /.test(c))) return;
    try {
      server = await postgres();
    } catch (error) {
      serverFailure = error;
    }
  }, 120_000);
  afterAll(async () => server?.close());

  it.for(guide.commands)('%s', (command, ctx) => {
    if (/^psql /.test(command) && server === undefined) {
      if (process.env.CI === 'true') throw serverFailure;
      ctx.skip();
    }
    const expected = Number(/# exits (\d+)\s*$/.exec(command)?.[1] ?? 0);
    const pg = server?.host === undefined ? {} : { PGHOST: server.host, PGUSER: 'postgres', PGDATABASE: 'postgres' };
    // `npx wellbeing-instruments` would fetch the published package: run the built one instead.
    const r = spawnSync('sh', ['-c', command.replace(/^npx /, '')], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...pg, PATH: `${bin}:${process.env.PATH ?? ''}` } });
    expect(r.status, `${command}\n${r.stderr}`).toBe(expected);
    expect(r.stderr).not.toMatch(/unexpected failure/);
    const output = /(?:-o|>) (\S+)/.exec(command)?.[1];
    if (output !== undefined) expect(statSync(join(dir, output)).size, output).toBeGreaterThan(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
});
