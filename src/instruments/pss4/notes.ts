/**
 * PSS-4 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(pss4, pss4Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { pss4 } from './pss4.js';

export const pss4Notes = {
  sources: {
    cohen_scoring: '"PSS-4 scores are obtained by reverse coding items # 2 and 3." Summing as for the PSS-10 on the same page. Also at psy.cmu.edu/~scohen/PSSscore.html.',
    cohen1983: 'Abstract: "Additional data indicate adequate reliability and validity of a four-item version of the PSS for telephone interviews." Item membership (PSS-10 items 2, 4, 5, 10, in that order) read in an independent implementation (awell-health/awell-score src/scores/pss_4) and consistent with Cohen’s reverse keys; the paper’s own item table was not read here.',
    warttig2013: 'Abstract: "The PSS-4 was administered to an English sample (n = 1568)"; being male and older predicted lower scores. The full text was not available here.',
    puhe2020: 'Table 1, column "Norms" for the PSS-4 (Warttig et al. 2013): total 6.11 (3.1); male 5.56 (3.0); female 6.38 (3.2).',
  },
  benchmarks: {
    england_2013: 'Year is the publication year (the survey year was not read). Mean and SD as tabulated to one decimal for the SD in the citing paper (PMC7598559, Table 1: 6.11 (3.1); men 5.56 (3.0), women 6.38 (3.2), group sizes not given there); n from the Warttig abstract.',
  },
  outcomes: {
    stress: 'Cohen publishes no cut-off; severity only.',
  },
} as const satisfies DefinitionNotes<typeof pss4>;
