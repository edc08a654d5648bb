/** `show <id> [--json]`: one instrument, readable in a terminal. */
import { Command } from 'commander';
import type { Band, Criterion, Evidence, InstrumentDefinition, Scale } from '../../schema/types.js';
import { instrumentById } from '../instrument.js';
import { scoreColumns } from '../score/plan.js';
import { number, wrap } from '../text.js';
import { DEFINITION_HELP } from '../definitions.js';

const symbol = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' } as const;

export function describeCriterion(c: Criterion): string {
  if ('scale' in c) return `${c.scale} ${symbol[c.op]} ${number(c.value)}`;
  if ('item' in c) return `${c.item} ${symbol[c.op]} ${number(c.value)}`;
  if ('cutoff' in c) return `cut-off ${c.cutoff}`;
  if ('any' in c) return `(${c.any.map(describeCriterion).join(' or ')})`;
  return `(${c.all.map(describeCriterion).join(' and ')})`;
}

function items(ids: readonly string[]): string {
  return ids.length <= 4 ? ids.join(', ') : `${ids[0]} … ${ids[ids.length - 1]} (${ids.length} items)`;
}

export function describeMethod(d: InstrumentDefinition, s: Scale): string {
  const m = s.method;
  const reversed = d.items.filter((i) => i.reverse && s.items.includes(i.id)).map((i) => i.id);
  const reverse = reversed.length > 0 ? `; reverse-keyed: ${reversed.join(', ')}` : '';
  switch (m.kind) {
    case 'sum':
    case 'mean':
      return `${m.kind} of ${items(s.items)}${reverse}`;
    case 'linear':
      return `${m.of} × ${number(m.multiply)}${m.add === 0 ? '' : ` ${m.add < 0 ? '−' : '+'} ${number(Math.abs(m.add))}`}`;
    case 'lookup':
      return `${m.of} converted by the published table (${m.table.length} values)`;
    case 'composite':
      return `${m.terms.map((t) => `${number(t.weight)} × ${t.scale}`).join(' + ')}${m.add === 0 ? '' : ` + ${number(m.add)}`}`;
    case 'product_sum':
      return `sum of ${m.pairs.length} products ${m.pairs[0]![0]} × ${m.pairs[0]![1]}, …${reverse}`;
  }
}

/** An evidence level as `show` prints it: " [evidence: secondary]", or nothing where none is recorded. */
function evidence(e: Evidence | undefined): string {
  return e === undefined ? '' : ` [evidence: ${e.level.replace('_', ' ')}${e.level === 'primary' ? '' : ` — ${e.sources.join(', ')}`}]`;
}

/** How a named scheme is used: the default, or only when chosen (no scheme of its rule is default). */
function choice(isDefault: boolean | undefined, anyDefault: boolean, option: string): string {
  return isDefault === true ? ' (default)' : anyDefault ? '' : ` (no default: choose with ${option})`;
}

export function describeMissing(s: Scale): string {
  if (s.missing.kind === 'min_answered') return `scored as the mean of the answered items when at least ${s.missing.min} of ${s.items.length} are answered (published rule: ${s.missing.sources.join(', ')})${evidence(s.missing.evidence)}`;
  if (s.items.length === 0) return 'scored when the scale it is computed from is scored';
  return s.method.kind === 'sum' || s.method.kind === 'mean'
    ? 'every item must be answered (no published rule); --prorate scores from half the items, marked prorated'
    : 'every item must be answered';
}

function band(b: Band): string {
  return `${b.id} ${b.minExclusive ? '>' : '≥'} ${number(b.min)}`;
}

function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : `\n${title}\n${lines.join('\n')}\n`;
}

