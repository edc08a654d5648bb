/**
 * answersJsonSchema: checked with a real validator (Ajv, draft 2020-12) against score() itself
 * on random valid and invalid keyed answers: the schema accepts exactly what scores valid. The
 * zod answersSchema is held to the same verdicts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { phq9 } from '../src/instruments/index.js';
import { answersJsonSchema } from '../src/schema/answers-json.js';
import { answersSchema } from '../src/schema/answers.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { toy } from './fixtures.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });

const optionValues = (def: InstrumentDefinition, itemId: string): number[] => {
  const item = def.items.find((i) => i.id === itemId)!;
  return def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
};

/** JSON values a form might send for one item: options, null, near misses and wrong types. */
const jsonValue = (def: InstrumentDefinition, itemId: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...optionValues(def, itemId)) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer({ min: -3, max: 110 }) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -5, max: 105 }) },
    { weight: 1, arbitrary: fc.constantFrom(...optionValues(def, itemId).map(String), '', 'x', true, false, [], {}, [1]) },
  );

/** Keyed answers as JSON: any subset of items, half of them with only options and null; sometimes an extra or hostile key. */
const jsonAnswers = (def: InstrumentDefinition) =>
  fc
    .tuple(
      fc.oneof(
        fc.record(Object.fromEntries(def.items.map((i) => [i.id, fc.option(fc.constantFrom(...optionValues(def, i.id)))])), { requiredKeys: [] }),
        fc.record(Object.fromEntries(def.items.map((i) => [i.id, jsonValue(def, i.id)])), { requiredKeys: [] }),
      ),
      fc.option(fc.constantFrom('__proto__', 'constructor', 'toString', `${def.id}_999`, 'extra', def.items[0]!.id.toUpperCase()), { freq: 8 }),
    )
    .map(([answers, extra]) => (extra === null ? answers : { ...answers, [extra]: 1 }))
    // Through JSON, as a form would send it (which also makes "__proto__" an own key).
    .map((answers) => JSON.parse(JSON.stringify(answers)) as unknown);

const definitions: [string, InstrumentDefinition][] = [...instruments.map((d) => [d.id, d] as [string, InstrumentDefinition]), ['toy', toy]];

describe.each(definitions)('%s: answersJsonSchema', (_id, def) => {
  const schema = answersJsonSchema(def);
  const validate = ajv.compile(schema);
  const zod = answersSchema(def);

  it('is a strict draft 2020-12 schema with one enum (options then null) per item and no other properties', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(Object.keys(schema.properties)).toEqual(def.items.map((i) => i.id));
    for (const item of def.items) expect(schema.properties[item.id]!.enum).toEqual([...optionValues(def, item.id), null]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('accepts exactly the answers score() finds without any issue, keys that are no item reported (1,000 random JSON answer objects)', () => {
    let valid = 0;
    fc.assert(
      fc.property(jsonAnswers(def), (answers) => {
        const byScore = score(def, answers as never, { unknownKeys: 'report' }).issues.length === 0;
        expect(validate(answers), JSON.stringify(answers)).toBe(byScore);
        expect(zod.safeParse(answers).success, JSON.stringify(answers)).toBe(byScore);
        if (byScore) valid++;
      }),
      { numRuns: 1000, seed: 20261122 },
    );
    expect(valid, 'both verdicts were exercised').toBeGreaterThan(50);
    expect(valid).toBeLessThan(950);
  });
});

describe('answersJsonSchema edge cases', () => {
  const validate = ajv.compile(answersJsonSchema(phq9));
  it.each([
    [{}, true],
    [{ phq9_1: 3, phq9_10: null }, true],
    [{ phq9_1: -0 }, true],
    [{ phq9_1: 3.0 }, true],
    [{ phq9_1: 4 }, false],
    [{ phq9_1: '3' }, false],
    [{ phq9_1: 1.5 }, false],
    [{ phq9_1: true }, false],
    [{ phq9_11: 1 }, false],
    [JSON.parse('{"__proto__": 1}'), false],
    [[0, 1, 2], false],
    [null, false],
  ])('%j → %s (score() agrees)', (answers, expected) => {
    expect(validate(answers)).toBe(expected);
    if (!Array.isArray(answers)) expect(score(phq9, answers as never, { unknownKeys: 'report' }).issues.length === 0).toBe(expected);
  });
  it('is stricter than score() on keys that are no item: score() ignores them (or warns), the schema refuses them', () => {
    expect(validate({ phq9_1: 1, department: 'ICU' })).toBe(false);
    expect(score(phq9, { phq9_1: 1, department: 'ICU' } as unknown).valid).toBe(true);
  });
  it('is plain JSON (survives a JSON round trip unchanged)', () => {
    const schema = answersJsonSchema(phq9);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('schema/answers/<id>.schema.json (shipped files)', () => {
  const require = createRequire(import.meta.url);
  it.each(definitions.filter(([id]) => id !== 'toy'))('%s resolves by package name and is answersJsonSchema() with its $id', (id, def) => {
    const file = JSON.parse(readFileSync(require.resolve(`wellbeing-instruments/schema/answers/${id}.schema.json`), 'utf8')) as Record<string, unknown>;
    const { $id, ...rest } = file;
    expect($id).toBe(`https://unpkg.com/wellbeing-instruments/schema/answers/${id}.schema.json`);
    expect(rest).toEqual(answersJsonSchema(def));
  });
});
