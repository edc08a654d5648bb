/**
 * OLBI — Oldenburg Burnout Inventory (Demerouti et al. 2003; English version Halbesleben &
 * Demerouti 2005): 16 items, exhaustion and disengagement, each half positively and half
 * negatively worded, 1 = Strongly agree … 4 = Strongly disagree. The negatively worded items are
 * reverse-keyed so that a higher mean means more burnout. No formal terms for the wording were
 * found, so it is not shipped.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const olbi = {
  id: 'olbi',
  name: 'Oldenburg Burnout Inventory',
  shortName: 'OLBI',
  version: '1.3.0',
  languages: ['en'],
  constructs: ['burnout'],
  recallPeriod: null,
  responseScales: [
    {
      id: 'agreement',
      options: [
        { value: 1, label: 'Strongly agree' },
        { value: 2, label: 'Agree' },
        { value: 3, label: 'Disagree' },
        { value: 4, label: 'Strongly disagree' },
      ],
      sources: ['halbesleben2005', 'demerouti2008'],
    },
  ],
  items: [
    { id: 'olbi_1', number: 1, responseScale: 'agreement', scored: true, topic: 'Keeps finding new and interesting aspects in work (positive, disengagement)' },
    { id: 'olbi_2', number: 2, responseScale: 'agreement', scored: true, reverse: true, topic: 'Days of feeling tired before arriving at work (negative, exhaustion)' },
    { id: 'olbi_3', number: 3, responseScale: 'agreement', scored: true, reverse: true, topic: 'Talks about work negatively more and more often (negative, disengagement)' },
    { id: 'olbi_4', number: 4, responseScale: 'agreement', scored: true, reverse: true, topic: 'Needs more time than before to relax after work (negative, exhaustion)' },
    { id: 'olbi_5', number: 5, responseScale: 'agreement', scored: true, topic: 'Tolerates the pressure of work well (positive, exhaustion)' },
    { id: 'olbi_6', number: 6, responseScale: 'agreement', scored: true, reverse: true, topic: 'Lately thinks less at work and works almost mechanically (negative, disengagement)' },
    { id: 'olbi_7', number: 7, responseScale: 'agreement', scored: true, topic: 'Finds the work a positive challenge (positive, disengagement)' },
    { id: 'olbi_8', number: 8, responseScale: 'agreement', scored: true, reverse: true, topic: 'Often emotionally drained during work (negative, exhaustion)' },
    { id: 'olbi_9', number: 9, responseScale: 'agreement', scored: true, reverse: true, topic: 'One can become disconnected from this kind of work (negative, disengagement)' },
    { id: 'olbi_10', number: 10, responseScale: 'agreement', scored: true, topic: 'Enough energy for leisure after work (positive, exhaustion)' },
    { id: 'olbi_11', number: 11, responseScale: 'agreement', scored: true, reverse: true, topic: 'Sometimes sickened by work tasks (negative, disengagement)' },
    { id: 'olbi_12', number: 12, responseScale: 'agreement', scored: true, reverse: true, topic: 'Usually worn out and weary after work (negative, exhaustion)' },
    { id: 'olbi_13', number: 13, responseScale: 'agreement', scored: true, topic: 'Can imagine doing only this type of work (positive, disengagement)' },
    { id: 'olbi_14', number: 14, responseScale: 'agreement', scored: true, topic: 'Usually manages the amount of work well (positive, exhaustion)' },
    { id: 'olbi_15', number: 15, responseScale: 'agreement', scored: true, topic: 'More and more engaged in work (positive, disengagement)' },
    { id: 'olbi_16', number: 16, responseScale: 'agreement', scored: true, topic: 'Usually feels energized when working (positive, exhaustion)' },
  ],
  scales: [
    {
      id: 'exhaustion',
      label: 'Exhaustion',
      items: ['olbi_2', 'olbi_4', 'olbi_5', 'olbi_8', 'olbi_10', 'olbi_12', 'olbi_14', 'olbi_16'],
      method: { kind: 'mean' },
      range: [1, 4],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['demerouti2003', 'halbesleben2005', 'demerouti2008'],
    },
    {
      id: 'disengagement',
      label: 'Disengagement',
      items: ['olbi_1', 'olbi_3', 'olbi_6', 'olbi_7', 'olbi_9', 'olbi_11', 'olbi_13', 'olbi_15'],
      method: { kind: 'mean' },
      range: [1, 4],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['demerouti2003', 'halbesleben2005', 'demerouti2008'],
    },
  ],
  cutoffs: [
    {
      id: 'exhaustion_high',
      label: 'High exhaustion',
      sources: ['peterson2008'],
      schemes: [{ id: 'peterson', label: 'Mean exhaustion ≥ 2.25 (Peterson et al. 2008, as applied)', criterion: { scale: 'exhaustion', op: '>=', value: 2.25 }, sources: ['peterson2008'], evidence: { level: 'single_secondary', sources: ['peterson2008'], note: 'The four groups are in Peterson et al. 2008’s abstract, but the numbers 2.25 and 2.10 were seen only in one Swedish study applying them, and whether Peterson wrote "≥" or ">" was not read. A named scheme, not the default.' } }],
    },
    {
      id: 'disengagement_high',
      label: 'High disengagement',
      sources: ['peterson2008'],
      schemes: [{ id: 'peterson', label: 'Mean disengagement ≥ 2.10 (Peterson et al. 2008, as applied)', criterion: { scale: 'disengagement', op: '>=', value: 2.1 }, sources: ['peterson2008'], evidence: { level: 'single_secondary', sources: ['peterson2008'], note: 'As exhaustion_high: 2.10 seen only in one Swedish study applying Peterson et al. 2008. A named scheme, not the default.' } }],
    },
    {
      id: 'burnout',
      label: 'Burnout: high exhaustion and high disengagement',
      sources: ['peterson2008'],
      schemes: [{ id: 'peterson', label: 'High exhaustion and high disengagement', criterion: { all: [{ cutoff: 'exhaustion_high' }, { cutoff: 'disengagement_high' }] }, sources: ['peterson2008'], evidence: { level: 'single_secondary', sources: ['peterson2008'], note: 'Both of its thresholds rest on one secondary source (see exhaustion_high). A named scheme, not the default.' } }],
    },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'us_anesthesia_dept_exhaustion',
      scale: 'exhaustion',
      population: 'Staff of a large academic anesthesia department (University of Iowa; all 415 staff invited, 31% responded)',
      country: 'US',
      year: 2020,
      n: 130,
      mean: 2.52,
      sd: 0.51,
      sources: ['iowa_anesthesia_olbi2020'],
      evidence: { level: 'primary', sources: ['iowa_anesthesia_olbi2020'] },
    },
    {
      id: 'us_anesthesia_dept_disengagement',
      scale: 'disengagement',
      population: 'Staff of a large academic anesthesia department (University of Iowa; all 415 staff invited, 31% responded)',
      country: 'US',
      year: 2020,
      n: 130,
      mean: 2.27,
      sd: 0.52,
      sources: ['iowa_anesthesia_olbi2020'],
      evidence: { level: 'primary', sources: ['iowa_anesthesia_olbi2020'] },
    },
  ],
  outcomes: [
    {
      construct: 'burnout',
      severityScale: 'exhaustion',
      direction: 'higher_is_worse',
      cutoff: 'burnout',
      sources: ['peterson2008', 'demerouti2003'],
    },
  ],
  sources: [
    {
      id: 'demerouti2003',
      kind: 'publication',
      citation: 'Demerouti E, Bakker AB, Vardakou I, Kantas A. The convergent validity of two burnout instruments: a multitrait-multimethod analysis. Eur J Psychol Assess. 2003;19(1):12-23.',
    },
    {
      id: 'halbesleben2005',
      kind: 'publication',
      citation: 'Halbesleben JRB, Demerouti E. The construct validity of an alternative measure of burnout: investigating the English translation of the Oldenburg Burnout Inventory. Work Stress. 2005;19(3):208-220.',
    },
    {
      id: 'demerouti2008',
      kind: 'publication',
      citation: 'Demerouti E, Bakker AB. The Oldenburg Burnout Inventory: a good alternative to measure burnout and engagement. In: Halbesleben JRB, ed. Handbook of Stress and Burnout in Health Care. Hauppauge, NY: Nova Science; 2008.',
    },
    {
      id: 'peterson2008',
      kind: 'publication',
      citation: 'Peterson U, Demerouti E, Bergström G, Samuelsson M, Åsberg M, Nygren Å. Burnout and physical and mental health among Swedish healthcare workers. J Adv Nurs. 2008;62(1):84-95.',
    },
    {
      id: 'iowa_anesthesia_olbi2020',
      kind: 'publication',
      citation: 'Is exhaustion more sensitive than disengagement to burnout in academic anesthesia? A study using the Oldenburg Burnout Inventory. Psychol Rep. 2020 (Department of Anesthesia, University of Iowa; authors not recorded here; PMID 31219406).',
      url: 'https://litmetric.com/detail/31219406/Is-Exhaustion-More-Sensitive-Than-Disengagement-to-Burnout-in-Academic-Anesthesia-A-Study-Using-the-',
    },
  ],
  licence: {
    holder: 'Evangelia Demerouti',
    terms: 'Described as free to use for research; no formal licence or redistribution terms from the author were found, so the item wording is not shipped.',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Oldenburg Burnout Inventory © Demerouti E, Bakker AB. Item wording available from the authors and the published papers.',
    sources: ['demerouti2008'],
  },
} as const satisfies InstrumentDefinition;
