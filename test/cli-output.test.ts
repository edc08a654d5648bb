/**
 * Where the command line writes, end to end through the built binary: an existing output keeps
 * its permission bits, owner, symbolic links and hard links; a FIFO (or a link to one, or
 * /dev/fd/1) is written to directly, never replaced; a full disk and a closed stdout are
 * reported in one line (or not at all), never as a crash. FIFOs are made here with mkfifo in a
 * temporary directory; no test points an output at a device.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, openSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, workspace } from './cli-support.js';

const ws = workspace('wi-cli-output-');
const path = (name: string) => join(ws.dir, name);
const root = process.getuid?.() === 0;

const header = ['id', ...Array.from({ length: 10 }, (_, i) => `phq9_${i + 1}`)].join(',');
/** A PHQ-9 CSV of `rows` rows. */
const phq9 = (rows: number) => `${header}\n${Array.from({ length: rows }, (_, r) => `r${r},1,2,1,0,1,2,0,1,0,0`).join('\n')}\n`;
/** Files of the workspace whose names contain `part` (temporary files included). */
const filesLike = (part: string) => readdirSync(ws.dir).filter((f) => f.includes(part));

describe('an existing output keeps its mode, owner and links', () => {
  it('a 0600 file stays 0600 (health data is not made world-readable), and a new file gets the umask', async () => {
    ws.file('in.csv', phq9(3));
    ws.file('private.csv', 'old\n');
    chmodSync(path('private.csv'), 0o600);
    const r = await ws.cli(['score', 'phq9', 'in.csv', '-o', 'private.csv', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(path('private.csv')).mode & 0o777).toBe(0o600);
    expect(ws.read('private.csv')).toContain('phq9_total');

    const made = spawnSync('sh', ['-c', `umask 027 && "${process.execPath}" "${bin}" score phq9 in.csv -o fresh.csv -q`], { cwd: ws.dir, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    expect(statSync(path('fresh.csv')).mode & 0o777).toBe(0o640);
  });

  it.skipIf(!root)('a file owned by another user keeps its owner and group (when the process may set them)', async () => {
    ws.file('in.csv', phq9(3));
    ws.file('theirs.csv', 'old\n');
    chownSync(path('theirs.csv'), 4321, 4322);
    chmodSync(path('theirs.csv'), 0o640);
    const r = await ws.cli(['score', 'phq9', 'in.csv', '-o', 'theirs.csv', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const info = statSync(path('theirs.csv'));
    expect([info.uid, info.gid, info.mode & 0o777]).toEqual([4321, 4322, 0o640]);
  });

  it('a symbolic link is followed: its target is replaced and the link stays a link', async () => {
    ws.file('in.csv', phq9(3));
    mkdirSync(path('real'));
    ws.file('real/target.csv', 'old\n');
    symlinkSync('real/target.csv', path('link.csv'));
    const r = await ws.cli(['score', 'phq9', 'in.csv', '-o', 'link.csv', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(path('link.csv')).isSymbolicLink()).toBe(true);
    expect(ws.read('real/target.csv')).toContain('phq9_total');
    expect(readdirSync(path('real'))).toEqual(['target.csv']);
  });

  it('a hard link is kept: every name still shows the same, new file', async () => {
    ws.file('in.csv', phq9(3));
    ws.file('first.csv', 'old\n');
    linkSync(path('first.csv'), path('second.csv'));
    const r = await ws.cli(['score', 'phq9', 'in.csv', '-o', 'first.csv', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(path('first.csv')).ino).toBe(statSync(path('second.csv')).ino);
    expect(statSync(path('first.csv')).nlink).toBe(2);
    expect(ws.read('second.csv')).toContain('phq9_total');
    expect(filesLike('first.csv')).toEqual(['first.csv']);
  });
});

describe('an output that is not a regular file is written to directly', () => {
  /** Starts reading a FIFO; resolves with everything written to it. */
  const drain = (fifo: string) =>
    new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(fifo, 'utf8')
        .on('data', (d) => (text += String(d)))
        .on('end', () => resolve(text))
        .on('error', reject);
    });

  it.each([['fifo'], ['link to a fifo']])('a %s stays a FIFO and receives the output', async (kind) => {
    ws.file('in.csv', phq9(3));
    const fifo = `pipe-${kind.length}`;
    expect(spawnSync('mkfifo', [path(fifo)]).status).toBe(0);
    const name = kind === 'fifo' ? fifo : `${fifo}.link`;
    if (name !== fifo) symlinkSync(fifo, path(name));
    const received = drain(path(fifo));
    const r = await ws.cli(['score', 'phq9', 'in.csv', '-o', name, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(await received).toContain('phq9_total');
    expect(lstatSync(path(fifo)).isFIFO()).toBe(true);
    expect(filesLike(`.${fifo}`)).toEqual([]);
  });

  it('/dev/fd/1 (the process\'s own stdout, here redirected to a file) is written, not replaced', async () => {
    ws.file('in.csv', phq9(2));
    ws.file('redirected.csv', '');
    const before = statSync(path('redirected.csv')).ino;
    const fd = openSync(path('redirected.csv'), 'a');
    const r = spawnSync(process.execPath, [bin, 'score', 'phq9', 'in.csv', '-o', '/dev/fd/1', '-q'], { cwd: ws.dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(r.status, r.stderr).toBe(0);
    expect(ws.read('redirected.csv').split('\n')[0]).toMatch(/^id,phq9_1,.*phq9_total/);
    expect(statSync(path('redirected.csv')).ino).toBe(before);
  });
});

describe('failures of the destination', () => {
  const mount = () => path('small');
  let mounted = false;
  afterAll(() => {
    if (mounted) spawnSync('umount', [mount()]);
  });
  /** A 64 KiB tmpfs: only root (or a container that allows mounts) can make one. */
  const smallDisk = (): boolean => {
    if (!root) return false;
    if (!existsSync(mount())) mkdirSync(mount());
    mounted ||= spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount()]).status === 0;
    return mounted;
  };

  it.skipIf(!root)('a full disk: one line saying so and that the old output was kept; the old output and no temporary file remain', async (context) => {
    if (!smallDisk()) return context.skip();
    ws.file('big.csv', phq9(20_000));
    writeFileSync(join(mount(), 'out.csv'), 'previous result\n');
    // Leaves less room than a report takes.
    writeFileSync(join(mount(), 'filler'), Buffer.alloc(56 * 1024));
    for (const args of [['score', 'phq9', 'big.csv', '-o', 'small/out.csv'], ['report', 'big.csv', '-o', 'small/out.csv', '--instrument', 'phq9']]) {
      const r = await ws.cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error: the disk is full \(no space left on the device\) while writing small\/out\.csv; small\/out\.csv was kept as it was/);
      expect(r.stderr).not.toMatch(/unexpected failure|    at /);
      expect(readFileSync(join(mount(), 'out.csv'), 'utf8')).toBe('previous result\n');
      expect(readdirSync(mount()).sort()).toEqual(['filler', 'out.csv']);
    }
  });

  it.each([
    [['score', '--help']],
    [['show', 'phq9', '--json']],
    [['score', 'phq9', 'big.csv']],
  ])('%j into a closed pipe (| head) exits 0 without a word', async (args) => {
    ws.file('big.csv', phq9(20_000));
    const child = spawn(process.execPath, [bin, ...args], { cwd: ws.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the first write, as after `| head -1` has read its line.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('what is written', () => {
  const items = Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`);
  it('a __proto__ column or key is passed through to JSON and NDJSON output like any other name', async () => {
    ws.file('proto.csv', `__proto__,constructor,${items.join(',')}\nx,c,1,1,1,1,1,1,1,1,0\n`);
    const fromCsv = await ws.cli(['score', 'phq9', 'proto.csv', '--to', 'ndjson', '-q']);
    expect(fromCsv.code, fromCsv.stderr).toBe(0);
    const row = JSON.parse(fromCsv.stdout) as Record<string, unknown>;
    expect(Object.keys(row).slice(0, 3)).toEqual(['__proto__', 'constructor', 'phq9_1']);
    expect(row['__proto__']).toBe('x');

    const record = `{"__proto__":{"nested":1},"constructor":"c",${items.map((item, i) => `"${item}":${i === 8 ? 0 : 1}`).join(',')}}`;
    ws.file('proto.ndjson', `${record}\n`);
    ws.file('proto.json', `[${record}]`);
    for (const [input, to] of [['proto.ndjson', 'ndjson'], ['proto.json', 'json']] as const) {
      const r = await ws.cli(['score', 'phq9', input, '--to', to, '-q']);
      expect(r.code, r.stderr).toBe(0);
      const out = (to === 'json' ? (JSON.parse(r.stdout) as unknown[])[0] : JSON.parse(r.stdout)) as Record<string, unknown>;
      expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
      expect(out['__proto__']).toEqual({ nested: 1 });
      expect(out['phq9_total']).toBe(8);
    }
  });

  it('neutralises formulas behind leading spaces, non-breaking and zero-width spaces, and in --prefix column names', async () => {
    const notes = [' =1+1', '\u00a0@SUM(A1)', '\u200b+cmd', '\ufeff-2+3', ' -3', ' plain'];
    ws.file('spaced.csv', `id,note,gad2_1,gad2_2\n${notes.map((n, i) => `${i},"${n}",0,0`).join('\n')}\n`);
    const r = await ws.cli(['score', 'gad2', 'spaced.csv', '--prefix', '=cmd|', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe("id,note,gad2_1,gad2_2,'=cmd|total,'=cmd|positive_screen,'=cmd|valid,'=cmd|issues");
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(["' =1+1", "'\u00a0@SUM(A1)", "'\u200b+cmd", "'\ufeff-2+3", ' -3', ' plain']);
  });
});

describe('a UTF-8 byte-order mark', () => {
  const input = 'id,name,gad2_1,gad2_2\n1,José Müller,1,1\n';
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  it('is kept on CSV and TSV output when the input has one, so Excel reads accented names', async () => {
    ws.file('bom.csv', Buffer.concat([BOM, Buffer.from(input)]));
    for (const to of ['csv', 'tsv']) {
      const r = await ws.cli(['score', 'gad2', 'bom.csv', '--to', to, '-o', `bom-out.${to}`, '-q']);
      expect(r.code, r.stderr).toBe(0);
      const out = readFileSync(path(`bom-out.${to}`));
      expect(out.subarray(0, 3)).toEqual(BOM);
      expect(out.subarray(3).toString('utf8')).toMatch(/^id.name.gad2_1/);
    }
    const piped = await ws.cli(['score', 'gad2', '-', '-q'], Buffer.concat([BOM, Buffer.from(input)]));
    expect(piped.stdout.startsWith('\ufeffid,name')).toBe(true);
  });

  it('is not written without one, unless --bom; JSON never has one', async () => {
    ws.file('plain.csv', input);
    expect((await ws.cli(['score', 'gad2', 'plain.csv', '-q'])).stdout.startsWith('id,name')).toBe(true);
    expect((await ws.cli(['score', 'gad2', 'plain.csv', '--bom', '-q'])).stdout.startsWith('\ufeffid,name')).toBe(true);
    ws.file('bom.csv', Buffer.concat([BOM, Buffer.from(input)]));
    expect((await ws.cli(['score', 'gad2', 'bom.csv', '--to', 'json', '-q'])).stdout.startsWith('[')).toBe(true);
    const refused = await ws.cli(['score', 'gad2', 'plain.csv', '--bom', '--to', 'ndjson']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--bom applies to CSV and TSV output/);
  });
});
