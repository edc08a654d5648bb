/**
 * The Questionnaire's calculated scores, run by fhirpath.js (the FHIRPath engine LHC-Forms uses)
 * with its R4 model, against `score()`: for every instrument (and the two synthetic ones that
 * cover composite, decimal options and item products), 1,000 seeded answer sets each, written
 * as a QuestionnaireResponse and evaluated as SDC does (`%resource` = the response,
 * `%questionnaire` = the Questionnaire).
 */
import fhirpath, { type Model } from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { scaleLinkId } from '../src/fhir/codes.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../src/fhir/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { toy, toy2 } from './fixtures.js';
import { answerSet, prng, seedOf } from './random-answers.js';

const SETS = 1000;
/** fhirpath.js's R4 model (its published types disagree with exactOptionalPropertyTypes, hence the cast). */
const r4 = r4model as Model;
const definitions: readonly InstrumentDefinition[] = [...instruments, toy, toy2];

/** Each scale's compiled calculatedExpression, by scale id. */
function calculated(def: InstrumentDefinition) {
  const { questionnaire } = toFhirQuestionnaire(def);
  return {
    questionnaire,
    scales: def.scales.map((scale) => {
      const item = questionnaire.item.find((i) => i.linkId === scaleLinkId(def, scale.id))!;
      const expression = item.extension!.find((e) => e.valueExpression !== undefined)!.valueExpression!.expression;
      return { id: scale.id, expression, evaluate: fhirpath.compile(expression, r4) };
    }),
  };
}

let evaluations = 0;
const started = performance.now();
afterAll(() => {
  console.log(`fhir-calculated: ${evaluations} calculatedExpression evaluations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

describe.each(definitions.map((d) => [d.id, d] as const))('%s: fhirpath.js evaluates every calculatedExpression to the value score() gives', (_id, def) => {
  const { questionnaire, scales } = calculated(def);

  it(`${SETS} seeded answer sets: equal within 1e-9, or empty exactly where score() is null`, () => {
    const random = prng(seedOf(def.id));
    const seen = Object.fromEntries(scales.map((s) => [s.id, { values: 0, nulls: 0 }]));
    for (let k = 0; k < SETS; k++) {
      const answers = answerSet(def, k, random);
      const result = score(def, answers);
      expect(result.valid).toBe(true);
      const { response } = toFhirQuestionnaireResponse(def, answers);
      for (const scale of scales) {
        const expected = (result.scales as Record<string, { value: number | null }>)[scale.id]!.value;
        const got = scale.evaluate(response, { resource: response, questionnaire }) as unknown[];
        evaluations++;
        if (expected === null) {
          seen[scale.id]!.nulls++;
          if (got.length !== 0) expect.fail(`${scale.id}: score() is null but FHIRPath gave ${JSON.stringify(got)} for ${JSON.stringify(answers)}`);
        } else {
          seen[scale.id]!.values++;
          if (got.length !== 1 || typeof got[0] !== 'number' || Math.abs(got[0] - expected) > 1e-9) {
            expect.fail(`${scale.id}: score() is ${expected} but FHIRPath gave ${JSON.stringify(got)} for ${JSON.stringify(answers)}`);
          }
        }
      }
    }
    // The sets reach both outcomes of every scale: a value and the missing-data rule's null.
    for (const [id, s] of Object.entries(seen)) {
      expect(s.values, `${id} never scored`).toBeGreaterThan(0);
      expect(s.nulls, `${id} never null`).toBeGreaterThan(0);
    }
  });

  it('an answer coding that is not one of the options empties every scale that uses the item, as score() nulls them', () => {
    const all = answerSet(def, 3, prng(1)); // every item answered
    const { response } = toFhirQuestionnaireResponse(def, all);
    for (const item of def.items.filter((i) => i.scored)) {
      const tampered = structuredClone(response) as typeof response;
      const target = tampered.item!.find((i) => i.linkId === item.id)!;
      (target.answer![0]!.valueCoding as { code: string }).code = 'not-an-option';
      const uses = new Set(def.scales.filter((s) => s.items.includes(item.id)).map((s) => s.id));
      // Derived scales depend on their bases.
      for (let grew = true; grew; ) {
        grew = false;
        for (const s of def.scales) {
          const m = s.method;
          const bases = m.kind === 'linear' || m.kind === 'lookup' ? [m.of] : m.kind === 'composite' ? m.terms.map((t) => t.scale) : [];
          if (!uses.has(s.id) && bases.some((b) => uses.has(b))) {
            uses.add(s.id);
            grew = true;
          }
        }
      }
      for (const scale of scales) {
        const got = scale.evaluate(tampered, { resource: tampered, questionnaire }) as unknown[];
        evaluations++;
        if (uses.has(scale.id)) expect(got, `${scale.id} with ${item.id} unrecognised`).toEqual([]);
        else expect(got).toHaveLength(1);
      }
    }
  });
});

describe('what the expressions read', () => {
  it("fhirpath.js weight() reads each answer's raw value from the Questionnaire's itemWeight/ordinalValue extensions", () => {
    for (const def of instruments) {
      const { questionnaire } = toFhirQuestionnaire(def);
      const answers = answerSet(def, 3, prng(seedOf(def.id)));
      const { response } = toFhirQuestionnaireResponse(def, answers);
      const weights = fhirpath.evaluate(response, '%resource.item.answer.value.weight()', { resource: response, questionnaire }, r4);
      expect(weights, def.id).toEqual(def.items.map((i) => answers[i.id]));
    }
  });
  it('a response with no answers gives no scores (never 0)', () => {
    for (const def of definitions) {
      const { questionnaire, scales } = calculated(def);
      const { response } = toFhirQuestionnaireResponse(def, {});
      for (const scale of scales) expect(scale.evaluate(response, { resource: response, questionnaire }), `${def.id} ${scale.id}`).toEqual([]);
    }
  });
});
