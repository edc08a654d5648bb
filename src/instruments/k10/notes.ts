/**
 * K10 notes: what each source is cited for, with the passages that support each rule, and what the
 * benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart from
 * the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(k10, k10Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { k10 } from './k10.js';

export const k10Notes = {
  sources: {
    kessler2002: 'Development of the K10: "A 10-question screening scale of psychological distress and a six-question short-form scale embedded within the 10-question scale were developed for the redesigned US National Health Interview Survey (NHIS)" (abstract).',
    kessler2003: 'The publication the owner asks users to cite with the scales.',
    andrews2001: 'Australian interpretation of K10 scores, cited by the ABS as one basis of its groupings. Not read here; its cut-points are taken from the ABS and primary-care sources.',
    abs2012: '"In most ABS and other Australian surveys, 1 is the minimum score for each item (none of the time) and 5 is the maximum score (all of the time). The sum of these scores yields a minimum possible score of 10 … and a maximum possible score of 50" (Table D). Table E, "ABS K10 score groupings and categorisation": "10-15 Low, 16-21 Moderate, 22-29 High, 30-50 Very high". "Table F … shows K10 score groupings and categories used by CRUfAD and GPcare in primary healthcare settings to assist in monitoring distress, rather than identifying the presence of a disorder (Coombs, 2011). This method was also used in the 2001 Victorian Population Health Survey." The same chapter notes that "In the US, the K10 is typically scored … 0 … 4 … 0 to 40" and that the 1997 survey scored in reverse.',
    abs_k5: 'Wording and numbering of the K10 "1994 version" used in the National Health Surveys: "In the past 4 weeks:" … "2 about how often did you feel nervous?", "4 about how often did you feel hopeless?", "5 about how often did you feel restless or fidgety?" (the rest of the table was not readable here).',
    abs_nhs2015_guide: '"Information about psychological distress was published in the National Health Survey: First Results, 2014-15 based on a sample of 14,564 people aged 18 years and over"; options "None of the time, A little of the time, Some of the time, Most of the time, All of the time"; "Each of the items are scored from 1 for \'none\' to 5 for \'all of the time\'. Scores for the ten items are summed, yielding a minimum possible score of 10 and a maximum possible score of 50"; experiences "in the 4 weeks prior to interview".',
    abs_nhs2015_results: '"In 2014-15, around one in nine (11.7% or 2.1 million) Australians aged 18 years and over experienced high or very high levels of psychological distress … Around two thirds (68.0%) of adults experienced a low level of psychological distress in 2014-15."',
    aihw2018: '"In 2014–15, 3.7% of adults had a very high level of psychological distress (ABS 2015d)", very high being a K10 level of the ABS grouping.',
    primary_care_bands: 'Labels and cut-points: "well equates to \'likely to be well\' = 10–19; mild equates to \'likely to have a mild disorder\' = 20–24; moderate equates to \'likely to have a moderate mental disorder\' = 25–29; severe equates to \'likely to have a severe mental disorder\' = 30–50". The ABS names the scheme (Table F) but its table body was not readable here; these are concordant secondary reproductions.',
    harvard_ncs: 'Owner\'s page: "The K10 is in the Australian and Canadian equivalents of the NHIS"; under "Permission requests": "Use of the K6 and K10 is free and does not r[equire permission]" (the stored copy breaks off there; the owner\'s newer page is quoted elsewhere as "free and does not require any formal permission or approval").',
    nsw_tmhc: 'Notice: "The K6/K10 scales are available for unrestricted use. Please include the WHO copyright and the citation to the source publication when using: © World Health Organization 2003" followed by the Kessler et al. (2003) citation.',
  },
  benchmarks: {
    abs_nhs_2014_15_high: 'Fieldwork July 2014 to June 2015. Same survey: 68.0% of adults had a low level (10–15).',
    abs_nhs_2014_15_very_high: 'Fieldwork July 2014 to June 2015; prevalence as reported by AIHW from the ABS survey.',
  },
  outcomes: {
    distress: 'Positive is high or very high distress (total ≥ 22), the category the ABS reports; very_high_distress stays available as its own cut-off.',
  },
} as const satisfies DefinitionNotes<typeof k10>;
