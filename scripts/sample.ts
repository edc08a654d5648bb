/**
 * `npm run sample`: writes sample/clinician-survey.csv, the synthetic survey `demo` scores.
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
 * The output is deterministic: a test regenerates it and fails when the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvFormatRows } from 'd3-dsv';
import { getInstrument } from '../src/catalogue.js';
import type { InstrumentDefinition } from '../src/schema/types.js';

export const SAMPLE_PATH = join(import.meta.dirname, '../sample/clinician-survey.csv');

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

export function sampleCsv(): string {
  const random = rng(20260322);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const definitions = SAMPLE_INSTRUMENTS.map((s) => ({ ...s, definition: getInstrument(s.id) as InstrumentDefinition }));
  const header = ['respondent', 'site', 'role', 'survey_date', ...definitions.flatMap((d) => d.definition.items.map((i) => i.id))];
  const sites = ['North', 'South', 'East', 'Children’s'];
  const roles = [
    { role: 'physician', strain: 0 },
    { role: 'nurse', strain: 0.1 },
    { role: 'resident', strain: 0.35 },
    { role: 'advanced practice provider', strain: -0.1 },
  ];
  const rows: string[][] = [header];
  for (let r = 1; r <= N; r++) {
    const role = roles[Math.floor(random() * roles.length)]!;
    const site = sites[Math.floor(random() * sites.length)]!;
    const day = 2 + Math.floor(random() * 26);
    const strain = normal() + role.strain;
    const row = [`c${String(r).padStart(3, '0')}`, site, role.role, `2026-03-${String(day).padStart(2, '0')}`];
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
  const set = (record: number, column: string, value: string) => (rows[record]![header.indexOf(column)] = value);
  set(37, 'gad7_4', '4');
  set(88, 'phq9_3', 'Several days');
  set(151, 'who5_2', '6');
  return `${csvFormatRows(rows)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SAMPLE_PATH, sampleCsv());
  console.log(`wrote ${SAMPLE_PATH}`);
}
