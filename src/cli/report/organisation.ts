/**
 * The report for an organisation (`report --by … --wave … --headcount … --cost …`): the first
 * screen a well-being lead takes to leadership — how many are affected and whether it changed
 * since the last wave, which groups stand out beyond chance, how many answered out of how many
 * employed, what burnout costs, and how many gave a safety answer — then each group in detail
 * and the trend over waves.
 *
 * Confidentiality: group figures come from `summarizeBy()`, which withholds small groups and
 * their complements; this module shows what it shows and says why the rest is withheld. Safety
 * answers are given for the whole organisation only, never per group, and no respondent is
 * named anywhere.
 */
import { isWithheld, type CutoffVsRest, type GroupSummary, type SuppressionReason } from '../../cohort/grouped.js';
import { compareCohorts, type CutoffChange } from '../../cohort/waves.js';
import type { CohortSummary } from '../../cohort/summarize.js';
import { trendChart, type ChartKit } from './charts.js';
import { count, pct, pctInterval, words } from './format.js';
import { html, raw, slug, type Markup } from './html.js';
import { headline } from './overview.js';
import type { ReportInput, ReportInstrument } from './types.js';

/** A difference of proportions in percentage points, signed: "+16.9 points". */
const points = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(100 * d).toFixed(1)} points`;
/** Its interval: "4.2 to 29.6". */
const signedNumber = (v: number) => `${v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;
const pointsInterval = (ci: { readonly lower: number; readonly upper: number }) => `${signedNumber(100 * ci.lower)} to ${signedNumber(100 * ci.upper)}`;
const beyondChance = (ci: { readonly lower: number; readonly upper: number } | null) => ci !== null && (ci.lower > 0 || ci.upper < 0);

/** Why a group or figure is withheld, in words. */
export function withheldText(reason: SuppressionReason, min: number): string {
  return reason === 'suppressed_small_group' ? `withheld: fewer than ${min} respondents` : 'withheld so that a smaller group cannot be worked out by subtraction';
}

/**
 * The instruments with a headline cut-off, with it and what it measures in words: the construct
 * ("burnout"), or the cut-off where it names the construct's adverse end ("poor wellbeing").
 */
function headlined(input: ReportInput): { ri: ReportInstrument; cutoff: string; construct: string }[] {
  return input.instruments.flatMap((ri) => {
    const h = headline(ri.definition);
    if (h.cutoff === null) return [];
    return [{ ri, cutoff: h.cutoff, construct: h.cutoff !== h.construct && h.cutoff.includes(h.construct) ? h.cutoff : h.construct }];
  });
}

/** The group's name: its values, "(not given)" for rows without one. */
export function groupName(g: Pick<GroupSummary, 'by'>): string {
  return Object.values(g.by)
    .map((v) => v ?? '(not given)')
    .join(' / ');
}

function change(ri: ReportInstrument, cutoff: string): { wave: string; change: CutoffChange } | null {
  const waves = ri.waves ?? null;
  if (waves === null || waves.length < 2) return null;
  const before = waves.at(-2)!;
  const after = waves.at(-1)!;
  const c = compareCohorts(before.summary, after.summary).cutoffs[cutoff];
  return c === undefined || isWithheld(c) ? null : { wave: before.wave, change: c };
}

function changeText(c: { wave: string; change: CutoffChange } | null): Markup | string {
  if (c === null) return '—';
  const { change: x, wave } = c;
  if (x.difference === null || x.ci === null) return `— (no figure in ${wave})`;
  const verdict = beyondChance(x.ci) ? (x.difference > 0 ? 'higher, beyond chance' : 'lower, beyond chance') : 'no change beyond chance';
  return html`${points(x.difference)} since ${wave}<br><span class="muted">95 % interval ${pointsInterval(x.ci)}; ${verdict}</span>`;
}

/**
 * A headline cut-off without a figure: "—", and when the cut-off has named schemes none of which
 * is default (evidence below primary, or sources that conflict), why and how to choose one.
 */
function undeterminedText(ri: ReportInstrument, cutoff: string, determinable: number): Markup | string {
  const choices = schemeChoices(ri, cutoff, new Set());
  if (determinable > 0 || choices.length === 0) return '—';
  return html`—<br><span class="muted">not determined: no criterion is default (its evidence is below primary or its sources conflict); choose with ${choices.map((c) => `--cutoff-scheme ${c}`).join(' ')}</span>`;
}

/**
 * `<id>.<cut-off>=<scheme>|…` for a cut-off without a default scheme and for every such cut-off
 * its schemes refer to: choosing only the outer one would decide it only where the inner one
 * does not matter (MBI 2-item burnout = high EE or high DP), a prevalence of the positives alone.
 */
function schemeChoices(ri: ReportInstrument, cutoff: string, seen: Set<string>): string[] {
  if (seen.has(cutoff)) return [];
  seen.add(cutoff);
  const definition = ri.definition.cutoffs.find((x) => x.id === cutoff);
  const schemes = definition !== undefined && 'schemes' in definition ? definition.schemes : undefined;
  if (schemes === undefined || schemes.some((x) => x.default === true)) return [];
  const referred = new Set<string>();
  const visit = (criterion: unknown): void => {
    if (criterion === null || typeof criterion !== 'object') return;
    const c = criterion as { cutoff?: unknown; any?: unknown; all?: unknown };
    if (typeof c.cutoff === 'string') referred.add(c.cutoff);
    for (const list of [c.any, c.all]) if (Array.isArray(list)) list.forEach(visit);
  };
  schemes.forEach((x) => visit(x.criterion));
  return [`${ri.definition.id}.${cutoff}=${schemes.map((x) => x.id).join('|')}`, ...[...referred].flatMap((id) => schemeChoices(ri, id, seen))];
}

/** The first published prevalence of the cut-off (another population, for orientation), with this survey's difference from it. */
function benchmarkText(ri: ReportInstrument, cutoff: string): Markup | string {
  const b = ri.summary.benchmarks.find((x) => x.kind === 'prevalence' && x.cutoff === cutoff);
  if (b === undefined || b.kind !== 'prevalence') return '—';
  return html`${pct(b.benchmark.prevalence)} <span class="muted">${b.population} (${b.country} ${b.year}, n ${count(b.n)})${b.difference === null || b.ci === null ? '' : html`<br>this survey ${points(b.difference)} (${pointsInterval(b.ci)})`}</span>`;
}

/** The groups of one level that differ from the rest beyond chance on a headline cut-off. */
function standouts(input: ReportInput): { text: Markup; comparisons: number; withheld: number } {
  const items: Markup[] = [];
  let comparisons = 0;
  const withheldGroups = new Set<string>();
  for (const { ri, cutoff, construct } of headlined(input)) {
    const grouped = ri.grouped ?? null;
    if (grouped === null) continue;
    for (const g of grouped.groups) {
      if (g.vsRest === null) {
        withheldGroups.add(JSON.stringify([g.level, g.by]));
        continue;
      }
      const d = g.vsRest.cutoffs[cutoff];
      const own = g.summary!.cutoffs[cutoff];
      if (d === undefined || own === undefined || isWithheld(d) || isWithheld(own)) continue;
      comparisons++;
      if (!beyondChance(d.ci) || d.difference === null || own.prevalence === null) continue;
      const rest = (d as CutoffVsRest).rest;
      items.push(
        html`<li><strong>${groupName(g)}</strong> (${Object.keys(g.by).join(' × ')}): ${words(construct)} by ${ri.definition.shortName} ${pct(own.prevalence)} against ${rest.prevalence === null ? '—' : pct(rest.prevalence)} in the rest of the organisation, ${points(d.difference)} (95 % interval ${pointsInterval(d.ci!)}).</li>`,
      );
    }
  }
  const text =
    items.length === 0
      ? html`<p>No group differs from the rest of the organisation beyond chance on a headline measure.</p>`
      : html`<ul class="standouts">${items}</ul>`;
  return { text, comparisons, withheld: withheldGroups.size };
}

function responseRate(input: ReportInput): Markup | null {
  const org = input.organisation;
  const first = input.instruments[0];
  if (org?.headcount == null || first === undefined) return null;
  const answered = first.summary.rows;
  const total = org.headcount.total;
  return html`<p><strong>${count(answered)}</strong> of <strong>${count(total)}</strong> employed answered: a response rate of <strong>${pct(answered / total)}</strong> (respondents with a valid ${first.definition.shortName}; headcount from <strong>${org.headcount.source}</strong>). Per ${org.headcount.columns.join(' × ')}, see “By group”.</p>`;
}

function safety(input: ReportInput): Markup {
  const rows = input.instruments.flatMap((ri) =>
    ri.definition.flags.map((f) => {
      const x = ri.summary.flags[f.id];
      const answered = ri.summary.rows - (x?.unanswered ?? 0);
      return { ri, flag: f, positive: x?.positive ?? 0, answered };
    }),
  );
  if (rows.length === 0) return html`<p>No instrument of this survey has a safety item.</p>`;
  return html`<ul>${rows.map(
    (r) =>
      html`<li><strong>${count(r.positive)}</strong> of ${count(r.answered)} respondents who answered it (${r.answered === 0 ? '—' : pct(r.positive / r.answered)}) gave a safety answer to ${r.ri.definition.shortName} item ${r.ri.definition.items.find((i) => i.id === r.flag.item)?.number ?? r.flag.item} (${r.flag.label}).</li>`,
  )}</ul>
<p>An anonymous survey cannot reach the people who gave these answers, and this report never names a respondent or gives these counts per group. Route the count to your organisation’s own protocol (occupational health, the employee assistance programme, the clinical lead for staff well-being), and make sure every respondent was shown where to get help, now and with the next survey.</p>`;
}

/** The first screen: five answers for a leader. */
export function leaderSection(input: ReportInput): Markup | null {
  const org = input.organisation;
  if (org === undefined || org === null) return null;
  const head = headlined(input);
  const latest = input.instruments[0]?.waves?.at(-1)?.wave ?? null;
  const s = standouts(input);
  const min = org.minGroupSize;
  return html`<section class="leader" aria-labelledby="leader">
<h2 id="leader">Summary for leaders${latest === null ? '' : `: ${latest}`}</h2>
<table class="headline"><caption>How many are affected: prevalence by each instrument’s published cut-off (Wilson 95 % interval)${org.wave === null ? '' : `, the change since the previous wave (Newcombe 95 % interval)`}, and a published figure from another population where the instrument has one</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">Prevalence (95 % interval)</th><th scope="col">Change since last wave</th><th scope="col">Published figure</th></tr></thead>
<tbody>${head.map(({ ri, cutoff, construct }) => {
    const c = ri.summary.cutoffs[cutoff]!;
    const label = ri.definition.cutoffs.find((x) => x.id === cutoff)?.label ?? words(cutoff);
    return html`<tr><th scope="row">${words(construct)} <span class="muted">(${ri.definition.shortName}: ${label})</span></th><td>${c.prevalence === null ? undeterminedText(ri, cutoff, c.determinable) : html`<strong>${pct(c.prevalence)}</strong> (${c.ci === null ? '—' : pctInterval(c.ci)})<br><span class="muted">${count(c.positives)} of ${count(c.determinable)}</span>`}</td><td>${changeText(change(ri, cutoff))}</td><td>${benchmarkText(ri, cutoff)}</td></tr>`;
  })}</tbody></table>
<h3 id="leader-groups">Groups that stand out</h3>
${org.levels.length === 0 ? html`<p>Not broken down by group (add <code>--by department</code>).</p>` : html`${s.text}<p class="muted">A difference is “beyond chance” when its 95 % interval excludes 0. ${s.comparisons} group comparison${s.comparisons === 1 ? ' was' : 's were'} made; about 1 in 20 would look different by chance alone, so read a single borderline difference with care. ${s.withheld > 0 ? `${s.withheld} group${s.withheld === 1 ? ' is' : 's are'} withheld for confidentiality (fewer than ${min} respondents, or to protect one that has).` : ''}</p>`}
<h3 id="leader-response">Response</h3>
${responseRate(input) ?? html`<p>${count(input.instruments[0]?.summary.rows ?? 0)} respondents. Add <code>--headcount</code> (a CSV of headcount per group) for the response rate.</p>`}
<h3 id="leader-cost">Cost of burnout</h3>
${org.cost ?? html`<p>Not estimated: add <code>--cost clinicians=…</code> for the cost of burnout-related turnover (Shanafelt, Goh &amp; Sinsky 2017).</p>`}
<h3 id="leader-safety">Safety answers</h3>
${safety(input)}
</section>`;
}

/** One level's table: each group's respondents, response rate and headline prevalences against the rest. */
function levelTable(input: ReportInput, level: number, columns: readonly string[]): Markup {
  const org = input.organisation!;
  const head = headlined(input).filter(({ ri }) => ri.grouped != null);
  const first = head[0]?.ri.grouped ?? input.instruments[0]?.grouped ?? null;
  if (first === null || first === undefined) return html``;
  const groups = first.groups.filter((g) => g.level === level);
  const hc = org.headcount !== null && org.headcount.columns.length === columns.length && org.headcount.columns.every((c) => columns.includes(c)) ? org.headcount : null;
  const cell = (g: GroupSummary, ri: ReportInstrument, cutoff: string): Markup => {
    const mine = ri.grouped!.groups.find((x) => x.level === level && JSON.stringify(x.by) === JSON.stringify(g.by));
    if (mine === undefined || mine.summary === null || mine.vsRest === null) return html`<td class="muted">—</td>`;
    const own = mine.summary.cutoffs[cutoff]!;
    const d = mine.vsRest.cutoffs[cutoff]!;
    if (isWithheld(own)) return html`<td class="muted">— (${withheldText(own.withheld, org.minGroupSize)})</td>`;
    if (own.prevalence === null) return html`<td>—</td>`;
    const diff = isWithheld(d) || d.difference === null ? null : d;
    return html`<td>${pct(own.prevalence)}${diff !== null && beyondChance(diff.ci) ? html` <strong>*</strong>` : ''}<br><span class="muted">${own.ci === null ? '' : pctInterval(own.ci)}${diff === null || diff.ci === null ? '' : html`; vs rest ${points(diff.difference!)} (${pointsInterval(diff.ci)})`}</span></td>`;
  };
  return html`<table class="numbers group-table"><caption>By ${columns.join(' × ')}: respondents${hc === null ? '' : ', response rate'} and headline prevalence (Wilson 95 % interval; against the rest of the organisation, Newcombe 95 % interval; * beyond chance)</caption>
<thead><tr><th scope="col">${columns.join(' × ')}</th><th scope="col">Respondents</th>${hc !== null && html`<th scope="col">Response rate</th>`}${head.map(({ ri, construct }) => html`<th scope="col">${words(construct)} (${ri.definition.shortName})</th>`)}</tr></thead>
<tbody>${groups.map((g) => {
    const hcount = hc === null ? null : (hc.groups.get(JSON.stringify(hc.columns.map((c) => g.by[c] ?? null))) ?? null);
    if (g.n === null) {
      return html`<tr data-group="${groupName(g)}"><th scope="row">${groupName(g)}</th><td colspan="${1 + (hc === null ? 0 : 1) + head.length}" class="muted">${withheldText(g.reason!, org.minGroupSize)}</td></tr>`;
    }
    return html`<tr data-group="${groupName(g)}"><th scope="row">${groupName(g)}</th><td>${count(g.n)}</td>${hc !== null && html`<td>${hcount === null ? '— (no headcount)' : `${pct(g.n / hcount)} of ${count(hcount)}`}</td>`}${head.map(({ ri, cutoff }) => cell(g, ri, cutoff))}</tr>`;
  })}</tbody></table>`;
}

/** Each grouping in detail. */
export function groupsSection(input: ReportInput): Markup | null {
  const org = input.organisation;
  if (org == null || org.levels.length === 0) return null;
  return html`<section class="groups" aria-labelledby="groups">
<h2 id="groups">By group</h2>
<p>Each group’s headline prevalences, set against everyone outside the group. Groups with fewer than ${org.minGroupSize} respondents are withheld (every figure, never shown as 0), and so are the next smallest where a withheld figure could otherwise be worked out from the total. Groups are listed by value (numbers first, then text; rows without a value last).</p>
${org.levels.map((columns, l) => levelTable(input, l, columns))}
</section>`;
}

/** The waves: per headline cut-off, each wave's prevalence, and a chart from three waves on. */
export function trendSection(k: ChartKit, input: ReportInput): Markup | null {
  const org = input.organisation;
  const head = headlined(input).filter(({ ri }) => (ri.waves?.length ?? 0) >= 2);
  if (org == null || org.wave === null || head.length === 0) return null;
  const waves = head[0]!.ri.waves!.map((w) => w.wave);
  const prevalence = (s: CohortSummary, cutoff: string) => s.cutoffs[cutoff]!;
  return html`<section class="trend" aria-labelledby="trend">
<h2 id="trend">Over time (${org.wave})</h2>
<p>Each wave is summarised on its own; waves are never pooled. Intervals are Wilson 95 % intervals; a change is beyond chance when the Newcombe 95 % interval of the difference excludes 0 (see the summary for leaders).</p>
${waves.length >= 3 &&
  html`<div class="trends">${head.map(({ ri, cutoff, construct }) => {
    const points = ri.waves!.flatMap((w) => {
      const c = prevalence(w.summary, cutoff);
      return c.prevalence === null || c.ci === null ? [] : [{ wave: w.wave, prevalence: c.prevalence, lower: c.ci.lower, upper: c.ci.upper, n: c.determinable }];
    });
    const label = `${words(construct)} (${ri.definition.shortName}) by ${org.wave}`;
    const description = `Prevalence with Wilson 95 % intervals by wave: ${points.map((p) => `${p.wave} ${pct(p.prevalence)} (${pctInterval(p)}, n = ${count(p.n)})`).join('; ')}.`;
    return html`<figure class="chart" data-chart="${slug('trend', ri.definition.id)}">${raw(trendChart(k, points, label, description))}<figcaption>${label}: dot, prevalence; line, its Wilson 95 % interval.</figcaption></figure>`;
  })}</div>`}
<table class="numbers"><caption>Headline prevalence by wave (Wilson 95 % interval)</caption>
<thead><tr><th scope="col">Measure</th>${waves.map((w) => html`<th scope="col">${w}</th>`)}</tr></thead>
<tbody>${head.map(({ ri, cutoff, construct }) => html`<tr><th scope="row">${words(construct)} (${ri.definition.shortName})</th>${ri.waves!.map((w) => {
    const c = prevalence(w.summary, cutoff);
    return html`<td>${c.prevalence === null ? '—' : pct(c.prevalence)}<br><span class="muted">${c.ci === null ? '' : pctInterval(c.ci)}; n = ${count(c.determinable)}</span></td>`;
  })}</tr>`)}</tbody></table>
</section>`;
}
