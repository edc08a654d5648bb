/**
 * The report's stylesheet, inlined: system fonts only, text contrast at least 7:1 (muted text
 * included), readable tables, and a print layout (A4, each instrument from a new page, figures
 * and table rows not split, wide tables unscrolled). Citation links show their DOI or address
 * as their text, so they survive printing.
 */
export const CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --rule: #c8ccd4; --soft: #f4f6f9; --link: #0b4f9c; --bar: #4a72a8; --cutoff: #b3261e; --sample: #0b3d6e; }
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem; overflow-wrap: break-word; }
.scroll { max-width: 100%; overflow-x: auto; margin: .75rem 0 1.25rem; }
.scroll > table { margin: 0; }
.scroll:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
section.leader { border: 2px solid var(--sample); padding: 0 1rem .5rem; margin-top: 1.5rem; }
section.leader h2 { border-top: 0; margin-top: .75rem; }
ul.standouts li { margin-bottom: .35rem; }
.trends { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .5rem 2rem; }
table.headline th[scope="row"] { font-weight: 600; min-width: 7rem; }
table.headline td { font-variant-numeric: tabular-nums; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-top: .75rem; border-top: 3px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
a { color: var(--link); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.evidence { font-weight: 600; font-size: .85em; white-space: nowrap; }
.muted { color: var(--muted); font-weight: normal; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.note { background: var(--soft); border-left: 4px solid var(--sample); padding: .6rem .9rem; }
nav ol { columns: 2; padding-left: 1.25rem; }
table { border-collapse: collapse; margin: .75rem 0 1.25rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .35rem; caption-side: top; min-width: 22rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .6rem .3rem 0; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
table.numbers td, table.wide td { font-variant-numeric: tabular-nums; }
table.numbers td { white-space: nowrap; }
table.numbers td.text { white-space: normal; min-width: 9rem; }
table.wide th, table.wide td { text-align: right; padding: .25rem .45rem; white-space: nowrap; min-width: 2.4rem; }
table.wide th[scope="row"] { text-align: left; white-space: normal; min-width: 8rem; }
table.kv th { font-weight: normal; color: var(--ink); }
table.kv td { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { border-bottom: 0; font-size: .85rem; }
figure.chart { margin: .5rem 0 .25rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .88rem; color: var(--muted); }
ul.legend { list-style: none; padding: 0; margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .15rem 1.25rem; }
.swatch { display: inline-block; width: .85rem; height: .85rem; margin-right: .2rem; vertical-align: -.05rem; }
.swatch.bar { background: var(--bar); }
.swatch.cutoff { width: 0; height: 1rem; margin: 0 .45rem 0 .4rem; border-left: 3px dashed var(--cutoff); }
.swatch.band { background: #eef1f6; border: 1px solid #8d96a8; }
.swatch.sample { width: .6rem; height: .6rem; background: var(--sample); border-radius: 50%; }
.swatch.benchmark { width: .6rem; height: .6rem; background: #1f1f1f; transform: rotate(45deg); }
.swatch.expected { width: .6rem; height: .6rem; border: 1.5px solid #1f1f1f; transform: rotate(45deg); }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2.5rem; align-items: start; }
.facts table { width: 100%; }
.reliability { margin: .75rem 0 1.25rem; }
.warnings { border-left: 4px solid #8a5a00; padding: .1rem .9rem; background: #fff8e6; }
ol.sources { font-size: .9rem; padding-left: 1.5rem; }
ol.sources li { margin-bottom: .3rem; }
.licence, .notice { font-size: .9rem; }
dl.guide dt { font-weight: 600; margin-top: .5rem; }
dl.guide dd { margin: 0 0 0 1.25rem; }
.empty { font-style: italic; }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .75rem; font-size: .88rem; color: var(--muted); }
@media (max-width: 40rem) { body { padding: 1rem .75rem 2rem; } nav ol { columns: 1; } caption { min-width: 0; } section.leader { padding: 0 .6rem .4rem; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  .scroll { overflow: visible; }
  section.instrument, section.comparison { break-before: page; }
  h2, h3 { break-after: avoid; }
  figure, tr, .reliability, table.kv { break-inside: avoid; }
  table.wide { font-size: 8pt; }
}
`;