export function describe(d: InstrumentDefinition): string {
  const out: string[] = [];
  out.push(`${d.shortName} — ${d.name}`);
  out.push(`id ${d.id} · definition ${d.version} · measures ${d.constructs.join(', ').replaceAll('_', ' ')} · recall ${d.recallPeriod ?? 'none'} · language ${d.languages.join(', ')}`);
  if (d.instructions !== undefined) out.push(wrap(`Instructions: ${d.instructions}`));

  const scales = new Map(d.responseScales.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const item of d.items) counts.set(item.responseScale, (counts.get(item.responseScale) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  out.push(
    section(
      `Items (${d.items.length})${d.licence.itemText ? '' : ' — wording not shipped (see the licence below); topics are in our words'}`,
      d.items.map((item) => {
        const marks = [item.reverse ? 'reverse-keyed' : '', item.scored ? '' : 'not scored'].filter(Boolean);
        const body = `${item.text ?? item.topic}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}${item.responseScale === common ? '' : ` [answers: ${item.responseScale}]`}`;
        return wrap(body, ' '.repeat(14), `  ${item.id.padEnd(12)}`);
      }),
    ),
  );
  out.push(
    section(
      'Answers (send the value; with --labels, the label)',
      [...scales.values()].map((s) => wrap(s.options.map((o) => `${number(o.value)} = ${o.label}`).join(' · '), '    ', `  ${d.responseScales.length > 1 ? `${s.id}: ` : ''}`)),
    ),
  );
  out.push(
    section(
      'Scales',
      d.scales.flatMap((s) => [
        wrap(`${s.id} — ${s.label}: ${describeMethod(d, s)}; range ${number(s.range[0])}–${number(s.range[1])}, ${s.direction.replaceAll('_', ' ')}`, '      ', '  '),
        wrap(`missing answers: ${describeMissing(s)}`, '      ', '    '),
        ...(s.method.kind === 'lookup' ? [wrap(`conversion table${evidence(s.method.evidence)}`, '      ', '    ')] : []),
        ...s.bandSchemes.map((b) =>
          wrap(`bands ${b.id}${choice(b.default, s.bandSchemes.some((x) => x.default === true), `--scheme ${s.id}=${b.id}`)} — ${b.label}: ${b.bands.map(band).join(' · ')}${evidence(b.evidence)}`, '      ', '    '),
        ),
      ]),
    ),
  );
  out.push(
    section(
      'Cut-offs (true, false, or empty when not determinable)',
      d.cutoffs.flatMap((c) =>
        c.criterion !== undefined
          ? [wrap(`${c.id} — ${c.label}: ${describeCriterion(c.criterion)}${evidence(c.evidence)}`, '    ', '  ')]
          : [
              wrap(`${c.id} — ${c.label}:`, '    ', '  '),
              ...c.schemes.map((s) =>
                wrap(`scheme ${s.id}${choice(s.default, c.schemes.some((x) => x.default === true), `--cutoff-scheme ${c.id}=${s.id}`)} — ${s.label}: ${describeCriterion(s.criterion)}${evidence(s.evidence)}`, '      ', '    '),
              ),
            ],
      ),
    ),
  );
  out.push(section('Flags', d.flags.map((f) => wrap(`${f.id} — ${f.label}: ${f.item} ${symbol[f.op]} ${number(f.value)}; "unanswered" when ${f.item} is not answered${evidence(f.evidence)}`, '    ', '  '))));
  out.push(
    section(
      'Benchmarks (published reference values)',
      d.benchmarks.flatMap((b) => {
        const figures = [
          b.mean !== undefined ? `mean ${number(b.mean)}${b.sd !== undefined ? ` (SD ${number(b.sd)})` : ''}` : '',
          b.prevalence !== undefined ? `prevalence ${number(b.prevalence * 100)}%` : '',
          b.distribution !== undefined ? `distribution ${b.distribution.map((x) => `${number(x.value)}: ${number(x.proportion * 100)}%`).join(', ')}` : '',
        ].filter(Boolean);
        return [
          wrap(`${b.id} (${b.scale ?? `cut-off ${b.cutoff}`}): ${figures.join('; ')} — ${b.population}, ${b.country} ${b.year}, n = ${b.n.toLocaleString('en')} [${b.sources.join(', ')}]${evidence(b.evidence)}`, '    ', '  '),
          ...(b.note !== undefined ? [wrap(b.note, '      ', '      ')] : []),
        ];
      }),
    ),
  );
  const l = d.licence;
  out.push(
    section('Licence', [
      wrap(`${l.holder}: ${l.terms}`, '  ', '  '),
      `  item wording shipped: ${l.itemText ? 'yes' : 'no'} · commercial use needs permission: ${l.commercialUseNeedsPermission ? 'yes' : 'no'}${l.url ? ` · ${l.url}` : ''}`,
      wrap(`Notice: ${l.notice}`, '  ', '  '),
    ]),
  );
  out.push(section('Sources', d.sources.map((s) => wrap(`[${s.id}]${s.userSupplied === true ? ' (user-supplied, not a published source)' : ''} ${s.citation}${s.doi ? ` doi:${s.doi}` : s.url ? ` ${s.url}` : ''}`, '    ', '  '))));
  out.push(section(`Columns "score ${d.id}" adds`, [wrap(scoreColumns(d).map((c) => c.name).join(', '), '  ', '  ')]));
  return out.filter(Boolean).join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

export function showCommand(): Command {
  return new Command('show')
    .description('show one instrument: items, answers, scales with their formula and missing-data rule, bands, cut-offs, flags, benchmarks, licence and sources')
    .argument('<id>', 'instrument id, e.g. phq9 (see "list")')
    .option('--json', 'print the definition as JSON (a starting point for a definition of your own)')
    .option('--definition <file>', DEFINITION_HELP)
    .addHelpText('after', '\nExamples:\n  wellbeing-instruments show phq9\n  wellbeing-instruments show cbi --json')
    .action((id: string, options: { json?: boolean }) => {
      const d = instrumentById(id);
      console.log(options.json ? JSON.stringify(d, null, 2) : describe(d));
    });
}
