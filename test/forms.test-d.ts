/**
 * Type tests for the form imports, checked by `tsc` (npm run typecheck): answers read back from
 * REDCap and SurveyJS are typed by the definition, so they go to score() without a cast.
 */
import { expectTypeOf } from 'vitest';
import { cbi, phq9, score, type Answers, type Issue } from '../src/index.js';
import { fromRedcapRecords } from '../src/redcap/index.js';
import { fromSurveyJsData } from '../src/surveyjs/index.js';

const [row] = fromRedcapRecords(phq9, [{ phq9_1: '2' }]);
if (row !== undefined) {
  expectTypeOf(row.answers).toEqualTypeOf<Answers<typeof phq9>>();
  expectTypeOf(row.issues).toEqualTypeOf<Issue[]>();
  score(phq9, row.answers);
  // @ts-expect-error phq9 answers are not cbi answers
  score(cbi, row.answers);
}

const fromSurvey = fromSurveyJsData(cbi, { cbi_1: 75 });
expectTypeOf(fromSurvey.answers).toEqualTypeOf<Answers<typeof cbi>>();
score(cbi, fromSurvey.answers);
