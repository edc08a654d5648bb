/**
 * The hand-kept part of docs/unverified.md: facts left out of the package, facts shipped on a weaker
 * source that carry no `evidence` field (wording, item keys, codes, notes on benchmark figures), and
 * instruments not shipped. Facts that carry `evidence` (band schemes, cut-offs, flags, missing-data
 * rules, conversion tables, benchmarks) are listed from the definitions themselves.
 */

/** instrument, fact, why it is out (and what was read). */
export const leftOut: readonly (readonly [string, string, string])[] = [
  ["PFI", "item wording", "Stanford's terms for redistributing the wording were not found."],
  ["OLBI", "item wording", "No licence or redistribution terms from the authors were found."],
  ["PHQ-4", "LOINC code of the total score (70272-0)", "Found in a single implementation only, and another uses the same code for the GAD-2; no LOINC code for the subscale scores was found."],
  ["all", "published missing-data rules other than the CBI's", "None published by the authors of PHQ-9, GAD-7, PHQ-4, WHO-5, OLBI, PFI or MBI; those scales need every item unless `options.prorate` is set (the package's rule, marked `prorated: true`)."],
  ["BAT-23, BAT-12", "cut-offs for the total and subscales (\"at risk\", \"very high risk\"; manual 2020 and Schaufeli et al. 2023 pooled/country values)", "Only the opening pages of the manual and the 2023 paper (doi 10.5271/sjweh.4093) were readable. Two public apps that both claim to copy the manual give different values for mental distance and emotional impairment, and a BAT-12 total of 31/12 = 2.583 falls between candidate thresholds 2.58 and 2.59, so a guessed inequality would misclassify. The BAT-23 total is the mean of the 23 core items (what every implementation seen does; the manual's own sentence was not read)."],
  ["BAT", "secondary symptoms (psychological distress, psychosomatic complaints)", "Not part of the core burnout score; not modelled."],
  ["UWES-9, UWES-17", "the manual's norm classes (very low … very high) and the Dutch norm-database means", "Not readable at the source."],
  ["Mini Z 2.0", "the whole instrument", "Item order, option labels, subscale membership and the direction of the burnout item on the 2.0 form could not be read at the developer's form or manual (professionalworklife.com); public implementations disagree on subscale membership, and one flags burnout at ≥ 3 while summing 2.0's \"higher is better\" items, which is the trap the issue warns about. A Mini Z with unverified keys would be worse than none. The draft is kept outside the package."],
  ["SMBM", "a burnout cut-off", "The 4.4 that circulates belongs to the 18-item Shirom–Melamed Burnout Questionnaire, not the 14-item SMBM; 2025 Swedish cut-offs are for other item sets."],
  ["MMD-HP", "author bands (0–100 / 101–250 / 251–432)", "Seen only on a statistics-service site, not in Epstein et al. 2019."],
  ["MMD-HP", "topics of items 5, 6, 8–15, 18, 20, 21, 24–27", "The item content is known, but its numbering could not be read at a source (the one full English list ranks items by score). Their `topic` says \"Situation n of the 27 (wording on the licensed form)\". Scoring does not depend on it."],
  ["ProQOL 5", "t-score scheme (the manual's quartiles on t-scores)", "The manual's raw means and SDs needed for the conversion could not be read. Only the raw-sum bands ship."],
  ["ProQOL 5", "benchmarks", "The manual's norms were not readable; a 2018 review's pooled figures mix in ProQOL IV."],
  ["WEMWBS, SWEMWBS", "cut-offs (e.g. WEMWBS 43.5; SWEMWBS depression thresholds of Shah et al. 2021)", "Not read at Warwick's own pages or the paper with the exact inequality."],
  ["BRS", "benchmarks (Smith 2008 sample means)", "Smith 2008 Table 1 not readable."],
  ["PSS-10", "overall 1983 norm (n 2,387, mean 13.02, SD 6.35)", "Only the n was found at a source; the by-sex norms ship instead."],
  ["K6", "US national prevalence of serious psychological distress (NCHS 3.4%, 2009–2013)", "The sample size was not readable."],
  ["K10", "the ABS interviewer skip of items 3 and 6 after \"None of the time\"", "Seen in a secondary document only; the engine does not impute answers. Send all ten answers."],
  ["PHQ-8, GAD-2", "LOINC panel and total codes", "None could be confirmed; candidates in public code are codes for other things."],
  ["PFI, WHO-5", "benchmarks", "No mean or prevalence that matches our scales could be read (Trockel 2018 Table 2; Kliem 2025 German WHO-5 norms)."],
  ["Sexton/Duke scales (emotional exhaustion, work–life integration, thriving, recovery), Self-Valuation Scale", "the instruments", "Item lists and scoring not found at a primary source."],
];

