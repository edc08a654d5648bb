/**
 * Outcomes of the form-export helpers (src/interop) that the wider REDCap and SurveyJS tests run
 * without checking (found by the mutation run, docs/mutation/interop-sql.md): what an import
 * issue carries, the rule sentence of a linear conversion without a constant, the sources a
 * REDCap field note cites, and names of scales the sentence cannot find; the exact calc formulas
 * (only the parentheses precedence needs, no `* 1`, `/ 1` or `+ 0`, a constant's sign), score
 * variable names that clash or are too long, and a lookup table given out of order, evaluated by
 * the REDCap calc evaluator (test/redcap-calc.ts) against `score()`.
 */
import { describe, expect, it } from 'vitest';
import { phq2 } from '../src/instruments/index.js';
import { decimal, field, num, render, type Dialect, type Formula } from '../src/interop/formula.js';
import { ruleSentence } from '../src/interop/text.js';
import { fromRedcapRecords, redcapScoreFields, toRedcapDataDictionary } from '../src/redcap/index.js';
import type { InstrumentDefinition, Scale } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { fromSurveyJsData, toSurveyJs } from '../src/surveyjs/index.js';
import { toy, toy2 } from './fixtures.js';
import { BLANK, evaluateCalc, parseCalc } from './redcap-calc.js';

describe('reading a platform record: the value an issue shows', () => {
  it('a value that cannot be shown (an object, an array, a function) leaves the issue without a value field', () => {
    for (const value of [{ a: 1 }, [2], () => 3]) {
      const [issue] = fromSurveyJsData(phq2, { phq2_1: value, phq2_2: 1 }).issues;
      expect(issue!.code).toBe('invalid_type');
      expect(Object.keys(issue!)).toEqual(['code', 'severity', 'item', 'message']);
      expect(JSON.parse(JSON.stringify(issue))).toEqual(issue);
    }
  });

  it('a value that can be shown is in the issue: a boolean as itself, a number, a string', () => {
    const issues = fromRedcapRecords(phq2, [{ phq2_1: false, phq2_2: 9 }])[0]!.issues;
    expect(issues.map((i) => [i.code, i.value])).toEqual([
      ['invalid_type', false],
      ['invalid_value', 9],
    ]);
    expect(Object.keys(issues[0]!)).toEqual(['code', 'severity', 'item', 'value', 'message']);
  });

  it('a string matches an option only as its exact numeral; a number only as the number', () => {
    expect(fromSurveyJsData(phq2, { phq2_1: '3', phq2_2: 3 }).answers).toEqual({ phq2_1: 3, phq2_2: 3 });
    const { answers, issues } = fromSurveyJsData(phq2, { phq2_1: '3.0', phq2_2: true });
    expect(answers).toEqual({});
    expect(issues.map((i) => i.code)).toEqual(['invalid_value', 'invalid_type']);
  });
});

