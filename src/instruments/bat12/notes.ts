/**
 * BAT-12 notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(bat12,
 * bat12Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { batWebsiteNote } from '../shared.js';
import type { bat12 } from './bat12.js';

export const bat12Notes = {
  sources: {
    hadzibajramovic2022: 'Abstract: "In an iterative procedure, deleting one item from each subscale at each step, a short version of the BAT – BAT12 was developed"; "The four subscales can be combined into a single burnout score." Which 12 items (BAT-23 items 1, 3, 4, 9, 11, 13, 14, 17, 18, 19, 20, 23) could not be read in the paper here; it rests on public transcriptions of the official form that mark the short-version items and agree with one another.',
    bat_user_manual: 'Read here only as far as its contents page: "This user manual provides a handy guideline for the practical use of the full and well as the short version of the Burnout Assessment Tool (BAT)"; sections "1.2 Full or short version?" and "2.1 Calculating average scores". The cut-off tables were not reachable.',
    bat_manual: 'Only its title pages were readable here: "© 2020 Wilmar Schaufeli, Hans De Witte & Steffie Desart, Belgium. All rights reserved. No part of this publication may be reproduced … without prior written permission of the authors."',
    bat_questionnaire: 'Options (Never 1 … Always 5) and the subscale of each item, read through a reproduction of the official form (thrivingminds.ca) and public code transcriptions; the PDF itself was not reachable.',
    bat_website: batWebsiteNote,
    schaufeli2023: 'Not encoded. Gives "at risk" and "severe burnout" cut-offs for the BAT-12 as well as the BAT-23, country-specific and pooled; only the abstract could be read, so no value is used.',
  },
  outcomes: {
    burnout: 'No cut-off ships for the BAT (see docs/unverified.md); severity is the total, the mean of the 12 items.',
  },
} as const satisfies DefinitionNotes<typeof bat12>;
