/**
 * The report's charts, drawn by Observable Plot on linkedom's server-side DOM and inlined as
 * static SVG: no script, no font, no request. Both libraries are imported when the first chart
 * is drawn, so the other commands never load them.
 *
 * Every SVG is `role="img"` with an `aria-label`, a `<title>` and a `<desc>`; the page puts the
 * same numbers in an HTML table beside it.
 */
import type { BandRegion, CutoffLine } from './thresholds.js';

type PlotModule = typeof import('@observablehq/plot');

/** Plot and a document to draw in. */
export interface ChartKit {
  readonly Plot: PlotModule;
  readonly document: Document;
}

let kit: Promise<ChartKit> | null = null;

/** Loads Plot and linkedom (once). */
export function chartKit(): Promise<ChartKit> {
  kit ??= (async () => {
    const [Plot, { parseHTML }] = await Promise.all([import('@observablehq/plot'), import('linkedom')]);
    const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
    return { Plot, document: document as unknown as Document };
  })();
  return kit;
}

/** Colours, each at least 3:1 against white (WCAG 1.4.11), text colours at least 4.5:1. */
export const COLOURS = {
  bar: '#4a72a8',
  cutoff: '#b3261e',
  sample: '#0b3d6e',
  benchmark: '#1f1f1f',
  bandA: '#eef1f6',
  bandB: '#ffffff',
  bandEdge: '#8d96a8',
} as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const GEOMETRY = /\s(x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|width|height|transform|d|points)="([^"]*)"/g;

/** Shortens coordinates to 2 decimals (Plot writes 147.4074074074074), which keeps reports small. */
function tidy(svg: string): string {
  return svg.replace(GEOMETRY, (_, name: string, value: string) => ` ${name}="${value.replace(/-?\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2))))}"`);
}

/** Names the chart for assistive technology and returns its markup. */
function finish(k: ChartKit, chart: Element, label: string, description: string): string {
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')!;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.removeAttribute('aria-description');
  // Plot names its groups with aria-label, which ARIA prohibits on elements without a role; the
  // image is named once, on the <svg>, and its parts are presentational.
  for (const part of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
  const title = k.document.createElementNS(SVG_NS, 'title');
  title.textContent = label;
  const desc = k.document.createElementNS(SVG_NS, 'desc');
  desc.textContent = description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  return tidy(svg.outerHTML);
}

/** A mean ± SD marker above the bars: the sample's, or a published benchmark's. */
export interface Marker {
  readonly kind: 'sample' | 'benchmark';
  readonly label: string;
  readonly mean: number;
  readonly sd: number | null;
}

/** Everything one scale's chart shows. */
export interface ScaleChartSpec {
  /** The chart's accessible name. */
  readonly label: string;
  /** What it shows, in a sentence or two (the SVG's `<desc>`). */
  readonly description: string;
  readonly axis: string;
  readonly range: readonly [number, number];
  /** Bars: one per whole value (`from`/`to` ± 0.5), or intervals. */
  readonly bars: readonly { readonly from: number; readonly to: number; readonly count: number; readonly text: string }[];
  readonly lines: readonly CutoffLine[];
  readonly bands: readonly BandRegion[];
  readonly markers: readonly Marker[];
  /** Counts expected if the sample followed a published distribution, at each published value. */
  readonly expected: readonly { readonly value: number; readonly count: number }[];
  readonly discrete: boolean;
}

/** Round tick values from 0 to `max` (whole numbers: counts of respondents). */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!);
  const ticks: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(t);
  return ticks;
}

const WIDTH = 760;
const MARGIN_LEFT = 50;
const MARGIN_RIGHT = 24;

