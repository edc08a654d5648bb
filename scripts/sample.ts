/**
 * `npm run sample`: writes the synthetic survey `demo` scores: sample/clinician-survey.csv (the
 * 2026 wave), sample/clinician-survey-waves.csv (the 2024, 2025 and 2026 waves, in a
 * `survey_year` column) and sample/headcount-site.csv (clinicians employed per site in 2026).
 *
 * 300 made-up clinicians (not real people) at four sites answer six instruments (PHQ-9, GAD-7,
 * WHO-5, CBI, the two West MBI items and the single-item burnout measure). Answers come from a
 * seeded generator: a general strain factor per respondent (a little higher for residents),
 * one factor per instrument correlated with it, and per-item noise, cut into each item's
 * options in the adverse direction of its scale (reverse-keyed items and well-being scales
 * flip). About 0.8 % of answers are skipped, some respondents skip a whole instrument or the
 * CBI's client section, and three cells are deliberately bad (an out-of-range value, an option
 * label where a value belongs) so the demo shows how invalid rows are reported.
 *
 * Each respondent has a department, drawn from a second seeded stream after their strain (so the
 * answers are those of the generator without departments): respondents under more strain are
 * more often in Emergency, so that department stands out; Palliative care has only a handful of
 * respondents, so its figures are withheld (fewer than 5). The earlier waves (260 respondents in
 * 2024, 280 in 2025, each from its own seed) have more strain (+0.35 and +0.2 on the strain
 * factor), so the trend is a plausible improvement after a well-being programme. Headcounts are
 * each site's respondents over a made-up response rate (55–80 %).
 *
 * The output is deterministic: a test regenerates it and fails when the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvFormatRows } from 'd3-dsv';
import { getInstrument } from '../src/catalogue.js';
import type { InstrumentDefinition } from '../src/schema/types.js';

export const SAMPLE_PATH = join(import.meta.dirname, '../sample/clinician-survey.csv');
export const WAVES_PATH = join(import.meta.dirname, '../sample/clinician-survey-waves.csv');
export const HEADCOUNT_PATH = join(import.meta.dirname, '../sample/headcount-site.csv');

/** Instruments in the sample, with where a typical answer falls (option index from the least adverse end) and its spread. */
export const SAMPLE_INSTRUMENTS = [
  { id: 'phq9', center: 0.5, spread: 0.9 },
  { id: 'gad7', center: 0.55, spread: 0.9 },
  { id: 'who5', center: 1.8, spread: 1.1 },
  { id: 'cbi', center: 1.6, spread: 1.0 },
  { id: 'mbi2', center: 2.5, spread: 1.6 },
  { id: 'sib', center: 1.2, spread: 1.0 },
] as const;

/**
 * Items answered less often in the adverse direction than the rest of their instrument: a shift
 * of the typical answer (in options). PHQ-9 item 9 (thoughts of being better off dead or of
 * self-harm) is endorsed far less than the other items; with the shift about 7 % of the made-up
 * respondents answer it at 1 or more, instead of over half, so the demo's item-9 flag looks
 * like a survey's rather than an alarm. Shifts draw no random numbers, so the other answers are
 * unchanged.
 */
const ITEM_SHIFT: Readonly<Record<string, number>> = { phq9_9: -1.3 };

const N = 300;

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES = ['North', 'South', 'East', 'Children’s'];
/** Made-up response rate per site (for the headcount file). */
const RESPONSE_RATE: Readonly<Record<string, number>> = { North: 0.62, South: 0.71, East: 0.55, 'Children’s': 0.8 };

/** A department for a respondent with a given strain: Emergency more likely under strain, Palliative care rare. */
function department(strain: number, u: number): string {
  const emergency = strain > 0.8 ? 0.45 : 0.12;
  if (u < emergency) return 'Emergency';
  if (u > 0.992) return 'Palliative care';
  const rest = ['Medicine', 'Surgery', 'Paediatrics', 'Oncology'];
  return rest[Math.min(rest.length - 1, Math.floor(((u - emergency) / (0.992 - emergency)) * rest.length))]!;
}

