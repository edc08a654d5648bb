/**
 * `npm run bench` (command line): `wellbeing-instruments score phq9` on a seeded PHQ-9 CSV (CSV in,
 * CSV out, through the built binary), next to a baseline that reads and writes the same CSV
 * with the same reader and writer without scoring (scripts/bench-copy.ts). Reports the median
 * wall time of a few runs (and the CPU time of the scoring process, steadier on a busy machine) and
 * the peak resident memory of each process.
 *
 *   tsx scripts/bench-cli.ts              # 1 million rows
 *   tsx scripts/bench-cli.ts 10000000     # 10 million rows (about 370 MB; slow, run by hand)
 *
 * The input is written to .bench/ once and reused.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dir = join(root, '.bench');
const rowsList = process.argv.slice(2).map(Number);
const ROWS = rowsList.length > 0 ? rowsList : [1_000_000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** mulberry32, as in scripts/bench.ts. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PHQ-9 export: respondent id, site, ten item columns; about 2 % of answers skipped. */
async function generate(path: string, rows: number): Promise<void> {
  const random = rng(20261122);
  const out = createWriteStream(path);
  const header = ['respondent', 'site', ...Array.from({ length: 10 }, (_, i) => `phq9_${i + 1}`)].join(',');
  let chunk = `${header}\n`;
  for (let r = 1; r <= rows; r++) {
    let line = `r${r},site${r % 7}`;
    for (let i = 0; i < 10; i++) line += random() < 0.02 ? ',' : `,${Math.floor(random() * 4)}`;
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Runs node with a preload that reports the process's peak RSS; returns seconds and MB. */
function measure(args: readonly string[]): { seconds: number; cpu: number; rssMb: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(dir, 'rss.mjs'), ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - start) / 1000;
  const rss = /maxrss (\d+)/.exec(r.stderr ?? '');
  const cpu = /cpu ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || rss === null || cpu === null) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { seconds, cpu: Number(cpu[1]), rssMb: Number(rss[1]) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'rss.mjs'),
  "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeSync(2, `\\nmaxrss ${u.maxRSS}\\ncpu ${(u.userCPUTime + u.systemCPUTime) / 1e6}\\n`); });\n",
);
await build({ entryPoints: [join(root, 'scripts/bench-copy.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: join(dir, 'copy.mjs'), logLevel: 'warning' });

console.log(`node ${process.version}; CSV in, CSV out; median of ${ROUNDS} runs; peak RSS is the largest of the runs`);
console.log('rows          input MB  baseline s  score s  score / baseline  score rows/s  score CPU s  score rows/CPU-s  baseline RSS MB  score RSS MB');
for (const rows of ROWS) {
  const input = join(dir, `phq9-${rows}.csv`);
  if (!existsSync(input)) await generate(input, rows);
  const out = join(dir, `out-${rows}.csv`);
  const base: number[] = [];
  const cli: number[] = [];
  const cliCpu: number[] = [];
  let baseRss = 0;
  let cliRss = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const b = measure([join(dir, 'copy.mjs'), input, out]);
    const c = measure([join(root, 'dist/cli.js'), 'score', 'phq9', input, '-o', out, '--quiet']);
    base.push(b.seconds);
    cli.push(c.seconds);
    cliCpu.push(c.cpu);
    baseRss = Math.max(baseRss, b.rssMb);
    cliRss = Math.max(cliRss, c.rssMb);
  }
  rmSync(out, { force: true });
  const mb = statSync(input).size / 1e6;
  console.log(
    `${rows.toLocaleString('en').padEnd(12)}  ${mb.toFixed(0).padStart(8)}  ${median(base).toFixed(2).padStart(10)}  ${median(cli).toFixed(2).padStart(7)}  ${(median(cli) / median(base)).toFixed(2).padStart(15)}×  ${Math.round(rows / median(cli)).toLocaleString('en').padStart(12)}  ${median(cliCpu).toFixed(2).padStart(11)}  ${Math.round(rows / median(cliCpu)).toLocaleString('en').padStart(16)}  ${baseRss.toFixed(0).padStart(15)}  ${cliRss.toFixed(0).padStart(12)}`,
  );
}
