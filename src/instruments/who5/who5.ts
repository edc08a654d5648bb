/**
 * WHO-5 Well-Being Index (WHO Regional Office for Europe, 1998; WHO 2024). Five positively
 * worded items scored 0–5; raw sum 0–25 and percentage = raw × 4. Since 2024 the wording is
 * licensed CC BY-NC-SA 3.0 IGO, which an MIT package cannot carry: structure and scoring only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const who5 = {
  id: 'who5',
  name: 'WHO-5 Well-Being Index',
  shortName: 'WHO-5',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['wellbeing'],
  recallPeriod: 'the last 2 weeks',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 5, label: 'All of the time' },
        { value: 4, label: 'Most of the time' },
        { value: 3, label: 'More than half of the time' },
        { value: 2, label: 'Less than half of the time' },
        { value: 1, label: 'Some of the time' },
        { value: 0, label: 'At no time' },
      ],
      sources: ['who2024', 'topp2015'],
    },
  ],
  items: [
    { id: 'who5_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Cheerful, in good spirits' },
    { id: 'who5_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Calm and relaxed' },
    { id: 'who5_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Active and vigorous' },
    { id: 'who5_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Woke up fresh and rested' },
    { id: 'who5_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Daily life filled with things of interest' },
  ],
  scales: [
    {
      id: 'raw',
      label: 'Raw score',
      items: ['who5_1', 'who5_2', 'who5_3', 'who5_4', 'who5_5'],
      method: { kind: 'sum' },
      range: [0, 25],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['who2024', 'topp2015'],
    },
    {
      id: 'percentage',
      label: 'Percentage score',
      items: [],
      method: { kind: 'linear', of: 'raw', multiply: 4, add: 0 },
      range: [0, 100],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['who2024', 'topp2015'],
    },
  ],
  cutoffs: [
    {
      id: 'poor_wellbeing',
      label: 'Poor well-being: percentage below 50 (raw ≤ 12); indication for further assessment',
      criterion: { scale: 'percentage', op: '<', value: 50 },
      sources: ['who2024', 'halliday2017'],
      evidence: { level: 'secondary', sources: ['who2024', 'halliday2017'], note: 'The WHO PDF itself was not reachable: "A percentage score below 50 (or a raw score below 13)" read in concordant reproductions of it; Halliday et al. 2017 use the same "<13" raw cut-off.' },
    },
    {
      id: 'likely_depression',
      label: 'Likely depression',
      sources: ['halliday2017'],
      schemes: [{ id: 'halliday2017', label: 'Raw score ≤ 7 (percentage ≤ 28)', criterion: { scale: 'raw', op: '<=', value: 7 }, sources: ['halliday2017'], evidence: { level: 'single_secondary', sources: ['halliday2017'], note: 'Halliday et al. 2017 call ≤ 7 one of "two commonly used" cut-offs; its usual attribution to Topp et al. 2015 could not be confirmed. A named scheme, not the default.' } }],
    },
  ],
  flags: [],
  benchmarks: [],
  outcomes: [
    {
      construct: 'wellbeing',
      severityScale: 'percentage',
      direction: 'higher_is_better',
      cutoff: 'poor_wellbeing',
      sources: ['who2024', 'halliday2017'],
    },
  ],
  sources: [
    {
      id: 'who2024',
      kind: 'owner_page',
      citation: 'World Health Organization. The World Health Organization-Five Well-Being Index (WHO-5). Geneva: World Health Organization; 2024 (WHO/UCN/MSD/MHE/2024.1). Licence: CC BY-NC-SA 3.0 IGO.',
    },
    {
      id: 'topp2015',
      kind: 'validation_paper',
      citation: 'Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom. 2015;84(3):167-176.',
      doi: '10.1159/000376585',
    },
    {
      id: 'halliday2017',
      kind: 'publication',
      citation: 'Halliday JA, Hendrieckx C, Busija L, et al. Validation of the WHO-5 as a first-step screening instrument for depression in adults with diabetes: results from Diabetes MILES - Australia. Diabetes Res Clin Pract. 2017;132:27-35.',
    },
  ],
  licence: {
    holder: 'World Health Organization',
    terms: 'CC BY-NC-SA 3.0 IGO since 2024: non-commercial, share-alike. The item wording is not shipped; obtain it from WHO and attach it with withItemText() under those terms.',
    url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/igo/',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: '© World Health Organization 2024. The WHO-5 is licensed under CC BY-NC-SA 3.0 IGO.',
    sources: ['who2024'],
  },
} as const satisfies InstrumentDefinition;
