/**
 * Single-item burnout measure of the Physician Worklife Study (Rohland, Kruse & Rohrer 2004),
 * as validated in VA primary-care staff by Dolan et al. (2015): one
 * self-defined burnout question with five statements scored 1–5 in printed order (1 = "I enjoy my
 * work…", 5 = "I feel completely burned out…"); "burnout" = 3 or more. Dolan et al. call the
 * item non-proprietary, so its wording ships (design.md §7). Not to be confused with the
 * Mini Z variant of the item (Hennepin Healthcare terms) or with Hansen & Pit's 2016 "SIB".
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const sib = {
  id: 'sib',
  name: 'Single-item burnout measure (Physician Worklife Study)',
  shortName: 'Single-item burnout',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['burnout'],
  recallPeriod: null,
  responseScales: [
    {
      id: 'self_rating',
      options: [
        { value: 1, label: 'I enjoy my work. I have no symptoms of burnout.' },
        { value: 2, label: 'Occasionally I am under stress, and I don’t always have as much energy as I once did, but I don’t feel burned out.' },
        { value: 3, label: 'I am definitely burning out and have one or more symptoms of burnout, such as physical and emotional exhaustion.' },
        { value: 4, label: 'The symptoms of burnout that I’m experiencing won’t go away. I think about frustration at work a lot.' },
        { value: 5, label: 'I feel completely burned out and often wonder if I can go on. I am at the point where I may need some changes or may need to seek some sort of help.' },
      ],
      sources: ['dolan2015_appendix', 'dolan2015'],
    },
  ],
  items: [
    {
      id: 'sib_1',
      number: 1,
      responseScale: 'self_rating',
      scored: true,
      topic: 'Self-rated level of burnout, by the respondent’s own definition',
      text: 'Overall, based on your definition of burnout, how would you rate your level of burnout?',
    },
  ],
  scales: [
    {
      id: 'burnout',
      label: 'Self-rated burnout (1–5)',
      items: ['sib_1'],
      method: { kind: 'sum' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['dolan2015', 'dolan2015_appendix'],
    },
  ],
  cutoffs: [
    {
      id: 'burnout',
      label: 'Burnout: answer 3 or more ("definitely burning out" or worse)',
      criterion: { scale: 'burnout', op: '>=', value: 3 },
      sources: ['dolan2015', 'dolan2015_appendix', 'abfm_single_item'],
      evidence: { level: 'secondary', sources: ['dolan2015', 'abfm_single_item'], note: 'Rohland et al. 2004 was not read; Dolan et al. 2015 (answers 3–5 counted as burnout) and the JABFM table ("Responses Classified as Burned Out": 3, 4, 5) agree.' },
    },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'va_primary_care_2012_distribution',
      scale: 'burnout',
      population: 'Veterans Health Administration primary-care staff (providers, registered nurses, clinical associates, clerks)',
      country: 'US',
      year: 2012,
      n: 5404,
      distribution: [
        { value: 1, proportion: 0.177 },
        { value: 2, proportion: 0.438 },
        { value: 3, proportion: 0.228 },
        { value: 4, proportion: 0.101 },
        { value: 5, proportion: 0.056 },
      ],
      sources: ['dolan2015_appendix', 'dolan2015'],
      evidence: { level: 'primary', sources: ['dolan2015_appendix'] },
    },
    {
      id: 'va_primary_care_2012',
      cutoff: 'burnout',
      population: 'Veterans Health Administration primary-care staff (providers, registered nurses, clinical associates, clerks)',
      country: 'US',
      year: 2012,
      n: 5404,
      prevalence: 0.385,
      sources: ['dolan2015', 'dolan2015_appendix'],
      evidence: { level: 'primary', sources: ['dolan2015', 'dolan2015_appendix'] },
    },
  ],
  outcomes: [
    {
      construct: 'burnout',
      severityScale: 'burnout',
      direction: 'higher_is_worse',
      cutoff: 'burnout',
      sources: ['dolan2015', 'dolan2015_appendix'],
    },
  ],
  sources: [
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
      id: 'nam_single_item',
      kind: 'programme_page',
      citation: 'National Academy of Medicine, Clinician Well-Being Knowledge Hub. Using a single item to measure burnout in primary care staff: a psychometric evaluation (resource summary).',
      url: 'https://nam.edu/clinicianwellbeing/resources/using-a-single-item-to-measure-burnout-in-primary-care-staff-a-psychometric-evaluation/',
    },
    {
      id: 'abfm_single_item',
      kind: 'publication',
      citation: 'Journal of the American Board of Family Medicine. Table 1: Single-item burnout question and response options from the 2016 American Board of Family Medicine Certification Practice Demographic Questionnaire, dichotomized to indicate primary reported outcome of burnout versus not burned out.',
      url: 'https://www.jabfm.org/highwire/markup/11113/expansion',
    },
    {
      id: 'rohland2004',
      kind: 'publication',
      citation: 'Rohland BM, Kruse GR, Rohrer JE. Validation of a single-item measure of burnout against the Maslach Burnout Inventory among physicians. Stress Health. 2004;20(2):75-79.',
      doi: '10.1002/smi.1002',
    },
  ],
  licence: {
    holder: 'None stated (Physician Worklife Study item; described as non-proprietary by Dolan et al. 2015)',
    terms: 'Non-proprietary single item (Dolan et al. 2015; National Academy of Medicine summary); no owner or licence terms are published. The wording ships with attribution.',
    url: 'https://nam.edu/clinicianwellbeing/resources/using-a-single-item-to-measure-burnout-in-primary-care-staff-a-psychometric-evaluation/',
    itemText: true,
    commercialUseNeedsPermission: false,
    notice: 'Single-item burnout measure from the Physician Worklife Study (Rohland, Kruse & Rohrer 2004), validated by Dolan et al., J Gen Intern Med 2015;30(5):582-587. Non-proprietary.',
    sources: ['dolan2015', 'nam_single_item'],
  },
} as const satisfies InstrumentDefinition;
