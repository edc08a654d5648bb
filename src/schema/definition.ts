/**
 * zod schemas for instrument definitions and score results. These validate user-made
 * definitions, build per-instrument answer schemas for forms, and generate the shipped JSON
 * Schema files. The scoring hot path never runs them.
 *
 * @module
 */
import { z } from 'zod';
import { criterionRefs, dependencyOrder, scaleBases } from './refs.js';
import type * as T from './types.js';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and underscores');
const sourceIds = z.array(z.string().min(1)).min(1).describe('Ids of the sources this rule comes from');

export const CodingSchema = z.strictObject({
  system: z.string().min(1),
  code: z.string().min(1),
  display: z.string().optional(),
});

export const SourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  citation: z.string().min(10),
  doi: z.string().optional(),
  url: z.string().url().optional(),
  pmcid: z.string().regex(/^PMC\d+$/).optional(),
  note: z.string().optional(),
});

export const ResponseScaleSchema = z.strictObject({
  id,
  options: z
    .array(
      z.strictObject({
        value: z.number().finite(),
        label: z.string().min(1),
        code: CodingSchema.optional(),
      }),
    )
    .min(2),
  sources: sourceIds,
});

export const ItemSchema = z.strictObject({
  id,
  number: z.number().int().positive(),
  responseScale: id,
  text: z.string().min(1).optional(),
  topic: z.string().min(1),
  reverse: z.boolean().optional(),
  scored: z.boolean(),
  codes: z.array(CodingSchema).optional(),
});

const finite = z.number().finite();

export const ScaleMethodSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['sum', 'mean']) }),
  z.strictObject({ kind: z.literal('linear'), of: id, multiply: finite, add: finite }),
  z.strictObject({ kind: z.literal('lookup'), of: id, table: z.array(z.tuple([finite, finite])).min(1) }),
  z.strictObject({
    kind: z.literal('composite'),
    terms: z.array(z.strictObject({ scale: id, weight: finite })).min(1),
    add: finite,
  }),
]);

export const MissingRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('min_answered'), min: z.number().int().positive(), sources: sourceIds }),
]);

export const BandSchemeSchema = z.strictObject({
  id,
  label: z.string().min(1),
  default: z.boolean().optional(),
  bands: z.array(z.strictObject({ id, label: z.string().min(1), min: finite })).min(1),
  sources: sourceIds,
});

export const ScaleSchema = z.strictObject({
  id,
  label: z.string().min(1),
  items: z.array(id),
  method: ScaleMethodSchema,
  range: z.tuple([finite, finite]),
  direction: z.enum(['higher_is_worse', 'higher_is_better']),
  missing: MissingRuleSchema,
  bandSchemes: z.array(BandSchemeSchema),
  codes: z.array(CodingSchema).optional(),
  sources: sourceIds,
});

const op = z.enum(['>=', '>', '<=', '<']);

export const CriterionSchema: z.ZodType<T.Criterion> = z.lazy(() =>
  z.union([
    z.strictObject({ scale: id, op, value: finite }),
    z.strictObject({ item: id, op, value: finite }),
    z.strictObject({ cutoff: id }),
    z.strictObject({ any: z.array(CriterionSchema).min(1) }),
    z.strictObject({ all: z.array(CriterionSchema).min(1) }),
  ]),
);

export const CutoffSchema = z.strictObject({
  id,
  label: z.string().min(1),
  criterion: CriterionSchema,
  sources: sourceIds,
});

export const FlagSchema = z.strictObject({
  id,
  label: z.string().min(1),
  item: id,
  op,
  value: finite,
  sources: sourceIds,
});

export const BenchmarkSchema = z.strictObject({
  id,
  scale: id.optional(),
  cutoff: id.optional(),
  population: z.string().min(1),
  country: z.string().min(1),
  year: z.number().int(),
  n: z.number().int().positive(),
  mean: finite.optional(),
  sd: finite.nonnegative().optional(),
  prevalence: z.number().min(0).max(1).optional(),
  sources: sourceIds,
});

export const LicenceSchema = z.strictObject({
  holder: z.string().min(1),
  terms: z.string().min(1),
  url: z.string().url().optional(),
  itemText: z.boolean(),
  commercialUseNeedsPermission: z.boolean(),
  notice: z.string().min(1),
  sources: sourceIds,
});

const ConstructSchema = z.enum([
  'anxiety',
  'burnout',
  'depression',
  'distress',
  'engagement',
  'professional_fulfillment',
  'resilience',
  'stress',
  'wellbeing',
]);

/** The shape of an instrument definition, without cross-reference checks. */
export const InstrumentDefinitionShape = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: z.string().min(1),
  shortName: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  languages: z.array(z.string().min(2)).min(1),
  constructs: z.array(ConstructSchema).min(1),
  recallPeriod: z.string().nullable(),
  instructions: z.string().optional(),
  codes: z.array(CodingSchema).optional(),
  responseScales: z.array(ResponseScaleSchema).min(1),
  items: z.array(ItemSchema).min(1),
  scales: z.array(ScaleSchema).min(1),
  cutoffs: z.array(CutoffSchema),
  flags: z.array(FlagSchema),
  benchmarks: z.array(BenchmarkSchema),
  sources: z.array(SourceSchema).min(1),
  licence: LicenceSchema,
});

