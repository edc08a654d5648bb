/**
 * SMBM — Shirom–Melamed Burnout Measure (Shirom & Melamed 2006): 14 items rated 1–7 for how
 * often each feeling occurs at work; physical fatigue (items 1–6), cognitive weariness (7–11) and
 * emotional exhaustion (12–14), each scored as the mean of its items, and an overall burnout
 * score as the mean of all 14. No item is reverse-keyed. No cut-off is defined: the often-quoted
 * "4.4" belongs to the 18-item revised SMBQ (Lundgren-Nilsson et al. 2012), a different
 * instrument, and the 2025 Swedish cut-offs (4.0 / 3.75) were derived for other SMBQ/SMBM item
 * sets. No terms for reproducing the wording were found, so it is not shipped.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

const pf = ['smbm_1', 'smbm_2', 'smbm_3', 'smbm_4', 'smbm_5', 'smbm_6'] as const;
const cw = ['smbm_7', 'smbm_8', 'smbm_9', 'smbm_10', 'smbm_11'] as const;
const ee = ['smbm_12', 'smbm_13', 'smbm_14'] as const;

export const smbm = {
  id: 'smbm',
  name: 'Shirom–Melamed Burnout Measure',
  shortName: 'SMBM',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['burnout'],
  recallPeriod: null,
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: 'Never or almost never' },
        { value: 2, label: 'Very infrequently' },
        { value: 3, label: 'Quite infrequently' },
        { value: 4, label: 'Sometimes' },
        { value: 5, label: 'Quite frequently' },
        { value: 6, label: 'Very frequently' },
        { value: 7, label: 'Always or almost always' },
      ],
      sources: ['shirom_form', 'lundgren_nilsson2012'],
    },
  ],
  items: [
    { id: 'smbm_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Tiredness (physical fatigue)' },
    { id: 'smbm_2', number: 2, responseScale: 'frequency', scored: true, topic: 'No energy to go to work in the morning (physical fatigue)' },
    { id: 'smbm_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Physically drained (physical fatigue)' },
    { id: 'smbm_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Fed up (physical fatigue)' },
    { id: 'smbm_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Batteries feel flat (physical fatigue)' },
    { id: 'smbm_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Burned out (physical fatigue)' },
    { id: 'smbm_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Slow thinking (cognitive weariness)' },
    { id: 'smbm_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Trouble concentrating (cognitive weariness)' },
    { id: 'smbm_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Not thinking clearly (cognitive weariness)' },
    { id: 'smbm_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Unfocused thinking (cognitive weariness)' },
    { id: 'smbm_11', number: 11, responseScale: 'frequency', scored: true, topic: 'Trouble thinking about complex matters (cognitive weariness)' },
    { id: 'smbm_12', number: 12, responseScale: 'frequency', scored: true, topic: "Unable to respond to co-workers' and customers' needs (emotional exhaustion)" },
    { id: 'smbm_13', number: 13, responseScale: 'frequency', scored: true, topic: 'Unable to invest emotionally in co-workers and customers (emotional exhaustion)' },
    { id: 'smbm_14', number: 14, responseScale: 'frequency', scored: true, topic: 'Unable to feel sympathy for co-workers and customers (emotional exhaustion)' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Overall burnout (mean of the 14 items)',
      items: [...pf, ...cw, ...ee],
      method: { kind: 'mean' },
      range: [1, 7],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['shirom2006', 'gerber2018', 'shirom_form'],
    },
    {
      id: 'physical_fatigue',
      label: 'Physical fatigue',
      items: [...pf],
      method: { kind: 'mean' },
      range: [1, 7],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['shirom2006', 'shirom_form'],
    },
    {
      id: 'cognitive_weariness',
      label: 'Cognitive weariness',
      items: [...cw],
      method: { kind: 'mean' },
      range: [1, 7],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['shirom2006', 'shirom_form'],
    },
    {
      id: 'emotional_exhaustion',
      label: 'Emotional exhaustion',
      items: [...ee],
      method: { kind: 'mean' },
      range: [1, 7],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['shirom2006', 'shirom_form'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [],
  outcomes: [
    {
      construct: 'burnout',
      severityScale: 'total',
      direction: 'higher_is_worse',
      sources: ['shirom2006'],
    },
  ],
  sources: [
    {
      id: 'shirom2006',
      kind: 'publication',
      citation: 'Shirom A, Melamed S. A comparison of the construct validity of two burnout measures in two groups of professionals. Int J Stress Manag. 2006;13(2):176-200.',
      url: 'https://psycnet.apa.org/record/2006-07100-003',
    },
    {
      id: 'shirom_form',
      kind: 'manual',
      citation: 'Shirom A. Shirom–Melamed Burnout Measure (SMBM), form "How do you feel at work?", as distributed on the developer’s site (http://www.shirom.org/arie/index.html), reproduced by scales.arabpsychology.com and, in a Swedish translation with the same 14 items in the same order, by stressmottagningen.se.',
      url: 'https://scales.arabpsychology.com/s/shirom-melamed-burnout-measure-smbm-2/',
    },
    {
      id: 'lundgren_nilsson2012',
      kind: 'publication',
      citation: 'Lundgren-Nilsson Å, Jonsdottir IH, Pallant J, Ahlborg G Jr. Internal construct validity of the Shirom-Melamed Burnout Questionnaire (SMBQ). BMC Public Health. 2012;12:1.',
      doi: '10.1186/1471-2458-12-1',
      url: 'https://bmcpublichealth.biomedcentral.com/articles/10.1186/1471-2458-12-1',
    },
    {
      id: 'gerber2018',
      kind: 'publication',
      citation: 'Gerber M, Colledge F, Mücke M, Schilling R, Brand S, Ludyga S. Psychometric properties of the Shirom-Melamed Burnout Measure (SMBM) among adolescents: results from three cross-sectional studies. BMC Psychiatry. 2018;18:266.',
      doi: '10.1186/s12888-018-1841-5',
      pmcid: 'PMC6109266',
    },
  ],
  licence: {
    holder: 'Arie Shirom and Samuel Melamed (Tel Aviv University)',
    terms: 'The developers distributed the measure for research use through their own site; no terms permitting redistribution of the wording in an open-source package were found, so the item wording is not shipped.',
    url: 'http://www.shirom.org/arie/index.html',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Shirom–Melamed Burnout Measure © A. Shirom and S. Melamed. Item wording available from the developers.',
    sources: ['shirom_form'],
  },
} as const satisfies InstrumentDefinition;
