/**
 * UWES-17 — Utrecht Work Engagement Scale (Schaufeli & Bakker, UWES manual 2003/2004): 17 items
 * scored 0–6 (Never … Always / every day), three subscales — vigor (items 1, 4, 8, 12, 15, 17),
 * dedication (2, 5, 7, 10, 13), absorption (3, 6, 9, 11, 14, 16) — and a total, each the mean of
 * its items. No reverse keys; higher is more engaged.
 *
 * Left out: the manual's norm categories (very low … very high) and its norm-database means,
 * which could not be read at the source here, and the item wording (free for non-commercial
 * scientific research only; attach it with withItemText()).
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { uwesLicence } from '../shared.js';

export const uwes17 = {
  id: 'uwes17',
  name: 'Utrecht Work Engagement Scale (17 items)',
  shortName: 'UWES-17',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['engagement'],
  recallPeriod: null,
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 0, label: 'Never' },
        { value: 1, label: 'Almost never (a few times a year or less)' },
        { value: 2, label: 'Rarely (once a month or less)' },
        { value: 3, label: 'Sometimes (a few times a month)' },
        { value: 4, label: 'Often (once a week)' },
        { value: 5, label: 'Very often (a few times a week)' },
        { value: 6, label: 'Always (every day)' },
      ],
      sources: ['uwes17_form', 'uwes_manual'],
    },
  ],
  items: [
    { id: 'uwes17_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Vigor: full of energy at work' },
    { id: 'uwes17_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Dedication: work feels meaningful and purposeful' },
    { id: 'uwes17_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Absorption: losing track of time while working' },
    { id: 'uwes17_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Vigor: feeling strong at work' },
    { id: 'uwes17_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Dedication: enthusiasm for the job' },
    { id: 'uwes17_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Absorption: surroundings fade while working' },
    { id: 'uwes17_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Dedication: inspiration from the job' },
    { id: 'uwes17_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Vigor: looking forward to work on waking' },
    { id: 'uwes17_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Absorption: enjoying intense work' },
    { id: 'uwes17_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Dedication: pride in the work' },
    { id: 'uwes17_11', number: 11, responseScale: 'frequency', scored: true, topic: 'Absorption: deep involvement in the work' },
    { id: 'uwes17_12', number: 12, responseScale: 'frequency', scored: true, topic: 'Vigor: stamina for long stretches of work' },
    { id: 'uwes17_13', number: 13, responseScale: 'frequency', scored: true, topic: 'Dedication: the job is a challenge' },
    { id: 'uwes17_14', number: 14, responseScale: 'frequency', scored: true, topic: 'Absorption: swept along by the work' },
    { id: 'uwes17_15', number: 15, responseScale: 'frequency', scored: true, topic: 'Vigor: mental resilience at work' },
    { id: 'uwes17_16', number: 16, responseScale: 'frequency', scored: true, topic: 'Absorption: hard to disengage from the job' },
    { id: 'uwes17_17', number: 17, responseScale: 'frequency', scored: true, topic: 'Vigor: persistence when work goes badly' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Work engagement (total)',
      items: [
        'uwes17_1', 'uwes17_2', 'uwes17_3', 'uwes17_4', 'uwes17_5', 'uwes17_6', 'uwes17_7', 'uwes17_8', 'uwes17_9',
        'uwes17_10', 'uwes17_11', 'uwes17_12', 'uwes17_13', 'uwes17_14', 'uwes17_15', 'uwes17_16', 'uwes17_17',
      ],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['uwes_manual', 'uwes17_form'],
    },
    {
      id: 'vigor',
      label: 'Vigor',
      items: ['uwes17_1', 'uwes17_4', 'uwes17_8', 'uwes17_12', 'uwes17_15', 'uwes17_17'],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['uwes17_form', 'uwes_manual'],
    },
    {
      id: 'dedication',
      label: 'Dedication',
      items: ['uwes17_2', 'uwes17_5', 'uwes17_7', 'uwes17_10', 'uwes17_13'],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['uwes17_form', 'uwes_manual'],
    },
    {
      id: 'absorption',
      label: 'Absorption',
      items: ['uwes17_3', 'uwes17_6', 'uwes17_9', 'uwes17_11', 'uwes17_14', 'uwes17_16'],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['uwes17_form', 'uwes_manual'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [],
  outcomes: [
    {
      construct: 'engagement',
      severityScale: 'total',
      direction: 'higher_is_better',
      sources: ['uwes_manual'],
    },
  ],
  sources: [
    {
      id: 'uwes_manual',
      kind: 'manual',
      citation: 'Schaufeli WB, Bakker AB. UWES – Utrecht Work Engagement Scale: Preliminary Manual. Version 1.1. Utrecht: Occupational Health Psychology Unit, Utrecht University; December 2004 (version 1: November 2003).',
      url: 'https://www.wilmarschaufeli.nl/',
    },
    {
      id: 'uwes17_form',
      kind: 'manual',
      citation: 'Schaufeli WB, Bakker AB. Work & Well-being Survey (UWES-17), English version. In: UWES Preliminary Manual, Appendix. Utrecht University; 2003.',
      url: 'https://www.wilmarschaufeli.nl/',
    },
    {
      id: 'schaufeli2006',
      kind: 'publication',
      citation: 'Schaufeli WB, Bakker AB, Salanova M. The measurement of work engagement with a short questionnaire: a cross-national study. Educ Psychol Meas. 2006;66(4):701-716.',
      doi: '10.1177/0013164405282471',
    },
  ],
  licence: uwesLicence,
} as const satisfies InstrumentDefinition;
