/**
 * PHQ-2 — Patient Health Questionnaire-2 (Kroenke, Spitzer & Williams 2003): the first two PHQ-9
 * items (anhedonia, depressed mood), scored 0–3 and summed (0–6). One cut-off with two published
 * criteria: the authors' total ≥ 3 (default) and the more sensitive total ≥ 2 recommended by later
 * meta-analyses. No severity bands are published. Wording: the Pfizer PHQ-9 form, items 1–2;
 * LOINC panel 55757-9. Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { loinc, loincQuestionnairesSource, pfizerLicence, phqFrequencyOptions } from '../shared.js';

export const phq2 = {
  id: 'phq2',
  name: 'Patient Health Questionnaire-2',
  shortName: 'PHQ-2',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['depression'],
  recallPeriod: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  codes: [{ system: loinc, code: '55757-9', display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]' }],
  responseScales: [{ id: 'frequency', options: phqFrequencyOptions, sources: ['kroenke2003', 'loinc_questionnaires'] }],
  items: [
    { id: 'phq2_1', number: 1, responseScale: 'frequency', scored: true, topic: 'Loss of interest or pleasure', text: 'Little interest or pleasure in doing things', codes: [{ system: loinc, code: '44250-9' }] },
    { id: 'phq2_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Low mood or hopelessness', text: 'Feeling down, depressed, or hopeless', codes: [{ system: loinc, code: '44255-8' }] },
  ],
  scales: [
    {
      id: 'total',
      label: 'Depression screen',
      items: ['phq2_1', 'phq2_2'],
      method: { kind: 'sum' },
      range: [0, 6],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      codes: [{ system: loinc, code: '55758-7', display: 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]' }],
      bandSchemes: [],
      sources: ['kroenke2003', 'loinc_phq2'],
    },
  ],
  cutoffs: [
    {
      id: 'positive_screen',
      label: 'Positive screen for depression (follow with the PHQ-9)',
      sources: ['kroenke2003'],
      schemes: [
        { id: 'standard', label: 'Total ≥ 3 (Kroenke 2003)', default: true, criterion: { scale: 'total', op: '>=', value: 3 }, sources: ['kroenke2003'], evidence: { level: 'primary', sources: ['kroenke2003'] } },
        { id: 'sensitive', label: 'Total ≥ 2 (higher sensitivity, lower specificity)', criterion: { scale: 'total', op: '>=', value: 2 }, sources: ['levis2020', 'manea2016', 'arroll2010'], evidence: { level: 'secondary', sources: ['levis2020', 'manea2016', 'arroll2010'], note: 'Not a threshold of the PHQ-2’s authors: an individual-participant meta-analysis (Levis 2020), a meta-analysis (Manea 2016) and a validation study (Arroll 2010) report it.' } },
      ],
    },
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
      prevalence: 0.235,
      sources: ['smith2020'],
      evidence: { level: 'primary', sources: ['smith2020'] },
    },
  ],
  outcomes: [
    {
      construct: 'depression',
      severityScale: 'total',
      direction: 'higher_is_worse',
      cutoff: 'positive_screen',
      sources: ['kroenke2003'],
    },
  ],
  sources: [
    {
      id: 'kroenke2003',
      kind: 'publication',
      citation: 'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
      doi: '10.1097/01.MLR.0000093487.78664.3C',
    },
    {
      id: 'levis2020',
      kind: 'validation_paper',
      citation: 'Levis B, Sun Y, He C, et al. Accuracy of the PHQ-2 alone and in combination with the PHQ-9 for screening to detect major depression: systematic review and meta-analysis. JAMA. 2020;323(22):2290-2300.',
      doi: '10.1001/jama.2020.6504',
      pmcid: 'PMC7284301',
    },
    {
      id: 'manea2016',
      kind: 'validation_paper',
      citation: 'Manea L, Gilbody S, Hewitt C, et al. Identifying depression with the PHQ-2: a diagnostic meta-analysis. J Affect Disord. 2016 Oct.',
      doi: '10.1016/j.jad.2016.06.003',
    },
    {
      id: 'arroll2010',
      kind: 'publication',
      citation: 'Arroll B, Goodyear-Smith F, Crengle S, et al. Validation of PHQ-2 and PHQ-9 to screen for major depression in the primary care population. Ann Fam Med. 2010;8(4):348-353.',
      pmcid: 'PMC2906530',
    },
    {
      id: 'smith2020',
      kind: 'publication',
      citation: 'Smith LE, Amlôt R, Lambert H, et al. Factors associated with self-reported anxiety, depression, and general health during the UK lockdown; a cross-sectional survey. medRxiv. 2020. Preprint.',
      doi: '10.1101/2020.06.23.20137901',
    },
    {
      id: 'loinc_phq2',
      kind: 'programme_page',
      citation: 'Regenstrief Institute. LOINC 55757-9: Patient Health Questionnaire 2 item (PHQ-2) [Reported]. LOINC version 2.78.',
      url: 'https://loinc.org/55757-9',
    },
    loincQuestionnairesSource,
  ],
  licence: pfizerLicence,
} as const satisfies InstrumentDefinition;
