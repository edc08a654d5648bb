/**
 * One scale of one instrument: its distribution as a chart (cut-off lines, bands, the sample's
 * mean and published benchmark means), the chart's numbers as a table, descriptives, band
 * counts and reliability.
 */
import type { ScaleSummary } from '../../cohort/summarize.js';
import type { DistributionComparison, MeanComparison } from '../../cohort/benchmarks.js';
import type { InstrumentDefinition, Scale } from '../../schema/types.js';
import { scaleChart, type ChartKit, type Marker } from './charts.js';
import { count, fixed, interval, num, orReason, pct, REASONS, words } from './format.js';
import { html, raw, slug, type Markup } from './html.js';
import { evidenceMark } from './evidence.js';
import { bandRangeText, bandRegions, cutoffLines } from './thresholds.js';
import type { ReportInstrument } from './types.js';

/** The first clause of a benchmark's population ("German general population, …" → "German general population"). */
export function shortPopulation(population: string): string {
  return population.split(/[,(;]/)[0]!.trim();
}

/** The bars of a histogram: one per whole value (drawn ± 0.5 around it) or one per interval. */
export function barsOf(s: ScaleSummary): { from: number; to: number; count: number; text: string; label: string }[] {
  const h = s.histogram;
  if (h.kind === 'values') return h.bins.map((b) => ({ from: b.value - 0.5, to: b.value + 0.5, count: b.count, label: num(b.value), text: `${num(b.value)}: ${count(b.count)}` }));
  return h.bins.map((b, i) => {
    return { from: b.from, to: b.to, count: b.count, label: `${num(b.from)}–${num(b.to)}`, text: `${num(b.from)} to ${i === h.bins.length - 1 ? '' : 'under '}${num(b.to)}: ${count(b.count)}` };
  });
}

/** Published means (with SD) on this scale, as chart markers, after the sample's own mean. */
export function markersOf(s: ScaleSummary, means: readonly MeanComparison[]): Marker[] {
  const markers: Marker[] = [];
  const d = s.descriptives;
  if (d.mean !== null) markers.push({ kind: 'sample', label: `This sample: ${fixed(d.mean)}${d.sd === null ? '' : ` ± ${fixed(d.sd)}`} (n = ${count(d.n)})`, mean: d.mean, sd: d.sd });
  for (const b of means) {
    markers.push({ kind: 'benchmark', label: `${shortPopulation(b.population)}, ${b.country} ${b.year}: ${num(b.benchmark.mean)}${b.benchmark.sd === null ? '' : ` ± ${num(b.benchmark.sd)}`}`, mean: b.benchmark.mean, sd: b.benchmark.sd });
  }
  return markers;
}

/** "0–27, higher is worse" (the range left out when the label already gives it). */
function range(scale: Scale): string {
  const span = `${num(scale.range[0])}–${num(scale.range[1])}`;
  const direction = scale.direction === 'higher_is_worse' ? 'higher is worse' : 'higher is better';
  return scale.label.includes(span) ? direction : `${span}, ${direction}`;
}

/** Columns per table of the chart's numbers, so that a table fits a printed page. */
export const COLUMNS_PER_TABLE = 16;

/** The section of one scale. */
export function scaleSection(k: ChartKit, ri: ReportInstrument, scale: Scale): Markup {
  const { definition: d, summary } = ri;
  const s = summary.scales[scale.id]!;
  const id = slug(d.id, scale.id);
  const discrete = s.histogram.kind === 'values';
  const schemes = Object.fromEntries(Object.entries(summary.cutoffs).map(([c, v]) => [c, v.scheme]));
  const lines = cutoffLines(d, scale.id, schemes, discrete);
  const scheme = s.bands === null ? undefined : scale.bandSchemes.find((b) => b.id === s.bands!.scheme);
  const bands = scheme === undefined ? [] : bandRegions(scheme, scale.range, discrete);
  const means = summary.benchmarks.filter((b): b is MeanComparison => b.kind === 'mean' && b.scale === scale.id);
  const distributions = summary.benchmarks.filter((b): b is DistributionComparison => b.kind === 'distribution' && b.scale === scale.id);
  const markers = markersOf(s, means);
  const expectedFrom = discrete ? distributions[0] : undefined;
  const expected = expectedFrom === undefined ? [] : expectedFrom.values.map((v) => ({ value: v.value, count: v.benchmark * s.scored }));
  const bars = barsOf(s);
  const name = `${d.shortName} ${scale.label}`;

  const description = [
    `Histogram of ${scale.label} (${range(scale)}) for the ${count(s.scored)} respondents with a value; ${count(s.missing)} without one.`,
    lines.length > 0 ? `Cut-off line${lines.length === 1 ? '' : 's'}: ${lines.map((l) => l.label).join('; ')}.` : 'No cut-off on this scale.',
    bands.length > 0 ? `Bands: ${bands.map((b) => b.label).join(', ')}.` : '',
    markers.map((m) => `${m.label}${m.sd === null ? '' : ' (mean ± SD)'}.`).join(' '),
    expected.length > 0 ? `Diamonds: respondents expected at each value if this sample answered as ${shortPopulation(expectedFrom!.population)} (${expectedFrom!.country} ${expectedFrom!.year}).` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const chart = s.scored === 0 ? null : raw(scaleChart(k, { label: `Distribution of ${name}`, description, axis: `${scale.label} (${scale.direction === 'higher_is_worse' ? 'higher is worse' : 'higher is better'})`, range: scale.range, bars, lines, bands, markers, expected, discrete }));
  const legend = [
    html`<li><span class="swatch bar"></span> bars: respondents ${discrete ? 'at each value' : 'in each interval (the last includes its upper end)'}</li>`,
    lines.length > 0 && html`<li><span class="swatch cutoff"></span> dashed line: cut-off, labelled with its rule${discrete ? ' (drawn between the last value that does not meet it and the first that does)' : ''}</li>`,
    bands.length > 0 && html`<li><span class="swatch band"></span> shaded areas: bands of the “${scheme!.label}” scheme</li>`,
    s.descriptives.mean !== null && html`<li><span class="swatch sample"></span> this sample’s mean, line ± 1 SD</li>`,
    means.length > 0 && html`<li><span class="swatch benchmark"></span> published mean ± 1 SD of another population (see “Published benchmarks”; its line is cut at the ends of the scale)</li>`,
    expected.length > 0 && html`<li><span class="swatch expected"></span> expected respondents at each value if this sample answered like ${shortPopulation(expectedFrom!.population)}</li>`,
  ];

  const caption = `Respondents at each ${discrete ? 'value' : 'interval'} of ${scale.label}${discrete ? '' : ' (each interval holds its lower end; the last also its upper end)'}`;
  const chunks: (typeof bars)[] = [];
  for (let i = 0; i < bars.length; i += COLUMNS_PER_TABLE) chunks.push(bars.slice(i, i + COLUMNS_PER_TABLE));
  const expectedAt = (b: (typeof bars)[number]) => expected.find((x) => x.value > b.from && x.value < b.to);
  const table = chunks.map(
    (chunk, i) => html`<table class="wide" data-numbers="${id}">
<caption>${caption}${chunks.length > 1 ? ` (${i + 1} of ${chunks.length}: ${chunk[0]!.label} to ${chunk[chunk.length - 1]!.label})` : ''}</caption>
<thead><tr><th scope="row">${scale.label}</th>${chunk.map((b) => html`<th scope="col">${b.label}</th>`)}</tr></thead>
<tbody><tr><th scope="row">Respondents</th>${chunk.map((b) => html`<td>${count(b.count)}</td>`)}</tr>
${expected.length > 0 && html`<tr><th scope="row">Expected as ${shortPopulation(expectedFrom!.population)}</th>${chunk.map((b) => html`<td>${expectedAt(b) === undefined ? '—' : num(expectedAt(b)!.count, 1)}</td>`)}</tr>`}</tbody></table>`,
  );

  return html`<section class="scale">
<h3 id="${id}">${scale.label} <span class="muted">(${range(scale)})</span></h3>
${
  chart === null
    ? html`<p class="empty">No respondent has a value on this scale, so there is nothing to draw.</p>`
    : html`<figure class="chart" data-chart="${id}">${chart}<figcaption><ul class="legend">${legend}</ul></figcaption></figure>`
}
${table}
<div class="facts">
${descriptivesTable(scale, s)}
${reliabilityBlock(scale, s)}
</div>
${bandsTable(d, scale, s, discrete)}
</section>`;
}

function descriptivesTable(scale: Scale, s: ScaleSummary): Markup {
  const d = s.descriptives;
  const rows: [string, string][] = [
    ['Respondents with a value', count(s.scored)],
    ['Without a value: too few answers', count(s.missingBy.insufficient_answers)],
    ...(s.missingBy.invalid_answers > 0 ? ([['Without a value: invalid answer', count(s.missingBy.invalid_answers)]] as [string, string][]) : []),
    ...(s.prorated > 0 ? ([['Prorated (estimated from the answered items)', count(s.prorated)]] as [string, string][]) : []),
    ['Mean (SD)', d.mean === null ? orReason(null, String, d.reasons.mean) : `${fixed(d.mean)} (${orReason(d.sd, (v) => fixed(v), d.reasons.sd)})`],
    ['Median (quartiles)', d.median === null ? orReason(null, String, d.reasons.median) : `${num(d.median)} (${num(d.q1!)}–${num(d.q3!)})`],
    ['Lowest – highest', d.min === null ? '—' : `${num(d.min)} – ${num(d.max!)}`],
  ];
  return html`<table class="kv"><caption>${scale.label}: summary</caption><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>`;
}

function bandsTable(d: InstrumentDefinition, scale: Scale, s: ScaleSummary, discrete: boolean): Markup | null {
  if (s.bands === null) return null;
  const scheme = scale.bandSchemes.find((b) => b.id === s.bands!.scheme)!;
  return html`<table><caption>${scale.label}: bands (${scheme.label})${evidenceMark(scheme.evidence)}</caption>
<thead><tr><th scope="col">Band</th><th scope="col">Scores</th><th scope="col">Respondents</th><th scope="col">% of those with a value</th></tr></thead>
<tbody>${s.bands.counts.map((b, i) => html`<tr data-band="${b.id}"><th scope="row">${b.label}</th><td>${bandRangeText(scheme, i, scale.range, discrete)}</td><td>${count(b.count)}</td><td>${b.proportion === null ? '—' : pct(b.proportion)}</td></tr>`)}</tbody>
<tfoot><tr><td colspan="4" class="muted">Source: ${scheme.sources.map((id) => html`<a href="#${slug('src', d.id, id)}">${id}</a>`).map((a, i) => [i > 0 ? ', ' : '', a])}</td></tr></tfoot></table>`;
}

function reliabilityBlock(scale: Scale, s: ScaleSummary): Markup {
  const r = s.reliability;
  if (r.alpha === null) return html`<p class="reliability"><strong>Reliability of ${scale.label}:</strong> not computed (${r.reasons.alpha === undefined ? 'no values' : REASONS[r.reasons.alpha]}).</p>`;
  return html`<div class="reliability"><table class="kv"><caption>Reliability of ${scale.label}</caption><tbody>
<tr><th scope="row">Cronbach’s alpha</th><td>${fixed(r.alpha)}</td></tr>
<tr><th scope="row">95 % interval (Feldt)</th><td>${orReason(r.alphaCi, (ci) => interval(ci), r.reasons.alphaCi)}</td></tr>
<tr><th scope="row">McDonald’s omega total</th><td>${orReason(r.omegaTotal, (v) => fixed(v), r.reasons.omegaTotal)}</td></tr>
<tr><th scope="row">Complete answers used</th><td>${count(r.n)} respondents × ${r.items} items</td></tr>
</tbody></table>${r.excluded.length > 0 && html`<p class="muted">Left out for not varying: ${r.excluded.map((e) => words(e.item)).join(', ')}.</p>`}</div>`;
}
