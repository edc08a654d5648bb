/**
 * PHQ-9 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are. Prose only, kept apart from the definition so that an app bundling it
 * with `score` carries only what scoring and citing need; `withNotes(phq9, phq9Notes)` puts the
 * notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { loincQuestionnairesNote } from '../shared.js';
import type { phq9 } from './phq9.js';

export const phq9Notes = {
  sources: {
    kroenke2001: 'Items, 0–3 scoring and sum; "PHQ-9 scores of 5, 10, 15, and 20 represented mild, moderate, moderately severe, and severe depression"; "a PHQ-9 score ≥10 had a sensitivity of 88% and a specificity of 88% for major depression" (abstract). Item 9 is the suicidal-ideation item of the form.',
    simon2013: 'Risk of suicide attempt rises with any positive answer to item 9; the flag fires at "Several days" or more. A 0 on item 9 does not mean no risk.',
    kocalevent2013: 'German general-population norms: "Nationally representative face-to face household surveys were conducted in Germany between 2003 and 2008 (n=5018)"; "Women had significantly higher mean (S.D.) scores compared with men [3.1 (3.5) vs. 2.7 (3.5)]. A prevalence rate of moderate to high severity of depressive symptoms of 5.6% was identified" (abstract; the score range behind the 5.6% is not stated there, so it is not encoded).',
    puhe2020_norms: 'Table 1 reproduces "published population normative data for PHQ-9 … (Kocalevent et al., 2013)": total 2.91 (3.5), male 2.7 (3.5), female 3.1 (3.5). Secondary source for the overall mean, which the Kocalevent abstract does not give.',
    hajek2021: '"Data were derived from a nationally representative survey (August and September 2021). In total, n = 3075 individuals took part"; "the Patient Health Questionnaire-9 (PHQ-9; cutoff of 10) was used to quantify probable major depressive disorder. The prevalence of probable major depressive disorder was 20.0%" (abstract).',
    loinc_questionnaires: loincQuestionnairesNote,
  },
  benchmarks: {
    de_general_2013: 'Publication year; data collected 2003–2008. The overall mean and SD are as reproduced from Kocalevent et al. 2013 in the norms column of puhe2020_norms Table 1; the abstract gives women 3.1 (SD 3.5) and men 2.7 (SD 3.5).',
    de_covid_2021: 'Survey year (August–September 2021). "Patient Health Questionnaire-9 (PHQ-9; cutoff of 10)"; "The prevalence of probable major depressive disorder was 20.0%". A pandemic sample, not a norm.',
  },
} as const satisfies DefinitionNotes<typeof phq9>;