/** instrument, fact, source seen, note: shipped facts outside the evidence fields, seen below their primary source. */
export const otherFacts: readonly (readonly [string, string, string, string])[] = [
  ["WHO-5", "options, ×4 and \"percentage below 50\"", "the WHO 2024 document as reproduced in several places", "the WHO PDF itself was not reachable."],
  ["CBI", "client-related wording and its missing-data rule (at least 3 of 6)", "concordant reproductions (PMC9358756 Table 1 and others)", "the client part of the PUMA questionnaire could not be read in the copy available; personal and work-related wording and rules are verified there."],
  ["OLBI", "item key and reverse keys (2, 3, 4, 6, 8, 9, 11, 12 as 5 − x with 1 = strongly agree)", "concordant secondary reproductions and score sheets", "some public implementations reverse the other half, which flips the direction; ours gives higher = more burnout, as the authors describe."],
  ["MBI", "2011 national prevalence", "45.8% in the original paper; 3310 of 7227", "later papers print 45.5% for the same counts; the package stores 0.458 (the counts' ratio)."],
  ["MBI", "2020, 2021, 2023 national prevalence", "Shanafelt et al. (Mayo Clin Proc 2022; 2025) as summarised", "`n` is the number of participants; how many completed the MBI was not available."],
  ["K6/K10", "≥ 13 serious psychological distress; item wording and WHO notice", "two sources attributing ≥ 13 to Kessler 2003; NSW Health's \"available for unrestricted use. Please include the WHO copyright\"", "Kessler 2003 itself was not read."],
  ["PSS-4", "items (PSS-10 items 2, 4, 5, 10)", "an independent implementation, consistent with Cohen's reverse keys for PSS-4", "Cohen 1983's PSS-4 table not read."],
  ["SMBM", "subscale membership (1–6, 7–11, 12–14)", "two copies of the questionnaire and public code", "Shirom & Melamed 2006 not read."],
  ["BAT-12", "items (BAT-23 items 1, 3, 4; 9, 11, 13; 14, 17, 18; 19, 20, 23)", "reproductions of the official forms, concordant", "manual not read."],
  ["UWES-9", "items (UWES-17 items 1, 4, 5, 7, 8, 9, 10, 11, 14)", "the UWES-9 sheet as reproduced; Schaufeli, Bakker & Salanova 2006 abstract", "one public implementation wrongly uses UWES-17 items 1–9; a test guards against it."],
  ["sib", "option wording", "Dolan et al. 2015 supplement; NAM summary for the question stem", "—"],
  ["CBI", "midwives benchmark", "Creedy et al. 2017 abstract", "`n` is the 1,037 surveys received; per-scale denominators (about 977–990) were not printed."],
  ["OLBI", "anaesthesia-department benchmark", "Psychol Rep 2020 (PMID 31219406) abstract", "authors and DOI not readable; year is the publication year."],
  ["PHQ-2, GAD-2, PHQ-4", "UK 2020 prevalence", "Smith et al. 2020 medRxiv preprint", "a pandemic sample, not a pre-pandemic norm."],
];

/** instrument, why it is not in the package. */
export const notShipped: readonly (readonly [string, string])[] = [
  ["Connor-Davidson Resilience Scale (CD-RISC-25/-10/-2)", "Wording, scoring guide and norms are licensed for a fee; the owners restrict online use. A sum of 0–4 items is trivial to compute once licensed; the package cannot ship it."],
  ["PROMIS short forms (e.g. Sleep Disturbance, Emotional Support)", "Raw-to-T-score tables and wording are copyrighted by the PROMIS Health Organization; integration into software needs written permission."],
  ["Abbreviated MBI (aMBI, 9 items) and the full MBI-GS", "MBI-derived items (Mind Garden copyright) and published scoring that differs from the MBI-HSS; only the MBI-HSS (MP) structure and the two West single items (`mbi2`) are modelled."],
  ["Areas of Worklife Survey", "Mind Garden licence; it measures drivers of burnout, not burnout."],
];
