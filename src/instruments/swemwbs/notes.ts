/**
 * SWEMWBS notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(swemwbs, swemwbsNotes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { swemwbs } from './swemwbs.js';

export const swemwbsNotes = {
  sources: {
    stewartbrown2009: 'Derivation of the 7-item scale (abstract): "a strict unidimensional seven item scale (the Short Warwick Edinburgh Mental Well-Being Scale (SWEMWBS)) was resolved … This scale, SWEMWBS, provides a raw score-interval scale transformation for use in parametric procedures." The article’s own transformation table could not be read here.',
    sscq2022: 'The seven SWEMWBS statements in order (optimistic about the future; useful; relaxed; dealing with problems well; thinking clearly; close to other people; able to make up my own mind about things) = WEMWBS items 1, 2, 3, 6, 7, 9, 11; responses "1 - none of the time" to "5 - all of the time"; "The SWEMWBS scale runs from seven for the lowest levels of mental wellbeing to 35 for the highest."',
    swemwbs_form: 'Option labels and item order as reproduced by the What Works Centre for Wellbeing measures bank: "Please tick the box that best describes your experience of each over the last 2 weeks"; 1 None of the time, 2 Rarely, 3 Some of the time, 4 Often, 5 All of the time.',
    warwick_scoring: '"The SWEMWBS is scored by first summing the score for each of the seven items and then transforming the total score for each person according to a conversion table." The how-to page adds that "raw scores need to be transformed" to compare with other studies. Missing-data guidance is in the registered-user guides, not readable here, so all seven items are required.',
    warwick_conversion_table: 'The 29 rows (7 → 7.00, 8 → 9.51, … 34 → 32.55, 35 → 35.00). The Warwick PDF itself (registered users) could not be opened here: the rows are as copied, identically, by four independent public implementations, one of which cites this PDF, and two rows (23 → 20.73, 32 → 29.31) are confirmed by Peitz et al. 2024. The project’s research notes report two other public copies (probably one project) giving 29 → 25.99; 26.02 is the majority reading. Re-check against the PDF before release.',
    peitz2024: 'Abstract: GEDA 2022, "total sample (N = 5,606)"; "M = 27.3 (SD = 4.0; logit-transformed: M = 24.79, SD = 3.73)"; "the cut off for low well-being was set at the 15th percentile (raw score: 23; logit-transformed: 20.73), for high well-being at the 85th percentile (raw score: 32; logit-transformed: 29.31)" — German norm percentiles, not shipped as cut-offs; the two raw/metric pairs agree with the conversion table.',
    swemwbs_licence: '"The SWEMWBS is free to use but you need to ask for permission before you begin using SWEMWBS, by completing a registration form on the SWEMWBS website"; "SWEMWBS is protected by copyright, the Reproduction copyrights for SWEMWBS are as follows and must be presented on any copy of SWEMWBS used: “Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.”" Warwick’s own registration text (as reproduced by Generations Working Together) directs commercial organisations to Warwick Ventures.',
  },
  benchmarks: {
    geda2022_raw: 'Survey year 2022, published 2024; representative of the German adult population.',
    geda2022_metric: 'The paper calls the metric score "logit-transformed raw scores". Survey year 2022, published 2024.',
  },
  outcomes: {
    wellbeing: 'Severity is low well-being, from the metric score (the published conversion of the raw sum); the raw sum has the same range. No cut-off ships (see docs/unverified.md).',
  },
} as const satisfies DefinitionNotes<typeof swemwbs>;