/**
 * An instrument definition, with every cross-reference checked (see {@link definitionProblems}).
 * Use `InstrumentDefinitionSchema.parse(def)` on definitions you did not get from this package.
 */
export const InstrumentDefinitionSchema = InstrumentDefinitionShape.superRefine((def, ctx) => {
  for (const message of definitionProblems(def as T.InstrumentDefinition)) ctx.addIssue({ code: 'custom', message });
});

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/**
 * Every inconsistency in a definition that the shape alone cannot catch: duplicate or badly
 * formed ids, references to items, scales, cut-offs or sources that do not exist, bands that do
 * not start at the range minimum or do not ascend, not exactly one default band scheme, item
 * text without text rights, cyclic scale or cut-off references. Returns `[]` for a sound
 * definition.
 */
export function definitionProblems(def: T.InstrumentDefinition): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(def.sources.map((s) => s.id));
  const itemIds = new Set(def.items.map((i) => i.id));
  const scaleIds = new Set(def.scales.map((s) => s.id));
  const cutoffIds = new Set(def.cutoffs.map((c) => c.id));
  const responseScaleIds = new Set(def.responseScales.map((r) => r.id));
  const cite = (where: string, ids: readonly string[]) => {
    if (ids.length === 0) problems.push(`${where} cites no source`);
    for (const s of ids) if (!sourceIds.has(s)) problems.push(`${where} cites unknown source "${s}"`);
  };
  const lists: [string, readonly string[]][] = [
    ['source', def.sources.map((s) => s.id)],
    ['item', def.items.map((i) => i.id)],
    ['scale', def.scales.map((s) => s.id)],
    ['cut-off', def.cutoffs.map((c) => c.id)],
    ['flag', def.flags.map((f) => f.id)],
    ['response scale', def.responseScales.map((r) => r.id)],
    ['benchmark', def.benchmarks.map((b) => b.id)],
  ];
  for (const [what, ids] of lists) for (const d of duplicates(ids)) problems.push(`duplicate ${what} id "${d}"`);
  def.items.forEach((item, index) => {
    if (item.id !== `${def.id}_${item.number}`) problems.push(`item "${item.id}" should be "${def.id}_${item.number}"`);
    if (index > 0 && item.number <= def.items[index - 1]!.number) problems.push(`item "${item.id}" is out of order`);
    if (!responseScaleIds.has(item.responseScale)) problems.push(`item "${item.id}" uses unknown response scale "${item.responseScale}"`);
    if (item.text !== undefined && !def.licence.itemText) problems.push(`item "${item.id}" carries text but the licence gives no text rights`);
  });
  for (const rs of def.responseScales) {
    cite(`response scale "${rs.id}"`, rs.sources);
    for (const d of duplicates(rs.options.map((o) => String(o.value)))) problems.push(`response scale "${rs.id}" repeats value ${d}`);
  }
  const scored = new Set<string>();
  for (const scale of def.scales) {
    const where = `scale "${scale.id}"`;
    cite(where, scale.sources);
    const m = scale.method;
    const isItemMethod = m.kind === 'sum' || m.kind === 'mean';
    if (isItemMethod && scale.items.length === 0) problems.push(`${where} has no items`);
    if (!isItemMethod && scale.items.length > 0) problems.push(`${where} is derived from scales and must list no items`);
    for (const d of duplicates(scale.items)) problems.push(`${where} lists item "${d}" twice`);
    for (const i of scale.items) {
      if (!itemIds.has(i)) problems.push(`${where} uses unknown item "${i}"`);
      scored.add(i);
    }
    for (const b of scaleBases(scale)) if (!scaleIds.has(b) || b === scale.id) problems.push(`${where} derives from unknown scale "${b}"`);
    if (scale.missing.kind === 'min_answered') {
      cite(`${where} missing-data rule`, scale.missing.sources);
      if (m.kind !== 'mean') problems.push(`${where}: a min_answered rule needs the mean method`);
      if (scale.missing.min > scale.items.length) problems.push(`${where}: min_answered exceeds its item count`);
    }
    if (scale.range[0] > scale.range[1]) problems.push(`${where} has an empty range`);
    const defaults = scale.bandSchemes.filter((b) => b.default === true).length;
    if (scale.bandSchemes.length > 0 && defaults !== 1) problems.push(`${where} needs exactly one default band scheme, has ${defaults}`);
    for (const d of duplicates(scale.bandSchemes.map((b) => b.id))) problems.push(`${where} repeats band scheme "${d}"`);
    for (const scheme of scale.bandSchemes) {
      const w = `${where} band scheme "${scheme.id}"`;
      cite(w, scheme.sources);
      if (scheme.bands[0]?.min !== scale.range[0]) problems.push(`${w} must start at the range minimum ${scale.range[0]}`);
      scheme.bands.forEach((band, i) => {
        const prev = scheme.bands[i - 1];
        if (prev !== undefined && band.min <= prev.min) problems.push(`${w}: band "${band.id}" does not ascend`);
        if (band.min > scale.range[1]) problems.push(`${w}: band "${band.id}" starts above the range`);
      });
      for (const d of duplicates(scheme.bands.map((b) => b.id))) problems.push(`${w} repeats band "${d}"`);
    }
  }
  for (const item of def.items) {
    if (item.scored && !scored.has(item.id)) problems.push(`item "${item.id}" is marked scored but no scale uses it`);
    if (!item.scored && scored.has(item.id)) problems.push(`item "${item.id}" is marked unscored but a scale uses it`);
  }
  for (const cutoff of def.cutoffs) {
    const where = `cut-off "${cutoff.id}"`;
    cite(where, cutoff.sources);
    const refs = criterionRefs(cutoff.criterion);
    for (const s of refs.scales) if (!scaleIds.has(s)) problems.push(`${where} uses unknown scale "${s}"`);
    for (const i of refs.items) if (!itemIds.has(i)) problems.push(`${where} uses unknown item "${i}"`);
    for (const c of refs.cutoffs) if (!cutoffIds.has(c) || c === cutoff.id) problems.push(`${where} refers to unknown cut-off "${c}"`);
  }
  for (const flag of def.flags) {
    cite(`flag "${flag.id}"`, flag.sources);
    if (!itemIds.has(flag.item)) problems.push(`flag "${flag.id}" uses unknown item "${flag.item}"`);
  }
  for (const b of def.benchmarks) {
    cite(`benchmark "${b.id}"`, b.sources);
    if (b.scale !== undefined && !scaleIds.has(b.scale)) problems.push(`benchmark "${b.id}" uses unknown scale "${b.scale}"`);
    if (b.cutoff !== undefined && !cutoffIds.has(b.cutoff)) problems.push(`benchmark "${b.id}" uses unknown cut-off "${b.cutoff}"`);
    if ((b.scale === undefined) === (b.cutoff === undefined)) problems.push(`benchmark "${b.id}" must name a scale or a cut-off`);
  }
  cite('licence', def.licence.sources);
  problems.push(...cycles(def));
  return problems;
}

