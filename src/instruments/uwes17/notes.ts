/**
 * UWES-17 notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(uwes17,
 * uwes17Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { uwes17 } from './uwes17.js';

export const uwes17Notes = {
  sources: {
    uwes_manual: 'Read here only as far as its contents page (copies at docslib.org/doc/1038551 and scribd.com/doc/191638726): "6.1 Completion and scoring", "6.2 Dutch norms", "6.3 Other language norms", "Appendix: UWES versions". The scoring text and the norm tables were not reachable; the mean scoring and the 0–6 values rest on the forms and concordant implementations. The rights clause printed on the questionnaire pages (manual pp. 54–55, as reproduced in a public data-verification script): "(c) Schaufeli & Bakker (2003). The Utrecht Work Engagement Scale is free for use for non-commercial scientific research. Commercial and/or non-scientific use is prohibited, unless previous written permission is granted by the authors."',
    uwes17_form: 'Item order and options read through public transcriptions of the English form (seven options "Never", "Almost Never / A few times a year or less", "Rarely / Once a month or less", "Sometimes / A few times a month", "Often / Once a week", "Very Often / A few times a week", "Always / Every day" scored 0–6). Subscale membership vigor 1, 4, 8, 12, 15, 17; dedication 2, 5, 7, 10, 13; absorption 3, 6, 9, 11, 14, 16 agrees across independent implementations and with the VIG/DED/ABS tags of a published item-level data deposit (PLOS ONE 10.1371/journal.pone.0197276, S1 File).',
    schaufeli2006: 'Abstract (pure.eur.nl): "Data were collected in 10 different countries (N = 14,521), and results indicated that the original 17-item Utrecht Work Engagement Scale (UWES) can be shortened to 9 items (UWES-9)"; work engagement "characterized by vigor, dedication, and absorption".',
  },
  outcomes: {
    engagement: 'Severity is lack of engagement. No norm classes ship (see docs/unverified.md).',
  },
} as const satisfies DefinitionNotes<typeof uwes17>;
