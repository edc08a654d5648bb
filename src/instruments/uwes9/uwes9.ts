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
      note: 'Severity is lack of engagement. No norm classes ship (see docs/unverified.md).',
      sources: ['schaufeli2006', 'uwes_manual'],
    },
  ],
  sources: [
    {
      id: 'schaufeli2006',
      kind: 'publication',
      citation: 'Schaufeli WB, Bakker AB, Salanova M. The measurement of work engagement with a short questionnaire: a cross-national study. Educ Psychol Meas. 2006;66(4):701-716.',
      doi: '10.1177/0013164405282471',
      note: 'Abstract (pure.eur.nl): "Data were collected in 10 different countries (N = 14,521), and results indicated that the original 17-item Utrecht Work Engagement Scale (UWES) can be shortened to 9 items (UWES-9)"; "the three scale scores have good internal consistency and test-retest reliability". The item tables of the paper could not be read here.',
    },
    {
      id: 'uwes9_form',
      kind: 'manual',
      citation: 'Schaufeli WB, Bakker AB. Work & Well-being Survey (UWES-9), English version. In: UWES Preliminary Manual, Appendix. Utrecht University; 2003.',
      url: 'https://www.wilmarschaufeli.nl/',
      note: 'Read through a public transcription of the official sheet that keeps its subscale codes: "The following 9 statements are about how you feel at work … crossing the number from (0 to 6)", key "0- Never 1- Almost never (A few times a year or less) 2- Rarely (Once a month or less) 3 - Sometimes (A few times a month) 4- Often (Once a week) 5- Very Often (A few times a week) 6- Always (Every day)", items coded 1 VI1, 2 VI2, 3 DE1, 4 DE2, 5 VI3, 6 AB1, 7 DE3, 8 AB2, 9 AB3. The UWES-17 numbers in the topics follow from the wording of the two forms. Public implementations that take the first nine UWES-17 items instead are wrong.',
    },
    {
      id: 'uwes_manual',
      kind: 'manual',
      citation: 'Schaufeli WB, Bakker AB. UWES – Utrecht Work Engagement Scale: Preliminary Manual. Version 1.1. Utrecht: Occupational Health Psychology Unit, Utrecht University; December 2004 (version 1: November 2003).',
      url: 'https://www.wilmarschaufeli.nl/',
      note: 'Read here only as far as its contents page ("4.8. Shortened version", "6.1 Completion and scoring", "6.2 Dutch norms", "6.3 Other language norms", "Appendix: UWES versions"); the norm tables were not reachable. Rights clause printed on the questionnaire pages (as reproduced in a public data-verification script): "(c) Schaufeli & Bakker (2003). The Utrecht Work Engagement Scale is free for use for non-commercial scientific research. Commercial and/or non-scientific use is prohibited, unless previous written permission is granted by the authors."',
    },
  ],
  licence: uwesLicence,
} as const satisfies InstrumentDefinition;
