/**
 * What `npm publish` would ship, read from `npm pack --dry-run --json`: every file matches an
 * expected pattern (library builds with their source maps, the command line without one, JSON
 * Schema, vectors, the sample, the notices), nothing else slips in (tests, sources, stray
 * files), the sizes stay under a ceiling, the command line's bundled code is accounted for in its
 * licences file, and every link in the README works on the npm page. Needs `npm run build` first.
 *
 * Size ceilings, as the zod project keeps them: a legitimate increase means measuring again and
 * raising the number in the commit that causes it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir } from '../scripts/third-party-notices.js';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  author: string;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, Record<string, string>>>;
};

/** Packed (gzipped tarball) and unpacked bytes; measured 1.87 MB and 8.9 MB. */
const CEILING = { packed: 2_100_000, unpacked: 9_800_000 };

if (!existsSync(join(root, 'dist/index.js'))) throw new Error('run npm run build first');
const packed = (JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { size: number; unpackedSize: number; files: { path: string; size: number }[] }[])[0]!;
const files = packed.files.map((f) => f.path).sort();
const shipped = new Set(files);

const ids = readdirSync(join(root, 'src/instruments')).filter((n) => statSync(join(root, 'src/instruments', n)).isDirectory());
const entries = ['index', 'schema', 'fhir', 'redcap', 'surveyjs', 'sql', 'cohort', 'testing', 'testing/arbitrary', ...ids.map((id) => `instruments/${id}`)];
const alt = (names: readonly string[]): string => names.map((n) => n.replace(/[/.]/g, '\\$&')).join('|');

/** Every file the package may ship; each pattern must match at least one file. */
const expected: Record<string, RegExp> = {
  'package metadata and notices': /^(package\.json|README\.md|LICENSE|NOTICE|CHANGELOG\.md)$/,
  'library entries, ESM and CommonJS, with maps and types': new RegExp(`^dist/(${alt(entries)})\\.(js|cjs|js\\.map|cjs\\.map|d\\.ts|d\\.cts)$`),
  'shared library chunks, with maps': /^dist\/chunk-[A-Z0-9]+\.(js|cjs)(\.map)?$/,
  'shared type chunks': /^dist\/[a-z-]+-[A-Za-z0-9_-]{8}\.d\.c?ts$/,
  'the command line, its lazily loaded chunks and their licences': /^dist\/(cli\.js|cli-[A-Z0-9]+\.js|cli-third-party-licences\.txt)$/,
  'JSON Schema': new RegExp(`^schema/((instrument|score-result|grouped-summary)\\.schema\\.json|answers/(${alt(ids)})\\.schema\\.json)$`),
  'known-answer vectors and their schema': new RegExp(`^vectors/((${alt(ids)})\\.json|vectors\\.schema\\.json)$`),
  'the sample survey': /^sample\/[a-z-]+\.csv$/,
};

describe('npm pack', () => {
  it('ships only files of the expected kinds, and something of each kind', () => {
    const stray = files.filter((f) => !Object.values(expected).some((re) => re.test(f)));
    expect(stray).toEqual([]);
    for (const [kind, re] of Object.entries(expected)) expect(files.some((f) => re.test(f)), kind).toBe(true);
  });

  it('ships no tests, sources, source map of the command line or build leftovers', () => {
    expect(files.filter((f) => /(^|\/)(test|src|docs|scripts|node_modules|\.bench|reports)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.test(-d)?\.|\.ts$/.test(f) && !/\.d\.c?ts$/.test(f))).toEqual([]);
    expect(files.filter((f) => /^dist\/cli.*\.map$|metafile/.test(f))).toEqual([]);
  });

  it('ships every library entry with its map, and each map carries its sources', () => {
    for (const entry of entries) for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(shipped.has(`dist/${entry}.${ext}`), `dist/${entry}.${ext}`).toBe(true);
    const code = files.filter((f) => /^dist\/(?!cli).*\.c?js$/.test(f));
    expect(code.filter((f) => !shipped.has(`${f}.map`))).toEqual([]);
    const map = JSON.parse(readFileSync(join(root, 'dist/index.js.map'), 'utf8')) as { sources: string[]; sourcesContent: string[] };
    expect(map.sourcesContent).toHaveLength(map.sources.length);
    expect(map.sourcesContent.every((s) => s.length > 0)).toBe(true);
  });

  it('ships every file the exports map and the bin point at', () => {
    const targets = [...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t).flatMap((c) => Object.values(c))))];
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const re = new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
        expect(files.some((f) => re.test(f)), target).toBe(true);
      } else expect(shipped.has(path), target).toBe(true);
    }
  });

  it(`stays under ${CEILING.packed} bytes packed and ${CEILING.unpacked} unpacked`, () => {
    expect(packed.size).toBeLessThan(CEILING.packed);
    expect(packed.unpackedSize).toBeLessThan(CEILING.unpacked);
  });
});

