/**
 * BAT-23 notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(bat23,
 * bat23Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { batWebsiteNote } from '../shared.js';
import type { bat23 } from './bat23.js';

export const bat23Notes = {
  sources: {
    schaufeli2020: 'The four core dimensions and the secondary dimensions (abstract: "four core dimensions—exhaustion, mental distance, and impaired emotional and cognitive impairment—and three secondary dimensions—depressed mood, psychological distress, and psychosomatic complaints"; "one general burnout factor", which supports a total score); validation in "a representative sample of 1500 Flemish employees". Only the abstract and introduction could be read here.',
    bat_user_manual: 'Read here only as far as its contents page (copy at scribd.com/document/633325211): sections "1.1.2 Scoring", "1.1.3 Subscales and items", "1.2 Full or short version?", "2.1 Calculating average scores", "2.2.2.1 Cut-off values for Flemish employees". The scoring text and the cut-off tables themselves were not reachable; the use of means rests on that section title, on the paper, and on concordant public implementations.',
    bat_manual: 'Scientific test manual. Only its title pages were readable here (copy at vdocuments.net): "© 2020 Wilmar Schaufeli, Hans De Witte & Steffie Desart, Belgium. All rights reserved. No part of this publication may be reproduced … without prior written permission of the authors."',
    bat_questionnaire: 'Item order, subscale blocks and options. Read through a reproduction of the official form (thrivingminds.ca/work-burnout-assessment: "Scoring Points Never 1 Rarely 2 Sometimes 3 Often 4 Always 5", "Core Symptoms 23 questions", items 1–8 exhaustion, 9–13 mental distance, 14–18 cognitive, 19 onwards emotional) and public code transcriptions of the form for items 19–23; the PDF itself was not reachable. The block structure is also confirmed by a public re-analysis that reproduces a study\'s stored subscale scores exactly from items 1–8, 9–13, 14–18 and 19–23 of the Dutch form.',
    bat_website: batWebsiteNote,
    schaufeli2023: 'Not encoded. Cut-offs "for those at risk for burnout and those suffering from severe burnout for the original BAT-23 as well as for the shortened BAT-12", country-specific and pooled (Netherlands n=1370, Flanders n=1403, Finland n=1350; diagnosed samples n=335, 158, 50); "Caution is warranted for using cut-offs for mental distance". Only the abstract could be read, so no value is used.',
  },
  outcomes: {
    burnout: 'No cut-off ships for the BAT (see docs/unverified.md); severity is the total, the mean of the 23 core items.',
  },
} as const satisfies DefinitionNotes<typeof bat23>;
