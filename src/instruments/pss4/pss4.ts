/**
 * PSS-4 — Perceived Stress Scale, 4-item short form (Cohen, Kamarck & Mermelstein 1983, for
 * telephone interviews; Cohen & Williamson 1988). The items are PSS-10 items 2, 4, 5 and 10 in
 * that order, scored 0–4 (Never … Very Often); items 2 and 3 are positively stated and reversed
 * (4 − x); the sum runs 0–16. No official cut-offs, so no bands; English population norms
 * (Warttig et al. 2013) are given as a benchmark. Wording not shipped (see the PSS-10 licence).
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const pss4 = {
  id: 'pss4',
  name: 'Perceived Stress Scale (4-item)',
  shortName: 'PSS-4',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['stress'],
  recallPeriod: 'the last month',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 0, label: 'Never' },
        { value: 1, label: 'Almost Never' },
        { value: 2, label: 'Sometimes' },
        { value: 3, label: 'Fairly Often' },
        { value: 4, label: 'Very Often' },
      ],
      sources: ['cohen_scoring', 'cohen1983'],
    },
  ],
  items: [
    { id: 'pss4_1', number: 1, responseScale: 'frequency', scored: true, topic: 'No control over the important things in life' },
    { id: 'pss4_2', number: 2, responseScale: 'frequency', scored: true, reverse: true, topic: 'Confident in handling personal problems' },
    { id: 'pss4_3', number: 3, responseScale: 'frequency', scored: true, reverse: true, topic: 'Things going as one wishes' },
    { id: 'pss4_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Difficulties piling up beyond overcoming' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Perceived stress',
      items: ['pss4_1', 'pss4_2', 'pss4_3', 'pss4_4'],
      method: { kind: 'sum' },
      range: [0, 16],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['cohen_scoring', 'cohen1983'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [
    {
      id: 'england_2013',
      scale: 'total',
      population: 'Adults, general-population sample, England',
      country: 'GB',
      year: 2013,
      n: 1568,
      mean: 6.11,
      sd: 3.1,
      sources: ['warttig2013', 'puhe2020'],
      evidence: { level: 'single_secondary', sources: ['puhe2020'], note: 'Mean and SD read as tabulated in a citing paper (PMC7598559); Warttig et al. 2013’s full text was not read.' },
    },
  ],
  outcomes: [
    {
      construct: 'stress',
      severityScale: 'total',
      direction: 'higher_is_worse',
      sources: ['cohen_scoring', 'cohen1983'],
    },
  ],
  sources: [
    {
      id: 'cohen_scoring',
      kind: 'owner_page',
      citation: 'Cohen S. PSS Scoring. Laboratory for the Study of Stress, Immunity and Disease, Carnegie Mellon University (page updated 23 February 2010).',
      url: 'https://www.cmu.edu/dietrich/psychology/stress-immunity-disease-lab/scales/html/pssscoring.html',
    },
    {
      id: 'cohen1983',
      kind: 'publication',
      citation: 'Cohen S, Kamarck T, Mermelstein R. A global measure of perceived stress. J Health Soc Behav. 1983;24(4):385-396.',
      doi: '10.2307/2136404',
    },
    {
      id: 'warttig2013',
      kind: 'publication',
      citation: 'Warttig SL, Forshaw MJ, South J, White AK. New, normative, English-sample data for the Short Form Perceived Stress Scale (PSS-4). J Health Psychol. 2013;18(12):1617-1628.',
      doi: '10.1177/1359105313508346',
    },
    {
      id: 'puhe2020',
      kind: 'reproduction',
      citation: 'Public Health. 2020;189:158-161, Table 1: "Depression (PHQ-9), anxiety (GAD-7) and stress (PSS-4) scores for 18- to 24-year-olds compared with older respondents and published population normative data" (authors not recorded here).',
      doi: '10.1016/j.puhe.2020.10.018',
      pmcid: 'PMC7598559',
    },
  ],
  licence: {
    holder: 'Sheldon Cohen (the 1983 article © American Sociological Association); the form is distributed by Mind Garden and Carnegie Mellon University',
    terms: 'No licence covering redistribution or commercial use was found at a primary source. Non-profit research use is commonly described as free of permission, profit-related use as needing permission from the author and the American Sociological Association (secondary reports). The wording is not shipped; attach it with withItemText() under the holder’s terms.',
    url: 'https://www.cmu.edu/dietrich/psychology/stress-immunity-disease-lab/scales/html/pssscoring.html',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Perceived Stress Scale © Sheldon Cohen. Cohen S, Kamarck T, Mermelstein R (1983). Item wording not included.',
    sources: ['cohen_scoring', 'cohen1983'],
  },
} as const satisfies InstrumentDefinition;