/** One wave: a header and a row per respondent. */
function wave(seed: number, n: number, year: number, shift: number, id: (r: number) => string): string[][] {
  const random = rng(seed);
  const other = rng(seed + 1);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const definitions = SAMPLE_INSTRUMENTS.map((s) => ({ ...s, definition: getInstrument(s.id) as InstrumentDefinition }));
  const header = ['respondent', 'site', 'role', 'department', 'survey_year', 'survey_date', ...definitions.flatMap((d) => d.definition.items.map((i) => i.id))];
  const sites = SITES;
  const roles = [
    { role: 'physician', strain: 0 },
    { role: 'nurse', strain: 0.1 },
    { role: 'resident', strain: 0.35 },
    { role: 'advanced practice provider', strain: -0.1 },
  ];
  const rows: string[][] = [header];
  for (let r = 1; r <= n; r++) {
    const role = roles[Math.floor(random() * roles.length)]!;
    const site = sites[Math.floor(random() * sites.length)]!;
    const day = 2 + Math.floor(random() * 26);
    const strain = normal() + role.strain + shift;
    const row = [id(r), site, role.role, department(strain, other()), String(year), `${year}-03-${String(day).padStart(2, '0')}`];
    for (const { definition, center, spread } of definitions) {
      const skipAll = random() < 0.03;
      const skipClient = definition.id === 'cbi' && random() < 0.05;
      const factor = 0.75 * strain + 0.66 * normal();
      for (const item of definition.items) {
        const noise = normal();
        if (skipAll || (skipClient && item.number >= 14) || random() < 0.008) {
          row.push('');
          continue;
        }
        const scale = definition.scales.find((s) => s.items.includes(item.id));
        const adverseHigh = (scale?.direction ?? 'higher_is_worse') === 'higher_is_worse' ? item.reverse !== true : item.reverse === true;
        const values = definition.responseScales.find((s) => s.id === item.responseScale)!.options.map((o) => o.value).sort((a, b) => a - b);
        const k = values.length;
        const index = Math.max(0, Math.min(k - 1, Math.round(center + (ITEM_SHIFT[item.id] ?? 0) + spread * (0.8 * factor + 0.6 * noise))));
        row.push(String(adverseHigh ? values[index] : values[k - 1 - index]));
      }
    }
    rows.push(row);
  }
  return rows;
}

/** The 2026 wave, with three deliberately bad cells. */
function latest(): string[][] {
  const rows = wave(20260322, N, 2026, 0, (r) => `c${String(r).padStart(3, '0')}`);
  const header = rows[0]!;
  const set = (record: number, column: string, value: string) => (rows[record]![header.indexOf(column)] = value);
  set(37, 'gad7_4', '4');
  set(88, 'phq9_3', 'Several days');
  set(151, 'who5_2', '6');
  return rows;
}

export function sampleCsv(): string {
  return `${csvFormatRows(latest())}\n`;
}

/** The three waves in one file (2024, 2025, 2026), told apart by `survey_year`. */
export function wavesCsv(): string {
  const w2024 = wave(20240318, 260, 2024, 0.35, (r) => `a${String(r).padStart(3, '0')}`);
  const w2025 = wave(20250317, 280, 2025, 0.2, (r) => `b${String(r).padStart(3, '0')}`);
  return `${csvFormatRows([...w2024, ...w2025.slice(1), ...latest().slice(1)])}\n`;
}

/** Clinicians employed per site in 2026: respondents over the made-up response rate, rounded up. */
export function headcountCsv(): string {
  const rows = latest();
  const at = rows[0]!.indexOf('site');
  const lines = SITES.map((site) => [site, String(Math.ceil(rows.filter((r) => r[at] === site).length / RESPONSE_RATE[site]!))]);
  return `${csvFormatRows([['site', 'headcount'], ...lines])}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, text] of [
    [SAMPLE_PATH, sampleCsv()],
    [WAVES_PATH, wavesCsv()],
    [HEADCOUNT_PATH, headcountCsv()],
  ] as const) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
