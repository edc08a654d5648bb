/**
 * Type tests, checked by `tsc` (npm run typecheck). Each `@ts-expect-error` must be an error, or
 * tsc fails; each expectTypeOf pins a literal type.
 */
import { expectTypeOf } from 'vitest';
import { summarize, type CutoffSummary, type ScaleSummary } from '../src/cohort/index.js';
import { bat12, cbi, getInstrument, k10, mbi, parseAnswers, phq2, phq9, score, scoreOrThrow, withBandScheme, withCutoff, withItemText } from '../src/index.js';
import { defineInstrument } from '../src/schema/index.js';
import type { Answers, BandResult, CutoffSchemeId, InstrumentDefinition, Issue, ItemValue, ScaleResult, ScoreResult, Warning } from '../src/index.js';

// Answers<typeof phq9> accepts only phq9 item ids with the item's option values.
expectTypeOf<ItemValue<typeof phq9, 'phq9_1'>>().toEqualTypeOf<0 | 1 | 2 | 3>();
expectTypeOf<ItemValue<typeof cbi, 'cbi_13'>>().toEqualTypeOf<100 | 75 | 50 | 25 | 0>();
const ok: Answers<typeof phq9> = { phq9_1: 3, phq9_9: null, phq9_10: 0 };
void ok;
// @ts-expect-error 4 is not a PHQ-9 option
const outOfRange: Answers<typeof phq9> = { phq9_1: 4 };
// @ts-expect-error gad7_1 is not a PHQ-9 item
const wrongItem: Answers<typeof phq9> = { gad7_1: 1 };
// @ts-expect-error answers are numbers, not labels
const label: Answers<typeof phq9> = { phq9_1: 'Several days' };
void [outOfRange, wrongItem, label];

// score() checks answers against the definition it is given.
score(phq9, { phq9_1: 2 });
score(phq9, [0, 1, 2, 3, null, undefined, 0, 0, 0, 0]);
// @ts-expect-error 5 is not a PHQ-9 option
score(phq9, { phq9_1: 5 });
// @ts-expect-error cbi answers are 0/25/50/75/100
score(cbi, { cbi_1: 60 });

// The result's scale, cut-off and flag ids are literal types.
const r = score(mbi, {});
expectTypeOf(r).toEqualTypeOf<ScoreResult<typeof mbi>>();
expectTypeOf<keyof typeof r.scales>().toEqualTypeOf<'emotional_exhaustion' | 'depersonalization' | 'personal_accomplishment'>();
expectTypeOf<keyof typeof r.cutoffs>().toEqualTypeOf<'emotional_exhaustion_high' | 'depersonalization_high' | 'burnout'>();
expectTypeOf(r.scales.emotional_exhaustion).toEqualTypeOf<ScaleResult<'low' | 'moderate' | 'high', 'manual_medicine'>>();
expectTypeOf(r.cutoffs.burnout).toEqualTypeOf<boolean | null>();
expectTypeOf(score(phq9, {}).flags[0]!.id).toEqualTypeOf<'suicidal_ideation'>();
// @ts-expect-error phq9 has no scale called "personal"
void score(phq9, {}).scales.personal;
// Band scheme options name only the definition's scales.
score(mbi, {}, { bandSchemes: { emotional_exhaustion: 'manual_medicine' } });
// @ts-expect-error total is not an MBI scale
score(mbi, {}, { bandSchemes: { total: 'x' } });
// Cut-off scheme options name only the definition's cut-offs.
score(phq9, {}, { cutoffSchemes: { positive_screen: 'x' } });
// @ts-expect-error burnout is not a PHQ-9 cut-off
score(phq9, {}, { cutoffSchemes: { burnout: 'x' } });

// getInstrument narrows for known ids and widens for strings.
expectTypeOf(getInstrument('cbi')).toEqualTypeOf<typeof cbi>();
expectTypeOf(getInstrument('x' as string)).toEqualTypeOf<InstrumentDefinition | undefined>();

// withItemText is typed by item id and keeps the definition type.
expectTypeOf(withItemText(mbi, { mbi_1: 'text' })).toEqualTypeOf<typeof mbi>();
// @ts-expect-error mbi_23 does not exist
withItemText(mbi, { mbi_23: 'text' });

// A cohort summary has exactly the instrument's scale and cut-off ids as keys.
const cohort = summarize(phq9, [[0, 1, 2, 3, 0, 1, 2, 3, 0, null]]);
expectTypeOf(cohort.scales.total).toEqualTypeOf<ScaleSummary>();
expectTypeOf(cohort.cutoffs.positive_screen).toEqualTypeOf<CutoffSummary>();
// @ts-expect-error the PHQ-9 has no scale "work"
void cohort.scales.work;
// @ts-expect-error the CBI has no cut-off "positive_screen"
void summarize(cbi, []).cutoffs.positive_screen;