describe('a scale\'s rule in a sentence (REDCap field notes)', () => {
  const notes = (def: InstrumentDefinition): Record<string, string> => {
    const dict = toRedcapDataDictionary(def);
    const names = dict.scores[def.id]!;
    return Object.fromEntries(def.scales.map((s) => [s.id, dict.fields.find((f) => f.field_name === names[s.id])!.field_note]));
  };
  const withScale = (id: string, change: (s: Scale) => Scale, extra: Partial<InstrumentDefinition> = {}): InstrumentDefinition => ({
    ...toy,
    ...extra,
    scales: toy.scales.map((s): Scale => (s.id === id ? change(s) : s)),
  });

  it('a linear conversion without a constant says no "+ 0" or "− 0"', () => {
    const def = withScale('rescaled', (s) => ({ ...s, method: { kind: 'linear', of: 'mean3', multiply: 25, add: 0 } }));
    expect(notes(def).rescaled).toBe('Mean of 1–3 × 25; blank when Mean of 1–3 is blank. Source: Synthetic test source, not a real instrument.');
  });

  it('a composite with a positive constant adds it', () => {
    const def = withScale('combo', (s) => ({ ...s, method: { kind: 'composite', terms: [{ scale: 'mean3', weight: 2 }], add: 0.5 } }));
    expect(notes(def).combo).toBe('2 × Mean of 1–3 + 0.5; blank when any term is blank. Source: Synthetic test source, not a real instrument.');
  });

  it('cites each source a scale names once, in order, and leaves out an id the definition does not list', () => {
    const sources = [...toy.sources, { id: 't', citation: 'A second source.' }];
    const def = withScale('sum3', (s) => ({ ...s, sources: ['t', 'nowhere', 's', 't'] }), { sources });
    expect(notes(def).sum3).toBe('Sum of 3 items, 1 reverse-keyed; blank unless every item is answered. Source: A second source. Synthetic test source, not a real instrument.');
    const min = withScale('sum3', (s) => ({ ...s, sources: ['s'], missing: { kind: 'min_answered', min: 2, sources: ['nowhere', 't', 's'] } }), { sources });
    expect(notes(min).sum3).toBe('Sum of the answered items (3 items, 1 reverse-keyed); blank unless at least 2 are answered. Source: Synthetic test source, not a real instrument. A second source.');
  });

  it('names a scale it cannot find by its id, and counts an item it cannot find as not reverse-keyed', () => {
    const linear: Scale = { ...toy.scales[1], method: { kind: 'linear', of: 'elsewhere', multiply: 2, add: -1 } };
    expect(ruleSentence(toy, linear)).toBe('elsewhere × 2 − 1; blank when elsewhere is blank.');
    const sum: Scale = { ...toy.scales[2], items: ['toy_2', 'other_1'] };
    expect(ruleSentence(toy, sum)).toBe('Sum of 2 items, 1 reverse-keyed; blank unless every item is answered.');
  });
});

/** The REDCap calc formula of each scale, by scale id. */
const calcs = (def: InstrumentDefinition): Record<string, string> => {
  const dict = toRedcapDataDictionary(def);
  const names = dict.scores[def.id]!;
  return Object.fromEntries(def.scales.map((s) => [s.id, dict.fields.find((f) => f.field_name === names[s.id])!.select_choices_or_calculations]));
};
const change = (def: InstrumentDefinition, changes: Record<string, Partial<Scale>>): InstrumentDefinition => ({
  ...def,
  scales: def.scales.map((s): Scale => (changes[s.id] === undefined ? s : ({ ...s, ...changes[s.id] } as Scale))),
});

