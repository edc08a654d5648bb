/** The side-by-side table of docs/guides/choosing-a-burnout-measure.md, generated from the definitions of every instrument measuring burnout. */
import type { InstrumentDefinition } from '../../src/schema/types.js';
import { criterion, num, table, yesNo } from './markdown.js';

function cutoffs(def: InstrumentDefinition): string {
  if (def.cutoffs.length === 0) return 'none';
  return def.cutoffs
    .map((c) => {
      if (c.schemes === undefined) return `\`${c.id}\`: ${criterion(c.criterion)} (${c.sources.join(', ')})`;
      const d = c.schemes.find((s) => s.default === true) ?? c.schemes[0]!;
      return `\`${c.id}\`: ${criterion(d.criterion)} by default (${d.sources.join(', ')}); ${c.schemes.length - 1} other scheme${c.schemes.length === 2 ? '' : 's'}`;
    })
    .join('; ');
}

function bands(def: InstrumentDefinition): string {
  const list = def.scales.flatMap((s) =>
    s.bandSchemes.map((b) => `\`${s.id}\`: ${b.bands.map((x) => `${x.id} ${x.minExclusive === true ? '>' : '≥'} ${num(x.min)}`).join(', ')} (${b.sources.join(', ')})`),
  );
  return list.length === 0 ? 'none' : list.join('; ');
}

export function burnoutTable(defs: readonly InstrumentDefinition[]): string {
  const rows = defs
    .filter((d) => (d.constructs as readonly string[]).includes('burnout'))
    .map((d) => [
      `[${d.shortName}](../instruments/${d.id}.md)`,
      String(d.items.filter((i) => i.scored).length),
      d.scales.map((s) => `\`${s.id}\` ${num(s.range[0])}–${num(s.range[1])}`).join(', '),
      cutoffs(d),
      bands(d),
      d.benchmarks.length === 0 ? 'none' : String(d.benchmarks.length),
      yesNo(d.licence.itemText),
      d.licence.commercialUseNeedsPermission ? 'needs permission' : 'free',
    ]);
  return table(['instrument', 'scored items', 'scales (range)', 'cut-offs encoded (sources)', 'bands encoded (sources)', 'benchmarks', 'text shipped', 'commercial use'], rows);
}
