/** The built command line (`npm run build` first). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = (...args: string[]) => execFileSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { encoding: 'utf8' });

describe('cli', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cli('--version').trim()).toBe(version);
  });
  it('demo prints scales, bands, cut-offs, flags and issues from the bundled sample', () => {
    const out = cli('demo');
    expect(out).toMatch(/r01 +PHQ-9 +total +12 +Moderate +positive_screen: yes/);
    expect(out).toMatch(/r02 +MBI-HSS \(MP\) +emotional_exhaustion +27 +High/);
    expect(out).toMatch(/r04 +PHQ-9 +total +— \(insufficient answers, 8\/9\) +positive_screen: n\/a/);
    expect(out).toMatch(/suicidal_ideation \(phq9_9\): unanswered/);
    expect(out).toMatch(/invalid_value: gad7_4: 4 is not an option/);
  });
  it('an unknown command fails with usage', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'nope'], { stdio: 'pipe' })).toThrow(/unknown command/);
  });
});
