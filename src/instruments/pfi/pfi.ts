/**
 * Stanford Professional Fulfillment Index (Trockel et al. 2018): 16 items scored 0–4, professional
 * fulfillment (items 1–6), work exhaustion (7–10) and interpersonal disengagement (11–16); the
 * burnout composite is the mean of the ten burnout items (7–16). Structure and scoring only: the
 * wording's terms (Stanford WellMD) were not found.
 *
 * The cut-offs "burnout ≥ 1.33" and "professional fulfillment ≥ 3.0 / > 3.0" could not be read
 * in Trockel et al. 2018; they were read only in public secondary documents, which disagree on the
 * fulfillment inequality (a different answer at a fulfillment sum of 18 of 24). By the evidence
 * policy they ship as named schemes with no default: both cut-offs are null unless the caller
 * chooses a scheme (`options.cutoffSchemes`), and the result's provenance says so.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

export const pfi = {
  id: 'pfi',
  name: 'Stanford Professional Fulfillment Index',
  shortName: 'PFI',
  version: '1.2.0',
  languages: ['en'],
  constructs: ['burnout', 'professional_fulfillment'],
  recallPeriod: 'the past two weeks',
  responseScales: [
    {
      id: 'truth',
      options: [
        { value: 0, label: 'Not at all true' },
        { value: 1, label: 'Somewhat true' },
        { value: 2, label: 'Moderately true' },
        { value: 3, label: 'Very true' },
        { value: 4, label: 'Completely true' },
      ],
      sources: ['trockel2018'],
    },
    {
      id: 'extent',
      options: [
        { value: 0, label: 'Not at all' },
        { value: 1, label: 'Very little' },
        { value: 2, label: 'Moderately' },
        { value: 3, label: 'A lot' },
        { value: 4, label: 'Extremely' },
      ],
      sources: ['trockel2018'],
    },
  ],
  items: [
    { id: 'pfi_1', number: 1, responseScale: 'truth', scored: true, topic: "Happy at work" },
    { id: 'pfi_2', number: 2, responseScale: 'truth', scored: true, topic: "Worthwhile at work" },
    { id: 'pfi_3', number: 3, responseScale: 'truth', scored: true, topic: "Work is satisfying" },
    { id: 'pfi_4', number: 4, responseScale: 'truth', scored: true, topic: "In control when dealing with difficult problems at work" },
    { id: 'pfi_5', number: 5, responseScale: 'truth', scored: true, topic: "Work is meaningful" },
    { id: 'pfi_6', number: 6, responseScale: 'truth', scored: true, topic: "Contributing professionally in the ways valued most" },
    { id: 'pfi_7', number: 7, responseScale: 'extent', scored: true, topic: "Dread going to work" },
    { id: 'pfi_8', number: 8, responseScale: 'extent', scored: true, topic: "Physically exhausted at work" },
    { id: 'pfi_9', number: 9, responseScale: 'extent', scored: true, topic: "Lacking enthusiasm at work" },
    { id: 'pfi_10', number: 10, responseScale: 'extent', scored: true, topic: "Emotionally exhausted at work" },
    { id: 'pfi_11', number: 11, responseScale: 'extent', scored: true, topic: "Less empathetic with patients" },
    { id: 'pfi_12', number: 12, responseScale: 'extent', scored: true, topic: "Less empathetic with colleagues" },
    { id: 'pfi_13', number: 13, responseScale: 'extent', scored: true, topic: "Less sensitive to others' feelings or emotions" },
    { id: 'pfi_14', number: 14, responseScale: 'extent', scored: true, topic: "Less interested in talking with patients" },
    { id: 'pfi_15', number: 15, responseScale: 'extent', scored: true, topic: "Less connected with patients" },
    { id: 'pfi_16', number: 16, responseScale: 'extent', scored: true, topic: "Less connected with colleagues" },
  ],
  scales: [
    {
      id: 'professional_fulfillment',
      label: 'Professional fulfillment',
      items: ['pfi_1', 'pfi_2', 'pfi_3', 'pfi_4', 'pfi_5', 'pfi_6'],
      method: { kind: 'mean' },
      range: [0, 4],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['trockel2018'],
    },
    {
      id: 'work_exhaustion',
      label: 'Work exhaustion',
      items: ['pfi_7', 'pfi_8', 'pfi_9', 'pfi_10'],
      method: { kind: 'mean' },
      range: [0, 4],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['trockel2018'],
    },
    {
      id: 'interpersonal_disengagement',
      label: 'Interpersonal disengagement',
      items: ['pfi_11', 'pfi_12', 'pfi_13', 'pfi_14', 'pfi_15', 'pfi_16'],
      method: { kind: 'mean' },
      range: [0, 4],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['trockel2018'],
    },
    {
      id: 'burnout',
      label: 'Overall burnout (work exhaustion and interpersonal disengagement items)',
      items: ['pfi_7', 'pfi_8', 'pfi_9', 'pfi_10', 'pfi_11', 'pfi_12', 'pfi_13', 'pfi_14', 'pfi_15', 'pfi_16'],
      method: { kind: 'mean' },
      range: [0, 4],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [],
      sources: ['trockel2018'],
    },
  ],
  cutoffs: [
    {
      id: 'burnout',
      label: 'Burnout',
      sources: ['trockel2018', 'pfi_public_scorer', 'pfi_design_document'],
      schemes: [
        {
          id: 'mean_1_33',
          label: 'Burnout composite mean ≥ 1.33 (as circulated; not read in Trockel et al. 2018)',
          criterion: { scale: 'burnout', op: '>=', value: 1.33 },
          sources: ['trockel2018', 'pfi_public_scorer', 'pfi_design_document'],
          evidence: {
            level: 'single_secondary',
            sources: ['pfi_public_scorer', 'pfi_design_document'],
            note: 'Not found in Trockel et al. 2018 (only its abstract was readable). Read in two public documents (a scoring module and a product design document) whose independence and sources are unknown; no validation paper or Stanford page stating it was found. With all ten items answered, ≥ 1.33 means a burnout item sum of 14 or more.',
          },
        },
      ],
    },
    {
      id: 'professional_fulfillment_high',
      label: 'High professional fulfillment',
      sources: ['trockel2018', 'pfi_public_scorer', 'pfi_design_document'],
      schemes: [
        {
          id: 'ge_3_0',
          label: 'Professional fulfillment mean ≥ 3.0',
          criterion: { scale: 'professional_fulfillment', op: '>=', value: 3 },
          sources: ['trockel2018', 'pfi_design_document'],
          evidence: {
            level: 'single_secondary',
            sources: ['pfi_design_document'],
            note: 'Not found in Trockel et al. 2018. Read only in a public product design document ("fulfillment ≥3.00"); a public scoring module says "> 3.0" instead (scheme gt_3_0). At a fulfillment sum of 18 of 24 (mean 3.0) the two disagree.',
          },
        },
        {
          id: 'gt_3_0',
          label: 'Professional fulfillment mean > 3.0',
          criterion: { scale: 'professional_fulfillment', op: '>', value: 3 },
          sources: ['trockel2018', 'pfi_public_scorer'],
          evidence: {
            level: 'single_secondary',
            sources: ['pfi_public_scorer'],
            note: 'Not found in Trockel et al. 2018. Read only in a public scoring module ("average item score > 3.0"); a public design document says "≥ 3.00" instead (scheme ge_3_0).',
          },
        },
      ],
    },
  ],
  flags: [],
  benchmarks: [],
  outcomes: [
    {
      construct: 'burnout',
      severityScale: 'burnout',
      direction: 'higher_is_worse',
      cutoff: 'burnout',
      sources: ['trockel2018'],
    },
    {
      construct: 'professional_fulfillment',
      severityScale: 'professional_fulfillment',
      direction: 'higher_is_better',
      sources: ['trockel2018'],
    },
  ],
  sources: [
    {
      id: 'trockel2018',
      kind: 'publication',
      citation: 'Trockel M, Bohman B, Lesure E, et al. A brief instrument to assess both burnout and professional fulfillment in physicians: reliability and validity, including correlation with self-reported medical errors, in a sample of resident and practicing physicians. Acad Psychiatry. 2018;42(1):11-24.',
      doi: '10.1007/s40596-017-0849-3',
      pmcid: 'PMC5794850',
    },
    {
      id: 'pfi_public_scorer',
      kind: 'reproduction',
      citation: 'scoreStanfordPFI.js, a public JavaScript scoring module for the Stanford PFI ("Convergent Validation Anchor Battery — Instrument 2"), in public GitHub code held by the code index used for this package (its repository was not named by the index).',
    },
    {
      id: 'pfi_design_document',
      kind: 'reproduction',
      citation: 'FISCMAK Intelligence Layer Specification, version 1.1 (31 May 2026), Appendix J, a public product design document in public GitHub code held by the code index used for this package.',
    },
  ],
  licence: {
    holder: 'Stanford University (WellMD & WellPhD)',
    terms: 'Terms for reproducing the item wording were not found; the wording is not shipped. Contact Stanford WellMD for permission and attach it with withItemText().',
    itemText: false,
    commercialUseNeedsPermission: true,
    notice: 'Professional Fulfillment Index © Stanford University (Trockel et al. 2018).',
    sources: ['trockel2018'],
  },
} as const satisfies InstrumentDefinition;
