/**
 * Two single MBI items (West, Dyrbye, Sloan & Shanafelt 2009; West et al. 2012): MBI-HSS item 8
 * for emotional exhaustion and item 10 for depersonalization, each on the MBI 0–6 frequency scale
 * (Never … Every day). High = "once a week" or more often (≥ 4); burnout = either high. The items
 * are verbatim MBI items (© Mind Garden): structure and scoring only; a licensee attaches the
 * wording with withItemText().
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const mbi2 = {
  id: 'mbi2',
  name: 'Single-item measures of emotional exhaustion and depersonalization (two MBI items)',
  shortName: 'MBI 2-item',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['burnout'],
  recallPeriod: null,
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 0, label: 'Never' },
        { value: 1, label: 'A few times a year or less' },
        { value: 2, label: 'Once a month or less' },
        { value: 3, label: 'A few times a month' },
        { value: 4, label: 'Once a week' },
        { value: 5, label: 'A few times a week' },
        { value: 6, label: 'Every day' },
      ],
      sources: ['mindgarden', 'dolan2015_appendix', 'west2009'],
    },
  ],
  items: [
    { id: 'mbi2_1', number: 1, responseScale: 'frequency', scored: true, topic: 'MBI-HSS item 8 (emotional exhaustion subscale)' },
    { id: 'mbi2_2', number: 2, responseScale: 'frequency', scored: true, topic: 'MBI-HSS item 10 (depersonalization subscale)' },
  ],
  scales: [
    {
      id: 'emotional_exhaustion',
      label: 'Emotional exhaustion (single item, 0–6)',
      items: ['mbi2_1'],
      method: { kind: 'sum' },
      range: [0, 6],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['west2009', 'west2012'],
    },
    {
      id: 'depersonalization',
      label: 'Depersonalization (single item, 0–6)',
      items: ['mbi2_2'],
      method: { kind: 'sum' },
      range: [0, 6],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['west2009', 'west2012'],
    },
  ],
  cutoffs: [
    {
      id: 'emotional_exhaustion_high',
      label: 'High emotional exhaustion: "once a week" or more often (≥ 4)',
      criterion: { scale: 'emotional_exhaustion', op: '>=', value: 4 },
      sources: ['west2012', 'dolan2015', 'dolan2015_appendix'],
      evidence: { level: 'secondary', sources: ['west2012', 'dolan2015'], note: 'West et al. 2012’s Methods sentence with the number was not reached; Dolan et al. 2015 report 36.7% burnout on the single EE item, exactly the share answering "once a week" or more in their appendix (1984 of 5404).' },
    },
    {
      id: 'depersonalization_high',
      label: 'High depersonalization',
      sources: ['west2012'],
      schemes: [{ id: 'weekly', label: '"Once a week" or more often (≥ 4)', criterion: { scale: 'depersonalization', op: '>=', value: 4 }, sources: ['west2012'], evidence: { level: 'single_secondary', sources: ['west2012'], note: 'The DP threshold ("once a week" or more) was not read at any source: West et al. 2012’s abstract names "single-item thresholds" without the number. A named scheme, not the default.' } }],
    },
    {
      id: 'burnout',
      label: 'Burnout: high emotional exhaustion or high depersonalization',
      sources: ['west2012'],
      schemes: [{ id: 'ee_or_dp', label: 'High emotional exhaustion or high depersonalization', criterion: { any: [{ cutoff: 'emotional_exhaustion_high' }, { cutoff: 'depersonalization_high' }] }, sources: ['west2012'], evidence: { level: 'single_secondary', sources: ['west2012'], note: 'Rests on the depersonalization threshold, which was not read at a source (see depersonalization_high). A named scheme, not the default.' } }],
    },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'va_primary_care_2012_ee_distribution',
      scale: 'emotional_exhaustion',
      population: 'Veterans Health Administration primary-care staff (providers, registered nurses, clinical associates, clerks)',
      country: 'US',
      year: 2012,
      n: 5404,
      distribution: [
        { value: 0, proportion: 0.22 },
        { value: 1, proportion: 0.188 },
        { value: 2, proportion: 0.097 },
        { value: 3, proportion: 0.129 },
        { value: 4, proportion: 0.076 },
        { value: 5, proportion: 0.158 },
        { value: 6, proportion: 0.133 },
      ],
      sources: ['dolan2015_appendix', 'dolan2015'],
      evidence: { level: 'primary', sources: ['dolan2015_appendix'] },
    },
    {
      id: 'va_primary_care_2012_ee_high',
      cutoff: 'emotional_exhaustion_high',
      population: 'Veterans Health Administration primary-care staff (providers, registered nurses, clinical associates, clerks)',
      country: 'US',
      year: 2012,
      n: 5404,
      prevalence: 0.367,
      sources: ['dolan2015', 'dolan2015_appendix'],
      evidence: { level: 'primary', sources: ['dolan2015', 'dolan2015_appendix'] },
    },
  ],
  outcomes: [
    {
      construct: 'burnout',
      severityScale: 'emotional_exhaustion',
      direction: 'higher_is_worse',
      cutoff: 'burnout',
      sources: ['west2009', 'west2012'],
    },
  ],
  sources: [
    {
      id: 'west2009',
      kind: 'publication',
      citation: 'West CP, Dyrbye LN, Sloan JA, Shanafelt TD. Single item measures of emotional exhaustion and depersonalization are useful for assessing burnout in medical professionals. J Gen Intern Med. 2009;24(12):1318-1321.',
      doi: '10.1007/s11606-009-1129-z',
      pmcid: 'PMC2787943',
    },
    {
      id: 'west2012',
      kind: 'publication',
      citation: 'West CP, Dyrbye LN, Satele DV, Sloan JA, Shanafelt TD. Concurrent validity of single-item measures of emotional exhaustion and depersonalization in burnout assessment. J Gen Intern Med. 2012;27(11):1445-1452.',
      doi: '10.1007/s11606-012-2015-7',
    },
    {
      id: 'dolan2015',
      kind: 'publication',
      citation: 'Dolan ED, Mohr D, Lempa M, Joos S, Fihn SD, Nelson KM, Helfrich CD. Using a single item to measure burnout in primary care staff: a psychometric evaluation. J Gen Intern Med. 2015;30(5):582-587.',
      doi: '10.1007/s11606-014-3112-6',
    },
    {
      id: 'dolan2015_appendix',
      kind: 'publication',
      citation: 'Dolan ED et al. Appendix A: Cross-tabulation of burnout values for the non-proprietary single-item burnout measure and the single-item Maslach Burnout Inventory Emotional Exhaustion (MBI:EE) measure. Electronic supplementary material to J Gen Intern Med. 2015;30(5):582-587 (copy at docest.com).',
      url: 'https://docest.com/doc/92614/appendix-a-cross-tabulation-of-burnout-values-for-the-non-proprietary-single-item-burnout',
    },
    {
      id: 'mindgarden',
      kind: 'owner_page',
      citation: 'Mind Garden, Inc. Maslach Burnout Inventory (MBI): product page, copyright and permissions pages.',
      url: 'https://www.mindgarden.com/',
    },
  ],
  licence: {
    holder: 'Mind Garden, Inc.',
    terms: 'Both items are verbatim Maslach Burnout Inventory items; every reproduction of MBI wording is purchased from Mind Garden, so the wording is not shipped. Scoring structure only.',
    url: 'https://www.mindgarden.com/',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Items from the Maslach Burnout Inventory © Christina Maslach, Susan E. Jackson and Michael P. Leiter. Published by Mind Garden, Inc. (www.mindgarden.com). Item wording requires a licence from Mind Garden.',
    sources: ['mindgarden'],
  },
} as const satisfies InstrumentDefinition;
