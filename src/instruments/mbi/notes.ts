/**
 * MBI-HSS (MP) notes: what each source is cited for, with the passages that support each rule, and
 * what the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept
 * apart from the definition so that an app bundling it with `score` carries only what scoring and
 * citing need; `withNotes(mbi, mbiNotes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { mbi } from './mbi.js';

export const mbiNotes = {
  sources: {
    maslach1996: 'Items, 0–6 frequency scale, scale membership (EE 1, 2, 3, 6, 8, 13, 14, 16, 20; DP 5, 10, 11, 15, 22; PA 4, 7, 9, 12, 17, 18, 19, 21), no reverse keys, no total; medicine norm tertiles EE ≤ 18 / 19–26 / ≥ 27, DP ≤ 5 / 6–9 / ≥ 10, PA ≥ 40 / 34–39 / ≤ 33. The manual was not available here; membership agrees across at least five independent implementations, the tertiles are as reproduced from the manual in public scoring configurations. Other occupational norm tables differ.',
    mindgarden: 'Response scale 0 (Never) to 6 (Every day); "All reproductions in any medium need to be purchased from the publisher".',
    nam_instruments: '"A common approach considers individuals as presenting at least one symptom of burnout if they have high scores on either the EE (total score of 27 or higher) or DP (total score of 10 or higher) subscales." and "An alternative approach considers individuals to have burnout if they have a high EE score plus either a high DP score or a low PA score (PA score less than 33)." (read in mirrored copies of the NAM page). The alternative scheme follows NAM\'s "less than 33" (PA ≤ 32), which differs from the manual\'s low-PA band used by the manual_medicine bands here (PA ≤ 33): a PA of exactly 33 is "low" in the bands but not low for this scheme.',
    brady2020: '"At the commonly used EE and DP cut-points of 27 and 10, respectively" (abstract).',
    shanafelt2012: '2011 national sample: "45.8% of physicians reported at least 1 symptom of burnout" (3310 of 7227 completing the MBI; later papers print 45.5% for the same counts).',
    shanafelt2015: 'Burnout = high EE or high DP; 2014: 54.4% (3680 of 6767).',
    shanafelt2019: '2017: 43.9% (2147 of 4893); 2014: 54.4% (3680 of 6767); 2011: 3310 of 7227 (abstract).',
    shanafelt2022a: 'Abstract: surveyed "Between November 20, 2020, and March 23, 2021"; "There were 7510 physicians who participated in the survey." The 2020 prevalence (38.2%) is quoted from the 2021 follow-up (shanafelt2022b). Volume, pages and DOI as recorded in a parallel verification, not re-read here.',
    shanafelt2022b: 'Abstract: "There were 2440 physicians who participated in the 2021 survey"; "Overall, 62.8% of physicians had at least 1 manifestation of burnout in 2021 compared with 38.2% in 2020, 43.9% in 2017, 54.4% in 2014, and 45.5% in 2011"; mean EE 21.0 (2020) and 29.1 (2021), mean DP 6.1 and 9.8.',
    shanafelt2025: 'Abstract: surveyed "Between October 19, 2023, and March 3rd, 2024"; "the 7643 survey participants"; "Overall, 45.2% of physicians reported at least 1 symptom of burnout in 2023 compared with 62.8% in 2021 […], 38.2% in 2020".',
    mbi_medicine_table_copies: 'The manual itself was not read; other occupational tables in the manual differ.',
  },
  benchmarks: {
    us_physicians_2020: 'Survey November 2020 – March 2021. n is the number of physicians who took part; the count who completed the MBI (the denominator of 38.2%) was not read.',
    us_physicians_2021: 'Survey December 2021 – January 2022. n is the number of physicians who took part; the count who completed the MBI (the denominator of 62.8%) was not read.',
    us_physicians_2023: 'Survey October 2023 – March 2024. n is the number of survey participants; the count who completed the MBI (the denominator of 45.2%) was not read.',
  },
  outcomes: {
    burnout: 'Positive by the burnout cut-off, under the scheme the result was scored with (default: high emotional exhaustion or high depersonalization). The MBI has no total score; severity is emotional exhaustion.',
  },
} as const satisfies DefinitionNotes<typeof mbi>;
