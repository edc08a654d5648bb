/**
 * PSS-10 — Perceived Stress Scale, 10-item version (Cohen, Kamarck & Mermelstein 1983; 10-item
 * form Cohen & Williamson 1988): how unpredictable, uncontrollable and overloaded the last month
 * felt. Ten items scored 0–4 (Never … Very Often); the four positively stated items 4, 5, 7 and 8
 * are reversed (4 − x) and all ten are summed, 0–40. Cohen publishes no cut-offs ("not a
 * diagnostic instrument"), so there are no bands; compare with the US norms below instead.
 * The wording is not shipped (no licence covering redistribution or commercial use was found):
 * structure and scoring only, topics in our own words.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const pss10 = {
  id: 'pss10',
  name: 'Perceived Stress Scale (10-item)',
  shortName: 'PSS-10',
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
    { id: 'pss10_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Upset by unexpected events' },
    { id: 'pss10_2', number: 2, responseScale: 'frequency', scored: true, topic: 'No control over the important things in life' },
    { id: 'pss10_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Nervous and stressed' },
    { id: 'pss10_4', number: 4, responseScale: 'frequency', scored: true, reverse: true, topic: 'Confident in handling personal problems' },
    { id: 'pss10_5', number: 5, responseScale: 'frequency', scored: true, reverse: true, topic: 'Things going as one wishes' },
    { id: 'pss10_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Unable to cope with everything to be done' },
    { id: 'pss10_7', number: 7, responseScale: 'frequency', scored: true, reverse: true, topic: 'Able to control irritations' },
    { id: 'pss10_8', number: 8, responseScale: 'frequency', scored: true, reverse: true, topic: 'On top of things' },
    { id: 'pss10_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Angry about things beyond one’s control' },
    { id: 'pss10_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Difficulties piling up beyond overcoming' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Perceived stress',
      items: ['pss10_1', 'pss10_2', 'pss10_3', 'pss10_4', 'pss10_5', 'pss10_6', 'pss10_7', 'pss10_8', 'pss10_9', 'pss10_10'],
      method: { kind: 'sum' },
      range: [0, 40],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['cohen_scoring', 'cohen1988'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [
    {
      id: 'us_1983_men',
      scale: 'total',
      population: 'US adults (18+), Harris Poll national probability sample, men',
      country: 'US',
      year: 1983,
      n: 926,
      mean: 12.1,
      sd: 5.9,
      sources: ['norms_1983', 'cohen1988'],
      evidence: { level: 'single_secondary', sources: ['norms_1983'], note: 'Read in a textbook reproduction of Cohen’s norm table; Cohen & Williamson 1988 was not read.' },
    },
    {
      id: 'us_1983_women',
      scale: 'total',
      population: 'US adults (18+), Harris Poll national probability sample, women',
      country: 'US',
      year: 1983,
      n: 1406,
      mean: 13.7,
      sd: 6.6,
      sources: ['norms_1983', 'cohen1988'],
      evidence: { level: 'single_secondary', sources: ['norms_1983'], note: 'Read in a textbook reproduction of Cohen’s norm table; Cohen & Williamson 1988 was not read.' },
    },
    {
      id: 'us_2009_men',
      scale: 'total',
      population: 'US adults (18+), eNation online national survey, men',
      country: 'US',
      year: 2009,
      n: 968,
      mean: 15.52,
      sd: 7.44,
      sources: ['norms_2009', 'cohen2012'],
      evidence: { level: 'single_secondary', sources: ['norms_2009'], note: 'Read in a textbook page; Cohen & Janicki-Deverts 2012 was not read.' },
    },
    {
      id: 'us_2009_women',
      scale: 'total',
      population: 'US adults (18+), eNation online national survey, women',
      country: 'US',
      year: 2009,
      n: 1032,
      mean: 16.14,
      sd: 7.56,
      sources: ['norms_2009', 'cohen2012'],
      evidence: { level: 'single_secondary', sources: ['norms_2009'], note: 'Read in a textbook page; Cohen & Janicki-Deverts 2012 was not read.' },
    },
  ],
  outcomes: [
    {
      construct: 'stress',
      severityScale: 'total',
      direction: 'higher_is_worse',
      sources: ['cohen_scoring', 'cohen1988'],
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
      id: 'cohen1988',
      kind: 'publication',
      citation: 'Cohen S, Williamson G. Perceived stress in a probability sample of the United States. In: Spacapan S, Oskamp S, eds. The Social Psychology of Health. Newbury Park, CA: Sage; 1988:31-67.',
    },
    {
      id: 'cohen2012',
      kind: 'publication',
      citation: 'Cohen S, Janicki-Deverts D. Who’s stressed? Distributions of psychological stress in the United States in probability samples from 1983, 2006, and 2009. J Appl Soc Psychol. 2012;42(6):1320-1334.',
      doi: '10.1111/j.1559-1816.2012.00900.x',
    },
    {
      id: 'norms_1983',
      kind: 'reproduction',
      citation: 'Worth Publishers / Macmillan Learning. Check Your Health, chapter 4: Perceived Stress Scale, with the norm table for the 10-item inventory.',
      url: 'http://digfir-published.macmillanusa.com/check_your_health/check_yrhlth_ch04_stress.html',
    },
    {
      id: 'norms_2009',
      kind: 'reproduction',
      citation: 'Bedford/Freeman/Worth (BFW). Health Psychology, Check Your Health, chapter 4: Is There Too Much Stress in Your Life? (2009 eNation norms).',
      url: 'http://digitalfirst.bfwpub.com/healthpsych_cyh/check_yrhlth_ch04.html',
    },
  ],
  licence: {
    holder: 'Sheldon Cohen (the 1983 article © American Sociological Association); the form is distributed by Mind Garden and Carnegie Mellon University',
    terms: 'No licence covering redistribution or commercial use was found at a primary source. Non-profit research use is commonly described as free of permission, profit-related use as needing permission from the author and the American Sociological Association (secondary reports). The wording is not shipped; attach it with withItemText() under the holder’s terms.',
    url: 'https://www.cmu.edu/dietrich/psychology/stress-immunity-disease-lab/scales/html/pssscoring.html',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Perceived Stress Scale © Sheldon Cohen. Cohen S, Kamarck T, Mermelstein R (1983); Cohen S, Williamson G (1988). Item wording not included.',
    sources: ['cohen_scoring', 'cohen1983'],
  },
} as const satisfies InstrumentDefinition;
