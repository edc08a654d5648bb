/**
 * The hand-kept part of docs/unverified.md: facts left out of the package, facts shipped on a weaker
 * source that carry no `evidence` field (wording, item keys, codes, notes on benchmark figures), and
 * instruments not shipped. Facts that carry `evidence` (band schemes, cut-offs, flags, missing-data
 * rules, conversion tables, benchmarks) are listed from the definitions themselves.
 */

/** instrument, fact, why it is out (and what was read). */
export const leftOut: readonly (readonly [string, string, string])[] = [
  ["PFI", "Trockel et al. 2018's own statement of the cut-offs (burnout ≥ 1.33; professional fulfillment ≥ 3.0 or > 3.0)", "Only the abstract of Trockel et al. 2018 could be read (it names no cut-off); no validation paper or Stanford WellMD page stating them was found in December 2026. The values were read in two public documents that disagree on the fulfillment inequality, so they ship as named schemes with no default (single secondary; see the table above), and PFI results carry null for both cut-offs unless a scheme is chosen."],
  ["PFI", "item wording", "Stanford's terms for redistributing the wording were not found."],
  ["Mini Z 1.0", "the instrument, including its single burnout item", "Read: the ten item constructs (Linzer et al. 2022 abstract) and the terms (JAMA Netw Open 2020 figure note: free \"for research, program evaluation and education capacities without restriction\"; commercial or revenue-generating use needs permission from Hennepin Healthcare's Institute for Professional Worklife). Not read: the 1.0 item wording, option labels and scoring at the developer. The burnout item's \"3–5 = burnout\" rule was read only in Brady et al. 2022's crosswalk (\"MZSIB … cut-point of ≥3\", single secondary). The terms do not allow redistributing the wording in an open package (commercial use needs permission), and without the options the item cannot be encoded. The Physician Worklife Study single item ships as `sib`, with its own sources; that it is word for word the Mini Z item was not verified."],
  ["OLBI", "item wording", "No licence or redistribution terms from the authors were found."],
  ["PHQ-4", "LOINC code of the total score (70272-0)", "Found in a single implementation only, and another uses the same code for the GAD-2; no LOINC code for the subscale scores was found."],
  ["all", "published missing-data rules other than the CBI's", "None published by the authors of PHQ-9, GAD-7, PHQ-4, WHO-5, OLBI, PFI or MBI; those scales need every item unless `options.prorate` is set (the package's rule, marked `prorated: true`)."],
  ["BAT-23, BAT-12", "cut-offs for the total and subscales (\"at risk\", \"very high risk\"; manual 2020 Flemish values and Schaufeli et al. 2023 pooled/country values)", "Checked again in December 2026: the 2023 paper (SJWEH 49(4):293-302, doi 10.5271/sjweh.4093) was readable only as its abstract, which confirms separate \"at risk\" and \"severe burnout\" cut-offs for BAT-23 and BAT-12, country-specific and pooled, and warns that mental distance cut-offs have poor sensitivity and specificity; the 2020 manual only as its contents page (\"2.2.2.1. Cut-off values for Flemish employees\", p. 16). The numbers and their inequality were not read. Two public apps that both claim to copy the manual give different values for mental distance and emotional impairment, and a BAT-12 total of 31/12 = 2.583 falls between candidate thresholds 2.58 and 2.59, so a guessed inequality would misclassify. The Flemish government site (werkbaarwerk.be) says individual screening with the BAT-12 should use the total only. The BAT-23 total is the mean of the 23 core items (what every implementation seen does; the manual's own sentence was not read)."],
  ["BAT", "secondary symptoms (psychological distress, psychosomatic complaints)", "Not part of the core burnout score; not modelled."],
  ["UWES-9, UWES-17", "the manual's norm classes (very low … very high) and the Dutch norm-database means", "Not readable at the source."],
  ["Mini Z 2.0", "the whole instrument", "Read at primary (Linzer et al. 2022 abstract): ten items, two 5-item subscales named supportive work environment and work pace/EMR stress, items aligned so that higher is better and summed to a \"joy\" score. Not read: which five items form each subscale, the item order and option labels of the 2.0 form, the direction of its burnout item, and the \"joyful workplace ≥ 40\" threshold at the developer (one Italian validation applies ≥ 40, single secondary). Public implementations disagree on subscale membership. A Mini Z with unverified keys would be worse than none."],
  ["SMBM", "a burnout cut-off", "The 4.4 that circulates belongs to the 18-item Shirom–Melamed Burnout Questionnaire, not the 14-item SMBM; 2025 Swedish cut-offs are for other item sets."],
  ["MMD-HP", "author bands (0–100 / 101–250 / 251–432)", "Seen only on a statistics-service site, not in Epstein et al. 2019."],
  ["MMD-HP", "topics of items 5, 6, 8–15, 18, 20, 21, 24–27", "The item content is known, but its numbering could not be read at a source (the one full English list ranks items by score). Their `topic` says \"Situation n of the 27 (wording on the licensed form)\". Scoring does not depend on it."],
  ["ProQOL 5", "t-scores (and t-score bands such as CS 44/57, BO 43/56, STS 42/56)", "proqol.org's FAQ (primary) says scores are t-scores with \"The mean is 50 and the standard deviation is 10, regardless of the scale\", and that the manual has the code and a look-up table; neither the raw means and SDs nor the table could be read, so no conversion ships. The t-score cut points were read only in one study protocol (single secondary), and the t-form's \"about 25% … below 43\" (compassion satisfaction) disagrees with its \"lo-CS ≤44\". Only the raw-sum bands ship."],
  ["ProQOL 5", "benchmarks", "The manual's norms were not readable; a 2018 review's pooled figures mix in ProQOL IV."],
  ["WEMWBS, SWEMWBS", "bands (\"probable\" ≤ 40, \"possible\" 41–44 depression; 45–59 average, ≥ 60 high); SWEMWBS cut-offs (Shah et al. 2021)", "The WEMWBS bands were seen only on one practitioner page (smartclinic.com), whose \"44 or below\" disagrees at 44 with Bianco 2012's 43.5 (which ships as depression_screen); 45–59 / ≥ 60 were not found at any source. Shah et al. 2021 (HQLO 19:260) was read only as an abstract, which gives no cut-off. Warwick's interpretation section was not readable."],
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
  ["Mayo Clinic Well-Being Index (Dyrbye et al. 2013, J Gen Intern Med 28:421)", "Proprietary (MedEd Web Solutions). The 7 yes/no items are described in papers, but the current 9-item scoring (the two Likert items' adjustments) is not public, and the source itself writes both \"≥ 4\" and \"> 4\" for the physician threshold. Use the vendor's results."],
  ["Connor-Davidson Resilience Scale (CD-RISC-25/-10/-2)", "Wording, scoring guide and norms are licensed for a fee; the owners restrict online use. A sum of 0–4 items is trivial to compute once licensed; the package cannot ship it."],
  ["PROMIS short forms (e.g. Sleep Disturbance, Emotional Support)", "Raw-to-T-score tables and wording are copyrighted by the PROMIS Health Organization; integration into software needs written permission."],
  ["Abbreviated MBI (aMBI, 9 items) and the full MBI-GS", "MBI-derived items (Mind Garden copyright) and published scoring that differs from the MBI-HSS; only the MBI-HSS (MP) structure and the two West single items (`mbi2`) are modelled."],
  ["Areas of Worklife Survey", "Mind Garden licence; it measures drivers of burnout, not burnout."],
];
