/**
 * BAT-12 — Burnout Assessment Tool, short version (Hadžibajramović, Schaufeli & De Witte 2022):
 * 12 of the 23 core items, three per subscale (exhaustion, mental distance, cognitive impairment,
 * emotional impairment), 1–5 frequency scale (Never … Always), subscales and total as means. No
 * reverse keys.
 *
 * Numbering: the short version is marked within the 23-item form rather than printed as a
 * separate form, so this package numbers the 12 items 1–12 in the order they appear on the BAT-23
 * (work-related version); each topic names the BAT-23 item it is (1, 3, 4; 9, 11, 13; 14, 17, 18;
 * 19, 20, 23).
 *
 * Left out: cut-offs (Schaufeli et al. 2023 give BAT-12 values that could not be read at the
 * source here) and the item wording (© the authors; attach it with withItemText()).
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { batFrequencyScale, batLicence, batWebsiteSource } from '../shared.js';

export const bat12 = {
  id: 'bat12',
  name: 'Burnout Assessment Tool, short version (12 items)',
  shortName: 'BAT-12',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['burnout'],
  recallPeriod: null,
  responseScales: [batFrequencyScale],
  items: [
    { id: 'bat12_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Exhaustion: mental exhaustion at work (BAT-23 item 1)' },
    { id: 'bat12_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Exhaustion: hard to regain energy after work (BAT-23 item 3)' },
    { id: 'bat12_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Exhaustion: physical exhaustion at work (BAT-23 item 4)' },
    { id: 'bat12_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Mental distance: little enthusiasm for the work (BAT-23 item 9)' },
    { id: 'bat12_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Mental distance: strong dislike of the job (BAT-23 item 11)' },
    { id: 'bat12_6', number: 6, responseScale: 'frequency', scored: true, topic: "Mental distance: cynical about the work's value to others (BAT-23 item 13)" },
    { id: 'bat12_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: difficulty keeping focus at work (BAT-23 item 14)' },
    { id: 'bat12_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: poor concentration while working (BAT-23 item 17)' },
    { id: 'bat12_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Cognitive impairment: mistakes because the mind is elsewhere (BAT-23 item 18)' },
    { id: 'bat12_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: loss of emotional control at work (BAT-23 item 19)' },
    { id: 'bat12_11', number: 11, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: own emotional reactions at work feel unfamiliar (BAT-23 item 20)' },
    { id: 'bat12_12', number: 12, responseScale: 'frequency', scored: true, topic: 'Emotional impairment: overreacting at work without meaning to (BAT-23 item 23)' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Burnout (total)',
      items: ['bat12_1', 'bat12_2', 'bat12_3', 'bat12_4', 'bat12_5', 'bat12_6', 'bat12_7', 'bat12_8', 'bat12_9', 'bat12_10', 'bat12_11', 'bat12_12'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['hadzibajramovic2022', 'bat_user_manual'],
    },
    {
      id: 'exhaustion',
      label: 'Exhaustion',
      items: ['bat12_1', 'bat12_2', 'bat12_3'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['hadzibajramovic2022', 'bat_questionnaire'],
    },
    {
      id: 'mental_distance',
      label: 'Mental distance',
      items: ['bat12_4', 'bat12_5', 'bat12_6'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['hadzibajramovic2022', 'bat_questionnaire'],
    },
    {
      id: 'cognitive_impairment',
      label: 'Cognitive impairment',
      items: ['bat12_7', 'bat12_8', 'bat12_9'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['hadzibajramovic2022', 'bat_questionnaire'],
    },
    {
      id: 'emotional_impairment',
      label: 'Emotional impairment',
      items: ['bat12_10', 'bat12_11', 'bat12_12'],
      method: { kind: 'mean' },
      range: [1, 5],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['hadzibajramovic2022', 'bat_questionnaire'],
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
      sources: ['hadzibajramovic2022', 'bat_user_manual'],
    },
  ],
  sources: [
    {
      id: 'hadzibajramovic2022',
      kind: 'publication',
      citation: 'Hadžibajramović E, Schaufeli W, De Witte H. Shortening of the Burnout Assessment Tool (BAT)—from 23 to 12 items using content and Rasch analysis. BMC Public Health. 2022;22(1):560.',
      doi: '10.1186/s12889-022-12946-y',
      pmcid: 'PMC8939057',
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
