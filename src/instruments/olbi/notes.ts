/**
 * OLBI notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(olbi, olbiNotes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { olbi } from './olbi.js';

export const olbiNotes = {
  sources: {
    demerouti2003: 'The 16 items and the two dimensions, exhaustion and disengagement.',
    halbesleben2005: 'English version, item order and the 1–4 agreement scale.',
    demerouti2008: 'Item key: exhaustion 2, 4, 5, 8, 10, 12, 14, 16; disengagement 1, 3, 6, 7, 9, 11, 13, 15; with 1 = strongly agree, the negatively worded items 2, 3, 4, 6, 8, 9, 11, 12 are reversed (5 − x) so that higher scores mean more burnout. Checked against concordant secondary reproductions; the chapter\'s own scoring key was not reachable here.',
    peterson2008: 'Cut-offs mean exhaustion ≥ 2.25 and mean disengagement ≥ 2.10, and the four groups (non-burnout, exhausted, disengaged, burnout = both). The four groups are in the abstract; the two numbers were seen in a Swedish study applying them ("medelvärden på 2,25 … och 2,10") rather than in the paper\'s methods.',
    iowa_anesthesia_olbi2020: 'Abstract: "All N = 415 staff members of the department were requested to complete the Oldenburg Burnout Inventory and N = 130 (31%) did so. The mean ± standard deviation was 2.52 ± 0.51 (range, 1.13 to 3.75) for exhaustion and 2.27 ± 0.52 (range, 1.13 to 3.63) for disengagement." "Mean ratings exceeded the midpoint (2.5) between the “burned out” and “not burned out” ends of the rating scale for 49% of respondents for exhaustion, but only 30% for disengagement." Also read at globalauthorid.com (affiliation: Department of Anesthesia, Carver College of Medicine, University of Iowa). The 2.5 midpoint is not the cut-off of this definition, so those percentages are not shipped.',
  },
  benchmarks: {
    us_anesthesia_dept_exhaustion: 'Publication year (Psychol Rep, August 2020 issue as listed); the survey year was not read. Item means on the 1–4 scale with higher = more burnout ("exceeded the midpoint (2.5) between the “burned out” and “not burned out” ends"; observed range 1.13 to 3.75), the same direction as this definition. A single-department, 31%-response sample, not a norm.',
    us_anesthesia_dept_disengagement: 'Publication year (Psychol Rep, August 2020 issue as listed); the survey year was not read. Item means on the 1–4 scale with higher = more burnout (observed range 1.13 to 3.63). A single-department, 31%-response sample, not a norm.',
  },
  outcomes: {
    burnout: 'Positive needs high exhaustion and high disengagement (Peterson et al. 2008). The OLBI has no total score in this package; severity is exhaustion.',
  },
} as const satisfies DefinitionNotes<typeof olbi>;
