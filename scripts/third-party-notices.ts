/**
 * An esbuild plugin for the command line's build: once the build has bundled its dependencies
 * (Observable Plot and d3, linkedom, commander, d3-dsv, stream-json), it writes the licence of
 * every package whose code went into the output, with its name and version, to one text file next
 * to the binary. The list comes from the build's own metafile, so it names exactly what was
 * bundled: no more, no less.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile, Plugin } from 'esbuild';

/** A bundled package: where it is installed, and what its package.json says. */
interface Bundled {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
  readonly license: string;
}

/** The folder of the (innermost) package an input path belongs to, or null for our own sources. */
export function packageDir(input: string): string | null {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match === null ? null : match[1]!;
}

/** The packages whose code an esbuild metafile says went into the output, sorted by name. */
function bundledPackages(metafile: Metafile, cwd: string): Bundled[] {
  const dirs = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, use] of Object.entries(output.inputs)) {
      const dir = packageDir(input);
      if (dir !== null && use.bytesInOutput > 0) dirs.add(dir);
    }
  }
  return [...dirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(cwd, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
      return { dir, name: pkg.name, version: pkg.version, license: pkg.license ?? 'UNKNOWN' };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** The texts of a package's LICENSE/LICENCE/COPYING and NOTICE files (Apache-2.0 asks for NOTICE to travel too). */
function licenceTexts(cwd: string, dir: string): string[] {
  return readdirSync(join(cwd, dir))
    .filter((file) => /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i.test(file))
    .sort()
    .map((file) => readFileSync(join(cwd, dir, file), 'utf8').trim());
}

/** The notices file's text; throws when a bundled package ships no licence text to reproduce. */
export function noticesText(metafile: Metafile, cwd: string): string {
  const parts = bundledPackages(metafile, cwd).map((p) => {
    const texts = licenceTexts(cwd, p.dir);
    if (texts.length === 0) throw new Error(`${p.name}@${p.version} (${p.license}) is bundled into the command line but ships no licence file to reproduce`);
    return `${p.name}@${p.version} (${p.license})\n${'-'.repeat(p.name.length + p.version.length + p.license.length + 4)}\n\n${texts.join('\n\n')}\n`;
  });
  return [
    'Third-party software bundled into dist/cli.js (the command line)',
    '=================================================================',
    '',
    'The command line of wellbeing-instruments carries the code of the packages below inside its',
    'own build, so that installing the library installs no dependency. The library entries',
    '(everything else in dist/) contain none of it. Each package keeps its own licence, reproduced',
    'here as its terms require.',
    '',
    '',
    parts.join('\n\n'),
  ].join('\n');
}

/** Writes `file` (relative to the build's output folder) after every successful build. */
export function thirdPartyNotices(file: string): Plugin {
  return {
    name: 'third-party-notices',
    setup(build) {
      build.initialOptions.metafile = true;
      const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
      build.onEnd((result) => {
        if (result.errors.length > 0 || result.metafile === undefined) return;
        const outdir = join(cwd, build.initialOptions.outdir ?? 'dist');
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, file), noticesText(result.metafile, cwd));
      });
    },
  };
}
