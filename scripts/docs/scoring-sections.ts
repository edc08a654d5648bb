/** The scoring sections of an instrument page: scales (formula in words and symbols, missing data, bands), cut-offs and flags. */
import type { Band, BandScheme, Cutoff, InstrumentDefinition, Scale } from '../../src/schema/types.js';
import { cite, criterion, evidence, evidenceLevel, num, op, optionRange, table } from './markdown.js';

/** Item ids compressed for prose: all of them up to 12, else the first three … the last. */
function itemList(ids: readonly string[]): string {
  return ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')}, …, ${ids[ids.length - 1]} (${ids.length} items)`;
}

function reversed(def: InstrumentDefinition, scale: Scale): string {
  const rev = def.items.filter((i) => i.reverse === true && scale.items.includes(i.id));
  if (rev.length === 0) return '';
  const [lo, hi] = optionRange(def, rev[0]!.responseScale);
  const same = rev.every((i) => {
    const [l, h] = optionRange(def, i.responseScale);
    return l === lo && h === hi;
  });
  const form = same ? `${num(lo + hi)} − answer` : '(min + max of its options) − answer';
  return ` Reverse-keyed items (${rev.map((i) => i.id).join(', ')}) count as ${form}.`;
}

/** What a scale computes, in words and in symbols. */
export function formula(def: InstrumentDefinition, scale: Scale): { words: string; symbols: string } {
  const m = scale.method;
  const n = scale.items.length;
  switch (m.kind) {
    case 'sum':
      return { words: `Sum of the ${n} item values (${itemList(scale.items)}).${reversed(def, scale)}`, symbols: `${scale.id} = Σ xᵢ, i = 1…${n}` };
    case 'mean':
      return scale.missing.kind === 'min_answered'
        ? { words: `Mean of the answered items among ${itemList(scale.items)}.${reversed(def, scale)}`, symbols: `${scale.id} = (1/k) Σ xᵢ over the k answered items, k ≥ ${scale.missing.min} of ${n}` }
        : { words: `Mean of the ${n} item values (${itemList(scale.items)}).${reversed(def, scale)}`, symbols: `${scale.id} = (1/${n}) Σ xᵢ, i = 1…${n}` };
    case 'linear':
      return {
        words: `The \`${m.of}\` scale multiplied by ${num(m.multiply)}${m.add === 0 ? '' : ` plus ${num(m.add)}`}.`,
        symbols: `${scale.id} = ${m.of} × ${num(m.multiply)}${m.add === 0 ? '' : ` + ${num(m.add)}`}`,
      };
    case 'lookup':
      return {
        words: `The \`${m.of}\` scale converted by a published table (${m.table.length} rows; ${evidence(m.evidence)}): ${m.table.map(([a, b]) => `${num(a)} → ${num(b)}`).join(', ')}.`,
        symbols: `${scale.id} = table(${m.of})`,
      };
    case 'composite':
      return {
        words: `Weighted sum of other scales: ${m.terms.map((t) => `${num(t.weight)} × \`${t.scale}\``).join(' + ')}${m.add === 0 ? '' : ` + ${num(m.add)}`}.`,
        symbols: `${scale.id} = ${m.terms.map((t) => `${num(t.weight)} × ${t.scale}`).join(' + ')}${m.add === 0 ? '' : ` + ${num(m.add)}`}`,
      };
    case 'product_sum':
      return {
        words: `Sum over ${m.pairs.length} pairs of items of the product of the two answers (${m.pairs.slice(0, 2).map(([a, b]) => `${a} × ${b}`).join(', ')}, …).`,
        symbols: `${scale.id} = Σ aⱼ × bⱼ, j = 1…${m.pairs.length}`,
      };
  }
}

/** The missing-data rule a scale applies, with the package's opt-in proration where it exists. */
export function missingRule(scale: Scale): string {
  const m = scale.method;
  if (m.kind === 'linear' || m.kind === 'lookup') return `Scored when \`${m.of}\` is scored.`;
  if (m.kind === 'composite') return 'Scored when every term is scored.';
  if (scale.missing.kind === 'min_answered') {
    return `Published rule: scored when at least ${scale.missing.min} of ${scale.items.length} items are answered (${cite(scale.missing.sources)}; ${evidence(scale.missing.evidence)}); otherwise \`null\` with reason \`insufficient_answers\`.`;
  }
  const base = `No published missing-data rule: every item must be answered, otherwise \`null\` with reason \`insufficient_answers\` (never 0).`;
  if (m.kind === 'product_sum') return `${base} Never prorated.`;
  return `${base} With \`options.prorate\` the package's rule applies: scored when at least ${Math.ceil(scale.items.length / 2)} of ${scale.items.length} are answered${m.kind === 'sum' ? ', as the mean of the answered items × ' + scale.items.length : ''}, and marked \`prorated: true\` (a package rule, not the authors').`;
}

