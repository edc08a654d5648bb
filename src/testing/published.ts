/**
 * Worked examples printed in public sources, with the values the source gives. The test suite
 * checks that the reference implementation and `score()` reproduce each printed value.
 *
 * @internal
 * @module
 */

export interface PublishedExample {
  readonly id: string;
  readonly checks: string;
  /** The citation (or public test data) the example and its values come from. */
  readonly source: string;
  readonly answers: Readonly<Record<string, number>>;
  /** The values as the source prints them. */
  readonly printed: Readonly<Record<string, number>>;
}

const usCore = 'HL7 FHIR US Core Implementation Guide, example QuestionnaireResponse "phq-9-example" (http://hl7.org/fhir/us/core/QuestionnaireResponse-phq-9-example.html): total score 12.';
const awellWho5 = 'Awell Health, awell-score, public test data __testdata__/who_5_responses.ts (github.com/awell-health/awell-score).';

const phq9Example = { phq9_1: 2, phq9_2: 2, phq9_3: 2, phq9_4: 2, phq9_5: 1, phq9_6: 1, phq9_7: 2, phq9_8: 0, phq9_9: 0 };
const who5 = (a: readonly number[]) => Object.fromEntries(a.map((v, i) => [`who5_${i + 1}`, v]));

/** Published examples by instrument id. */
export const published: Readonly<Record<string, readonly PublishedExample[]>> = {
  phq9: [{ id: 'us core phq-9-example', checks: 'the US Core example: 2,2,2,2,1,1,2,0,0 → total 12 (moderate)', source: usCore, answers: phq9Example, printed: { total: 12 } }],
  gad7: [
    {
      id: 'hl7 phr gad-7 example',
      checks: 'the HL7 example: 0,0,1,1,0,1,0 → total 3 (minimal)',
      source: 'HL7 FHIR Personal Health Record / SDC example QuestionnaireResponse-ScoredAssessment-GAD7: total score 3.',
      answers: { gad7_1: 0, gad7_2: 0, gad7_3: 1, gad7_4: 1, gad7_5: 0, gad7_6: 1, gad7_7: 0 },
      printed: { total: 3 },
    },
  ],
  who5: [
    { id: 'awell 4,1,0,2,3', checks: 'raw 10, percentage 40', source: awellWho5, answers: who5([4, 1, 0, 2, 3]), printed: { raw: 10, percentage: 40 } },
    { id: 'awell 3,3,3,3,3', checks: 'raw 15, percentage 60', source: awellWho5, answers: who5([3, 3, 3, 3, 3]), printed: { raw: 15, percentage: 60 } },
    { id: 'awell 1,2,1,2,1', checks: 'raw 7, percentage 28', source: awellWho5, answers: who5([1, 2, 1, 2, 1]), printed: { raw: 7, percentage: 28 } },
  ],
  brs: [
    {
      id: 'digicalcs 4,2,3,3,4,2',
      checks: 'items 2, 4, 6 reversed: 4,4,3,3,4,4 → mean 22/6 = 3.67 (normal)',
      source: 'BRS worked example as published by the digicalcs BRS calculator (recoded 4,4,3,3,4,4; mean 3.67).',
      answers: { brs_1: 4, brs_2: 2, brs_3: 3, brs_4: 3, brs_5: 4, brs_6: 2 },
      printed: { resilience: 3.67 },
    },
  ],
};
