/**
 * One instrument's section: what was read and how it was scored, the invalid rows by issue code,
 * each scale (see `scale.ts`), the cut-offs with prevalence, item flags, published benchmarks
 * with their populations and sources, the citations and the licence notice.
 */
import type { BenchmarkComparison } from '../../cohort/benchmarks.js';
import type { Cutoff, InstrumentDefinition } from '../../schema/types.js';
import { describeCriterion } from '../commands/show.js';
import type { ChartKit } from './charts.js';
import { cutoffEvidence, evidenceMark, undecidedScheme } from './evidence.js';
import { count, fixed, interval, num, orReason, pct, pctInterval, signed, words } from './format.js';
import { html, slug, type Markup } from './html.js';
import { scaleSection } from './scale.js';
import { criterionOf } from './thresholds.js';
import type { ReportInstrument } from './types.js';

/** Links to the instrument's sources by id. */
export function sourceLinks(d: InstrumentDefinition, ids: readonly string[]): Markup {
  return html`${ids.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="#${slug('src', d.id, id)}">${id}</a>`)}`;
}

/** The sources of a cut-off under the scheme used: the scheme's, else the cut-off's. */
function cutoffSources(cutoff: Cutoff, scheme: string | null): readonly string[] {
  const s = cutoff.schemes?.find((x) => x.id === scheme);
  return s === undefined ? cutoff.sources : [...new Set([...cutoff.sources, ...s.sources])];
}

function readingBlock(ri: ReportInstrument): Markup {
  const { run, options, definition: d, summary } = ri;
  const valid = run.rows - run.invalid;
  const bandChoices = d.scales.filter((s) => summary.scales[s.id]?.bands != null).map((s) => {
    const id = summary.scales[s.id]!.bands!.scheme;
    const scheme = s.bandSchemes.find((b) => b.id === id)!;
    return html`${s.label}: ${scheme.label}${options.bandSchemes[s.id] === undefined ? ' (default)' : ' (chosen)'}`;
  });
  const schemed = d.cutoffs.filter((c) => c.schemes !== undefined);
  return html`<ul class="reading">
<li><strong>${count(run.rows)}</strong> row${run.rows === 1 ? '' : 's'} read: <strong>${count(valid)}</strong> valid${run.incomplete > 0 ? ` (${count(run.incomplete)} of them without enough answers for every scale)` : ''}, <strong>${count(run.invalid)}</strong> invalid${run.blank > 0 ? `; ${count(run.blank)} blank row${run.blank === 1 ? '' : 's'} skipped` : ''}.</li>
${bandChoices.length > 0 && html`<li>Band schemes: ${bandChoices.map((b, i) => [i > 0 ? '; ' : '', b])}.</li>`}
${schemed.map((c) => {
  const scheme = summary.cutoffs[c.id]?.scheme ?? null;
  return scheme === null
    ? html`<li>Cut-off ${words(c.id)}: no scheme — none is a default (single secondary or conflicting sources) and none was chosen with --cutoff-scheme, so it decided nothing.</li>`
    : html`<li>Cut-off ${words(c.id)}: scheme “${c.schemes!.find((s) => s.id === scheme)?.label ?? scheme}”.</li>`;
})}
<li>Proration: ${options.prorate ? 'on — scales without a published missing-data rule were estimated from at least half their items, and are counted as prorated' : 'off — a scale without a published missing-data rule needs every item answered'}.</li>
</ul>
${run.warnings.length > 0 && html`<div class="warnings"><p><strong>Warnings while reading</strong></p><ul>${run.warnings.map((w) => html`<li>${w}</li>`)}</ul></div>`}`;
}

/**
 * Invalid rows by issue code, and where the first ones are (record number, issue code, item).
 * Respondent ids and answer values are left out, so that the report can be shared: `score`
 * lists each row's issues with its values.
 */
function invalidBlock(ri: ReportInstrument): Markup | null {
  const { run, definition: d } = ri;
  if (run.invalid === 0) return html`<p>No invalid rows.</p>`;
  const id = slug(d.id, 'invalid');
  const examples = run.examples.flatMap((e) => e.issues.map((issue) => ({ record: e.record, code: issue.code, item: issue.item })));
  return html`<section class="invalid"><h3 id="${id}">Invalid rows: ${count(run.invalid)}</h3>
