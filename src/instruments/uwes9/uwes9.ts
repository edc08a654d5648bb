/**
 * UWES-9 — Utrecht Work Engagement Scale, short version (Schaufeli, Bakker & Salanova 2006): nine
 * of the 17 UWES items, numbered 1–9 as on the UWES-9 form, scored 0–6 (Never … Always / every
 * day): vigor (items 1, 2, 5), dedication (3, 4, 7), absorption (6, 8, 9) and a total, each the
 * mean of its items. No reverse keys; higher is more engaged. Each topic names the UWES-17 item it
 * is (1, 4, 5, 7, 8, 9, 10, 11, 14).
 *
 * Left out: the manual's norm categories and norm-database means (not readable at the source
 * here) and the item wording (free for non-commercial scientific research only).
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { uwesLicence } from '../shared.js';

export const uwes9 = {
  id: 'uwes9',
  name: 'Utrecht Work Engagement Scale, short version (9 items)',
  shortName: 'UWES-9',
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
      sources: ['uwes9_form', 'uwes_manual'],
    },
  ],
  items: [
    { id: 'uwes9_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Vigor: full of energy at work (UWES-17 item 1)' },
    { id: 'uwes9_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Vigor: feeling strong at work (UWES-17 item 4)' },
    { id: 'uwes9_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Dedication: enthusiasm for the job (UWES-17 item 5)' },
    { id: 'uwes9_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Dedication: inspiration from the job (UWES-17 item 7)' },
    { id: 'uwes9_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Vigor: looking forward to work on waking (UWES-17 item 8)' },
    { id: 'uwes9_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Absorption: enjoying intense work (UWES-17 item 9)' },
    { id: 'uwes9_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Dedication: pride in the work (UWES-17 item 10)' },
    { id: 'uwes9_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Absorption: deep involvement in the work (UWES-17 item 11)' },
    { id: 'uwes9_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Absorption: swept along by the work (UWES-17 item 14)' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Work engagement (total)',
      items: ['uwes9_1', 'uwes9_2', 'uwes9_3', 'uwes9_4', 'uwes9_5', 'uwes9_6', 'uwes9_7', 'uwes9_8', 'uwes9_9'],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['schaufeli2006', 'uwes_manual', 'uwes9_form'],
    },
    {
      id: 'vigor',
      label: 'Vigor',
      items: ['uwes9_1', 'uwes9_2', 'uwes9_5'],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['uwes9_form', 'schaufeli2006'],
    },
    {
      id: 'dedication',
      label: 'Dedication',
      items: ['uwes9_3', 'uwes9_4', 'uwes9_7'],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['uwes9_form', 'schaufeli2006'],
    },
    {
      id: 'absorption',
      label: 'Absorption',
      items: ['uwes9_6', 'uwes9_8', 'uwes9_9'],
      method: { kind: 'mean' },
      range: [0, 6],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['uwes9_form', 'schaufeli2006'],
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
      sources: ['schaufeli2006', 'uwes_manual'],
    },
  ],
  sources: [
    {
      id: 'schaufeli2006',
      kind: 'publication',
      citation: 'Schaufeli WB, Bakker AB, Salanova M. The measurement of work engagement with a short questionnaire: a cross-national study. Educ Psychol Meas. 2006;66(4):701-716.',
      doi: '10.1177/0013164405282471',
    },
    {
      id: 'uwes9_form',
      kind: 'manual',
      citation: 'Schaufeli WB, Bakker AB. Work & Well-being Survey (UWES-9), English version. In: UWES Preliminary Manual, Appendix. Utrecht University; 2003.',
      url: 'https://www.wilmarschaufeli.nl/',
    },
    {
      id: 'uwes_manual',
      kind: 'manual',
      citation: 'Schaufeli WB, Bakker AB. UWES – Utrecht Work Engagement Scale: Preliminary Manual. Version 1.1. Utrecht: Occupational Health Psychology Unit, Utrecht University; December 2004 (version 1: November 2003).',
      url: 'https://www.wilmarschaufeli.nl/',
    },
  ],
  licence: uwesLicence,
} as const satisfies InstrumentDefinition;
