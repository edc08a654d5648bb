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
      note: 'Survey year 2022, published 2024; representative of the German adult population.',
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
      note: 'The paper calls the metric score "logit-transformed raw scores". Survey year 2022, published 2024.',
      sources: ['peitz2024'],
      evidence: { level: 'primary', sources: ['peitz2024'] },
    },
  ],
  outcomes: [
    {
      construct: 'wellbeing',
      severityScale: 'metric',
      direction: 'higher_is_better',
      note: 'Severity is low well-being, from the metric score (the published conversion of the raw sum); the raw sum has the same range. No cut-off ships (see docs/unverified.md).',
      sources: ['warwick_conversion_table', 'stewartbrown2009'],
    },
  ],
  sources: [
    {
      id: 'stewartbrown2009',
      kind: 'publication',
      citation: 'Stewart-Brown S, Tennant A, Tennant R, Platt S, Parkinson J, Weich S. Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health Education Population Survey. Health Qual Life Outcomes. 2009;7:15.',
      doi: '10.1186/1477-7525-7-15',
      note: 'Derivation of the 7-item scale (abstract): "a strict unidimensional seven item scale (the Short Warwick Edinburgh Mental Well-Being Scale (SWEMWBS)) was resolved … This scale, SWEMWBS, provides a raw score-interval scale transformation for use in parametric procedures." The article’s own transformation table could not be read here.',
    },
    {
      id: 'sscq2022',
      kind: 'programme_page',
      citation: 'Scottish Government. Scottish Surveys Core Questions 2022, section 1.8: Mental wellbeing scoring. Edinburgh: Scottish Government.',
      url: 'http://www2.gov.scot/publications/scottish-surveys-core-questions-2022/pages/1-8-mental-wellbeing-scoring/',
      note: 'The seven SWEMWBS statements in order (optimistic about the future; useful; relaxed; dealing with problems well; thinking clearly; close to other people; able to make up my own mind about things) = WEMWBS items 1, 2, 3, 6, 7, 9, 11; responses "1 - none of the time" to "5 - all of the time"; "The SWEMWBS scale runs from seven for the lowest levels of mental wellbeing to 35 for the highest."',
    },
    {
      id: 'swemwbs_form',
      kind: 'manual',
      citation: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) questionnaire. © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008. As reproduced in the What Works Centre for Wellbeing measures bank.',
      url: 'https://measure.whatworkswellbeing.org/measures-bank/swemwbs/',
      note: 'Option labels and item order as reproduced by the What Works Centre for Wellbeing measures bank: "Please tick the box that best describes your experience of each over the last 2 weeks"; 1 None of the time, 2 Rarely, 3 Some of the time, 4 Often, 5 All of the time.',
    },
    {
      id: 'warwick_scoring',
      kind: 'owner_page',
      citation: 'Warwick Medical School. Guidance on scoring WEMWBS and SWEMWBS. University of Warwick.',
      url: 'https://warwick.ac.uk/fac/med/research/platform/wemwbs/researchers/guidance/',
      note: '"The SWEMWBS is scored by first summing the score for each of the seven items and then transforming the total score for each person according to a conversion table." The how-to page adds that "raw scores need to be transformed" to compare with other studies. Missing-data guidance is in the registered-user guides, not readable here, so all seven items are required.',
    },
    {
      id: 'warwick_conversion_table',
      kind: 'owner_page',
      citation: 'Warwick Medical School. SWEMWBS raw score to metric score conversion table. University of Warwick.',
      url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto/swemwbs_raw_score_to_metric_score_conversion_table.pdf',
      note: 'The 29 rows (7 → 7.00, 8 → 9.51, … 34 → 32.55, 35 → 35.00). The Warwick PDF itself (registered users) could not be opened here: the rows are as copied, identically, by four independent public implementations, one of which cites this PDF, and two rows (23 → 20.73, 32 → 29.31) are confirmed by Peitz et al. 2024. The project’s research notes report two other public copies (probably one project) giving 29 → 25.99; 26.02 is the majority reading. Re-check against the PDF before release.',
    },
    {
      id: 'peitz2024',
      kind: 'publication',
      citation: 'Peitz D, Hoelling H, Born S, Schaffrath Rosario A, Cohrdes C. German adult population norm values of the short Warwick Edinburgh mental well-being scale (SWEMWBS). Qual Life Res. 2024.',
      doi: '10.1007/s11136-024-03695-z',
      note: 'Abstract: GEDA 2022, "total sample (N = 5,606)"; "M = 27.3 (SD = 4.0; logit-transformed: M = 24.79, SD = 3.73)"; "the cut off for low well-being was set at the 15th percentile (raw score: 23; logit-transformed: 20.73), for high well-being at the 85th percentile (raw score: 32; logit-transformed: 29.31)" — German norm percentiles, not shipped as cut-offs; the two raw/metric pairs agree with the conversion table.',
    },
    {
      id: 'swemwbs_licence',
      kind: 'programme_page',
      citation: 'Child Outcomes Research Consortium (CORC). Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS): terms of use; Warwick Medical School registration terms.',
      url: 'https://www.corc.uk.net/outcome-experience-measures/short-warwick-edinburgh-mental-wellbeing-scale-swemwbs/',
      note: '"The SWEMWBS is free to use but you need to ask for permission before you begin using SWEMWBS, by completing a registration form on the SWEMWBS website"; "SWEMWBS is protected by copyright, the Reproduction copyrights for SWEMWBS are as follows and must be presented on any copy of SWEMWBS used: “Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.”" Warwick’s own registration text (as reproduced by Generations Working Together) directs commercial organisations to Warwick Ventures.',
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
