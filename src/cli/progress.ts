/**
 * A progress line on stderr while a file is scored: a bar when the input size is known, a row
 * count otherwise. Only when stderr is a terminal (never in a pipe, a log or a test) and not
 * `--quiet`; redrawn at most five times a second.
 */
export interface Progress {
  update(bytes: number, rows: number): void;
  done(): void;
}

const NONE: Progress = { update() {}, done() {} };

export function progress(enabled: boolean, totalBytes: number | null): Progress {
  const stream = process.stderr;
  if (!enabled || !stream.isTTY) return NONE;
  const start = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(bytes, rows) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const seconds = ((now - start) / 1000).toFixed(1);
      const count = `${rows.toLocaleString('en')} rows, ${seconds} s`;
      let line = count;
      if (totalBytes !== null && totalBytes > 0) {
        const share = Math.min(1, bytes / totalBytes);
        const width = 24;
        const filled = Math.round(share * width);
        line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${count}`;
      }
      stream.write(`\r${line}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
