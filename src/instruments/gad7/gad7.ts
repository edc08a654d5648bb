/**
 * GAD-7 — Generalized Anxiety Disorder 7-item scale (Spitzer, Kroenke, Williams & Löwe 2006).
 * Seven items scored 0–3 and summed. Wording: the Pfizer form. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { loinc, loincQuestionnairesSource, pfizerLicence, phqFrequencyOptions } from '../shared.js';

export const gad7 = {
  id: 'gad7',
  name: 'Generalized Anxiety Disorder 7-item scale',
  shortName: 'GAD-7',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['anxiety'],
  recallPeriod: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  codes: [{ system: loinc, code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' }],
  responseScales: [{ id: 'frequency', options: phqFrequencyOptions, sources: ['spitzer2006', 'loinc_questionnaires'] }],
  items: [
    { id: 'gad7_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Nervous or on edge', text: 'Feeling nervous, anxious or on edge', codes: [{ system: loinc, code: '69725-0' }] },
    { id: 'gad7_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Uncontrollable worry', text: 'Not being able to stop or control worrying', codes: [{ system: loinc, code: '68509-9' }] },
    { id: 'gad7_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Worrying too much', text: 'Worrying too much about different things', codes: [{ system: loinc, code: '69733-4' }] },
    { id: 'gad7_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Trouble relaxing', text: 'Trouble relaxing', codes: [{ system: loinc, code: '69734-2' }] },
    { id: 'gad7_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Restlessness', text: 'Being so restless that it is hard to sit still', codes: [{ system: loinc, code: '69735-9' }] },
    { id: 'gad7_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Irritability', text: 'Becoming easily annoyed or irritable', codes: [{ system: loinc, code: '69689-8' }] },
    { id: 'gad7_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Fear that something awful might happen', text: 'Feeling afraid as if something awful might happen', codes: [{ system: loinc, code: '69736-7' }] },
  ],
  scales: [
    {
      id: 'total',
      label: 'Anxiety severity',
      items: ['gad7_1', 'gad7_2', 'gad7_3', 'gad7_4', 'gad7_5', 'gad7_6', 'gad7_7'],
      method: { kind: 'sum' },
      range: [0, 21],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      codes: [{ system: loinc, code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' }],
      bandSchemes: [
        {
          id: 'spitzer2006',
          label: 'Severity (Spitzer 2006)',
          default: true,
          bands: [
            { id: 'minimal', label: 'Minimal', min: 0 },
            { id: 'mild', label: 'Mild', min: 5 },
            { id: 'moderate', label: 'Moderate', min: 10 },
            { id: 'severe', label: 'Severe', min: 15 },
          ],
          sources: ['spitzer2006', 'lowe2008'],
          evidence: { level: 'secondary', sources: ['spitzer2006', 'lowe2008'], note: '"Cut points of 5, 10, and 15" read as quoted from Spitzer et al. 2006 by a third party; the Löwe et al. 2008 abstract (same group) uses 10 and 15.' },
        },
      ],
      sources: ['spitzer2006'],
    },
  ],
  cutoffs: [
    { id: 'positive_screen', label: 'Positive screen for generalized anxiety disorder (total ≥ 10)', criterion: { scale: 'total', op: '>=', value: 10 }, sources: ['spitzer2006', 'lowe2008'], evidence: { level: 'primary', sources: ['spitzer2006'] } },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'de_general_2006',
      scale: 'total',
      population: 'German general population, nationally representative face-to-face household survey',
      country: 'DE',
      year: 2006,
      n: 5030,
      mean: 2.95,
      sd: 3.4,
      sources: ['lowe2008', 'puhe2020_norms'],
      evidence: { level: 'single_secondary', sources: ['puhe2020_norms'], note: 'Mean and SD read as reproduced from Löwe et al. 2008 in a later paper’s norms column; the 2008 table was not read.' },
    },
    {
      id: 'de_covid_2021',
      cutoff: 'positive_screen',
      population: 'German adults, nationally representative survey during the COVID-19 pandemic',
      country: 'DE',
      year: 2021,
      n: 3075,
      prevalence: 0.134,
      sources: ['hajek2021'],
      evidence: { level: 'primary', sources: ['hajek2021'] },
    },
  ],
  outcomes: [
    {
      construct: 'anxiety',
      severityScale: 'total',
      direction: 'higher_is_worse',
      cutoff: 'positive_screen',
      sources: ['spitzer2006', 'lowe2008'],
    },
  ],
  sources: [
    {
      id: 'spitzer2006',
      kind: 'publication',
      citation: 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.',
    },
    {
      id: 'lowe2008',
      kind: 'publication',
      citation: 'Löwe B, Decker O, Müller S, et al. Validation and standardization of the Generalized Anxiety Disorder Screener (GAD-7) in the general population. Med Care. 2008;46(3):266-274.',
      doi: '10.1097/MLR.0b013e318160d093',
    },
    {
      id: 'puhe2020_norms',
      kind: 'reproduction',
      citation: 'Public Health. 2020;189:158-161 (survey of 18- to 24-year-olds during COVID-19), Table 1, column "Norms". Authors and title not recorded here.',
      doi: '10.1016/j.puhe.2020.10.018',
      pmcid: 'PMC7598559',
    },
    {
      id: 'hajek2021',
      kind: 'publication',
      citation: 'Hajek A, König HH. The prevalence and correlates of probable major depressive disorder and probable generalized anxiety disorder during the COVID-19 pandemic. Results of a nationally representative survey in Germany. Int J Environ Res Public Health. 2021;18(23):12302.',
      doi: '10.3390/ijerph182312302',
    },
    loincQuestionnairesSource,
  ],
  licence: pfizerLicence,
} as const satisfies InstrumentDefinition;
