/**
 * ProQOL 5 — Professional Quality of Life Scale, version 5 (Stamm 2009; Concise ProQOL Manual,
 * 2nd ed., 2010). Thirty items on the helper's last 30 days, scored 1 (Never) to 5 (Very Often);
 * three separate 10-item sums (10–50): compassion satisfaction, burnout, secondary traumatic
 * stress. Items 1, 4, 15, 17 and 29 (all on the burnout scale) are reverse-keyed. No total score.
 * Bands: the ProQOL 5 self-score levels (≤ 22 low, 23–41 moderate, ≥ 42 high) on the raw sums.
 *
 * The manual's t-scores (mean 50, SD 10) are not modelled: the raw-score means and SDs that the
 * conversion needs could not be read at the source here (see the report). Wording ships under the
 * ProQOL notice — free to copy with credit, unchanged, not sold. The bracketed words ([help],
 * [helper], [helping], [helped], [work]) are printed as on the form; the owner allows replacing
 * them with a term that fits the group (e.g. "nurse"). Data only.
 */
import type { InstrumentDefinition } from '../../schema/types.js';

const selfScoreBands = {
  id: 'self_score',
  label: 'ProQOL 5 self-score levels (≤ 22 low, 23–41 moderate, ≥ 42 high)',
  default: true,
  bands: [
    { id: 'low', label: 'Low', min: 10 },
    { id: 'moderate', label: 'Moderate', min: 23 },
    { id: 'high', label: 'High', min: 42 },
  ],
  sources: ['proqol5_self_score'],
  evidence: { level: 'primary', sources: ['proqol5_self_score'] },
} as const;

