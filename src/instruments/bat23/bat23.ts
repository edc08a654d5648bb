/**
 * BAT-23 — Burnout Assessment Tool, core symptoms (Schaufeli, De Witte & Desart 2020): 23 items
 * on a 1–5 frequency scale (Never … Always), four subscales — exhaustion (items 1–8), mental
 * distance (9–13), cognitive impairment (14–18), emotional impairment (19–23) — and a total
 * (core burnout) score, each the mean of its items. No reverse keys. This is the work-related
 * version's numbering.
 *
 * Left out on purpose:
 * - the 10 secondary-symptom items (psychological distress, psychosomatic complaints) of the
 *   33-item form: they are not part of the core burnout score, and "BAT-23" names the core items;
 * - cut-offs and norm bands: the manual's tables (Flemish "at risk" / "very high risk" values) and
 *   the Schaufeli et al. 2023 ROC cut-offs could not be read at the source here, and public
 *   reproductions disagree with one another, so none is encoded;
 * - item wording: © the authors, all rights reserved; a licensee attaches it with withItemText().
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { batFrequencyScale, batLicence, batWebsiteSource } from '../shared.js';

export const bat23 = {
  id: 'bat23',
  name: 'Burnout Assessment Tool (core symptoms, 23 items)',
  shortName: 'BAT-23',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['burnout'],
  recallPeriod: null,
  responseScales: [batFrequencyScale],
  items: [
    { id: 'bat23_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Exhaustion: mental exhaustion at work' },
    { id: 'bat23_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Exhaustion: everything at work takes great effort' },
    { id: 'bat23_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Exhaustion: hard to regain energy after work' },
    { id: 'bat23_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Exhaustion: physical exhaustion at work' },
    { id: 'bat23_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Exhaustion: no energy in the morning for the workday' },
    { id: 'bat23_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Exhaustion: wants to be active at work but cannot manage' },
    { id: 'bat23_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Exhaustion: tires quickly when making an effort at work' },
    { id: 'bat23_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Exhaustion: mental depletion at the end of the workday' },
    { id: 'bat23_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Mental distance: little enthusiasm for the work' },
    { id: 'bat23_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Mental distance: working on autopilot' },
    { id: 'bat23_11', number: 11, responseScale: 'frequency', scored: true, topic: 'Mental distance: strong dislike of the job' },
    { id: 'bat23_12', number: 12, responseScale: 'frequency', scored: true, topic: 'Mental distance: indifference toward the job' },
    { id: 'bat23_13', number: 13, responseScale: 'frequency', scored: true, topic: "Mental distance: cynical about the work's value to others" },
    { id: 'bat23_14', number: 14, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: difficulty keeping focus at work' },
    { id: 'bat23_15', number: 15, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: unclear thinking at work' },
    { id: 'bat23_16', number: 16, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: forgetfulness and distraction at work' },
    { id: 'bat23_17', number: 17, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: poor concentration while working' },
    { id: 'bat23_18', number: 18, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: mistakes because the mind is elsewhere' },
    { id: 'bat23_19', number: 19, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: loss of emotional control at work' },
    { id: 'bat23_20', number: 20, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: own emotional reactions at work feel unfamiliar' },
    { id: 'bat23_21', number: 21, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: irritable at work when things go wrong' },
    { id: 'bat23_22', number: 22, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: upset or sad at work for no clear reason' },
    { id: 'bat23_23', number: 23, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: overreacting at work without meaning to' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Burnout (core symptoms total)',
      items: [
        'bat23_1', 'bat23_2', 'bat23_3', 'bat23_4', 'bat23_5', 'bat23_6', 'bat23_7', 'bat23_8',
        'bat23_9', 'bat23_10', 'bat23_11', 'bat23_12', 'bat23_13',
        'bat23_14', 'bat23_15', 'bat23_16', 'bat23_17', 'bat23_18',
        'bat23_19', 'bat23_20', 'bat23_21', 'bat23_22', 'bat23_23',
      ],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['schaufeli2020', 'bat_user_manual', 'bat_questionnaire'],
    },
    {
      id: 'exhaustion',
      label: 'Exhaustion',
      items: ['bat23_1', 'bat23_2', 'bat23_3', 'bat23_4', 'bat23_5', 'bat23_6', 'bat23_7', 'bat23_8'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['bat_questionnaire', 'bat_user_manual', 'schaufeli2020'],
    },
    {
      id: 'mental_distance',
      label: 'Mental distance',
      items: ['bat23_9', 'bat23_10', 'bat23_11', 'bat23_12', 'bat23_13'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['bat_questionnaire', 'bat_user_manual', 'schaufeli2020'],
    },
    {
      id: 'cognitive_impairment',
      label: 'Cognitive impairment',
      items: ['bat23_14', 'bat23_15', 'bat23_16', 'bat23_17', 'bat23_18'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['bat_questionnaire', 'bat_user_manual', 'schaufeli2020'],
    },
    {
      id: 'emotional_impairment',
      label: 'Emotional impairment',
      items: ['bat23_19', 'bat23_20', 'bat23_21', 'bat23_22', 'bat23_23'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['bat_questionnaire', 'bat_user_manual', 'schaufeli2020'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [],
  outcomes: [
    {
      construct: 'burnout',
      severityScale: 'total',
      direction: 'higher_is_worse',
      sources: ['schaufeli2020', 'bat_user_manual'],
    },
  ],
  sources: [
    {
      id: 'schaufeli2020',
      kind: 'publication',
      citation: 'Schaufeli WB, Desart S, De Witte H. Burnout Assessment Tool (BAT)—development, validity, and reliability. Int J Environ Res Public Health. 2020;17(24):9495.',
      doi: '10.3390/ijerph17249495',
      pmcid: 'PMC7766078',
    },
    {
      id: 'bat_user_manual',
      kind: 'manual',
      citation: 'Schaufeli WB, De Witte H, Desart S. User Manual – Burnout Assessment Tool (BAT) – Version 2.0. Leuven: KU Leuven; July 2020.',
      url: 'https://burnoutassessmenttool.be/wp-content/uploads/2020/08/User-Manual-BAT-version-2.0.pdf',
    },
    {
      id: 'bat_manual',
      kind: 'manual',
      citation: 'Schaufeli WB, De Witte H, Desart S. Manual Burnout Assessment Tool (BAT) – Version 2.0. Leuven: KU Leuven; July 2020 (unpublished internal report).',
      url: 'https://burnoutassessmenttool.be/',
    },
    {
      id: 'bat_questionnaire',
      kind: 'manual',
      citation: 'Schaufeli WB, De Witte H, Desart S. Burnout Assessment Tool (BAT), work-related version, English. Leuven: KU Leuven; 2020.',
      url: 'https://burnoutassessmenttool.be/wp-content/uploads/2020/08/BAT-English.pdf',
    },
    batWebsiteSource,
    {
      id: 'schaufeli2023',
      kind: 'publication',
      citation: 'Schaufeli WB, De Witte H, Hakanen JJ, Kaltiainen J, Kok R. How to assess severe burnout? Cutoff points for the Burnout Assessment Tool (BAT) based on three European samples. Scand J Work Environ Health. 2023;49(4):293-302.',
      doi: '10.5271/sjweh.4093',
      url: 'https://www.sjweh.fi/article/4093',
    },
  ],
  licence: batLicence,
} as const satisfies InstrumentDefinition;
