/**
 * GAD-2 — Generalized Anxiety Disorder 2-item scale (Kroenke, Spitzer, Williams, Monahan & Löwe
 * 2007): the first two GAD-7 items (the core anxiety symptoms), scored 0–3 and summed (0–6); a
 * total ≥ 3 is a positive screen. No severity bands are published. Wording: the Pfizer GAD-7 form,
 * items 1–2. Items carry the GAD-7 item LOINC codes; no GAD-2 panel or total-score LOINC code could
 * be verified, so none is given. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { loinc, loincQuestionnairesSource, pfizerLicence, phqFrequencyOptions } from '../shared.js';

export const gad2 = {
  id: 'gad2',
  name: 'Generalized Anxiety Disorder 2-item scale',
  shortName: 'GAD-2',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['anxiety'],
  recallPeriod: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  responseScales: [{ id: 'frequency', options: phqFrequencyOptions, sources: ['kroenke2007', 'loinc_questionnaires'] }],
  items: [
    { id: 'gad2_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Nervous or on edge', text: 'Feeling nervous, anxious or on edge', codes: [{ system: loinc, code: '69725-0' }] },
    { id: 'gad2_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Uncontrollable worry', text: 'Not being able to stop or control worrying', codes: [{ system: loinc, code: '68509-9' }] },
  ],
  scales: [
    {
      id: 'total',
      label: 'Anxiety screen',
      items: ['gad2_1', 'gad2_2'],
      method: { kind: 'sum' },
      range: [0, 6],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['kroenke2007', 'skapinakis2007'],
    },
  ],
  cutoffs: [
    { id: 'positive_screen', label: 'Positive screen for an anxiety disorder (total ≥ 3; follow with the GAD-7)', criterion: { scale: 'total', op: '>=', value: 3 }, sources: ['kroenke2007', 'plummer2016', 'smith2020'], evidence: { level: 'secondary', sources: ['plummer2016', 'smith2020'], note: 'The ≥ 3 threshold is in the body of Kroenke et al. 2007, which could not be read; a meta-analysis (Plummer 2016) and a national survey (Smith 2020, "scored three or over on the GAD-2") use it.' } },
  ],
  flags: [],
  benchmarks: [
    {
      id: 'uk_lockdown_2020',
      cutoff: 'positive_screen',
      population: 'UK adults aged 18 or over, nationally representative online panel (YouGov), during the first COVID-19 lockdown',
      country: 'GB',
      year: 2020,
      n: 2240,
      prevalence: 0.219,
      sources: ['smith2020'],
      evidence: { level: 'primary', sources: ['smith2020'] },
    },
  ],
  outcomes: [
    {
      construct: 'anxiety',
      severityScale: 'total',
      direction: 'higher_is_worse',
      cutoff: 'positive_screen',
      sources: ['kroenke2007', 'plummer2016'],
    },
  ],
  sources: [
    {
      id: 'kroenke2007',
      kind: 'publication',
      citation: 'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
      doi: '10.7326/0003-4819-146-5-200703060-00004',
    },
    {
      id: 'skapinakis2007',
      kind: 'validation_paper',
      citation: 'Skapinakis P. The 2-item Generalized Anxiety Disorder scale had high sensitivity and specificity for detecting GAD in primary care [commentary on Kroenke et al. 2007]. Evid Based Med. 2007;12(5):149.',
      doi: '10.1136/ebm.12.5.149',
    },
    {
      id: 'plummer2016',
      kind: 'validation_paper',
      citation: 'Plummer F, Manea L, Trepel D, McMillan D. Screening for anxiety disorders with the GAD-7 and GAD-2: a systematic review and diagnostic metaanalysis. Gen Hosp Psychiatry. 2016;39:24-31.',
      doi: '10.1016/j.genhosppsych.2015.11.005',
    },
    {
      id: 'smith2020',
      kind: 'publication',
      citation: 'Smith LE, Amlôt R, Lambert H, et al. Factors associated with self-reported anxiety, depression, and general health during the UK lockdown; a cross-sectional survey. medRxiv. 2020. Preprint.',
      doi: '10.1101/2020.06.23.20137901',
    },
    loincQuestionnairesSource,
  ],
  licence: pfizerLicence,
} as const satisfies InstrumentDefinition;