<p>A row with an answer that is not one of the item’s options (or that could not be read) is not scored at all: none of its values enters the figures below, and it is never counted as a missing answer or as 0. Fix the input and run the report again to include it.</p>
<table><caption>Invalid rows by issue (a row can have several)</caption><thead><tr><th scope="col">Issue code</th><th scope="col">Rows</th></tr></thead>
<tbody>${[...run.codes].map(([code, n]) => html`<tr data-issue="${code}"><th scope="row"><code>${code}</code></th><td>${count(n)}</td></tr>`)}</tbody></table>
<table><caption>Where the ${run.examples.length === run.invalid ? '' : `first ${run.examples.length} `}invalid rows are (records counted from 1 after the header)</caption>
<thead><tr><th scope="col">Record</th><th scope="col">Issue</th><th scope="col">Item</th></tr></thead>
<tbody>${examples.map((e) => html`<tr><td>${e.record}</td><td><code>${e.code}</code></td><td>${e.item ?? '—'}</td></tr>`)}</tbody></table>
<p class="muted">Respondent ids and the answers given are left out of this report, so that it can be shared. <code>wellbeing-instruments score ${d.id} &lt;file&gt;</code> lists every row’s issues with the values found.</p>
</section>`;
}

function cutoffsBlock(ri: ReportInstrument): Markup | null {
  const { definition: d, summary } = ri;
  if (d.cutoffs.length === 0) return html`<p>${d.shortName} has no published cut-off, so no prevalence is given.</p>`;
  const id = slug(d.id, 'cutoffs');
  return html`<section><h3 id="${id}">Cut-offs and prevalence</h3>
<table class="numbers"><caption>Prevalence of each cut-off among respondents for whom it can be decided, with Wilson 95 % intervals</caption>
<thead><tr><th scope="col">Cut-off</th><th scope="col">Rule</th><th scope="col">Positive</th><th scope="col">Decided</th><th scope="col">Prevalence</th><th scope="col">95 % interval</th><th scope="col">Not decided</th><th scope="col">Sources</th></tr></thead>
<tbody>${d.cutoffs.map((c) => {
    const s = summary.cutoffs[c.id]!;
    const rule = undecidedScheme(c, s.scheme) ? 'no default scheme (its sources are single secondary or conflict); choose one with --cutoff-scheme' : describeCriterion(criterionOf(c, s.scheme));
    return html`<tr data-cutoff="${c.id}"><th scope="row">${c.label}<br><code>${c.id}</code></th><td class="text">${rule}${evidenceMark(cutoffEvidence(c, s.scheme))}</td><td>${count(s.positives)}</td><td>${count(s.determinable)}</td><td class="prevalence">${orReason(s.prevalence, pct, s.reasons.prevalence)}</td><td class="ci">${orReason(s.ci, pctInterval, s.reasons.ci)}</td><td>${count(s.notDeterminable)}</td><td>${sourceLinks(d, cutoffSources(c, s.scheme))}</td></tr>`;
  })}</tbody></table>
<p class="muted">“Decided”: valid rows where the rule is true or false. “Not decided”: valid rows with too few answers to tell; they are left out of the prevalence, never counted as negative. Invalid rows are in neither. “⚠ secondary evidence”: the rule was read in others’ reports of it, not in the authors’ own publication (see the package’s docs/evidence.md).</p>
</section>`;
}

function flagsBlock(ri: ReportInstrument): Markup | null {
  const { definition: d, summary } = ri;
  if (d.flags.length === 0) return null;
  const id = slug(d.id, 'flags');
  return html`<section><h3 id="${id}">Item alerts</h3>
