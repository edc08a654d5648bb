/**
 * The code in docs/guides is real: every ```ts block is extracted, its `wellbeing-instruments`
 * imports pointed at the sources, type-checked with the project's compiler options and run.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../scripts/generated.js';

const guides = join(root, 'docs', 'guides');
const out = join(root, '.guide-snippets');

/** `wellbeing-instruments[/subpath]` → the source module it is built from, relative to `out`. */
function sourceOf(specifier: string): string {
  const sub = specifier.slice('wellbeing-instruments'.length).replace(/^\//, '');
  if (sub === '') return '../src/index.js';
  if (sub.startsWith('instruments/')) return `../src/${sub}/index.js`;
  return `../src/${sub}/index.js`;
}

const snippets = readdirSync(guides)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .flatMap((file) => [...readFileSync(join(guides, file), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({ file, name: `${file.replace(/\.md$/, '')}-${i + 1}.ts`, code: m[1]! })));

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const s of snippets) writeFileSync(join(out, s.name), s.code.replace(/from '(wellbeing-instruments[^']*)'/g, (_m, spec: string) => `from '${sourceOf(spec)}'`));
});

it('every guide has code, and every snippet imports the package by its public name', () => {
  for (const file of readdirSync(guides).filter((f) => f.endsWith('.md') && f !== 'choosing-a-burnout-measure.md')) {
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
