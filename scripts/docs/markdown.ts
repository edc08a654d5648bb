/** Small Markdown helpers shared by the generated documentation pages (scripts/docs/*). */
import type { ComparisonOperator, Criterion, Evidence, InstrumentDefinition, Source } from '../../src/schema/types.js';

/** A table cell: pipes escaped, line breaks flattened. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A number as the pages print it: full precision up to 12 significant digits, no float noise. */
export function num(x: number): string {
  return String(Number(x.toPrecision(12)));
}

const symbol: Record<ComparisonOperator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

export function op(o: ComparisonOperator): string {
  return symbol[o];
}

/** A cut-off criterion in symbols: scale and cut-off ids, raw item answers, and/or. */
export function criterion(c: Criterion, nested = false): string {
  if ('any' in c || 'all' in c) {
    const parts = 'any' in c ? c.any : c.all;
    const text = parts.map((p) => criterion(p, true)).join('any' in c ? ' or ' : ' and ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  if ('cutoff' in c) return `\`${c.cutoff}\``;
  if ('scale' in c) return `${c.scale} ${op(c.op)} ${num(c.value)}`;
  return `answer to ${c.item} ${op(c.op)} ${num(c.value)}`;
}

/** Source ids as links to the page's Sources section. */
export function cite(ids: readonly string[]): string {
  return ids.length === 0 ? '—' : ids.map((id) => `[${id}](#source-${anchor(id)})`).join(', ');
}

export function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** A citation with its DOI, PMC and URL links. */
export function citation(s: Source): string {
  const links = [
    s.doi === undefined ? null : `doi:[${s.doi}](https://doi.org/${s.doi})`,
    s.pmcid === undefined ? null : `[${s.pmcid}](https://www.ncbi.nlm.nih.gov/pmc/articles/${s.pmcid}/)`,
    s.url === undefined ? null : `<${s.url}>`,
  ].filter((x): x is string => x !== null);
  return `${s.citation}${links.length > 0 ? ` ${links.join(' · ')}` : ''}`;
}

/** The values a response scale allows, lowest and highest. */
export function optionRange(def: InstrumentDefinition, scaleId: string): readonly [number, number] {
  const values = def.responseScales.find((r) => r.id === scaleId)!.options.map((o) => o.value);
  return [Math.min(...values), Math.max(...values)];
}

/** Text ending in exactly one full stop. */
export function period(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

export function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

/** An evidence level in words, marked where it is weaker than primary; "—" where none is recorded. */
export function evidenceLevel(e: Evidence | undefined): string {
  if (e === undefined) return '—';
  return e.level === 'primary' ? 'primary' : e.level === 'secondary' ? 'secondary ⚠' : 'single secondary ⚠⚠';
}

/** An evidence level with the sources it was read at (and, below primary, what was not read). */
export function evidence(e: Evidence | undefined): string {
  if (e === undefined) return 'evidence not recorded';
  return `evidence: ${evidenceLevel(e)} (${cite(e.sources)})${e.note === undefined ? '' : ` — ${e.note}`}`;
}
