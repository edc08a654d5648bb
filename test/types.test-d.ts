/**
 * Type tests, checked by `tsc` (npm run typecheck). Each `@ts-expect-error` must be an error, or
 * tsc fails; each expectTypeOf pins a literal type.
 */
import { expectTypeOf } from 'vitest';
import { summarize, type CutoffSummary, type ScaleSummary } from '../src/cohort/index.js';
import { cbi, getInstrument, mbi, phq9, score, withItemText } from '../src/index.js';
import type { Answers, InstrumentDefinition, ItemValue, ScaleResult, ScoreResult } from '../src/index.js';

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
expectTypeOf(r.scales.emotional_exhaustion).toEqualTypeOf<ScaleResult>();
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
