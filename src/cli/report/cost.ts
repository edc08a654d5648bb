/**
 * `report --cost k=v,…`: the cost of burnout-related turnover for the summary for leaders, by
 * `burnoutCost()` of the cohort layer (the worksheet of Shanafelt, Goh & Sinsky 2017), with the
 * survey's burnout prevalence and its Wilson interval carried through, every assumption shown
 * with its source, and Han et al. (2019)'s per-physician cost beside it as a benchmark.
 */
import { burnoutCost, type BurnoutCostInput } from '../../cohort/cost.js';
import { CliError } from '../errors.js';
import { count, pct, pctInterval, words } from './format.js';
import { html, type Markup } from './html.js';
import { headline } from './overview.js';
import type { ReportInstrument } from './types.js';

/** `--cost` keys and the input field each sets. */
const KEYS = {
  clinicians: 'clinicians',
  turnover: 'annualTurnover',
  risk: 'turnoverRiskRatio',
  replacement: 'replacementCost',
  target: 'targetPrevalence',
  programme: 'programmeCost',
} as const;

export interface CostOption {
  readonly values: Partial<Record<keyof typeof KEYS, number>>;
  /** The instrument whose burnout prevalence is used (`measure=sib`), or null for the first with a burnout cut-off. */
  readonly measure: string | null;
}

/** Parses `clinicians=450,turnover=0.07,target=40%,…`: numbers, a trailing % for proportions. */
export function parseCost(text: string): CostOption {
  const values: Partial<Record<keyof typeof KEYS, number>> = {};
  let measure: string | null = null;
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = part.indexOf('=');
    const key = at > 0 ? part.slice(0, at).trim().toLowerCase() : '';
    const raw = at > 0 ? part.slice(at + 1).trim() : '';
    if (key === 'measure') {
      measure = raw.toLowerCase();
      continue;
    }
    if (!(key in KEYS)) throw new CliError(`--cost ${part}: expected key=value with a key among ${[...Object.keys(KEYS), 'measure'].join(', ')}, e.g. --cost clinicians=450,target=40%`);
    const percent = raw.endsWith('%');
    const n = Number(percent ? raw.slice(0, -1) : raw.replaceAll('_', ''));
    if (raw === '' || !Number.isFinite(n)) throw new CliError(`--cost ${key}: "${raw}" is not a number`);
    values[key as keyof typeof KEYS] = percent ? n / 100 : n;
  }
  return { values, measure };
}

const money = (v: number) => `$${Math.round(v).toLocaleString('en')}`;

/** The cost block of the summary for leaders. */
export function costSection(option: CostOption, instruments: readonly ReportInstrument[], headcount: number | null): Markup {
  const source = instruments.find((ri) => {
    const h = headline(ri.definition);
    return h.cutoff !== null && (option.measure === null ? h.construct === 'burnout' : ri.definition.id === option.measure);
  });
  if (source === undefined) throw new CliError(option.measure === null ? '--cost needs an instrument with a burnout cut-off in the report (e.g. cbi, sib, mbi2)' : `--cost measure=${option.measure}: no instrument of the report with that id and a headline cut-off`);
  const cutoff = headline(source.definition).cutoff!;
  const c = source.summary.cutoffs[cutoff]!;
  if (c.prevalence === null || c.ci === null) throw new CliError(`--cost: ${source.definition.shortName} has no ${words(cutoff)} prevalence to estimate from`);
  const clinicians = option.values.clinicians ?? headcount;
  if (clinicians === null || clinicians === undefined) throw new CliError('--cost needs clinicians=<headcount of clinicians> (or --headcount)');
  const input: BurnoutCostInput = {
    clinicians,
    burnoutPrevalence: { estimate: c.prevalence, lower: c.ci.lower, upper: c.ci.upper },
    ...(option.values.turnover === undefined ? {} : { annualTurnover: option.values.turnover }),
    ...(option.values.risk === undefined ? {} : { turnoverRiskRatio: option.values.risk }),
    ...(option.values.replacement === undefined ? {} : { replacementCost: option.values.replacement }),
    ...(option.values.target === undefined ? {} : { targetPrevalence: option.values.target }),
    ...(option.values.programme === undefined ? {} : { programmeCost: option.values.programme }),
  };
  const r = burnoutCost(input);
  if ('error' in r) throw new CliError(`--cost: ${r.issues.map((i) => `${i.field}: ${i.message}`).join('; ') || r.error}`);
  return html`<p>Burnout-related turnover costs an estimated <strong>${money(r.annualCost)} a year</strong>${r.interval === null ? '' : html` (95 % interval ${money(r.interval.annualCost[0])} to ${money(r.interval.annualCost[1])}, from the interval of the prevalence)`}: about ${r.attributableDepartures.toFixed(1)} of ${count(clinicians)} clinicians a year (${(100 * r.attributableTurnover).toFixed(2)} %) leave because of burnout. Burnout prevalence: ${pct(c.prevalence)} (${pctInterval(c.ci)}), ${source.definition.shortName}: ${source.definition.cutoffs.find((x) => x.id === cutoff)?.label ?? words(cutoff)}. The model is the organisational cost worksheet of Shanafelt, Goh &amp; Sinsky (JAMA Intern Med 2017;177:1826–1832).</p>
${r.annualSavings !== null && html`<p>Bringing burnout down to ${pct(option.values.target!)} would save about <strong>${money(r.annualSavings)} a year</strong>${r.interval?.annualSavings == null ? '' : ` (${money(r.interval.annualSavings[0])} to ${money(r.interval.annualSavings[1])})`}${r.turnoverReduction === null ? '' : ` (turnover ${(100 * r.turnoverReduction).toFixed(2)} percentage points lower)`}${r.roi === null ? '' : html`; on a programme costing ${money(option.values.programme!)}, a return of <strong>${(100 * r.roi).toFixed(1)} %</strong>`}.</p>`}
<table class="kv"><caption>Assumptions of the cost estimate (change any with --cost key=value)</caption>
<thead><tr><th scope="col">Assumption</th><th scope="col">Value</th><th scope="col">From</th></tr></thead>
<tbody>${r.assumptions.map((a) => html`<tr><th scope="row">${a.label}</th><td>${a.value.toLocaleString('en', { maximumFractionDigits: 4 })}</td><td>${a.default ? `default: ${a.source ?? 'documented default'}` : a.id === 'burnout_prevalence' ? 'this survey' : a.id === 'clinicians' && option.values.clinicians === undefined ? 'the headcount file' : 'given (--cost)'}</td></tr>`)}</tbody></table>
<p class="muted">${r.note} For comparison, not a second model: ${r.benchmark.label}, ${money(r.benchmark.value)} (${r.benchmark.source}); this estimate is ${money(r.costPerClinician)} per clinician.</p>`;
}
