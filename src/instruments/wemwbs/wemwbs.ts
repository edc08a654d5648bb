/**
 * WEMWBS — Warwick-Edinburgh Mental Wellbeing Scale (Tennant et al. 2007). Fourteen positively
 * worded statements about the last 2 weeks, scored 1 (None of the time) to 5 (All of the time)
 * and summed to 14–70; higher is better. No reverse keys and no bands. One cut-off: the screen for
 * depressive symptoms at 43.5 (Bianco 2012, read in the thesis abstract), i.e. a total of 43 or
 * less; Warwick's own pages give no cut-off that could be read here. The wording is licensed by
 * Warwick (registration; commercial licence for commercial users) and is not shipped: structure
 * and scoring only, `topic` in our own words. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const wemwbs = {
  id: 'wemwbs',
  name: 'Warwick-Edinburgh Mental Wellbeing Scale',
  shortName: 'WEMWBS',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['wellbeing'],
  recallPeriod: 'the last 2 weeks',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: 'None of the time' },
        { value: 2, label: 'Rarely' },
        { value: 3, label: 'Some of the time' },
        { value: 4, label: 'Often' },
        { value: 5, label: 'All of the time' },
      ],
      sources: ['tennant2007', 'wemwbs_form'],
    },
  ],
  items: [
    { id: 'wemwbs_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Optimism about the future' },
    { id: 'wemwbs_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Feeling of being useful' },
    { id: 'wemwbs_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Relaxation' },
    { id: 'wemwbs_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Interest in other people' },
    { id: 'wemwbs_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Spare energy' },
    { id: 'wemwbs_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Handling problems well' },
    { id: 'wemwbs_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Clear thinking' },
    { id: 'wemwbs_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Positive view of oneself' },
    { id: 'wemwbs_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Closeness to others' },
    { id: 'wemwbs_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Confidence' },
    { id: 'wemwbs_11', number: 11, responseScale: 'frequency', scored: true, topic: 'Making up one’s own mind' },
    { id: 'wemwbs_12', number: 12, responseScale: 'frequency', scored: true, topic: 'Feeling loved' },
    { id: 'wemwbs_13', number: 13, responseScale: 'frequency', scored: true, topic: 'Interest in new things' },
    { id: 'wemwbs_14', number: 14, responseScale: 'frequency', scored: true, topic: 'Cheerfulness' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Mental wellbeing',
      items: ['wemwbs_1', 'wemwbs_2', 'wemwbs_3', 'wemwbs_4', 'wemwbs_5', 'wemwbs_6', 'wemwbs_7', 'wemwbs_8', 'wemwbs_9', 'wemwbs_10', 'wemwbs_11', 'wemwbs_12', 'wemwbs_13', 'wemwbs_14'],
      method: { kind: 'sum' },
      range: [14, 70],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['tennant2007', 'warwick_howto'],
    },
  ],
  cutoffs: [
    {
      id: 'depression_screen',
      label: 'Screen positive for depressive symptoms (total ≤ 43, below the 43.5 cut-off of Bianco 2012)',
      criterion: { scale: 'total', op: '<=', value: 43 },
      sources: ['bianco2012'],
      evidence: {
        level: 'primary',
        sources: ['bianco2012'],
      },
    },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'shes2018_adults',
      scale: 'total',
      population: 'Adults aged 16 and over, Scottish Health Survey 2018',
      country: 'GB-SCT',
      year: 2018,
      n: 4299,
      mean: 49.4,
      sd: 8.96,
      sources: ['shes2018'],
      evidence: { level: 'primary', sources: ['shes2018'] },
    },
    {
      id: 'shes2018_men',
      scale: 'total',
      population: 'Men aged 16 and over, Scottish Health Survey 2018',
      country: 'GB-SCT',
      year: 2018,
      n: 1856,
      mean: 49.3,
      sd: 9.06,
      sources: ['shes2018'],
      evidence: { level: 'primary', sources: ['shes2018'] },
    },
    {
      id: 'shes2018_women',
      scale: 'total',
      population: 'Women aged 16 and over, Scottish Health Survey 2018',
      country: 'GB-SCT',
      year: 2018,
      n: 2443,
      mean: 49.6,
      sd: 8.86,
      sources: ['shes2018'],
      evidence: { level: 'primary', sources: ['shes2018'] },
    },
  ],
  outcomes: [
    {
      construct: 'wellbeing',
      severityScale: 'total',
      direction: 'higher_is_better',
      sources: ['tennant2007', 'warwick_howto'],
    },
  ],
  sources: [
    {
      id: 'bianco2012',
      kind: 'publication',
      citation:
        'Bianco D. Performance of the Warwick-Edinburgh Mental Well-Being Scale (WEMWBS) as a screening tool for depression in UK and Italy [master\'s thesis]. Cesena: Università di Bologna, Facoltà di Psicologia; 2012 (academic year 2011/2012). Abstract: "The Warwick-Edinburgh Mental Well-Being Scale (WEMWBS): development of clinical cut-off scores".',
      url: 'https://studylib.net/doc/12455520/the-warwick-edinburgh-mental-well-being-scale--wemwbs---d...',
    },
    {
      id: 'tennant2007',
      kind: 'publication',
      citation: 'Tennant R, Hiller L, Fishwick R, Platt S, Joseph S, Weich S, Parkinson J, Secker J, Stewart-Brown S. The Warwick-Edinburgh Mental Well-being Scale (WEMWBS): development and UK validation. Health Qual Life Outcomes. 2007;5:63.',
      doi: '10.1186/1477-7525-5-63',
    },
    {
      id: 'warwick_howto',
      kind: 'owner_page',
      citation: 'Warwick Medical School. Collect, score, analyse and interpret WEMWBS. University of Warwick.',
      url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto',
    },
    {
      id: 'wemwbs_form',
      kind: 'manual',
      citation: 'Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) questionnaire. © NHS Health Scotland, University of Warwick and University of Edinburgh, 2006.',
      url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/',
    },
    {
      id: 'warwick_licence',
      kind: 'owner_page',
      citation: 'Warwick Medical School. Using WEMWBS: licences and FAQs. University of Warwick.',
      url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/',
    },
    {
      id: 'shes2018',
      kind: 'publication',
      citation: 'Scottish Government. The Scottish Health Survey 2018: main report – revised 2020. Volume 1, chapter 1, Table 1.2: Adult WEMWBS mean score, 2018, by age and sex. Edinburgh: Scottish Government; 2020.',
      url: 'https://www.gov.scot/publications/scottish-health-survey-2018-volume-1-main-report/pages/7/',
    },
  ],
  licence: {
    holder: 'NHS Health Scotland, the University of Warwick and the University of Edinburgh',
    terms:
      'Protected by copyright. Free for non-commercial use after registering for a licence with Warwick Medical School; commercial organisations need a paid commercial licence. The licence does not allow publishing or sharing the scale, and the wording, response categories and layout must not be changed. The wording is not shipped; a licensee attaches it at run time with withItemText().',
    url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) © NHS Health Scotland, The University of Warwick and University of Edinburgh, 2006, all rights reserved.',
    sources: ['warwick_licence'],
  },
} as const satisfies InstrumentDefinition;
