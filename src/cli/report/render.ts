/**
 * `renderReport()`: the whole report as one self-contained HTML document — inline CSS, inline
 * SVG charts, no script, no font, no image and no request (a Content-Security-Policy of
 * `default-src 'none'` says so to the browser too). A pure function of its input: the same input
 * gives the same bytes.
 *
 * Every string that comes from the user's data or command line (file name, title, row labels,
 * cell values in issue messages) goes through the escaping `html` tag.
 */
import { chartKit } from './charts.js';
import { comparisonSection } from './comparison.js';
import { CSS } from './css.js';
import { html, raw, slug } from './html.js';
import { instrumentSection } from './instrument.js';
import { groupsSection, leaderSection, trendSection } from './organisation.js';
import { overview } from './overview.js';
import type { ReportInput } from './types.js';

export type { ReportInput, ReportInstrument } from './types.js';

/** The date and time a report was made, in UTC, to the minute: "2026-03-22 14:05 UTC". */
export function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Puts every table in its own horizontally scrolling box, named by its caption and reachable by
 * keyboard, so that a wide table scrolls inside the page instead of widening it (a phone).
 */
function scrollingTables(page: string): string {
  return page.replace(/<table([^>]*)>\s*<caption>([\s\S]*?)<\/caption>([\s\S]*?)<\/table>/g, (_, attributes: string, caption: string, body: string) => {
    const name = caption.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    return `<div class="scroll" role="region" tabindex="0" aria-label="${name.replaceAll('"', '&quot;')}"><table${attributes}><caption>${caption}</caption>${body}</table></div>`;
  });
}

/** Renders the report (async: the charting libraries are loaded on first use). */
export async function renderReport(input: ReportInput): Promise<string> {
  const k = await chartKit();
  const comparison = input.outcomes === null ? null : comparisonSection(k, input, input.outcomes);
  const leader = leaderSection(input);
  const groups = groupsSection(input);
  const trend = trendSection(k, input);
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="wellbeing-instruments ${input.version}">
<title>${input.title}</title>
<style>${raw(CSS)}</style>
</head>
<body>
<header>
<h1>${input.title}</h1>
<p class="meta">From <strong>${input.source}</strong> · made ${stamp(input.generatedAt)} with wellbeing-instruments ${input.version}</p>
<p class="note">This report describes the people who answered this survey. It is not a diagnosis of anyone, and the sample is not a norm: compare it with published benchmarks only with their populations in mind.</p>
</header>

<main>
${leader}
<nav aria-label="Contents"><h2 id="contents">Contents</h2><ol>
${leader !== null && html`<li><a href="#leader">Summary for leaders</a></li>`}
${groups !== null && html`<li><a href="#groups">By group</a></li>`}
${trend !== null && html`<li><a href="#trend">Over time</a></li>`}
<li><a href="#glance">At a glance</a></li>
<li><a href="#reading-guide">How to read this report</a></li>
${input.instruments.map((i) => html`<li><a href="#${slug('instrument', i.definition.id)}">${i.definition.shortName}</a></li>`)}
${comparison !== null && html`<li><a href="#comparison">Across instruments</a></li>`}
</ol></nav>
${groups}
${trend}
${overview(input)}
${input.instruments.map((i) => instrumentSection(k, i))}
${comparison}
</main>
<footer>
<p>Scored by wellbeing-instruments ${input.version} with each instrument’s published scoring key, missing-data rule and cut-offs; every rule cites its source in the instrument’s section. Statistics: prevalence with Wilson 95 % intervals; Cronbach’s alpha with Feldt’s 95 % interval and McDonald’s omega total on complete answers; mean differences with Welch 95 % intervals and Cohen’s d; prevalence differences with Newcombe 95 % intervals.</p>
</footer>
</body>
</html>
`;
  return scrollingTables(page.text);
}
