/**
 * SWEMWBS — Short Warwick-Edinburgh Mental Wellbeing Scale (Stewart-Brown et al. 2009): the
 * seven WEMWBS items (1, 2, 3, 6, 7, 9, 11) that fit the Rasch model, scored 1–5 over the last
 * 2 weeks. The raw sum (7–35) is converted to a metric (interval) score with Warwick's published
 * raw-to-metric table (7 → 7.00 … 35 → 35.00); studies are compared on the metric score. No
 * cut-offs: none could be read at a primary source. The wording is licensed by Warwick and is not
 * shipped. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const swemwbs = {
  id: 'swemwbs',
  name: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
  shortName: 'SWEMWBS',
  version: '1.1.0',
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
      sources: ['sscq2022', 'swemwbs_form'],
    },
  ],
  items: [
    { id: 'swemwbs_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Optimism about the future' },
    { id: 'swemwbs_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Feeling of being useful' },
    { id: 'swemwbs_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Relaxation' },
    { id: 'swemwbs_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Handling problems well' },
    { id: 'swemwbs_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Clear thinking' },
    { id: 'swemwbs_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Closeness to others' },
    { id: 'swemwbs_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Making up one’s own mind' },
  ],
  scales: [
    {
      id: 'raw',
      label: 'Raw score',
      items: ['swemwbs_1', 'swemwbs_2', 'swemwbs_3', 'swemwbs_4', 'swemwbs_5', 'swemwbs_6', 'swemwbs_7'],
      method: { kind: 'sum' },
      range: [7, 35],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['sscq2022', 'warwick_scoring'],
    },
    {
      id: 'metric',
      label: 'Metric score (Rasch conversion of the raw score)',
      items: [],
      method: {
        kind: 'lookup',
        of: 'raw',
        table: [
          [7, 7.0], [8, 9.51], [9, 11.25], [10, 12.4], [11, 13.33], [12, 14.08], [13, 14.75], [14, 15.32],
          [15, 15.84], [16, 16.36], [17, 16.88], [18, 17.43], [19, 17.98], [20, 18.59], [21, 19.25],
          [22, 19.98], [23, 20.73], [24, 21.54], [25, 22.35], [26, 23.21], [27, 24.11], [28, 25.03],
          [29, 26.02], [30, 27.03], [31, 28.13], [32, 29.31], [33, 30.7], [34, 32.55], [35, 35.0],
        ],
        evidence: {
          level: 'secondary',
          sources: ['warwick_conversion_table', 'peitz2024'],
          note: "Warwick's PDF itself could not be opened: the rows come from four concordant public copies (one citing Warwick's PDF), and Peitz et al. 2024 confirm two rows (23 → 20.73, 32 → 29.31). Row 29 is 26.02 (a minority reading of 25.99 exists).",
        },
      },
      range: [7, 35],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['warwick_conversion_table', 'stewartbrown2009', 'peitz2024'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [
    {
      id: 'geda2022_raw',
      scale: 'raw',
      population: 'Adults aged 18 and over, German Health Update (GEDA) telephone survey 2022 (German version)',
      country: 'DE',
      year: 2022,
      n: 5606,
      mean: 27.3,
      sd: 4.0,
      sources: ['peitz2024'],
      evidence: { level: 'primary', sources: ['peitz2024'] },
    },
    {
      id: 'geda2022_metric',
      scale: 'metric',
      population: 'Adults aged 18 and over, German Health Update (GEDA) telephone survey 2022 (German version)',
      country: 'DE',
      year: 2022,
      n: 5606,
      mean: 24.79,
      sd: 3.73,
      sources: ['peitz2024'],
      evidence: { level: 'primary', sources: ['peitz2024'] },
    },
  ],
  outcomes: [
    {
      construct: 'wellbeing',
      severityScale: 'metric',
      direction: 'higher_is_better',
      sources: ['warwick_conversion_table', 'stewartbrown2009'],
    },
  ],
  sources: [
    {
      id: 'stewartbrown2009',
      kind: 'publication',
      citation: 'Stewart-Brown S, Tennant A, Tennant R, Platt S, Parkinson J, Weich S. Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health Education Population Survey. Health Qual Life Outcomes. 2009;7:15.',
      doi: '10.1186/1477-7525-7-15',
    },
    {
      id: 'sscq2022',
      kind: 'programme_page',
      citation: 'Scottish Government. Scottish Surveys Core Questions 2022, section 1.8: Mental wellbeing scoring. Edinburgh: Scottish Government.',
      url: 'http://www2.gov.scot/publications/scottish-surveys-core-questions-2022/pages/1-8-mental-wellbeing-scoring/',
    },
    {
      id: 'swemwbs_form',
      kind: 'manual',
      citation: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) questionnaire. © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008. As reproduced in the What Works Centre for Wellbeing measures bank.',
      url: 'https://measure.whatworkswellbeing.org/measures-bank/swemwbs/',
    },
    {
      id: 'warwick_scoring',
      kind: 'owner_page',
      citation: 'Warwick Medical School. Guidance on scoring WEMWBS and SWEMWBS. University of Warwick.',
      url: 'https://warwick.ac.uk/fac/med/research/platform/wemwbs/researchers/guidance/',
    },
    {
      id: 'warwick_conversion_table',
      kind: 'owner_page',
      citation: 'Warwick Medical School. SWEMWBS raw score to metric score conversion table. University of Warwick.',
      url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto/swemwbs_raw_score_to_metric_score_conversion_table.pdf',
    },
    {
      id: 'peitz2024',
      kind: 'publication',
      citation: 'Peitz D, Hoelling H, Born S, Schaffrath Rosario A, Cohrdes C. German adult population norm values of the short Warwick Edinburgh mental well-being scale (SWEMWBS). Qual Life Res. 2024.',
      doi: '10.1007/s11136-024-03695-z',
    },
    {
      id: 'swemwbs_licence',
      kind: 'programme_page',
      citation: 'Child Outcomes Research Consortium (CORC). Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS): terms of use; Warwick Medical School registration terms.',
      url: 'https://www.corc.uk.net/outcome-experience-measures/short-warwick-edinburgh-mental-wellbeing-scale-swemwbs/',
    },
  ],
  licence: {
    holder: 'NHS Health Scotland, the University of Warwick and the University of Edinburgh',
    terms:
      'Protected by copyright. Free for non-commercial use after registering with Warwick Medical School; commercial organisations need a commercial licence (Warwick Ventures). The scale must not be altered. The wording and the conversion table are Warwick’s; the wording is not shipped and a licensee attaches it at run time with withItemText().',
    url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
    sources: ['swemwbs_licence'],
  },
} as const satisfies InstrumentDefinition;