/** The histogram of one scale with its cut-off lines, bands and mean markers. */
export function scaleChart(k: ChartKit, spec: ScaleChartSpec): string {
  const { Plot } = k;
  const pad = spec.discrete ? 0.5 : 0;
  const domain: [number, number] = [spec.range[0] - pad, spec.range[1] + pad];
  const top = Math.max(1, ...spec.bars.map((b) => b.count), ...spec.expected.map((e) => e.count));
  const unit = top * 0.16;
  const markerY = (i: number) => top + unit * (i + 0.9);
  const bandRow = spec.bands.length > 0 ? 1.4 : 0.3;
  const yMax = top + unit * (spec.markers.length + bandRow + 0.2);
  const inner = WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  const px = (span: number) => (inner * span) / (domain[1] - domain[0]);
  const middle = (domain[0] + domain[1]) / 2;

  const markers = spec.markers.map((m, i) => ({ ...m, y: markerY(i), lo: m.sd === null ? m.mean : Math.max(domain[0], m.mean - m.sd), hi: m.sd === null ? m.mean : Math.min(domain[1], m.mean + m.sd) }));
  const marks = [
    ...spec.bands.map((b, i) => Plot.rectX([b], { x1: 'from', x2: 'to', fill: i % 2 === 0 ? COLOURS.bandA : COLOURS.bandB })),
    Plot.ruleX(spec.bands.slice(1), { x: 'from', stroke: COLOURS.bandEdge, strokeWidth: 1 }),
    ...spec.bands.map((b) => Plot.text([b], { x: (r: BandRegion) => (r.from + r.to) / 2, text: 'label', frameAnchor: 'top', dy: 5, lineAnchor: 'top', lineWidth: Math.max(3, px(b.to - b.from) / 6.2), fontSize: 11 })),
    Plot.gridY(countTicks(top), { strokeOpacity: 0.12 }),
    Plot.rectY(spec.bars, { x1: 'from', x2: 'to', y: 'count', fill: COLOURS.bar, inset: spec.discrete ? 1 : 0.5, title: 'text' }),
    Plot.ruleY([0]),
    Plot.dot(spec.expected, { x: 'value', y: 'count', symbol: 'diamond2', r: 4.5, stroke: COLOURS.benchmark, strokeWidth: 1.5, fill: 'white' }),
    Plot.link(markers, { x1: 'lo', x2: 'hi', y1: 'y', y2: 'y', stroke: (m: Marker) => (m.kind === 'sample' ? COLOURS.sample : COLOURS.benchmark), strokeWidth: 2 }),
    Plot.dot(markers, { x: 'mean', y: 'y', r: 4.5, symbol: (m: Marker) => (m.kind === 'sample' ? 'circle' : 'diamond'), fill: (m: Marker) => (m.kind === 'sample' ? COLOURS.sample : COLOURS.benchmark) }),
    Plot.text(markers.filter((m) => m.mean <= middle), { x: 'hi', y: 'y', text: 'label', textAnchor: 'start', dx: 8, fill: (m: Marker) => (m.kind === 'sample' ? COLOURS.sample : COLOURS.benchmark), fontSize: 11 }),
    Plot.text(markers.filter((m) => m.mean > middle), { x: 'lo', y: 'y', text: 'label', textAnchor: 'end', dx: -8, fill: (m: Marker) => (m.kind === 'sample' ? COLOURS.sample : COLOURS.benchmark), fontSize: 11 }),
    Plot.ruleX(spec.lines, { x: 'x', stroke: COLOURS.cutoff, strokeWidth: 2, strokeDasharray: '6 3' }),
    ...[false, true].map((right) =>
      Plot.text(
        spec.lines.filter((l) => labelOnRight(l, domain) === right),
        { x: 'x', text: 'label', frameAnchor: 'top', lineAnchor: 'bottom', dy: -4, dx: right ? -3 : 3, textAnchor: right ? 'start' : 'end', fill: COLOURS.cutoff, fontWeight: 'bold', fontSize: 11 },
      ),
    ),
  ];
  const chart = Plot.plot({
    document: k.document,
    width: WIDTH,
    height: 250 + 20 * spec.markers.length,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginTop: 22,
    marginBottom: 40,
    style: { fontSize: '11px', overflow: 'visible' },
    x: { domain, label: spec.axis, labelAnchor: 'center', labelArrow: 'none', tickFormat: (v: number) => String(Number(v.toFixed(2))), ...(spec.discrete && spec.range[1] - spec.range[0] <= 30 ? { ticks: range(spec.range[0], spec.range[1]) } : {}) },
    y: { domain: [0, yMax], label: 'Respondents', labelArrow: 'none', ticks: countTicks(top), tickFormat: 'd' },
    marks,
  });
  return finish(k, chart, spec.label, spec.description);
}

