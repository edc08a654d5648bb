/**
 * The Questionnaire's calculated scores, run by two FHIRPath engines, fhirpath.js (the one
 * LHC-Forms uses) with its R4 model and Medplum's (`@medplum/core`), against `score()`: for every
 * instrument (and the two synthetic ones that cover composite, decimal options and item
 * products), 1,000 seeded answer sets each, written as a QuestionnaireResponse and evaluated as
 * SDC does (`%resource` = the response, `%questionnaire` = the Questionnaire).
 */
import { parseFhirPath, type TypedValue } from '@medplum/core';
import fhirpath, { type Model } from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { scaleLinkId } from '../src/fhir/codes.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../src/fhir/index.js';
import { scoredOptions } from '../src/fhir/scales.js';
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
      const atom = parseFhirPath(expression);
      return {
        id: scale.id,
        expression,
        evaluate: fhirpath.compile(expression, r4),
        /** Medplum's evaluator: the values it gives. */
        medplum: (response: object): unknown[] => {
          const typed = (type: string, value: object): TypedValue => ({ type, value });
          const variables = { '%resource': typed('QuestionnaireResponse', response), '%questionnaire': typed('Questionnaire', questionnaire) };
          return atom.eval({ variables }, [typed('QuestionnaireResponse', response)]).map((v) => v.value as unknown);
        },
      };
    }),
  };
}

let evaluations = 0;
const started = performance.now();
afterAll(() => {
  console.log(`fhir-calculated: ${evaluations} calculatedExpression evaluations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

describe.each(definitions.map((d) => [d.id, d] as const))('%s: fhirpath.js and Medplum evaluate every calculatedExpression to the value score() gives', (_id, def) => {
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
        for (const [engine, got] of [
          ['fhirpath.js', scale.evaluate(response, { resource: response, questionnaire }) as unknown[]],
          ['Medplum', scale.medplum(response)],
        ] as const) {
          evaluations++;
          if (expected === null) {
            if (got.length !== 0) expect.fail(`${scale.id}: score() is null but ${engine} gave ${JSON.stringify(got)} for ${JSON.stringify(answers)}`);
          } else if (got.length !== 1 || typeof got[0] !== 'number' || Math.abs(got[0] - expected) > 1e-9) {
            expect.fail(`${scale.id}: score() is ${expected} but ${engine} gave ${JSON.stringify(got)} for ${JSON.stringify(answers)}`);
          }
        }
        seen[scale.id]![expected === null ? 'nulls' : 'values']++;
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
        for (const got of [scale.evaluate(tampered, { resource: tampered, questionnaire }) as unknown[], scale.medplum(tampered)]) {
          evaluations++;
          if (uses.has(scale.id)) expect(got, `${scale.id} with ${item.id} unrecognised`).toEqual([]);
          else expect(got).toHaveLength(1);
        }
      }
    }
  });
});

describe('what the expressions read', () => {
  it("fhirpath.js weight() reads each answer's scored value (reverse keys applied) from the Questionnaire's itemWeight/ordinalValue extensions", () => {
    for (const def of instruments) {
      const { questionnaire } = toFhirQuestionnaire(def);
      const answers = answerSet(def, 3, prng(seedOf(def.id)));
      const { response } = toFhirQuestionnaireResponse(def, answers);
      const weights = fhirpath.evaluate(response, '%resource.item.answer.value.weight()', { resource: response, questionnaire }, r4);
      expect(weights, def.id).toEqual(def.items.map((i) => scoredOptions(def, i).find((o) => o.option.value === answers[i.id])!.scored));
    }
  });

  const sumScales = definitions.flatMap((def) => def.scales.filter((s) => s.method.kind === 'sum').map((scale) => [`${def.id} ${scale.id}`, def, scale] as const));
  it.each(sumScales)("%s: the SDC idiom answer.value.weight().sum() gives score()'s value on complete responses", (_name, def, scale) => {
    const { questionnaire } = toFhirQuestionnaire(def);
    const linkIds = scale.items.map((id) => `'${id}'`).join(' | ');
    const expression = `%resource.item.where(linkId in (${linkIds})).answer.value.weight().sum()`;
    const random = prng(seedOf(def.id) ^ 0x77);
    let compared = 0;
    for (let k = 0; k < 200; k++) {
      const answers = answerSet(def, k, random);
      const expected = (score(def, answers).scales as Record<string, { value: number | null }>)[scale.id]!.value;
      if (expected === null) continue;
      const { response } = toFhirQuestionnaireResponse(def, answers);
      const got = fhirpath.evaluate(response, expression, { resource: response, questionnaire }, r4) as unknown[];
      // Exact for every shipped instrument (integer weights); the synthetic decimal one sums decimals in floating point.
      expect(got.length === 1 && typeof got[0] === 'number' && Math.abs(got[0] - expected) <= 1e-9, `${JSON.stringify(answers)}: ${JSON.stringify(got)} vs ${expected}`).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });
  it('a response with no answers gives no scores (never 0)', () => {
    for (const def of definitions) {
      const { questionnaire, scales } = calculated(def);
      const { response } = toFhirQuestionnaireResponse(def, {});
      for (const scale of scales) expect(scale.evaluate(response, { resource: response, questionnaire }), `${def.id} ${scale.id}`).toEqual([]);
    }
  });
});
