/**
 * PHQ-4 — the four-item anxiety and depression screener (Kroenke, Spitzer, Williams & Löwe 2009):
 * the two GAD-2 items then the two PHQ-2 items, in the order of LOINC panel 69724-3. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { loinc, loincQuestionnairesSource, pfizerLicence, phqFrequencyOptions } from '../shared.js';

export const phq4 = {
  id: 'phq4',
  name: 'Patient Health Questionnaire-4',
  shortName: 'PHQ-4',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['anxiety', 'depression', 'distress'],
  recallPeriod: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  codes: [{ system: loinc, code: '69724-3', display: 'Patient health questionnaire 4 item (PHQ-4)' }],
  responseScales: [{ id: 'frequency', options: phqFrequencyOptions, sources: ['kroenke2009', 'loinc_questionnaires'] }],
  items: [
    { id: 'phq4_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Nervous or on edge (GAD-2 item 1)', text: 'Feeling nervous, anxious or on edge', codes: [{ system: loinc, code: '69725-0' }] },
    { id: 'phq4_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Uncontrollable worry (GAD-2 item 2)', text: 'Not being able to stop or control worrying', codes: [{ system: loinc, code: '68509-9' }] },
    { id: 'phq4_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Loss of interest or pleasure (PHQ-2 item 1)', text: 'Little interest or pleasure in doing things', codes: [{ system: loinc, code: '44250-9' }] },
    { id: 'phq4_4', number: 4, responseScale: 'frequency', scored: true, topic: 'Low mood or hopelessness (PHQ-2 item 2)', text: 'Feeling down, depressed, or hopeless', codes: [{ system: loinc, code: '44255-8' }] },
  ],
  scales: [
    {
      id: 'total',
      label: 'Psychological distress',
      items: ['phq4_1', 'phq4_2', 'phq4_3', 'phq4_4'],
      method: { kind: 'sum' },
      range: [0, 12],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [
        {
          id: 'kroenke2009',
          label: 'Distress (Kroenke 2009)',
          default: true,
          bands: [
            { id: 'normal', label: 'Normal', min: 0 },
            { id: 'mild', label: 'Mild', min: 3 },
            { id: 'moderate', label: 'Moderate', min: 6 },
            { id: 'severe', label: 'Severe', min: 9 },
          ],
          sources: ['kroenke2009', 'ninds_phq4', 'phq4_pmc8762693'],
          evidence: { level: 'secondary', sources: ['ninds_phq4', 'phq4_pmc8762693'], note: 'Kroenke et al. 2009 full text was not reachable; the NINDS Common Data Elements page citing it and a paper in PMC (PMC8762693) agree on 0–2 / 3–5 / 6–8 / 9–12.' },
        },
      ],
      sources: ['kroenke2009', 'loinc_questionnaires'],
    },
    {
      id: 'anxiety',
      label: 'Anxiety (GAD-2)',
      items: ['phq4_1', 'phq4_2'],
      method: { kind: 'sum' },
      range: [0, 6],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['kroenke2009', 'kroenke2007'],
    },
    {
      id: 'depression',
      label: 'Depression (PHQ-2)',
      items: ['phq4_3', 'phq4_4'],
      method: { kind: 'sum' },
      range: [0, 6],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['kroenke2009', 'kroenke2003'],
    },
  ],
  cutoffs: [
    { id: 'anxiety_positive', label: 'Positive anxiety screen (GAD-2 ≥ 3)', criterion: { scale: 'anxiety', op: '>=', value: 3 }, sources: ['kroenke2007', 'ninds_phq4'], evidence: { level: 'secondary', sources: ['kroenke2007', 'ninds_phq4'], note: 'The GAD-2 ≥ 3 of Kroenke et al. 2007 is in the paper body, read only as reproduced; the NINDS page gives "a score of 3 or greater" on each subscale.' } },
    { id: 'depression_positive', label: 'Positive depression screen (PHQ-2 ≥ 3)', criterion: { scale: 'depression', op: '>=', value: 3 }, sources: ['kroenke2003', 'ninds_phq4'], evidence: { level: 'primary', sources: ['kroenke2003'] } },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'uk_lockdown_2020_anxiety',
      cutoff: 'anxiety_positive',
      population: 'UK adults aged 18 or over, nationally representative online panel (YouGov), during the first COVID-19 lockdown',
      country: 'GB',
      year: 2020,
      n: 2240,
      prevalence: 0.219,
      sources: ['smith2020'],
      evidence: { level: 'primary', sources: ['smith2020'] },
    },
    {
      id: 'uk_lockdown_2020_depression',
      cutoff: 'depression_positive',
      population: 'UK adults aged 18 or over, nationally representative online panel (YouGov), during the first COVID-19 lockdown',
      country: 'GB',
      year: 2020,
      n: 2240,
      prevalence: 0.235,
      sources: ['smith2020'],
      evidence: { level: 'primary', sources: ['smith2020'] },
    },
  ],
  outcomes: [
    {
      construct: 'anxiety',
      severityScale: 'anxiety',
      direction: 'higher_is_worse',
      cutoff: 'anxiety_positive',
      sources: ['kroenke2009', 'kroenke2007'],
    },
    {
      construct: 'depression',
      severityScale: 'depression',
      direction: 'higher_is_worse',
      cutoff: 'depression_positive',
      sources: ['kroenke2009', 'kroenke2003'],
    },
    {
      construct: 'distress',
      severityScale: 'total',
      direction: 'higher_is_worse',
      sources: ['kroenke2009'],
    },
  ],
  sources: [
    {
      id: 'kroenke2009',
      kind: 'publication',
      citation: 'Kroenke K, Spitzer RL, Williams JBW, Löwe B. An ultra-brief screening scale for anxiety and depression: the PHQ-4. Psychosomatics. 2009;50(6):613-621.',
    },
    {
      id: 'kroenke2003',
      kind: 'publication',
      citation: 'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
    },
    {
      id: 'kroenke2007',
      kind: 'publication',
      citation: 'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
    },
    {
      id: 'ninds_phq4',
      kind: 'programme_page',
      citation: 'National Institute of Neurological Disorders and Stroke. Common Data Elements: Patient Health Questionnaire-4 (PHQ-4), CRF F2495 (citing Kroenke et al. 2009).',
      url: 'https://www.commondataelements.ninds.nih.gov/',
    },
    {
      id: 'smith2020',
      kind: 'publication',
      citation: 'Smith LE, Amlôt R, Lambert H, et al. Factors associated with self-reported anxiety, depression, and general health during the UK lockdown; a cross-sectional survey. medRxiv. 2020. Preprint.',
      doi: '10.1101/2020.06.23.20137901',
    },
    loincQuestionnairesSource,
    {
      id: 'phq4_pmc8762693',
      kind: 'validation_paper',
      citation: 'A paper in PubMed Central (PMC8762693) that reproduces the PHQ-4 total categories (0–2 none, 3–5 mild, 6–8 moderate, 9–12 severe) citing Kroenke et al. 2009 (Fig. 2).',
      pmcid: 'PMC8762693',
    },
  ],
  licence: pfizerLicence,
} as const satisfies InstrumentDefinition;
