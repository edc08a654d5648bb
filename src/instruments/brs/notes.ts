/**
 * BRS notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(brs, brsNotes)`
 * puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { brs } from './brs.js';

export const brsNotes = {
  sources: {
    smith2008: 'Items, order, options and scoring as reprinted with the authors’ permission (Clin Med, RCP journals, Box 1, "Reprinted with permission from Smith BW … 2008;15:196"): "The Brief Resilience Scale is scored by reverse coding items 2, 4, and 6 and finding the mean of the six items"; "1 = strongly disagree, 2 = disagree, 3 = neutral, 4 = agree, 5 = strongly agree". The article’s own sample statistics could not be read here.',
    phenx_brs: '"The BRS is scored by reverse-coding items 2, 4, and 6 and finding the mean of the six items." Its scoring sheet also says "Divide the total sum by the total number of questions answered" (no minimum given) and interprets 1.00–2.99 low, 3.00–4.30 normal, 4.31–[5.00] high (the page prints 6.00, a typo for a 1–5 mean).',
    smith2013: 'Author chapter (Springer page read: authors, abstract; 844 adults in six samples scored on the BRS). Commonly cited as the origin of the low (< 3.00) / normal (3.00–4.30) / high (> 4.30) bands. The chapter was not read here; the bands rest on the PhenX scoring sheet and concordant reproductions. The authors’ later handbook chapter (Smith et al., Handbook of Assessment in Mindfulness Research, Springer, doi 10.1007/978-3-030-77644-2_92-1) says it gives "norms and cut-offs for interpreting scores" (abstract only read).',
  },
  outcomes: {
    resilience: 'Severity is lack of resilience (low scores are adverse). The low / normal / high bands are descriptive, not a screening cut-off, so none is declared.',
  },
} as const satisfies DefinitionNotes<typeof brs>;
