/**
 * K6 notes: what each source is cited for, with the passages that support each rule, and what the
 * benchmark figures are. Prose only, kept apart from the definition so that an app bundling it
 * with `score` carries only what scoring and citing need; `withNotes(k6, k6Notes)` puts the notes
 * back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { k6 } from './k6.js';

export const k6Notes = {
  sources: {
    kessler2002: 'Development of the K10 and the embedded K6: "A 10-question screening scale of psychological distress and a six-question short-form scale embedded within the 10-question scale were developed for the redesigned US National Health Interview Survey (NHIS)" (abstract).',
    kessler2003: 'The SMI screening study the scales page refers to ("As described in more detail in Kessler et al. (2003), the scales were designed to be sensitive around the threshold for the clinically significant range"). Its abstract was not readable here; the ≥ 13 rule is read as attributed to it by Prochaska 2012 and NCHS (see those sources).',
    kessler2010: 'Item order and coding: the K6 asks how often respondents felt "(i) nervous, (ii) hopeless, (iii) restless or fidgety, (iv) so depressed that nothing could cheer you up, (v) that everything was an effort, and (vi) worthless"; "The response options … were all of the time, most of the time, some of the time, a little of the time, and none of the time. These were coded 4-0, which means that the unweighted summary scale has a 0-24 range." (methods, as reproduced by pubcompare.ai).',
    prochaska2012: 'Abstract (PubMed 22351472): "The widely-used Kessler K6 non-specific distress scale screens for severe mental illness defined as a K6 score ≥ 13"; "Receiver operating characteristic curve analysis identified K6 ≥ 5 as the optimal lower threshold cut-point indicative of moderate mental distress"; "Data were analyzed from 50,880 adult participants in the 2007 California Health Interview Survey"; "8.6% of California adults had serious mental distress and another 27.9% had moderate mental distress."',
    nchs2015: 'Federal use of the cut-point: "serious psychological distress—measured by a score of 13 or greater on the Kessler 6 (K6) nonspecific distress scale"; "Among adults aged 18 and over, 3.4% had serious psychological distress" (NHIS 2009–2013; the sample size was not readable here, so this is not a benchmark).',
    harvard_ncs: 'Owner\'s page: "Note that the K6 is merely a truncated form of the K10 in which four questions are deleted"; under "Permission requests": "Use of the K6 and K10 is free and does not r[equire permission]" (the stored copy breaks off there; the owner\'s newer page is quoted elsewhere as "free and does not require any formal permission or approval").',
    nsw_tmhc: 'Notice: "The K6/K10 scales are available for unrestricted use. Please include the WHO copyright and the citation to the source publication when using: © World Health Organization 2003" followed by the Kessler et al. (2003) citation, and "The main webpage for the scales is: http://www.hcp.med.harvard.edu/ncs/k6_scales.php".',
  },
  benchmarks: {
    chis2007_serious: 'Same survey: a further 27.9% scored 5–12 (moderate distress).',
  },
} as const satisfies DefinitionNotes<typeof k6>;