export const proqol5 = {
  id: 'proqol5',
  name: 'Professional Quality of Life Scale, version 5',
  shortName: 'ProQOL 5',
  version: '1.1.0',
  languages: ['en'],
  constructs: ['burnout', 'compassion_fatigue', 'professional_fulfillment'],
  recallPeriod: 'the last 30 days',
  instructions:
    'When you [help] people you have direct contact with their lives. As you may have found, your compassion for those you [help] can affect you in positive and negative ways. Below are some questions about your experiences, both positive and negative, as a [helper]. Consider each of the following questions about you and your current work situation. Select the number that honestly reflects how frequently you experienced these things in the last 30 days.',
  responseScales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: 'Never' },
        { value: 2, label: 'Rarely' },
        { value: 3, label: 'Sometimes' },
        { value: 4, label: 'Often' },
        { value: 5, label: 'Very Often' },
      ],
      sources: ['proqol5_form'],
    },
  ],
  items: [
    { id: 'proqol5_1', number: 1, responseScale: 'frequency', scored: true, reverse: true, topic: 'Feels happy', text: 'I am happy.' },
    { id: 'proqol5_2', number: 2, responseScale: 'frequency', scored: true, topic: 'Preoccupied with more than one person helped', text: 'I am preoccupied with more than one person I [help].' },
    { id: 'proqol5_3', number: 3, responseScale: 'frequency', scored: true, topic: 'Satisfaction from being able to help', text: 'I get satisfaction from being able to [help] people.' },
    { id: 'proqol5_4', number: 4, responseScale: 'frequency', scored: true, reverse: true, topic: 'Feels connected to others', text: 'I feel connected to others.' },
    { id: 'proqol5_5', number: 5, responseScale: 'frequency', scored: true, topic: 'Startled by unexpected sounds', text: 'I jump or am startled by unexpected sounds.' },
    { id: 'proqol5_6', number: 6, responseScale: 'frequency', scored: true, topic: 'Invigorated after working with those helped', text: 'I feel invigorated after working with those I [help].' },
    { id: 'proqol5_7', number: 7, responseScale: 'frequency', scored: true, topic: 'Hard to keep personal life apart from helping role', text: 'I find it difficult to separate my personal life from my life as a [helper].' },
    { id: 'proqol5_8', number: 8, responseScale: 'frequency', scored: true, topic: 'Less productive from lost sleep over a client’s trauma', text: 'I am not as productive at work because I am losing sleep over traumatic experiences of a person I [help].' },
    { id: 'proqol5_9', number: 9, responseScale: 'frequency', scored: true, topic: 'May have been affected by others’ traumatic stress', text: 'I think that I might have been affected by the traumatic stress of those I [help].' },
    { id: 'proqol5_10', number: 10, responseScale: 'frequency', scored: true, topic: 'Feels trapped in the helping job', text: 'I feel trapped by my job as a [helper].' },
    { id: 'proqol5_11', number: 11, responseScale: 'frequency', scored: true, topic: 'On edge because of helping work', text: 'Because of my [helping], I have felt "on edge" about various things.' },
    { id: 'proqol5_12', number: 12, responseScale: 'frequency', scored: true, topic: 'Likes the helping work', text: 'I like my work as a [helper].' },
    { id: 'proqol5_13', number: 13, responseScale: 'frequency', scored: true, topic: 'Low mood from others’ traumatic experiences', text: 'I feel depressed because of the traumatic experiences of the people I [help].' },
    { id: 'proqol5_14', number: 14, responseScale: 'frequency', scored: true, topic: 'Feels as if living through a client’s trauma', text: 'I feel as though I am experiencing the trauma of someone I have [helped].' },
    { id: 'proqol5_15', number: 15, responseScale: 'frequency', scored: true, reverse: true, topic: 'Has beliefs that sustain them', text: 'I have beliefs that sustain me.' },
    { id: 'proqol5_16', number: 16, responseScale: 'frequency', scored: true, topic: 'Keeping up with techniques and protocols', text: 'I am pleased with how I am able to keep up with [helping] techniques and protocols.' },
    { id: 'proqol5_17', number: 17, responseScale: 'frequency', scored: true, reverse: true, topic: 'Is the person they always wanted to be', text: 'I am the person I always wanted to be.' },
    { id: 'proqol5_18', number: 18, responseScale: 'frequency', scored: true, topic: 'Work is satisfying', text: 'My work makes me feel satisfied.' },
    { id: 'proqol5_19', number: 19, responseScale: 'frequency', scored: true, topic: 'Worn out by the helping work', text: 'I feel worn out because of my work as a [helper].' },
    { id: 'proqol5_20', number: 20, responseScale: 'frequency', scored: true, topic: 'Warm thoughts about those helped', text: 'I have happy thoughts and feelings about those I [help] and how I could help them.' },
    { id: 'proqol5_21', number: 21, responseScale: 'frequency', scored: true, topic: 'Overwhelmed by an endless caseload', text: 'I feel overwhelmed because my case [work] load seems endless.' },
    { id: 'proqol5_22', number: 22, responseScale: 'frequency', scored: true, topic: 'Can make a difference through work', text: 'I believe I can make a difference through my work.' },
    { id: 'proqol5_23', number: 23, responseScale: 'frequency', scored: true, topic: 'Avoids reminders of clients’ frightening experiences', text: 'I avoid certain activities or situations because they remind me of frightening experiences of the people I [help].' },
    { id: 'proqol5_24', number: 24, responseScale: 'frequency', scored: true, topic: 'Proud of what they can do to help', text: 'I am proud of what I can do to [help].' },
    { id: 'proqol5_25', number: 25, responseScale: 'frequency', scored: true, topic: 'Intrusive frightening thoughts from helping', text: 'As a result of my [helping], I have intrusive, frightening thoughts.' },
    { id: 'proqol5_26', number: 26, responseScale: 'frequency', scored: true, topic: 'Bogged down by the system', text: 'I feel "bogged down" by the system.' },
    { id: 'proqol5_27', number: 27, responseScale: 'frequency', scored: true, topic: 'Sees themself as a successful helper', text: 'I have thoughts that I am a "success" as a [helper].' },
    { id: 'proqol5_28', number: 28, responseScale: 'frequency', scored: true, topic: 'Gaps in memory of trauma work', text: 'I can\'t recall important parts of my work with trauma victims.' },
    { id: 'proqol5_29', number: 29, responseScale: 'frequency', scored: true, reverse: true, topic: 'Is a very caring person', text: 'I am a very caring person.' },
    { id: 'proqol5_30', number: 30, responseScale: 'frequency', scored: true, topic: 'Glad to have chosen this work', text: 'I am happy that I chose to do this work.' },
  ],
  scales: [
    {
      id: 'compassion_satisfaction',
      label: 'Compassion satisfaction',
      items: ['proqol5_3', 'proqol5_6', 'proqol5_12', 'proqol5_16', 'proqol5_18', 'proqol5_20', 'proqol5_22', 'proqol5_24', 'proqol5_27', 'proqol5_30'],
      method: { kind: 'sum' },
      range: [10, 50],
      direction: 'higher_is_better',
      missing: { kind: 'all' },
      bandSchemes: [selfScoreBands],
      sources: ['proqol5_self_score', 'stamm2010'],
    },
    {
      id: 'burnout',
      label: 'Burnout',
      items: ['proqol5_1', 'proqol5_4', 'proqol5_8', 'proqol5_10', 'proqol5_15', 'proqol5_17', 'proqol5_19', 'proqol5_21', 'proqol5_26', 'proqol5_29'],
      method: { kind: 'sum' },
      range: [10, 50],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [selfScoreBands],
      sources: ['proqol5_self_score', 'stamm2010'],
    },
    {
      id: 'secondary_traumatic_stress',
      label: 'Secondary traumatic stress',
      items: ['proqol5_2', 'proqol5_5', 'proqol5_7', 'proqol5_9', 'proqol5_11', 'proqol5_13', 'proqol5_14', 'proqol5_23', 'proqol5_25', 'proqol5_28'],
      method: { kind: 'sum' },
      range: [10, 50],
      direction: 'higher_is_worse',
      missing: { kind: 'all' },
      bandSchemes: [selfScoreBands],
      sources: ['proqol5_self_score', 'stamm2010'],
    },
  ],
  cutoffs: [],
  flags: [],
  benchmarks: [],
  outcomes: [
    {
      construct: 'burnout',
      severityScale: 'burnout',
      direction: 'higher_is_worse',
      sources: ['proqol5_self_score', 'stamm2010'],
    },
    {
      construct: 'compassion_fatigue',
      severityScale: 'secondary_traumatic_stress',
      direction: 'higher_is_worse',
      sources: ['proqol5_self_score', 'stamm2010'],
    },
    {
      construct: 'professional_fulfillment',
      severityScale: 'compassion_satisfaction',
      direction: 'higher_is_better',
      sources: ['proqol5_self_score', 'stamm2010'],
    },
  ],
  sources: [
    {
      id: 'proqol5_form',
      kind: 'manual',
      citation: 'Stamm BH. Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). 2009. www.proqol.org.',
      url: 'https://proqol.org/ProQol_Test.html',
    },
    {
      id: 'proqol5_self_score',
      kind: 'manual',
      citation: 'Stamm BH. ProQOL 5 Self-Score (English), updated 21 March 2012. ProQOL.org.',
      url: 'https://proqol.org/ProQol_Test.html',
    },
    {
      id: 'stamm2010',
      kind: 'manual',
      citation: 'Stamm BH. The Concise ProQOL Manual. 2nd ed. Pocatello, ID: ProQOL.org; 2010.',
      url: 'https://proqol.org/ProQOl_Test_Manuals.html',
    },
    {
      id: 'proqol_permissions',
      kind: 'owner_page',
      citation: 'ProQOL.org. Permission to use the ProQOL; Frequently asked questions. Center for Victims of Torture / B. Hudnall Stamm.',
      url: 'https://proqol.org/faq',
    },
  ],
  licence: {
    holder: 'B. Hudnall Stamm (ProQOL 5 © 2009–2012); the ProQOL is now distributed by the Center for Victims of Torture (ProQOL.org)',
    terms:
      'Free to copy and use without individual permission provided the author is credited, the items are not changed (except replacing the bracketed [helper] terms with a term for the group) and the measure is not sold; reformatting, including electronic forms, is allowed. The current ProQOL.org permission asks users to credit the Center for Victims of Torture and link to www.ProQOL.org. Selling the measure itself needs the holder’s agreement.',
    url: 'https://proqol.org/faq',
    itemText: true,
    commercialUseNeedsPermission: true,
    notice:
      '© B. Hudnall Stamm, 2009-2012. Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). www.proqol.org. This test may be freely copied as long as (a) author is credited, (b) no changes are made, and (c) it is not sold. Those interested in using the test should visit www.proqol.org to verify that the copy they are using is the most current version of the test.',
    sources: ['proqol5_form', 'proqol_permissions'],
  },
} as const satisfies InstrumentDefinition;
