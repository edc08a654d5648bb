/**
 * UWES-9 notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(uwes9,
 * uwes9Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { uwes9 } from './uwes9.js';

export const uwes9Notes = {
  sources: {
    schaufeli2006: 'Abstract (pure.eur.nl): "Data were collected in 10 different countries (N = 14,521), and results indicated that the original 17-item Utrecht Work Engagement Scale (UWES) can be shortened to 9 items (UWES-9)"; "the three scale scores have good internal consistency and test-retest reliability". The item tables of the paper could not be read here.',
    uwes9_form: 'Read through a public transcription of the official sheet that keeps its subscale codes: "The following 9 statements are about how you feel at work … crossing the number from (0 to 6)", key "0- Never 1- Almost never (A few times a year or less) 2- Rarely (Once a month or less) 3 - Sometimes (A few times a month) 4- Often (Once a week) 5- Very Often (A few times a week) 6- Always (Every day)", items coded 1 VI1, 2 VI2, 3 DE1, 4 DE2, 5 VI3, 6 AB1, 7 DE3, 8 AB2, 9 AB3. The UWES-17 numbers in the topics follow from the wording of the two forms. Public implementations that take the first nine UWES-17 items instead are wrong.',
    uwes_manual: 'Read here only as far as its contents page ("4.8. Shortened version", "6.1 Completion and scoring", "6.2 Dutch norms", "6.3 Other language norms", "Appendix: UWES versions"); the norm tables were not reachable. Rights clause printed on the questionnaire pages (as reproduced in a public data-verification script): "(c) Schaufeli & Bakker (2003). The Utrecht Work Engagement Scale is free for use for non-commercial scientific research. Commercial and/or non-scientific use is prohibited, unless previous written permission is granted by the authors."',
  },
  outcomes: {
    engagement: 'Severity is lack of engagement. No norm classes ship (see docs/unverified.md).',
  },
} as const satisfies DefinitionNotes<typeof uwes9>;
