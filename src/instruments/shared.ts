/**
 * Content shared by several instruments: the PHQ family's response options (with their LOINC
 * answer codes) and the Pfizer notice. Data only.
 *
 * @module
 */

/** The LOINC code system URI, shared so that a bundle holds it once. */
export const loinc = 'http://loinc.org';

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
  kind: 'programme_page',
  citation:
    'Regenstrief Institute. LOINC-generated FHIR Questionnaires for the PHQ screeners (the panel codes are in each definition), with their copyright fields; HL7 FHIR US Core Questionnaire-phq-9-example.',
  url: 'https://loinc.org/',
} as const;

/** What `loinc_questionnaires` is cited for (a note, kept apart from the definitions; see each instrument's `notes.ts`). */
export const loincQuestionnairesNote =
  'LOINC panel, item and answer codes and the Pfizer copyright notice as carried by the LOINC-generated Questionnaires. LOINC content © Regenstrief Institute, used under the LOINC licence (https://loinc.org/license).';

/** The BAT's 1–5 frequency scale, the same on BAT-23 and BAT-12 (Schaufeli, De Witte & Desart 2020). */
export const batFrequencyScale = {
  id: 'frequency',
  options: [
    { value: 1, label: 'Never' },
    { value: 2, label: 'Rarely' },
    { value: 3, label: 'Sometimes' },
    { value: 4, label: 'Often' },
    { value: 5, label: 'Always' },
  ],
  sources: ['bat_questionnaire', 'bat_user_manual'],
} as const;

/** The BAT website, cited by BAT-23 and BAT-12 for the questionnaire and its terms. */
export const batWebsiteSource = {
  id: 'bat_website',
  kind: 'owner_page',
  citation: 'KU Leuven, Research Group Work, Organisational and Personnel Psychology. Burnout Assessment Tool — project website (Manual & Questionnaire; Frequently asked questions).',
  url: 'https://burnoutassessmenttool.be/project_eng/',
} as const;

/** What `bat_website` is cited for (a note, kept apart from the definitions). */
export const batWebsiteNote =
  'FAQ: "Can I use the BAT for free? Yes, you can download it on this page." No statement on redistribution of the wording or on commercial use was found.';

/** BAT-23 and BAT-12 share one licence: free questionnaire, manuals all rights reserved. */
export const batLicence = {
  holder: 'Wilmar B. Schaufeli, Hans De Witte & Steffie Desart (KU Leuven)',
  terms: 'The questionnaire is offered free of charge on the authors\' website, but the manuals are "All rights reserved" and no licence to redistribute the wording, or to use it commercially, was found. The wording is not shipped; obtain it from burnoutassessmenttool.be and attach it with withItemText().',
  url: 'https://burnoutassessmenttool.be/',
  itemText: false,
  commercialUseNeedsPermission: true,
  notice: 'Burnout Assessment Tool (BAT) © 2020 Wilmar Schaufeli, Hans De Witte & Steffie Desart, KU Leuven, Belgium. All rights reserved.',
  sources: ['bat_website', 'bat_manual'],
} as const;

/** UWES-17 and UWES-9 share one licence (Schaufeli & Bakker). */
export const uwesLicence = {
  holder: 'Wilmar B. Schaufeli & Arnold B. Bakker',
  terms: 'Free for non-commercial scientific research; commercial and/or non-scientific use needs the authors\' prior written permission. The wording is not shipped; obtain it from the authors and attach it with withItemText() under those terms.',
  url: 'https://www.wilmarschaufeli.nl/',
  itemText: false,
  commercialUseNeedsPermission: true,
  notice: '© Schaufeli & Bakker (2003). The Utrecht Work Engagement Scale is free for use for non-commercial scientific research. Commercial and/or non-scientific use is prohibited, unless previous written permission is granted by the authors.',
  sources: ['uwes_manual'],
} as const;