/** Scale derivations and cut-off references must form no cycle. */
function cycles(def: T.InstrumentDefinition): string[] {
  const scaleCycles = dependencyOrder(def.scales, scaleBases).cycles.map((id) => `scale "${id}" derives from itself`);
  const cutoffCycles = dependencyOrder(def.cutoffs, (c) => criterionRefs(c.criterion).cutoffs).cycles.map(
    (id) => `cut-off "${id}" refers to itself`,
  );
  return [...scaleCycles, ...cutoffCycles];
}

type Writable<T> = T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;
/** Compile-time proof that every `InstrumentDefinition` is accepted by the zod shape. */
const acceptsEveryDefinition = (d: Writable<T.InstrumentDefinition>): z.input<typeof InstrumentDefinitionShape> => d;
void acceptsEveryDefinition;

const BandResultSchema = z.strictObject({ id: z.string(), label: z.string(), scheme: z.string() });

/** The shape of a `ScoreResult`, for apps that receive results as JSON. */
export const ScoreResultSchema = z.strictObject({
  instrument: z.strictObject({ id: z.string(), version: z.string(), name: z.string() }),
  valid: z.boolean(),
  issues: z.array(
    z.strictObject({
      code: z.enum([
        'invalid_answers',
        'wrong_length',
        'unknown_item',
        'forbidden_key',
        'invalid_type',
        'not_finite',
        'invalid_value',
        'unknown_band_scheme',
        'too_many_issues',
      ]),
      item: z.string().optional(),
      value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
      message: z.string(),
    }),
  ),
  scales: z.record(
    z.string(),
    z.strictObject({
      value: z.number().nullable(),
      reason: z.enum(['insufficient_answers', 'invalid_answers']).optional(),
      answered: z.number().int().nonnegative(),
      expected: z.number().int().nonnegative(),
      prorated: z.boolean(),
      band: BandResultSchema.nullable(),
    }),
  ),
  cutoffs: z.record(z.string(), z.boolean().nullable()),
  flags: z.array(z.strictObject({ id: z.string(), item: z.string(), status: z.enum(['positive', 'unanswered']) })),
  provenance: z.strictObject({
    instrument: z.string(),
    definitionVersion: z.string(),
    packageVersion: z.string(),
    rules: z.array(z.string()),
    bandSchemes: z.record(z.string(), z.string().nullable()),
    prorated: z.boolean(),
    sources: z.array(z.string()),
  }),
});