<table><caption>Rows where an item alert fired, and where its item was not answered (alerts are never inferred from other answers)</caption>
<thead><tr><th scope="col">Alert</th><th scope="col">Rule</th><th scope="col">Positive</th><th scope="col">Item unanswered</th><th scope="col">Sources</th></tr></thead>
<tbody>${d.flags.map((f) => html`<tr data-flag="${f.id}"><th scope="row">${f.label}</th><td>${f.item} ${f.op === '>=' ? '≥' : f.op === '<=' ? '≤' : f.op} ${num(f.value)}${evidenceMark(f.evidence)}</td><td>${count(summary.flags[f.id]?.positive ?? 0)}</td><td>${count(summary.flags[f.id]?.unanswered ?? 0)}</td><td>${sourceLinks(d, f.sources)}</td></tr>`)}</tbody></table>
<p class="muted">An alert such as PHQ-9 item 9 calls for follow-up of the individuals concerned under your organisation’s protocol; this report holds no names.</p>
</section>`;
}

function benchmarkRow(d: InstrumentDefinition, b: BenchmarkComparison): Markup {
  const who = html`<th scope="row">${b.population}<br><span class="muted">${b.country} ${b.year}, n = ${count(b.n)}${b.note === null ? '' : ` — ${b.note}`}</span></th>`;
  const sources = html`<td>${sourceLinks(d, b.sources)}</td>`;
  if (b.kind === 'mean') {
    return html`<tr data-benchmark="${b.id}">${who}<td class="text">${b.scale}: mean ${num(b.benchmark.mean)}${b.benchmark.sd === null ? '' : ` (SD ${num(b.benchmark.sd)})`}</td><td class="text">${b.cohort.mean === null ? '—' : `mean ${fixed(b.cohort.mean)}${b.cohort.sd === null ? '' : ` (SD ${fixed(b.cohort.sd)})`}, n = ${count(b.cohort.n)}`}</td><td class="text">${b.difference === null ? orReason(null, String, b.reasons.difference) : `${signed(b.difference)} (${orReason(b.ci, (ci) => interval(ci), b.reasons.ci)})`}${b.standardizedDifference === null ? '' : `; d = ${fixed(b.standardizedDifference)}`}</td>${sources}</tr>`;
  }
  if (b.kind === 'prevalence') {
    return html`<tr data-benchmark="${b.id}">${who}<td class="text">${b.cutoff}: ${pct(b.benchmark.prevalence)}</td><td class="text">${b.cohort.prevalence === null ? '—' : `${pct(b.cohort.prevalence)} (${count(b.cohort.positives)} of ${count(b.cohort.n)})`}</td><td class="text">${b.difference === null ? orReason(null, String, b.reasons.difference) : `${signed(100 * b.difference, 1)} points (${orReason(b.ci, (ci) => `${fixed(100 * ci.lower, 1)} to ${fixed(100 * ci.upper, 1)}`, b.reasons.ci)})`}</td>${sources}</tr>`;
  }
  return html`<tr data-benchmark="${b.id}">${who}<td class="text">${b.scale}: ${b.values.map((v, i) => `${i > 0 ? '; ' : ''}${num(v.value)}: ${pct(v.benchmark)}`).join('')}</td><td class="text">${b.values.map((v, i) => `${i > 0 ? '; ' : ''}${num(v.value)}: ${v.cohort === null ? '—' : pct(v.cohort)}`).join('')} (n = ${count(b.cohortN)})</td><td>shares side by side</td>${sources}</tr>`;
}

function benchmarksBlock(ri: ReportInstrument): Markup | null {
  const { definition: d, summary } = ri;
  const id = slug(d.id, 'benchmarks');
  if (summary.benchmarks.length === 0) return html`<section><h3 id="${id}">Published benchmarks</h3><p>The definition of ${d.shortName} lists no published benchmark.</p></section>`;
  return html`<section><h3 id="${id}">Published benchmarks</h3>
<p>Figures published for other populations, set beside this sample. They describe those populations, not a standard this sample must meet; differences in who was asked, when and how matter as much as the numbers.</p>
<table class="numbers"><caption>This sample against published benchmarks (differences: this sample minus the benchmark, 95 % interval — Welch for means, Newcombe for prevalences; d: Cohen’s d)</caption>
<thead><tr><th scope="col">Population</th><th scope="col">Published</th><th scope="col">This sample</th><th scope="col">Difference (95 % interval)</th><th scope="col">Source</th></tr></thead>
<tbody>${summary.benchmarks.map((b) => benchmarkRow(d, b))}</tbody></table></section>`;
}

function sourcesBlock(d: InstrumentDefinition): Markup {
  const id = slug(d.id, 'sources');
  const l = d.licence;
  return html`<section><h3 id="${id}">Sources and licence</h3>
<ol class="sources">${d.sources.map((s) => {
    const link = s.doi !== undefined ? `https://doi.org/${s.doi}` : s.url;
    return html`<li id="${slug('src', d.id, s.id)}"><span class="muted">[${s.id}]</span> ${s.citation}${link === undefined ? '' : html` <a href="${link}">${s.doi !== undefined ? `doi:${s.doi}` : link}</a>`}${s.note === undefined ? '' : html` <span class="muted">— ${s.note}</span>`}</li>`;
  })}</ol>
<p class="licence"><strong>Licence.</strong> ${l.holder}: ${l.terms}${l.url === undefined ? '' : html` <a href="${l.url}">${l.url}</a>`}</p>
<p class="notice"><strong>Notice.</strong> ${l.notice}</p>
</section>`;
}

/** The section of one instrument. */
export function instrumentSection(k: ChartKit, ri: ReportInstrument): Markup {
  const d = ri.definition;
  const id = slug('instrument', d.id);
  return html`<section class="instrument" aria-labelledby="${id}">
<h2 id="${id}">${d.shortName} <span class="muted">— ${d.name}</span></h2>
<p>Measures ${d.constructs.map(words).join(', ')}${d.recallPeriod === null ? '' : `; recall period: ${d.recallPeriod}`}. Definition version ${d.version}.</p>
${readingBlock(ri)}
${invalidBlock(ri)}
${d.scales.map((s) => scaleSection(k, ri, s))}
${cutoffsBlock(ri)}
${flagsBlock(ri)}
${benchmarksBlock(ri)}
${sourcesBlock(d)}
</section>`;
}
