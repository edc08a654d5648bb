/**
 * K10 — Kessler Psychological Distress Scale, ten items (Kessler et al. 2002, 2003), in the
 * Australian form used by the ABS National Health Surveys and in Australian primary care: items in
 * the Australian order, past 4 weeks, scored 1 (None of the time) to 5 (All of the time) and
 * summed to 10–50. Two published band schemes that disagree: the ABS grouping (default) and the
 * CRUfAD/GPcare primary-care grouping (Andrews & Slade 2001). The scales are free to use; the
 * notice asked for is shipped. Data only.
 *
 * Not the US/WMH scoring (0–4, total 0–40) and not the 2001 WMH item order (which asks "so
 * depressed that nothing could cheer you up" before "everything was an effort").
 */
import type { InstrumentDefinition } from '../../schema/types.js';

const kessler2003Citation =
  'Kessler RC, Barker PR, Colpe LJ, Epstein JF, Gfroerer JC, Hiripi E, Howes MJ, Normand S-LT, Manderscheid RW, Walters EE, Zaslavsky AM. Screening for serious mental illness in the general population. Arch Gen Psychiatry. 2003;60(2):184-189.';

const items = ['k10_1', 'k10_2', 'k10_3', 'k10_4', 'k10_5', 'k10_6', 'k10_7', 'k10_8', 'k10_9', 'k10_10'] as const;

