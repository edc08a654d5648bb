/** Plain-text layout for the terminal: tables and wrapped paragraphs. */

/** Terminal width for wrapping: the terminal's, or 100 when output is not a terminal. */
export function width(): number {
  return Math.max(60, Math.min(process.stdout.isTTY ? process.stdout.columns : 100, 120));
}

/** A table with a rule under the header; columns padded to their widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], options: { readonly align?: readonly ('left' | 'right')[] } = {}): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const pad = (cell: string, c: number) => {
    const fill = ' '.repeat(widths[c]! - [...cell].length);
    return options.align?.[c] === 'right' ? fill + cell : cell + fill;
  };
  return rows
    .map((r, i) => {
      const line = r.map(pad).join('  ').trimEnd();
      return i === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** Wraps text to the terminal width, indenting every line by `indent` (and the first by `first`). */
export function wrap(text: string, indent = '', first = indent): string {
  const max = width();
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > max) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** A number as people read it: integers as is, others with up to 2 decimals. */
export function number(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
}
