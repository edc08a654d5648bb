/**
 * Content shared by several instruments: the PHQ family's response options (with their LOINC
 * answer codes) and the Pfizer notice. Data only.
 *
 * @module
 */

const loinc = 'http://loinc.org';

/**
 * PHQ-9 / GAD-7 / PHQ-4 frequency options, LOINC answer list LL358-3. Verified in the HL7 US
 * Core PHQ-9 Questionnaire example (ordinalValue 0–3) and the LOINC-generated Questionnaires.
 */
export const phqFrequencyOptions = [
  { value: 0, label: 'Not at all', code: { system: loinc, code: 'LA6568-5', display: 'Not at all' } },
  { value: 1, label: 'Several days', code: { system: loinc, code: 'LA6569-3', display: 'Several days' } },
  { value: 2, label: 'More than half the days', code: { system: loinc, code: 'LA6570-1', display: 'More than half the days' } },
  { value: 3, label: 'Nearly every day', code: { system: loinc, code: 'LA6571-9', display: 'Nearly every day' } },
] as const;

/** The notice Pfizer attaches to the PHQ screeners, as carried by the LOINC Questionnaires. */
export const pfizerNotice =
  'Copyright © Pfizer Inc. All rights reserved. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** The PHQ screeners' licence block (text may be shipped; no permission needed, commercial use included). */
export const pfizerLicence = {
  holder: 'Pfizer Inc.',
  terms: 'Copyrighted by Pfizer with a blanket permission: no permission is required to reproduce, translate, display or distribute.',
  url: 'https://www.phqscreeners.com/',
  itemText: true,
  commercialUseNeedsPermission: false,
  notice: pfizerNotice,
  sources: ['loinc_questionnaires'],
} as const;

/** The source for the Pfizer notice and the LOINC codes. */
export const loincQuestionnairesSource = {
  id: 'loinc_questionnaires',
  citation:
    'Regenstrief Institute. LOINC-generated FHIR Questionnaires for the PHQ screeners (the panel codes are in each definition), with their copyright fields; HL7 FHIR US Core Questionnaire-phq-9-example.',
  url: 'https://loinc.org/',
  note: 'LOINC panel, item and answer codes and the Pfizer copyright notice as carried by the LOINC-generated Questionnaires. LOINC content © Regenstrief Institute, used under the LOINC licence (https://loinc.org/license).',
} as const;
