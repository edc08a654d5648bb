/**
 * SMBM notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(smbm, smbmNotes)`
 * puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { smbm } from './smbm.js';

export const smbmNotes = {
  sources: {
    shirom2006: 'The 14-item SMBM and its three facets, physical fatigue, cognitive weariness and emotional exhaustion. The paper itself could not be read here; the item-to-facet key (1–6, 7–11, 12–14) rests on the form copies below (item content) and on concordant public code (pf1–pf6, cw1–cw5, ee1–ee3).',
    shirom_form: 'Item order 1–14 and the 7-point options "1= Never or almost never … 7=Always or almost always". The reproduction prints the middle labels run together ("4= Sometimes Quite‚ 5= frequently Very‚ 6= frequently"), read here as 4 Sometimes, 5 Quite frequently, 6 Very frequently. The same page also prints facet ranges "physical fatigue (1-5); emotional exhaustion (6-8); and cognitive weariness (9-12)", which contradict its own item list (items 7–11 are about thinking, 12–14 about co-workers and customers) and are not used. The developer’s site itself was not reachable here.',
    lundgren_nilsson2012: 'About the related 22-item SMBQ, cited for the end labels of the shared 7-point scale: "Each item is rated using a seven-point scale ranging from 1 \'Never or almost never\' to 7 \'Always or almost always\'." Its cut point ("A cut point of 4.4 for severe burnout was chosen at the intersection of the distributions of the clinical and general population") is for the revised 18-item SMBQ, which has reverse-scored items, and is deliberately not applied to the SMBM.',
    gerber2018: 'Validation study using an overall SMBM score: "both a first- and second-order model achieve good model fit" and "female adolescents reported higher SMBM scores" (abstract). Cited for the overall score; its methods and tables were not reachable here.',
  },
  outcomes: {
    burnout: 'No cut-off ships for the 14-item SMBM (see docs/unverified.md); severity is the total.',
  },
} as const satisfies DefinitionNotes<typeof smbm>;