/** A cut-off's label goes on the side where its condition holds (right of "≥ 10"), unless that side is too near the edge. */
export function labelOnRight(line: CutoffLine, domain: readonly [number, number]): boolean {
  const span = domain[1] - domain[0];
  const right = line.op === '>=' || line.op === '>';
  if (right && line.x > domain[1] - span * 0.3) return false;
  if (!right && line.x < domain[0] + span * 0.3) return true;
  return right;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** One row of the comparison chart: a construct measured by one instrument. */
export interface ComparisonRow {
  readonly label: string;
  readonly prevalence: number;
  readonly lower: number;
  readonly upper: number;
  readonly text: string;
}

/** Prevalence (dot) with its Wilson 95 % interval (line) per construct and instrument, 0–100 %. */
export function comparisonChart(k: ChartKit, rows: readonly ComparisonRow[], label: string, description: string): string {
  const { Plot } = k;
  const longest = Math.max(...rows.map((r) => r.label.length));
  const data = rows.map((r) => ({ ...r, p: 100 * r.prevalence, lo: 100 * r.lower, hi: 100 * r.upper }));
  const chart = Plot.plot({
    document: k.document,
    width: WIDTH,
    height: 50 + 34 * rows.length,
    marginLeft: Math.min(340, 16 + 7 * longest),
    marginRight: 110,
    marginBottom: 40,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, 100], label: 'Prevalence (% of respondents with a determinable result), 95 % Wilson interval', labelAnchor: 'center', labelArrow: 'none', grid: true, tickFormat: (d: number) => `${d} %` },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.link(data, { x1: 'lo', x2: 'hi', y1: 'label', y2: 'label', stroke: COLOURS.sample, strokeWidth: 2.5 }),
      Plot.tickX(data, { x: 'lo', y: 'label', stroke: COLOURS.sample, strokeWidth: 2, inset: 9 }),
      Plot.tickX(data, { x: 'hi', y: 'label', stroke: COLOURS.sample, strokeWidth: 2, inset: 9 }),
      Plot.dot(data, { x: 'p', y: 'label', r: 5, fill: COLOURS.sample }),
      Plot.text(data, { x: 'hi', y: 'label', text: 'text', textAnchor: 'start', dx: 8, fill: COLOURS.benchmark }),
    ],
  });
  return finish(k, chart, label, description);
}

/** One wave of a trend: prevalence with its Wilson interval. */
export interface TrendPoint {
  readonly wave: string;
  readonly prevalence: number;
  readonly lower: number;
  readonly upper: number;
}

/** Prevalence (dot, joined by a line) with its Wilson 95 % interval (vertical line) per wave, 0–100 %. */
export function trendChart(k: ChartKit, points: readonly TrendPoint[], label: string, description: string): string {
  const { Plot } = k;
  const data = points.map((p) => ({ ...p, p: 100 * p.prevalence, lo: 100 * p.lower, hi: 100 * p.upper, text: `${(100 * p.prevalence).toFixed(1)} %` }));
  const top = Math.min(100, Math.max(10, Math.ceil(Math.max(...data.map((d) => d.hi)) / 10) * 10));
  const chart = Plot.plot({
    document: k.document,
    width: 420,
    height: 260,
    marginLeft: 50,
    marginRight: 24,
    marginBottom: 40,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { domain: data.map((d) => d.wave), label: null, padding: 0.5 },
    y: { domain: [0, top], label: 'Prevalence (%), 95 % Wilson interval', labelArrow: 'none', grid: true, tickFormat: (d: number) => `${d} %` },
    marks: [
      Plot.line(data, { x: 'wave', y: 'p', stroke: COLOURS.bar, strokeWidth: 1.5 }),
      Plot.link(data, { x1: 'wave', x2: 'wave', y1: 'lo', y2: 'hi', stroke: COLOURS.sample, strokeWidth: 2.5 }),
      Plot.dot(data, { x: 'wave', y: 'p', r: 5, fill: COLOURS.sample }),
      Plot.text(data, { x: 'wave', y: 'hi', text: 'text', dy: -10, fill: COLOURS.benchmark }),
      Plot.ruleY([0]),
    ],
  });
  return finish(k, chart, label, description);
}