function bandRange(bands: readonly Band[], i: number, scale: Scale): string {
  const b = bands[i]!;
  const next = bands[i + 1];
  const lower = `${b.minExclusive === true ? '>' : '≥'} ${num(b.min)}`;
  if (next === undefined) return `${lower} (to ${num(scale.range[1])})`;
  return `${lower} and ${next.minExclusive === true ? '≤' : '<'} ${num(next.min)}`;
}

function bandScheme(scheme: BandScheme, scale: Scale): string {
  const choice = scheme.default === true ? ', default' : ', not a default: choose it with `options.bandSchemes`';
  const head = `Band scheme **${scheme.label}** (\`${scheme.id}\`${choice}; ${cite(scheme.sources)}; ${evidence(scheme.evidence)}):`;
  return `${head}\n\n${table(['band', 'id', `${scale.id}`], scheme.bands.map((b, i) => [b.label, `\`${b.id}\``, bandRange(scheme.bands, i, scale)]))}`;
}

export function scalesSection(def: InstrumentDefinition): string {
  return def.scales
    .map((scale) => {
      const f = formula(def, scale);
      const codes = (scale.codes ?? []).map((c) => `${c.code}${c.display === undefined ? '' : ` (${c.display})`}`);
      const lines = [
        `### ${scale.label} (\`${scale.id}\`)`,
        '',
        `- In words: ${f.words}`,
        `- In symbols: \`${f.symbols}\``,
        `- Range ${num(scale.range[0])}–${num(scale.range[1])}; ${scale.direction === 'higher_is_worse' ? 'higher is worse' : 'higher is better'}.`,
        `- Missing data: ${missingRule(scale)}`,
        ...(codes.length > 0 ? [`- Codes: ${codes.join('; ')}`] : []),
        `- Sources: ${cite(scale.sources)}`,
        '',
        scale.bandSchemes.length === 0 ? 'No band scheme.' : scale.bandSchemes.map((s) => bandScheme(s, scale)).join('\n\n'),
      ];
      return lines.join('\n');
    })
    .join('\n\n');
}

function cutoffRows(c: Cutoff): string[][] {
  if (c.schemes === undefined) return [[c.label, `\`${c.id}\``, '—', criterion(c.criterion), evidenceLevel(c.evidence), cite(c.sources)]];
  const anyDefault = c.schemes.some((s) => s.default === true);
  return c.schemes.map((s) => [
    `${c.label}: ${s.label}`,
    `\`${c.id}\``,
    `\`${s.id}\`${s.default === true ? ' (default)' : anyDefault ? '' : ' (no default: choose it)'}`,
    criterion(s.criterion),
    evidenceLevel(s.evidence),
    cite(s.sources),
  ]);
}

export function cutoffsSection(def: InstrumentDefinition): string {
  if (def.cutoffs.length === 0) return 'No published cut-off is encoded for this instrument (see [unverified.md](../unverified.md) for any that were left out).';
  const intro =
    'Each cut-off is `true`, `false` or `null` (not determinable, e.g. a scale is unscored) with three-valued any/all. Where the literature defines a cut-off in several ways, each way is a scheme; pick one with `options.cutoffSchemes`. A cut-off whose schemes rest on single secondary or conflicting sources has no default: it is `null` until you choose a scheme (see [evidence levels](../evidence.md)).';
  const notes = def.cutoffs
    .flatMap((c) => (c.schemes ?? [c]).map((s) => ({ id: c.schemes === undefined ? c.id : `${c.id}/${s.id}`, e: s.evidence })))
    .filter((x) => x.e !== undefined && x.e.level !== 'primary')
    .map((x) => `- \`${x.id}\`: ${evidence(x.e)}`);
  return [`${intro}\n\n${table(['cut-off', 'id', 'scheme', 'criterion', 'evidence', 'sources'], def.cutoffs.flatMap(cutoffRows))}`, ...(notes.length === 0 ? [] : ['', 'Below primary:', '', ...notes])].join('\n');
}

export function flagsSection(def: InstrumentDefinition): string {
  if (def.flags.length === 0) return 'None.';
  const intro = 'Flags are reported apart from bands, in `result.flags`. A safety item is never imputed: if it is unanswered the flag is reported with status `unanswered`, not as negative.';
  return `${intro}\n\n${table(['flag', 'id', 'when', 'evidence', 'sources'], def.flags.map((f) => [f.label, `\`${f.id}\``, `answer to ${f.item} ${op(f.op)} ${num(f.value)}`, evidenceLevel(f.evidence), cite(f.sources)]))}`;
}