describe('the command line carries its dependencies', () => {
  const cliFiles = files.filter((f) => /^dist\/cli(-[A-Z0-9]+)?\.js$/.test(f));
  const text = (f: string): string => readFileSync(join(root, f), 'utf8');

  it('the package has no dependencies', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('its files import only Node built-ins and each other', () => {
    // Static imports and re-exports (statements at the start of a line), dynamic imports, and the
    // require() calls esbuild keeps for bundled CommonJS.
    const pattern = /^(?:import|export)\s[^"'\n;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\bimport\(["']([^"']+)["']\)|\b__require\(["']([^"']+)["']\)/gm;
    const specifiers = cliFiles.flatMap((f) => [...text(f).matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!));
    const builtin = new Set(builtinModules);
    expect(specifiers.filter((s) => s.startsWith('./cli-')).length).toBeGreaterThan(0);
    // linkedom's optional native canvas: required inside a try, with linkedom's own shim as the fallback.
    const optional = ['canvas'];
    expect(specifiers.filter((s) => !builtin.has(s.replace(/^node:/, '')) && !/^\.\/cli-[A-Z0-9]+\.js$/.test(s) && !optional.includes(s))).toEqual([]);
    expect(specifiers.filter((s) => s.startsWith('./') && !shipped.has(`dist/${s.slice(2)}`))).toEqual([]);
  });

  it('no library entry contains bundled third-party code', () => {
    const library = files.filter((f) => /^dist\/(?!cli).*\.c?js$/.test(f));
    expect(library.filter((f) => /^\/\/ node_modules\//m.test(text(f)))).toEqual([]);
  });

  it('names the licence of every package bundled into it', () => {
    // esbuild marks each bundled module with a `// node_modules/<package>/…` comment.
    const bundled = new Set(cliFiles.flatMap((f) => [...text(f).matchAll(/^\/\/ (node_modules\/\S+)/gm)].map((m) => packageDir(m[1]!)!)));
    const names = [...bundled].map((dir) => (JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string; version: string; license: string }));
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['@observablehq/plot', 'commander', 'd3-dsv', 'linkedom', 'stream-json']));
    expect(names.filter((n) => !/^(MIT|ISC|BSD-[23]-Clause|Apache-2\.0)$/.test(n.license))).toEqual([]);
    const notices = text('dist/cli-third-party-licences.txt');
    for (const n of names) expect(notices, `${n.name}@${n.version}`).toContain(`${n.name}@${n.version} (${n.license})`);
    // Licence texts, not just names: one copyright line per package at least.
    expect(notices.match(/copyright/gi)?.length ?? 0).toBeGreaterThanOrEqual(new Set(names.map((n) => n.name)).size);
  });
});

describe('package.json and the README on the npm page', () => {
  const repo = 'https://github.com/wellbeing-instruments/wellbeing-instruments';
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)|<a\s[^>]*href="([^"]+)"|<img\s[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]!);

  it('names the repository, homepage, bug tracker and author', () => {
    expect(pkg.repository.url).toBe(`git+${repo}.git`);
    expect(pkg.homepage).toBe(`${repo}#readme`);
    expect(pkg.bugs.url).toBe(`${repo}/issues`);
    expect(pkg.author).toBe(/Copyright \(c\) \d{4} (.+)/.exec(readFileSync(join(root, 'LICENSE'), 'utf8'))![1]);
  });

  it('links relatively only to files in the tarball', () => {
    const relative = links.filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith('#')).map((l) => l.replace(/#.*$/, ''));
    expect(relative.length).toBeGreaterThan(0);
    expect(relative.filter((l) => !shipped.has(l.replace(/^\.\//, '')))).toEqual([]);
  });

  it("links to the repository's files only where they exist", () => {
    const inRepo = links.filter((l) => l.startsWith(`${repo}/`) && !/\/issues$/.test(l)).map((l) => l.replace(/#.*$/, ''));
    expect(inRepo.length).toBeGreaterThan(0);
    for (const link of inRepo) {
      const path = /^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/main\/(.+)$/.exec(link)?.[1];
      expect(path, link).toBeDefined();
      expect(existsSync(join(root, path!)), link).toBe(true);
    }
  });
});
