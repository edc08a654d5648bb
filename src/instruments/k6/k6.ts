/**
 * K6 — Kessler Psychological Distress Scale, six items (Kessler et al. 2002, 2003): the short form
 * embedded in the K10, developed for the US National Health Interview Survey. Six items about the
 * past 30 days, scored 0 (None of the time) to 4 (All of the time) and summed to 0–24. A total of
 * 13 or more is the standard screen for serious psychological distress (Kessler 2003); 5–12 is
 * moderate distress (Prochaska 2012). Wording and item order: the Harvard NCS K6 as used in the WHO
 * World Mental Health surveys. The scales are free to use; the notice asked for is shipped. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

const kessler2003Citation =
  'Kessler RC, Barker PR, Colpe LJ, Epstein JF, Gfroerer JC, Hiripi E, Howes MJ, Normand S-LT, Manderscheid RW, Walters EE, Zaslavsky AM. Screening for serious mental illness in the general population. Arch Gen Psychiatry. 2003;60(2):184-189.';

export const k6 = {
  id: 'k6',
  name: 'Kessler Psychological Distress Scale (6-item)',
  shortName: 'K6',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['distress'],
  recallPeriod: 'the past 30 days',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 4, label: 'All of the time' },
        { value: 3, label: 'Most of the time' },
        { value: 2, label: 'Some of the time' },
        { value: 1, label: 'A little of the time' },
        { value: 0, label: 'None of the time' },
      ],
      sources: ['kessler2010', 'kessler2003'],
    },
  ],
  items: [
    { id: 'k6_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Nervous', text: 'During the past 30 days, about how often did you feel nervous?' },
    { id: 'k6_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Hopeless', text: 'During the past 30 days, about how often did you feel hopeless?' },
    { id: 'k6_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Restless or fidgety', text: 'During the past 30 days, about how often did you feel restless or fidgety?' },
    { id: 'k6_4', number: 4, responseScale: 'frequency', scored: true, topic: 'So depressed nothing could cheer one up', text: 'During the past 30 days, about how often did you feel so depressed that nothing could cheer you up?' },
    { id: 'k6_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Everything an effort', text: 'During the past 30 days, about how often did you feel that everything was an effort?' },
    { id: 'k6_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Worthless', text: 'During the past 30 days, about how often did you feel worthless?' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Psychological distress',
      items: ['k6_1', 'k6_2', 'k6_3', 'k6_4', 'k6_5', 'k6_6'],
      method: { kind: 'sum' },
      range: [0, 24],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [
        {
          id: 'prochaska2012',
          label: 'Distress (none/low, moderate, serious)',
          default: true,
          bands: [
            { id: 'low', label: 'None or low distress', min: 0 },
            { id: 'moderate', label: 'Moderate distress', min: 5 },
            { id: 'serious', label: 'Serious distress', min: 13 },
          ],
          sources: ['prochaska2012', 'kessler2003', 'nchs2015'],
          evidence: { level: 'secondary', sources: ['prochaska2012', 'nchs2015'], note: 'The 13 line (Kessler 2003) read at Prochaska et al. 2012 and the NCHS data brief, not in Kessler 2003; the 5–12 moderate band is Prochaska et al.’s own, read in their abstract.' },
        },
      ],
      sources: ['kessler2002', 'kessler2010'],
    },
  ],
  cutoffs: [
    {
      id: 'serious_distress',
      label: 'Serious psychological distress (total ≥ 13)',
      criterion: { scale: 'total', op: '>=', value: 13 },
      sources: ['kessler2003', 'prochaska2012', 'nchs2015'],
      evidence: { level: 'secondary', sources: ['prochaska2012', 'nchs2015'], note: 'Kessler et al. 2003 itself was not read; Prochaska et al. 2012 ("a K6 score ≥13") and the NCHS data brief ("a score of 13 or greater") agree.' },
    },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'chis2007_serious',
      cutoff: 'serious_distress',
      population: 'Adults, 2007 California Health Interview Survey',
      country: 'US',
      year: 2007,
      n: 50880,
      prevalence: 0.086,
      sources: ['prochaska2012'],
      evidence: { level: 'primary', sources: ['prochaska2012'] },
    },
  ],
  outcomes: [
    {
      construct: 'distress',
      severityScale: 'total',
      direction: 'higher_is_worse',
      cutoff: 'serious_distress',
      sources: ['kessler2003', 'prochaska2012'],
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
      url: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
    },
    {
      id: 'kessler2010',
      kind: 'publication',
      citation:
        'Kessler RC, Green JG, Gruber MJ, Sampson NA, Bromet E, Cuitan M, et al. Screening for serious mental illness in the general population with the K6 screening scale: results from the WHO World Mental Health (WMH) survey initiative. Int J Methods Psychiatr Res. 2010;19(Suppl 1):4-22.',
      doi: '10.1002/mpr.310',
      pmcid: 'PMC3659799',
    },
    {
      id: 'prochaska2012',
      kind: 'publication',
      citation:
        'Prochaska JJ, Sung H-Y, Max W, Shi Y, Ong M. Validity study of the K6 scale as a measure of moderate mental distress based on mental health treatment need and utilization. Int J Methods Psychiatr Res. 2012;21(2):88-97.',
      doi: '10.1002/mpr.1349',
      pmcid: 'PMC3370145',
    },
    {
      id: 'nchs2015',
      kind: 'programme_page',
      citation:
        'Weissman J, Pratt LA, Miller EA, Parker JD. Serious psychological distress among adults: United States, 2009–2013. NCHS Data Brief, no 203. Hyattsville, MD: National Center for Health Statistics; 2015.',
      url: 'https://www.cdc.gov/nchs/products/databriefs/db203.htm',
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