export const k10 = {
  id: 'k10',
  name: 'Kessler Psychological Distress Scale (10-item)',
  shortName: 'K10',
  version: '1.1.0',
  languages: ['en-AU'],
  constructs: ['distress'],
  recallPeriod: 'the past 4 weeks',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: 'None of the time' },
        { value: 2, label: 'A little of the time' },
        { value: 3, label: 'Some of the time' },
        { value: 4, label: 'Most of the time' },
        { value: 5, label: 'All of the time' },
      ],
      sources: ['abs2012', 'abs_nhs2015_guide'],
    },
  ],
  items: [
    { id: 'k10_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Tired out for no good reason', text: 'In the past 4 weeks, about how often did you feel tired out for no good reason?' },
    { id: 'k10_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Nervous', text: 'In the past 4 weeks, about how often did you feel nervous?' },
    { id: 'k10_3', number: 3, responseScale: 'frequency', scored: true, topic: 'So nervous nothing could calm one down', text: 'In the past 4 weeks, about how often did you feel so nervous that nothing could calm you down?' },
    { id: 'k10_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Hopeless', text: 'In the past 4 weeks, about how often did you feel hopeless?' },
    { id: 'k10_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Restless or fidgety', text: 'In the past 4 weeks, about how often did you feel restless or fidgety?' },
    { id: 'k10_6', number: 6, responseScale: 'frequency', scored: true, topic: 'So restless one could not sit still', text: 'In the past 4 weeks, about how often did you feel so restless you could not sit still?' },
    { id: 'k10_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Depressed', text: 'In the past 4 weeks, about how often did you feel depressed?' },
    { id: 'k10_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Everything an effort', text: 'In the past 4 weeks, about how often did you feel that everything was an effort?' },
    { id: 'k10_9', number: 9, responseScale: 'frequency', scored: true, topic: 'So sad nothing could cheer one up', text: 'In the past 4 weeks, about how often did you feel so sad that nothing could cheer you up?' },
    { id: 'k10_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Worthless', text: 'In the past 4 weeks, about how often did you feel worthless?' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Psychological distress',
      items,
      method: { kind: 'sum' },
      range: [10, 50],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [
        {
          id: 'abs',
          label: 'Level of psychological distress (ABS)',
          default: true,
          bands: [
            { id: 'low', label: 'Low', min: 10 },
            { id: 'moderate', label: 'Moderate', min: 16 },
            { id: 'high', label: 'High', min: 22 },
            { id: 'very_high', label: 'Very high', min: 30 },
          ],
          sources: ['abs2012'],
          evidence: { level: 'primary', sources: ['abs2012'] },
        },
        {
          id: 'primary_care',
          label: 'Likelihood of a mental disorder (CRUfAD/GPcare, primary care)',
          bands: [
            { id: 'well', label: 'Likely to be well', min: 10 },
            { id: 'mild', label: 'Likely to have a mild disorder', min: 20 },
            { id: 'moderate', label: 'Likely to have a moderate disorder', min: 25 },
            { id: 'severe', label: 'Likely to have a severe disorder', min: 30 },
          ],
          sources: ['abs2012', 'andrews2001', 'primary_care_bands'],
          evidence: { level: 'single_secondary', sources: ['primary_care_bands'], note: 'Read in concordant reproductions bundled in one citation (an Ann Fam Med table note, an "Interpreting K10 scores" fact sheet, IAR-DST documentation); the ABS names the scheme but its table body was not readable, and Andrews & Slade 2001 was not read.' },
        },
      ],
      sources: ['kessler2002', 'abs2012', 'abs_nhs2015_guide', 'abs_k5'],
    },
  ],
  cutoffs: [
    {
      id: 'high_distress',
      label: 'High or very high psychological distress (ABS; total ≥ 22)',
      criterion: { scale: 'total', op: '>=', value: 22 },
      sources: ['abs2012', 'abs_nhs2015_results'],
      evidence: { level: 'primary', sources: ['abs2012'] },
    },
    {
      id: 'very_high_distress',
      label: 'Very high psychological distress (ABS; total ≥ 30)',
      criterion: { scale: 'total', op: '>=', value: 30 },
      sources: ['abs2012', 'aihw2018'],
      evidence: { level: 'primary', sources: ['abs2012'] },
    },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'abs_nhs_2014_15_high',
      cutoff: 'high_distress',
      population: 'Adults aged 18 and over, ABS National Health Survey 2014–15',
      country: 'AU',
      year: 2014,
      n: 14564,
      prevalence: 0.117,
      sources: ['abs_nhs2015_results', 'abs_nhs2015_guide'],
      evidence: { level: 'primary', sources: ['abs_nhs2015_results'] },
    },
    {
      id: 'abs_nhs_2014_15_very_high',
      cutoff: 'very_high_distress',
      population: 'Adults aged 18 and over, ABS National Health Survey 2014–15',
      country: 'AU',
      year: 2014,
      n: 14564,
      prevalence: 0.037,
      sources: ['aihw2018', 'abs_nhs2015_guide'],
      evidence: { level: 'single_secondary', sources: ['aihw2018'], note: '3.7% read at the AIHW page that cites the ABS survey, not in the ABS release itself.' },
    },
  ],
  outcomes: [
    {
      construct: 'distress',
      severityScale: 'total',
      direction: 'higher_is_worse',
      cutoff: 'high_distress',
      sources: ['abs2012', 'abs_nhs2015_results'],
    },
  ],
  sources: [
    {
      id: 'kessler2002',
      kind: 'publication',
      citation:
        'Kessler RC, Andrews G, Colpe LJ, Hiripi E, Mroczek DK, Normand S-LT, Walters EE, Zaslavsky AM. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychol Med. 2002;32(6):959-976.',
      doi: '10.1017/S0033291702006074',
    },
    {
      id: 'kessler2003',
      kind: 'publication',
      citation: kessler2003Citation,
      doi: '10.1001/archpsyc.60.2.184',
    },
    {
      id: 'andrews2001',
      kind: 'publication',
      citation: 'Andrews G, Slade T. Interpreting scores on the Kessler Psychological Distress Scale (K10). Aust N Z J Public Health. 2001;25(6):494-497.',
      doi: '10.1111/j.1467-842X.2001.tb00310.x',
    },
    {
      id: 'abs2012',
      kind: 'publication',
      citation:
        'Australian Bureau of Statistics. Information Paper: Use of the Kessler Psychological Distress Scale in ABS Health Surveys, Australia, 2007-08 (cat. no. 4817.0.55.001), chapter "K10 Scoring". Canberra: ABS; 2012.',
      url: 'http://abs.gov.au/ausstats/abs@.nsf/Lookup/34333D54F054CE51CA2579D50015D786',
    },
    {
      id: 'abs_k5',
      kind: 'publication',
      citation:
        'Australian Bureau of Statistics. Information Paper: Use of the Kessler Psychological Distress Scale in ABS Health Surveys, Australia, 2007-08 (cat. no. 4817.0.55.001), "Inclusion of the K5 in ABS Surveys", Table C. Canberra: ABS; 2012.',
      url: 'https://abs.gov.au/ausstats/abs@.nsf/Lookup/84330C2EDC3DB940CA2579D50015D74E',
    },
    {
      id: 'abs_nhs2015_guide',
      kind: 'publication',
      citation: 'Australian Bureau of Statistics. National Health Survey: Users\' Guide, 2014-15 (cat. no. 4363.0), "Kessler Psychological Distress Scale-10 (K10)". Canberra: ABS; 2015.',
      url: 'https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/4363.0~2014-15~Main%20Features~Kessler%20Psychological%20Distress%20Scale-10%20(K10)~35',
    },
    {
      id: 'abs_nhs2015_results',
      kind: 'publication',
      citation: 'Australian Bureau of Statistics. National Health Survey: First Results, 2014-15 (cat. no. 4364.0.55.001), "Psychological distress". Canberra: ABS; 2015.',
    },
    {
      id: 'aihw2018',
      kind: 'programme_page',
      citation: "Australian Institute of Health and Welfare. Australia's health 2018: indicators of Australia's health — psychological distress. Canberra: AIHW; 2018.",
      url: 'https://www.aihw.gov.au/reports/australias-health/australias-health-2018/contents/indicators-of-australias-health/psychological-distress',
    },
    {
      id: 'primary_care_bands',
      kind: 'reproduction',
      citation:
        'K10 primary-care score groupings (CRUfAD/GPcare; 2001 Victorian Population Health Survey), as reproduced in: Ann Fam Med, Table 3 note; "Interpreting K10 scores" fact sheet; and Australian IAR-DST documentation.',
    },
    {
      id: 'harvard_ncs',
      kind: 'owner_page',
      citation: 'Kessler RC. K10 and K6 Scales. National Comorbidity Survey, Department of Health Care Policy, Harvard Medical School.',
      url: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
    },
    {
      id: 'nsw_tmhc',
      kind: 'programme_page',
      citation: 'NSW Health, Transcultural Mental Health Centre. Kessler-10: K-10 WHO copyright and citation.',
      url: 'https://www.dhi.health.nsw.gov.au/transcultural-mental-health-centre-tmhc/resources/multilingual-resources-by-title/kessler-10',
    },
  ],
  licence: {
    holder: 'Ronald C. Kessler, Harvard Medical School; © World Health Organization 2003',
    terms: 'Free to use without permission ("available for unrestricted use"); show the WHO copyright line and cite Kessler et al. (2003).',
    url: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
    itemText: true,
    commercialUseNeedsPermission: false,
    notice: `© World Health Organization 2003. ${kessler2003Citation}`,
    sources: ['harvard_ncs', 'nsw_tmhc'],
  },
} as const satisfies InstrumentDefinition;