describe('calc formulas as written (REDCap)', () => {
  const blankAny = (...names: string[]) => names.map((n) => `isblankormissingcode([${n}])`).join(' or ');

  it('toy and toy2: reverse keys, means, linear, lookup, composites, products, with only the parentheses precedence needs', () => {
    const c = calcs(toy);
    expect(c.mean3).toBe(`if(${blankAny('toy_1', 'toy_2', 'toy_3')}, "", ([toy_1] + 6 - [toy_2] + [toy_3]) / 3)`);
    expect(c.sum3).toBe(`if(${blankAny('toy_1', 'toy_2', 'toy_3')}, "", [toy_1] + 6 - [toy_2] + [toy_3])`);
    expect(c.rescaled).toBe('if(isblankormissingcode([toy_mean3]), "", [toy_mean3] * 25 - 25)');
    expect(c.decimals).toBe(`if(${blankAny('toy_4', 'toy_5')}, "", [toy_4] + [toy_5])`);
    expect(c.combo).toBe(`if(${blankAny('toy_mean3', 'toy_decimals')}, "", [toy_mean3] * 0.4 + [toy_decimals] * 0.6)`);
    expect(c.metric!.startsWith('if(isblankormissingcode([toy_sum3]), "", if([toy_sum3] < 9, if([toy_sum3] < 6, if([toy_sum3] < 4, if([toy_sum3] = 3, 4.51, ""), ')).toBe(true);
    expect(calcs(toy2).products).toBe(
      `if(${blankAny('toy2_1_frequency', 'toy2_1_distress', 'toy2_2_frequency', 'toy2_2_distress')}, "", [toy2_1_frequency] * [toy2_1_distress] + [toy2_2_frequency] * (4 - [toy2_2_distress]))`,
    );
  });

  it('a published minimum, a factor of 1, positive and negative constants, a weight of 1, a mean of one item', () => {
    const variant = change(toy, {
      mean3: { missing: { kind: 'min_answered', min: 2, sources: ['s'] } },
      rescaled: { method: { kind: 'linear', of: 'mean3', multiply: 1, add: 2 } },
      metric: { method: { kind: 'linear', of: 'sum3', multiply: -0.5, add: 0 } },
      combo: { method: { kind: 'composite', terms: [{ scale: 'mean3', weight: 1 }, { scale: 'sum3', weight: -2 }], add: -1.5 } },
      decimals: { method: { kind: 'mean' }, items: ['toy_4'] },
    });
    const c = calcs(variant);
    const answered = ['toy_1', 'toy_2', 'toy_3'].map((id) => `if(isblankormissingcode([${id}]), 0, 1)`).join(' + ');
    expect(c.mean3).toBe(`if((${answered}) >= 2, (if(isblankormissingcode([toy_1]), 0, [toy_1]) + if(isblankormissingcode([toy_2]), 0, 6 - [toy_2]) + if(isblankormissingcode([toy_3]), 0, [toy_3])) / (${answered}), "")`);
    expect(c.rescaled).toBe('if(isblankormissingcode([toy_mean3]), "", [toy_mean3] + 2)');
    expect(c.metric).toBe('if(isblankormissingcode([toy_sum3]), "", [toy_sum3] * (0 - 0.5))');
    expect(c.combo).toBe('if(isblankormissingcode([toy_mean3]) or isblankormissingcode([toy_sum3]), "", [toy_mean3] + [toy_sum3] * (0 - 2) - 1.5)');
    expect(c.decimals).toBe('if(isblankormissingcode([toy_4]), "", [toy_4])');
    const positive = calcs(change(toy, { combo: { method: { kind: 'composite', terms: [{ scale: 'mean3', weight: 2 }], add: 0.25 } } }));
    expect(positive.combo).toBe('if(isblankormissingcode([toy_mean3]), "", [toy_mean3] * 2 + 0.25)');
  });

  it('a published minimum of 0 still needs one answer; a sum under a minimum is not divided', () => {
    const c = calcs(change(toy, { sum3: { missing: { kind: 'min_answered', min: 0, sources: ['s'] } } }));
    const answered = ['toy_1', 'toy_2', 'toy_3'].map((id) => `if(isblankormissingcode([${id}]), 0, 1)`).join(' + ');
    expect(c.sum3).toBe(`if((${answered}) >= 1, if(isblankormissingcode([toy_1]), 0, [toy_1]) + if(isblankormissingcode([toy_2]), 0, 6 - [toy_2]) + if(isblankormissingcode([toy_3]), 0, [toy_3]), "")`);
  });

  it('a sum of no items under a published minimum is blank, as score() leaves it null', () => {
    const none: Scale = { ...toy.scales[2], id: 'none', items: [], missing: { kind: 'min_answered', min: 1, sources: ['s'] } };
    const def: InstrumentDefinition = { ...toy, scales: [...toy.scales, none] };
    const formula = calcs(def).none!;
    expect(formula).toBe('if(0 >= 1, 0, "")');
    expect(evaluateCalc(parseCalc(formula), {})).toBe(BLANK);
    expect(score(def, {}).scales.none).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });

  it('a lookup table given out of order converts as score() does, every row and a value off the table', () => {
    const shuffled = change(toy, { metric: { method: { kind: 'lookup', of: 'sum3', table: [[9, 1], [3, 2], [15, 3], [6, 4], [12, 5], [4, 6], [10, 7]] } } });
    const tree = parseCalc(calcs(shuffled).metric!);
    const seen = new Set<number>();
    for (const toy_1 of [1, 2, 3, 4, 5]) {
      for (const toy_3 of [1, 2, 3, 4, 5]) {
        const result = score(shuffled, { toy_1, toy_2: 5, toy_3, toy_4: 0.1, toy_5: 0.1 });
        const sum3 = result.scales.sum3!.value!;
        const want = result.scales.metric!.value;
        seen.add(sum3);
        expect(evaluateCalc(tree, { toy_sum3: String(sum3) }), `sum ${sum3}`).toBe(want === null ? BLANK : want);
      }
    }
    expect([...seen].sort((x, y) => x - y)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('render: parentheses by precedence', () => {
  const calc: Dialect = { number: decimal, blank: '""', field: (n) => `[${n}]`, ifThenElse: (c, a, b) => `if(${c}, ${a}, ${b})`, isBlank: (n) => `isblankormissingcode([${n}])`, equals: '=' };
  const op = (o: '+' | '-' | '*' | '/', left: Formula, right: Formula): Formula => ({ kind: 'arithmetic', op: o, left, right });
  const [a, b, c] = [field('a'), field('b'), field('c')];
  const record = { a: '8', b: '4', c: '2' };

  it.each([
    [op('-', a, op('-', b, c)), '[a] - ([b] - [c])', 6],
    [op('-', op('-', a, b), c), '[a] - [b] - [c]', 2],
    [op('/', a, op('/', b, c)), '[a] / ([b] / [c])', 4],
    [op('/', a, op('*', b, c)), '[a] / ([b] * [c])', 1],
    [op('/', op('/', a, b), c), '[a] / [b] / [c]', 1],
    [op('+', a, op('-', b, c)), '[a] + [b] - [c]', 10],
    [op('*', a, op('*', b, c)), '[a] * [b] * [c]', 64],
    [op('*', op('+', a, b), c), '([a] + [b]) * [c]', 24],
    [op('-', a, op('*', b, c)), '[a] - [b] * [c]', 0],
    [op('*', a, op('/', b, c)), '[a] * [b] / [c]', 16],
    [op('+', num(-1), a), '(0 - 1) + [a]', 7],
  ] as const)('%#: %s', (formula, text, value) => {
    expect(render(formula, calc)).toBe(text);
    expect(evaluateCalc(parseCalc(text), record)).toBe(value);
  });

  it('zero is written "0", a negative number "(0 - x)"', () => {
    expect(decimal(0)).toBe('0');
    expect(decimal(-0)).toBe('0');
    expect(decimal(-2)).toBe('(0 - 2)');
  });
});

describe('score variable names', () => {
  it('a name taken by an item gets "_score" (until free)', () => {
    const def: InstrumentDefinition = { ...toy, items: [...toy.items, { id: 'toy_sum3', number: 6, responseScale: 'five', scored: false, topic: 'f' }, { id: 'toy_sum3_score', number: 7, responseScale: 'five', scored: false, topic: 'g' }] };
    expect(redcapScoreFields(def).sum3).toBe('toy_sum3_score_score');
    expect(toSurveyJs(def).scores.sum3).toBe('toy_sum3_score_score');
    expect(redcapScoreFields(def).mean3).toBe('toy_mean3');
  });

  it('long names shorten to the initials of their words, numbered while they clash; empty words add nothing', () => {
    const long = (id: string): Scale => ({ ...toy.scales[2], id });
    const def: InstrumentDefinition = { ...toy, scales: [...toy.scales, long('secondary_traumatic_stress'), long('sometimes_talking_slowly'), long('so__tired_so_sad_xxxxxxxx'), long('short'), long('seldomly_truly_satisfied'), long('x'.repeat(22))] };
    expect(redcapScoreFields(def)).toMatchObject({
      secondary_traumatic_stress: 'toy_sts',
      sometimes_talking_slowly: 'toy_sts_2',
      seldomly_truly_satisfied: 'toy_sts_3',
      so__tired_so_sad_xxxxxxxx: 'toy_stssx',
      short: 'toy_short',
      ['x'.repeat(22)]: `toy_${'x'.repeat(22)}`, // 26 characters: the limit, kept
    });
  });

  it('an item whose response scale the definition lacks accepts no value: an issue, not a throw', () => {
    const def = { ...phq2, items: [{ ...phq2.items[0], responseScale: 'missing' }, phq2.items[1]] } as unknown as InstrumentDefinition;
    const { answers, issues } = fromSurveyJsData(def, { phq2_1: 1, phq2_2: 1 });
    expect(answers).toEqual({ phq2_2: 1 });
    expect(issues.map((i) => i.message)).toEqual(['phq2_1: 1 is not an option; expected one of  (or blank when unanswered)']);
  });
});
