/**
 * Constructs side by side across instruments: prevalence by each instrument's own cut-off with
 * its Wilson interval (chart and table), severity on the common 0–100 scale, and, where the same
 * respondents answered two instruments with cut-offs for one construct, how often they agree.
 */
import type { OutcomePrevalence, OutcomesSummary } from '../../cohort/outcomes.js';
import { comparisonChart, type ChartKit, type ComparisonRow } from './charts.js';
import { count, fixed, num, orReason, pct, pctInterval, words } from './format.js';
import { html, raw, type Markup } from './html.js';
import type { ReportInput } from './types.js';

function nameOf(input: ReportInput, o: { readonly id: string; readonly name: string }): string {
  return input.instruments.find((i) => i.definition.id === o.id)?.definition.shortName ?? o.name;
}

/** The chart's rows: outcomes with a prevalence, labelled "construct — instrument". */
export function comparisonRows(input: ReportInput, outcomes: readonly OutcomePrevalence[]): ComparisonRow[] {
  return outcomes
    .filter((o) => o.prevalence !== null && o.ci !== null)
    .map((o) => ({
      label: `${words(o.construct)} — ${nameOf(input, o.instrument)}`,
      prevalence: o.prevalence!,
      lower: o.ci!.lower,
      upper: o.ci!.upper,
      text: `${pct(o.prevalence!)} (n = ${count(o.determinable)})`,
    }));
}

/** The comparison section; null when there is nothing to compare. */
export function comparisonSection(k: ChartKit, input: ReportInput, summary: OutcomesSummary): Markup | null {
  if (summary.outcomes.length === 0) return null;
  const rows = comparisonRows(input, summary.outcomes);
  const description = `Prevalence with 95 % Wilson intervals by construct and instrument: ${rows.map((r) => `${r.label} ${pct(r.prevalence)} (${pctInterval(r)})`).join('; ')}.`;
  const chart = rows.length === 0 ? null : raw(comparisonChart(k, rows, 'Prevalence by construct and instrument', description));
  return html`<section class="comparison" aria-labelledby="comparison">
<h2 id="comparison">Across instruments</h2>
<p>Each instrument decides “positive” by its own published cut-off, for the construct it measures. Instruments that measure the same construct differ in wording, recall period and threshold, so their prevalences differ even among the same people; read them side by side, not as one number. The interval is the Wilson 95 % interval; the denominator is the respondents for whom the cut-off can be decided.</p>
${chart === null ? html`<p class="empty">No instrument has a prevalence to draw.</p>` : html`<figure class="chart" data-chart="comparison">${chart}<figcaption>Dot: prevalence; line: its Wilson 95 % interval; the label gives the prevalence and the respondents it is computed over.</figcaption></figure>`}
<table class="numbers"><caption>Prevalence and severity (0–100, higher = more adverse) by construct and instrument</caption>
<thead><tr><th scope="col">Construct</th><th scope="col">Instrument</th><th scope="col">Cut-off</th><th scope="col">Positive</th><th scope="col">Decided</th><th scope="col">Prevalence</th><th scope="col">95 % interval</th><th scope="col">Severity: mean (SD)</th></tr></thead>
<tbody>${summary.outcomes.map(
    (o) => html`<tr data-outcome="${o.construct}:${o.instrument.id}"><td>${words(o.construct)}</td><th scope="row">${nameOf(input, o.instrument)}</th><td class="text">${o.criterion === null ? '— (none published)' : o.criterion.label}</td><td>${count(o.positives)}</td><td>${count(o.determinable)}</td><td>${orReason(o.prevalence, pct, o.reasons.prevalence)}</td><td>${orReason(o.ci, pctInterval, o.reasons.ci)}</td><td>${o.severity.mean === null ? '—' : `${num(o.severity.mean, 1)}${o.severity.sd === null ? '' : ` (${num(o.severity.sd, 1)})`}`}, n = ${count(o.severity.n)}</td></tr>`,
  )}</tbody></table>
${agreementTable(input, summary)}
</section>`;
}

function agreementTable(input: ReportInput, summary: OutcomesSummary): Markup {
  if (summary.agreement.length === 0) {
    return html`<p>No two instruments here have cut-offs for the same construct answered by the same respondents, so there is no agreement to show.</p>`;
  }
  return html`<table class="numbers"><caption>Agreement between instruments on the same construct, among respondents for whom both cut-offs can be decided (kappa: Cohen’s kappa, agreement beyond chance; 1 = perfect, 0 = chance)</caption>
<thead><tr><th scope="col">Construct</th><th scope="col">Instruments</th><th scope="col">Respondents</th><th scope="col">Both positive</th><th scope="col">First only</th><th scope="col">Second only</th><th scope="col">Neither</th><th scope="col">Agree</th><th scope="col">Kappa</th></tr></thead>
<tbody>${summary.agreement.map((a) => {
    const [first, second] = a.instruments.map((id) => nameOf(input, { id, name: id }));
    return html`<tr data-agreement="${a.construct}:${a.instruments.join(':')}"><td>${words(a.construct)}</td><th scope="row">${first} and ${second}</th><td>${count(a.n)}</td><td>${count(a.bothPositive)}</td><td>${count(a.firstOnly)}</td><td>${count(a.secondOnly)}</td><td>${count(a.neitherPositive)}</td><td>${orReason(a.agreement, pct, a.reasons.agreement)}</td><td>${orReason(a.kappa, (v) => fixed(v), a.reasons.kappa)}</td></tr>`;
  })}</tbody></table>`;
}
