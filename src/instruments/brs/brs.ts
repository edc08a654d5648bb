/**
 * BRS — Brief Resilience Scale (Smith, Dalen, Wiggins, Tooley, Christopher & Bernard 2008): the
 * ability to bounce back from stress. Six items, 1 = Strongly disagree … 5 = Strongly agree;
 * items 2, 4 and 6 are negatively worded and reversed (6 − x); the score is the mean, 1–5.
 * Interpretation bands low < 3.00, normal 3.00–4.30, high > 4.30 (attributed to Smith et al. 2013;
 * read here only in secondary sources). A "divide by the number answered" note circulates, but no
 * minimum number of answers is published, so every item is required (proration is opt-in).
 * No licence statement for the wording was found: structure and scoring only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const brs = {
  id: 'brs',
  name: 'Brief Resilience Scale',
  shortName: 'BRS',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['resilience'],
  recallPeriod: null,
  responseScales: [
    {
      id: 'agreement',
      options: [
        { value: 1, label: 'Strongly disagree' },
        { value: 2, label: 'Disagree' },
        { value: 3, label: 'Neutral' },
        { value: 4, label: 'Agree' },
        { value: 5, label: 'Strongly agree' },
      ],
      sources: ['smith2008', 'phenx_brs'],
    },
  ],
  items: [
    { id: 'brs_1', number: 1, responseScale: 'agreement', scored: true, topic: 'Recovers quickly after hard times' },
    { id: 'brs_2', number: 2, responseScale: 'agreement', scored: true, reverse: true, topic: 'Struggles to get through stressful events' },
    { id: 'brs_3', number: 3, responseScale: 'agreement', scored: true, topic: 'Recovers from stress in little time' },
    { id: 'brs_4', number: 4, responseScale: 'agreement', scored: true, reverse: true, topic: 'Finds it hard to recover when something bad happens' },
    { id: 'brs_5', number: 5, responseScale: 'agreement', scored: true, topic: 'Gets through difficult periods without much trouble' },
    { id: 'brs_6', number: 6, responseScale: 'agreement', scored: true, reverse: true, topic: 'Slow to get over setbacks' },
  ],
  scales: [
    {
      id: 'resilience',
      label: 'Resilience (ability to bounce back)',
      items: ['brs_1', 'brs_2', 'brs_3', 'brs_4', 'brs_5', 'brs_6'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [
        {
          id: 'smith2013',
          label: 'Low below 3.00, normal 3.00–4.30, high above 4.30',
          bands: [
            { id: 'low', label: 'Low resilience', min: 1 },
            { id: 'normal', label: 'Normal resilience', min: 3 },
            { id: 'high', label: 'High resilience', min: 4.3, minExclusive: true },
          ],
          sources: ['smith2013', 'phenx_brs'],
          evidence: { level: 'single_secondary', sources: ['phenx_brs'], note: 'Bands read at the PhenX scoring sheet (and in reproductions that name no other source); attributed to Smith et al. 2013, whose chapter was not read. A named scheme, not the default.' },
        },
      ],
      sources: ['smith2008', 'phenx_brs'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [],
  outcomes: [
    {
      construct: 'resilience',
      severityScale: 'resilience',
      direction: 'higher_is_better',
      sources: ['smith2008', 'phenx_brs'],
    },
  ],
  sources: [
    {
      id: 'smith2008',
      kind: 'publication',
      citation: 'Smith BW, Dalen J, Wiggins K, Tooley E, Christopher P, Bernard J. The brief resilience scale: assessing the ability to bounce back. Int J Behav Med. 2008;15(3):194-200.',
      doi: '10.1080/10705500802222972',
    },
    {
      id: 'phenx_brs',
      kind: 'programme_page',
      citation: 'PhenX Toolkit. Protocol: Psychological Resilience — Brief Resilience Scale (BRS). RTI International.',
      url: 'https://www.phenxtoolkit.org/protocols/view/251401',
    },
    {
      id: 'smith2013',
      kind: 'publication',
      citation: 'Smith BW, Epstein EM, Ortiz JA, Christopher PJ, Tooley EM. The foundations of resilience: what are the critical resources for bouncing back from stress? In: Prince-Embury S, Saklofske DH, eds. Resilience in Children, Adolescents, and Adults: Translating Research into Practice. New York: Springer; 2013 (Springer Series on Human Exceptionality).',
      doi: '10.1007/978-1-4614-4939-3_13',
    },
  ],
  licence: {
    holder: 'Bruce W. Smith et al.; the 2008 article © Taylor & Francis / International Society of Behavioral Medicine',
    terms: 'The items are printed in a journal article; no licence statement covering redistribution or commercial use was found (directories list it as free to use and name Bruce W. Smith, University of New Mexico, as contact). The wording is not shipped; attach it with withItemText() under the holder’s terms.',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Brief Resilience Scale: Smith BW, Dalen J, Wiggins K, Tooley E, Christopher P, Bernard J. Int J Behav Med. 2008;15(3):194-200. Item wording not included.',
    sources: ['smith2008'],
  },
} as const satisfies InstrumentDefinition;
