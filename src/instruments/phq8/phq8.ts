/**
 * PHQ-8 — Patient Health Questionnaire-8 (Kroenke, Strine, Spitzer, Williams, Berry & Mokdad 2009):
 * PHQ-9 items 1–8, without the item on thoughts of death or self-harm and without the difficulty
 * item; scored 0–3 and summed (0–24). Used where no safety follow-up is possible (population
 * surveys). Wording: the current Pfizer PHQ-9 form, items 1–8. Items carry the PHQ-9 item LOINC
 * codes; no PHQ-8 panel or total-score LOINC code could be verified, so none is given. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { loinc, loincQuestionnairesSource, pfizerLicence, phqFrequencyOptions } from '../shared.js';

export const phq8 = {
  id: 'phq8',
  name: 'Patient Health Questionnaire-8',
  shortName: 'PHQ-8',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['depression'],
  recallPeriod: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  responseScales: [{ id: 'frequency', options: phqFrequencyOptions, sources: ['kroenke2009', 'loinc_questionnaires'] }],
  items: [
    { id: 'phq8_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Loss of interest or pleasure', text: 'Little interest or pleasure in doing things', codes: [{ system: loinc, code: '44250-9' }] },
    { id: 'phq8_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Low mood or hopelessness', text: 'Feeling down, depressed, or hopeless', codes: [{ system: loinc, code: '44255-8' }] },
    { id: 'phq8_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Sleep problems', text: 'Trouble falling or staying asleep, or sleeping too much', codes: [{ system: loinc, code: '44259-0' }] },
    { id: 'phq8_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Tiredness or low energy', text: 'Feeling tired or having little energy', codes: [{ system: loinc, code: '44254-1' }] },
    { id: 'phq8_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Appetite change', text: 'Poor appetite or overeating', codes: [{ system: loinc, code: '44251-7' }] },
    { id: 'phq8_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Feelings of failure or worthlessness', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', codes: [{ system: loinc, code: '44258-2' }] },
    { id: 'phq8_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Trouble concentrating', text: 'Trouble concentrating on things, such as reading the newspaper or watching television', codes: [{ system: loinc, code: '44252-5' }] },
    { id: 'phq8_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Slowed down or restless', text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual', codes: [{ system: loinc, code: '44253-3' }] },
  ],
  scales: [
    {
      id: 'total',
      label: 'Depression severity',
      items: ['phq8_1', 'phq8_2', 'phq8_3', 'phq8_4', 'phq8_5', 'phq8_6', 'phq8_7', 'phq8_8'],
      method: { kind: 'sum' },
      range: [0, 24],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [
        {
          id: 'kroenke2009',
          label: 'Severity (PHQ-9 thresholds, Kroenke 2001/2009)',
          default: true,
          bands: [
            { id: 'minimal', label: 'Minimal', min: 0 },
            { id: 'mild', label: 'Mild', min: 5 },
            { id: 'moderate', label: 'Moderate', min: 10 },
            { id: 'moderately_severe', label: 'Moderately severe', min: 15 },
            { id: 'severe', label: 'Severe', min: 20 },
          ],
          sources: ['kroenke2009', 'kroenke2001', 'huot2013'],
          evidence: { level: 'primary', sources: ['kroenke2001', 'kroenke2009'] },
        },
      ],
      sources: ['kroenke2009'],
    },
  ],
  cutoffs: [
    { id: 'positive_screen', label: 'Current depression (total ≥ 10)', criterion: { scale: 'total', op: '>=', value: 10 }, sources: ['kroenke2009'], evidence: { level: 'primary', sources: ['kroenke2009'] } },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'us_brfss_2006',
      cutoff: 'positive_screen',
      population: 'US adults, 2006 Behavioral Risk Factor Surveillance System (random-digit-dialled telephone survey)',
      country: 'US',
      year: 2006,
      n: 198678,
      prevalence: 0.086,
      sources: ['kroenke2009'],
      evidence: { level: 'primary', sources: ['kroenke2009'] },
    },
  ],
  outcomes: [
    {
      construct: 'depression',
      severityScale: 'total',
      direction: 'higher_is_worse',
      cutoff: 'positive_screen',
      sources: ['kroenke2009'],
    },
  ],
  sources: [
    {
      id: 'kroenke2009',
      kind: 'publication',
      citation: 'Kroenke K, Strine TW, Spitzer RL, Williams JBW, Berry JT, Mokdad AH. The PHQ-8 as a measure of current depression in the general population. J Affect Disord. 2009;114(1-3):163-173.',
      doi: '10.1016/j.jad.2008.06.026',
    },
    {
      id: 'kroenke2001',
      kind: 'publication',
      citation: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
      doi: '10.1046/j.1525-1497.2001.016009606.x',
    },
    {
      id: 'huot2013',
      kind: 'publication',
      citation: 'Huot KL, Lutfiyya MN, Akers MF, Amaro ML, Swanoski MT, Schweiss SK. A population-based cross-sectional study of health service deficits among U.S. adults with depressive symptoms. BMC Health Serv Res. 2013;13:160.',
      doi: '10.1186/1472-6963-13-160',
    },
    loincQuestionnairesSource,
  ],
  licence: pfizerLicence,
} as const satisfies InstrumentDefinition;
