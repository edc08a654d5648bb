/**
 * The report's opening: what the data are, one line per instrument with its headline (the
 * construct, severity scale and cut-off its definition declares for comparisons), and what
 * each kind of figure means.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { cutoffEvidence, evidenceMark } from './evidence.js';
import { count, fixed, orReason, pct, pctInterval, words } from './format.js';
import { html, slug, type Markup } from './html.js';
import type { ReportInput, ReportInstrument } from './types.js';

/** The scale and cut-off an instrument is headlined by: its first declared outcome, else its first scale and cut-off. */
export function headline(d: InstrumentDefinition): { construct: string; scale: string; cutoff: string | null } {
  const o = d.outcomes?.[0];
  if (o !== undefined) return { construct: o.construct, scale: o.severityScale, cutoff: o.cutoff ?? null };
  return { construct: d.constructs[0] ?? '', scale: d.scales[0]!.id, cutoff: d.cutoffs[0]?.id ?? null };
}

function glanceRow(ri: ReportInstrument): Markup {
  const { definition: d, summary, run } = ri;
  const h = headline(d);
  const scale = d.scales.find((s) => s.id === h.scale)!;
  const desc = summary.scales[h.scale]!.descriptives;
  const c = h.cutoff === null ? null : summary.cutoffs[h.cutoff]!;
  const cutoff = h.cutoff === null ? null : d.cutoffs.find((x) => x.id === h.cutoff)!;
  return html`<tr data-instrument="${d.id}">
<th scope="row"><a href="#${slug('instrument', d.id)}">${d.shortName}</a></th>
<td>${words(h.construct)}</td>
<td>${count(run.rows)}</td>
<td>${count(run.invalid)}</td>
<td class="text">${scale.label}: ${orReason(desc.mean, (m) => fixed(m), desc.reasons.mean)}${desc.sd === null ? '' : ` (SD ${fixed(desc.sd)})`}, n = ${count(desc.n)}</td>
<td class="text">${cutoff === null ? '— (no published cut-off)' : html`${cutoff.label}${evidenceMark(cutoffEvidence(cutoff, c!.scheme))}`}</td>
<td>${c === null ? '—' : html`${orReason(c.prevalence, pct, c.reasons.prevalence)}${c.ci === null ? '' : ` (${pctInterval(c.ci)})`}<br><span class="muted">${count(c.positives)} of ${count(c.determinable)}</span>`}</td>
</tr>`;
}

/** The header, the at-a-glance table and the definitions. */
export function overview(input: ReportInput): Markup {
  const rows = Math.max(0, ...input.instruments.map((i) => i.run.rows));
  return html`<section aria-labelledby="glance">
<h2 id="glance">At a glance</h2>
<p>${count(rows)} row${rows === 1 ? '' : 's'} of <strong>${input.source}</strong>, scored on ${input.instruments.length} instrument${input.instruments.length === 1 ? '' : 's'}. Every figure describes the people who answered this survey — it is your data, not a norm. Published figures from other populations appear only where labelled as benchmarks, with their population and source.</p>
<table class="numbers"><caption>One line per instrument: rows read, invalid rows, the mean of its headline scale and the prevalence of its headline cut-off (Wilson 95 % interval)</caption>
<thead><tr><th scope="col">Instrument</th><th scope="col">Measures</th><th scope="col">Rows</th><th scope="col">Invalid</th><th scope="col">Headline scale: mean (SD)</th><th scope="col">Headline cut-off</th><th scope="col">Prevalence (95 % interval)</th></tr></thead>
<tbody>${input.instruments.map(glanceRow)}</tbody></table>
</section>
<section aria-labelledby="reading-guide">
<h2 id="reading-guide">How to read this report</h2>
<dl class="guide">
<dt>Prevalence</dt><dd>The share of respondents meeting a cut-off, among those for whom it can be decided. Rows where too few answers were given to decide are left out of both the count and the denominator; they are never treated as negative.</dd>
<dt>95 % interval</dt><dd>Wilson’s score interval for a prevalence: the range of prevalences compatible with this sample at the 95 % level. Small samples give wide intervals; read them before comparing two numbers.</dd>
<dt>Missing answers</dt><dd>A skipped answer is never counted as 0. A scale is scored only under the instrument’s published missing-data rule (or, where the authors publish none, only when every item is answered); otherwise it has no value and is counted as “without a value”.</dd>
<dt>Invalid rows</dt><dd>Rows with an answer that is not one of the item’s options (or that could not be read) are not scored. They are counted and listed by issue code in each instrument’s section.</dd>
<dt>Reliability</dt><dd>Cronbach’s alpha with Feldt’s 95 % interval and McDonald’s omega total (one factor), on the respondents who answered every item of the scale. Values around 0.8 or more are usual for established scales; a low value in this sample is worth a look at the data.</dd>
<dt>Benchmarks</dt><dd>Means, prevalences or distributions published for other populations, each named with its population, country, year, size and source. Differences are this sample minus the benchmark, with a 95 % interval.</dd>
<dt>Severity (0–100)</dt><dd>In the comparison across instruments, each instrument’s headline scale rescaled to 0–100 (percent of the maximum possible), turned round where higher is better, so that higher always means more of the adverse state.</dd>
</dl>
</section>`;
}