// score() takes untrusted input typed `unknown`; anything typed otherwise is still checked.
const untrusted: unknown = JSON.parse('{"phq9_1": 2}');
expectTypeOf(score(phq9, untrusted)).toEqualTypeOf<ScoreResult<typeof phq9>>();
expectTypeOf(scoreOrThrow(phq9, untrusted).valid).toEqualTypeOf<true>();
// @ts-expect-error a misspelt item id in a literal is still an error
score(phq9, { phq9_1: 2, phq9_11: 3 });
// @ts-expect-error a typed record that is not answers is an error (cast it to unknown if it is untrusted)
score(phq9, { id: 'r1', department: 'ICU' });

// Band ids are the union of the scale's band ids over its schemes; scheme ids are literals too.
expectTypeOf(score(phq9, {}).scales.total.band).toEqualTypeOf<BandResult<'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe', 'kroenke2001'> | null>();
export function phq9Advice(r: ScoreResult<typeof phq9>): string {
  switch (r.scales.total.band?.id) {
    case 'minimal':
    case 'mild':
      return 'watch';
    // @ts-expect-error a misspelt band id does not compile
    case 'moderatly_severe':
      return 'act';
    default:
      return 'other';
  }
}
// A scale without band schemes has band: null only.
expectTypeOf(score(bat12, {}).scales.total.band).toEqualTypeOf<null>();
// Band and cut-off scheme options take only the scale's or cut-off's scheme ids.
score(k10, {}, { bandSchemes: { total: 'primary_care' } });
// @ts-expect-error no such K10 band scheme
score(k10, {}, { bandSchemes: { total: 'primary-care' } });
score(phq2, {}, { cutoffSchemes: { positive_screen: 'sensitive' } });
// @ts-expect-error no such PHQ-2 cut-off scheme
score(phq2, {}, { cutoffSchemes: { positive_screen: 'sensitiv' } });
expectTypeOf<CutoffSchemeId<typeof phq2, 'positive_screen'>>().toEqualTypeOf<'standard' | 'sensitive'>();

// `valid` narrows the result: a valid result's issues are warnings only.
const checked = score(phq9, untrusted);
if (checked.valid) expectTypeOf(checked.issues).toEqualTypeOf<readonly Warning[]>();
else expectTypeOf(checked.issues).toEqualTypeOf<readonly Issue[]>();
expectTypeOf<Warning['severity']>().toEqualTypeOf<'warning'>();

// parseAnswers gives typed answers on success.
const parsed = parseAnswers(phq9, untrusted, { coerce: true });
if (parsed.success) {
  expectTypeOf(parsed.answers).toEqualTypeOf<Answers<typeof phq9>>();
  score(phq9, parsed.answers);
}

// Your own rules keep the types strict: a cut-off added with withCutoff is a literal key, a band
// scheme added with withBandScheme adds its band and scheme ids.
const local = withCutoff(cbi, { id: 'work_very_high', label: 'Very high', criterion: { scale: 'work', op: '>=', value: 75 }, source: 'Local committee decision, 2025' });
expectTypeOf(score(local, {}).cutoffs.work_very_high).toEqualTypeOf<boolean | null>();
expectTypeOf(score(local, {}).cutoffs.work_high).toEqualTypeOf<boolean | null>();
// @ts-expect-error no such cut-off
void score(local, {}).cutoffs.work_very_hi;
const triage = withBandScheme(phq9, 'total', { id: 'triage', label: 'Triage', bands: [{ id: 'routine', label: 'Routine', min: 0 }, { id: 'follow_up', label: 'Follow up', min: 10 }], source: 'Local triage protocol, 2025' });
expectTypeOf(score(triage, {}).scales.total.band).toEqualTypeOf<BandResult<'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe' | 'routine' | 'follow_up', 'kroenke2001' | 'triage'> | null>();
score(triage, {}, { bandSchemes: { total: 'triage' } });
// @ts-expect-error no such scale
withBandScheme(phq9, 'totl', { id: 'x', label: 'X', bands: [{ id: 'a', label: 'A', min: 0 }], source: 'Local triage protocol, 2025' });

// defineInstrument keeps a literal definition's type and types JSON as InstrumentDefinition.
const defined = defineInstrument(phq9);
if (defined.success) expectTypeOf(defined.definition).toEqualTypeOf<typeof phq9>();
const fromJson = defineInstrument(untrusted);
if (fromJson.success) expectTypeOf(fromJson.definition).toEqualTypeOf<InstrumentDefinition>();
