/**
 * MMD-HP notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(mmdhp, mmdhpNotes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { mmdhp } from './mmdhp.js';

export const mmdhpNotes = {
  sources: {
    epstein2019: 'Abstract (bioethics.net; PubMed 31002584 via pubfacts): "The revised 27-item scale, the Measure of Moral Distress for Healthcare Professionals (MMD-HP), is usable by all HCPs in adult and pediatric critical, acute, or long-term acute care settings"; 653 surveys analysed; "MMD-HP scores were higher for nurses (M 112.3, SD 73.2) than for physicians (M 96.3, SD 54.7, p = 0.023)" and for those considering leaving (M 168.4, SD 75.8) than not (M 94.3, SD 61.2). The group sizes were not read, so these means are not shipped as benchmarks. The full paper was not reachable.',
    mmdhp_form: 'Rating rows as printed: frequency "Never 0 · 1 · 2 · 3 · Very frequently 4"; "Level of distress you would feel or have felt" "None 0 · 1 · 2 · 3 · Very distressed 4" (points 1–3 carry numbers only). Instructions: "If you have never experienced a particular situation, select “0” (never) for frequency. Even if you have not experienced a situation, please indicate how distressed you would be if it occurred in your practice." Items 1–4 read here; the owner of this administration is not identified.',
    rodriguezruiz2022: 'Scoring as described by the validation team, citing Epstein 2019: "(frequency: 0=never, 4=very frequently) … (distress: 0=none, 4=very distressing). The frequency score (f) is multiplied by the distress score (d) to create a composite score (“f×d,” range 0–16) for each item. These composite item scores are summed to create an overall MMD-HP score (range 0–432), with higher scores indicating higher levels of MD." and "Write-in items are not included in the composite score."',
    swedish_mmdhp2023: 'Table 2 gives the English wording of items 4, 7, 16, 17, 19, 22 and 23 with their numbers; used only to write the topics of those items in our own words. The other numbered items (5, 6, 8–15, 18, 20, 21, 24–27) could not be read with their numbers in any source reachable here: the copy of this table available here breaks off partway through its first (system-level) block, and the one full English list seen (Crit Care Med 2022;50(12):1689–1700, PMC9668381, Table 2) ranks the items by mean score without their numbers. Those 16 topics therefore stay placeholders rather than being assigned by guesswork.',
    andalusia_mmdhp2024: 'Abstract: "566 professionals from the Public Health Service of Andalusia (68.7% female; 66.9% physicians) who completed the MMD-HP-SPA scale to determine the level of MD (0-432 points)"; "The mean level of MD was 127.3 (SD=66.7; 95% CI 121.8-132.8)".',
  },
  benchmarks: {
    spain_andalusia_2024: 'Year is the publication year; the survey dates were not read. Spanish-language version.',
  },
  outcomes: {
    moral_distress: 'No cut-off ships (the author bands could not be verified; see docs/unverified.md); severity is the total.',
  },
} as const satisfies DefinitionNotes<typeof mmdhp>;
