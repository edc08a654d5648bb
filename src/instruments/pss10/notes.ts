/**
 * PSS-10 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(pss10, pss10Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { pss10 } from './pss10.js';

export const pss10Notes = {
  sources: {
    cohen_scoring: '"PSS-10 scores are obtained by reversing the scores on the four positive items, e.g., 0=4, 1=3, 2=2, etc. and then summing across all 10 items. Items 4,5, 7, and 8 are the positively stated items." Also at psy.cmu.edu/~scohen/PSSscore.html. Option labels 0 = Never … 4 = Very Often as on the form (several concordant reproductions).',
    cohen1983: 'Original 14-item scale, 0–4 frequency responses over the last month; the 10-item form is a subset. Read: abstract and first page (JSTOR reproduction); the item tables were not read here.',
    cohen1988: 'The 10-item form and the 1983 Harris Poll norms. The chapter itself was not available here.',
    cohen2012: 'PSS-10 in three US national surveys: 1983 (telephone, 2,387 adults) and 2006 and 2009 (online, 2,000 adults each); stress higher in women and falling with age. Read: abstract and the Carnegie Mellon press release; the tables were not readable here.',
    norms_1983: 'Secondary reproduction of Cohen’s norm table: "The PSS is not a diagnostic instrument, so there are no cut-offs"; "L. Harris Poll gathered information on 2,387 respondents in the U.S."; Male 926, 12.1, 5.9; Female 1406, 13.7, 6.6 (N, mean, SD).',
    norms_2009: 'Secondary: "The Perceived Stress Scale is not a diagnostic instrument, so there are no cut-offs"; "This data reflects responses to the 2009 eNation survey which gathered information from approximately 2000 adults, 18 or older"; Male 968, 15.52, 7.44; Female 1032, 16.14, 7.56. Only the sex rows are used: the age rows of this page are visibly garbled (rows of the 1983 table mixed in).',
  },
  benchmarks: {
    us_1983_men: 'Survey year 1983 (telephone; 2,387 respondents in all, sex known for 2,332). Published in Cohen & Williamson (1988); figures as reproduced in the norm table that accompanies the scale.',
    us_1983_women: 'Survey year 1983 (telephone; 2,387 respondents in all, sex known for 2,332). Published in Cohen & Williamson (1988); figures as reproduced in the norm table that accompanies the scale.',
    us_2009_men: 'Survey year 2009 (about 2,000 adults). Analysed in Cohen & Janicki-Deverts (2012); figures as reproduced by the textbook page cited, not read in the paper itself.',
    us_2009_women: 'Survey year 2009 (about 2,000 adults). Analysed in Cohen & Janicki-Deverts (2012); figures as reproduced by the textbook page cited, not read in the paper itself.',
  },
  outcomes: {
    stress: 'Cohen publishes no cut-off; severity only.',
  },
} as const satisfies DefinitionNotes<typeof pss10>;
