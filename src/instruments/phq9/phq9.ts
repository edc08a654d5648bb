/**
 * PHQ-9 — Patient Health Questionnaire-9 (Kroenke, Spitzer & Williams 2001). Nine depression
 * items scored 0–3 and summed, plus an unscored difficulty item; item 9 is a safety item.
 * Wording: the current Pfizer form. Data only; scoring lives in `scoring/`.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { loinc, loincQuestionnairesSource, pfizerLicence, phqFrequencyOptions } from '../shared.js';

export const phq9 = {
  id: 'phq9',
  name: 'Patient Health Questionnaire-9',
  shortName: 'PHQ-9',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['depression'],
  recallPeriod: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  codes: [{ system: loinc, code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' }],
  responseScales: [
    { id: 'frequency', options: phqFrequencyOptions, sources: ['kroenke2001', 'loinc_questionnaires'] },
    {
      id: 'difficulty',
      options: [
        { value: 0, label: 'Not difficult at all', code: { system: loinc, code: 'LA6572-7' } },
        { value: 1, label: 'Somewhat difficult', code: { system: loinc, code: 'LA6573-5' } },
        { value: 2, label: 'Very difficult', code: { system: loinc, code: 'LA6575-0' } },
        { value: 3, label: 'Extremely difficult', code: { system: loinc, code: 'LA6574-3' } },
      ],
      sources: ['loinc_questionnaires'],
    },
  ],
  items: [
    { id: 'phq9_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Loss of interest or pleasure', text: 'Little interest or pleasure in doing things', codes: [{ system: loinc, code: '44250-9' }] },
    { id: 'phq9_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Low mood or hopelessness', text: 'Feeling down, depressed, or hopeless', codes: [{ system: loinc, code: '44255-8' }] },
    { id: 'phq9_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Sleep problems', text: 'Trouble falling or staying asleep, or sleeping too much', codes: [{ system: loinc, code: '44259-0' }] },
    { id: 'phq9_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Tiredness or low energy', text: 'Feeling tired or having little energy', codes: [{ system: loinc, code: '44254-1' }] },
    { id: 'phq9_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Appetite change', text: 'Poor appetite or overeating', codes: [{ system: loinc, code: '44251-7' }] },
    { id: 'phq9_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Feelings of failure or worthlessness', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', codes: [{ system: loinc, code: '44258-2' }] },
    { id: 'phq9_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Trouble concentrating', text: 'Trouble concentrating on things, such as reading the newspaper or watching television', codes: [{ system: loinc, code: '44252-5' }] },
    { id: 'phq9_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Slowed down or restless', text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual', codes: [{ system: loinc, code: '44253-3' }] },
    { id: 'phq9_9', number: 9, responseScale: 'frequency', scored: true, topic: 'Thoughts of death or self-harm', text: 'Thoughts that you would be better off dead or of hurting yourself in some way', codes: [{ system: loinc, code: '44260-8' }] },
    { id: 'phq9_10', number: 10, responseScale: 'difficulty', scored: false, topic: 'How difficult the problems made daily life', text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?', codes: [{ system: loinc, code: '69722-7' }] },
  ],
  scales: [
    {
      id: 'total',
      label: 'Depression severity',
      items: ['phq9_1', 'phq9_2', 'phq9_3', 'phq9_4', 'phq9_5', 'phq9_6', 'phq9_7', 'phq9_8', 'phq9_9'],
      method: { kind: 'sum' },
      range: [0, 27],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      codes: [{ system: loinc, code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' }],
      bandSchemes: [
        {
          id: 'kroenke2001',
          label: 'Severity (Kroenke 2001)',
          default: true,
          bands: [
            { id: 'minimal', label: 'Minimal', min: 0 },
            { id: 'mild', label: 'Mild', min: 5 },
            { id: 'moderate', label: 'Moderate', min: 10 },
            { id: 'moderately_severe', label: 'Moderately severe', min: 15 },
            { id: 'severe', label: 'Severe', min: 20 },
          ],
          sources: ['kroenke2001'],
          evidence: { level: 'primary', sources: ['kroenke2001'] },
        },
      ],
      sources: ['kroenke2001'],
    },
  ],
  cutoffs: [
    { id: 'positive_screen', label: 'Positive screen for major depression (total ≥ 10)', criterion: { scale: 'total', op: '>=', value: 10 }, sources: ['kroenke2001'], evidence: { level: 'primary', sources: ['kroenke2001'] } },
  ],
  flags: [
    { id: 'suicidal_ideation', label: 'Thoughts of death or self-harm on several days or more (item 9 ≥ 1)', item: 'phq9_9', op: '>=', value: 1, sources: ['kroenke2001', 'simon2013'], evidence: { level: 'primary', sources: ['simon2013'] } },
  ],
  benchmarks: [
    {
      id: 'de_general_2013',
      scale: 'total',
      population: 'German general population, nationally representative face-to-face household surveys',
      country: 'DE',
      year: 2013,
      n: 5018,
      mean: 2.91,
      sd: 3.5,
      sources: ['kocalevent2013', 'puhe2020_norms'],
      evidence: { level: 'single_secondary', sources: ['puhe2020_norms'], note: 'Mean and SD read as reproduced from Kocalevent et al. 2013 in a later paper’s norms column; the 2013 table was not read.' },
    },
    {
      id: 'de_covid_2021',
      cutoff: 'positive_screen',
      population: 'German adults, nationally representative survey during the COVID-19 pandemic',
      country: 'DE',
      year: 2021,
      n: 3075,
      prevalence: 0.2,
      sources: ['hajek2021'],
      evidence: { level: 'primary', sources: ['hajek2021'] },
    },
  ],
  outcomes: [
    {
      construct: 'depression',
      severityScale: 'total',
      direction: 'higher_is_worse',
      cutoff: 'positive_screen',
      sources: ['kroenke2001'],
    },
  ],
  sources: [
    {
      id: 'kroenke2001',
      kind: 'publication',
      citation: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
      doi: '10.1046/j.1525-1497.2001.016009606.x',
    },
    {
      id: 'simon2013',
      kind: 'publication',
      citation: 'Simon GE, Rutter CM, Peterson D, et al. Does response on the PHQ-9 Depression Questionnaire predict subsequent suicide attempt or suicide death? Psychiatr Serv. 2013;64(12):1195-1202.',
    },
    {
      id: 'kocalevent2013',
      kind: 'publication',
      citation: 'Kocalevent RD, Hinz A, Brähler E. Standardization of the depression screener Patient Health Questionnaire (PHQ-9) in the general population. Gen Hosp Psychiatry. 2013;35(5):551-555.',
      doi: '10.1016/j.genhosppsych.2013.04.006',
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
