/** `list [--construct C] [--json]`: the catalogue. */
import { Command, Option } from 'commander';
import { instruments, listInstruments } from '../../catalogue.js';
import type { Construct, InstrumentDefinition } from '../../schema/types.js';
import { table } from '../text.js';

export const constructs: readonly string[] = [...new Set(instruments.flatMap((d) => d.constructs as readonly string[]))].sort();

/** One catalogue entry as `list --json` prints it. */
export function summary(d: InstrumentDefinition) {
  return {
    id: d.id,
    shortName: d.shortName,
    name: d.name,
    version: d.version,
    constructs: d.constructs,
    recallPeriod: d.recallPeriod,
    items: d.items.length,
    scales: d.scales.map((s) => s.id),
    cutoffs: d.cutoffs.map((c) => c.id),
    flags: d.flags.map((f) => f.id),
    itemText: d.licence.itemText,
    commercialUseNeedsPermission: d.licence.commercialUseNeedsPermission,
  };
}

export function listCommand(): Command {
  return new Command('list')
    .description('list the instruments: id, name, what they measure, items, scales and cut-offs')
    .addOption(new Option('--construct <construct>', 'only instruments that measure this construct').choices(constructs))
    .option('--json', 'print JSON (one object per instrument) instead of a table')
    .addHelpText('after', '\nExamples:\n  wellbeing-instruments list\n  wellbeing-instruments list --construct burnout\n  wellbeing-instruments list --json')
    .action((options: { construct?: string; json?: boolean }) => {
      const found = listInstruments(options.construct === undefined ? {} : { construct: options.construct as Construct });
      if (options.json) {
        console.log(JSON.stringify(found.map(summary), null, 2));
        return;
      }
      const rows = [
        ['id', 'instrument', 'measures', 'items', 'scales', 'cut-offs', 'item text'],
        ...found.map((d) => [d.id, d.shortName, d.constructs.join(', ').replaceAll('_', ' '), String(d.items.length), String(d.scales.length), String(d.cutoffs.length), d.licence.itemText ? 'shipped' : 'not shipped']),
      ];
      console.log(table(rows, { align: ['left', 'left', 'left', 'right', 'right', 'right'] }));
      console.log(`\n${found.length} instrument${found.length === 1 ? '' : 's'}. "wellbeing-instruments show <id>" prints items, scoring rules, cut-offs, benchmarks and licence.`);
    });
}
