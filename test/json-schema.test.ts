/**
 * The shipped JSON Schema files, checked with a real JSON Schema validator (Ajv, draft 2020-12),
 * as an app in another language would use them: every definition and a variety of results must
 * validate, and broken documents must not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { score } from '../src/scoring/score.js';
import { toy2 } from './fixtures.js';

const root = join(import.meta.dirname, '..');
const load = (name: string) => JSON.parse(readFileSync(join(root, 'schema', name), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDefinition = ajv.compile(load('instrument.schema.json'));
const validateResult = ajv.compile(load('score-result.schema.json'));
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('schema/instrument.schema.json', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('accepts %s', (_id, def) => {
    expect(validateDefinition(roundTrip(def)), ajv.errorsText(validateDefinition.errors)).toBe(true);
  });
  it('accepts cut-off schemes, exclusive band minimums, product scales and benchmark distributions (toy2)', () => {
    expect(validateDefinition(roundTrip(toy2)), ajv.errorsText(validateDefinition.errors)).toBe(true);
    const both = { ...roundTrip(toy2), cutoffs: [{ ...toy2.cutoffs[0], criterion: { scale: 'mean', op: '>=', value: 1 } }] };
    expect(validateDefinition(both)).toBe(false);
  });
  it('accepts a result with a chosen cut-off scheme', () => {
    expect(validateResult(roundTrip(score(toy2, [1, 1, 1, 1, 2, 2, 2], { cutoffSchemes: { positive: 'sensitive' } })))).toBe(true);
  });
  it('rejects a definition with a misspelt field or a bad criterion', () => {
    const def = roundTrip(instruments[0]!) as unknown as Record<string, unknown>;
    expect(validateDefinition({ ...def, scales: 'x' })).toBe(false);
    expect(validateDefinition({ ...def, cutofs: [] })).toBe(false);
    const cutoffs = [{ id: 'c', label: 'c', criterion: { any: [{ scale: 'total', op: '=>', value: 1 }] }, sources: ['x'] }];
    expect(validateDefinition({ ...def, cutoffs })).toBe(false);
  });
});

describe('schema/score-result.schema.json', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('accepts results of %s: complete, empty, invalid', (_id, def) => {
    const complete = def.items.map((item) => def.responseScales.find((r) => r.id === item.responseScale)!.options[0]!.value);
    for (const answers of [complete, {}, { nope: 1, [def.items[0]!.id]: 'x' }]) {
      const result = roundTrip(score(def, answers as never));
      expect(validateResult(result), ajv.errorsText(validateResult.errors)).toBe(true);
    }
  });
  it('rejects a result whose scale value is a string', () => {
    const result = roundTrip(score(instruments[0]!, {})) as unknown as { scales: Record<string, { value: unknown }> };
    Object.values(result.scales)[0]!.value = '12';
    expect(validateResult(result)).toBe(false);
  });
});
