/**
 * zod schemas for instrument definitions and score results. These validate user-made
 * definitions, build per-instrument answer schemas for forms, and generate the shipped JSON
 * Schema files. The scoring hot path never runs them.
 *
 * @module
 */
import { z } from 'zod';
import { definitionProblems } from './problems.js';
import type * as T from './types.js';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and underscores');
const sourceIds = z.array(z.string().min(1)).min(1).describe('Ids of the sources this rule comes from');

export const CodingSchema = z.strictObject({
  system: z.string().min(1),
  code: z.string().min(1),
  display: z.string().optional(),
});

export const SourceKindSchema = z.enum(['publication', 'manual', 'owner_page', 'validation_paper', 'programme_page', 'reproduction']);

/** How well a scoring fact is supported (see `Evidence`). */
export const EvidenceSchema = z.strictObject({
  level: z.enum(['primary', 'secondary', 'single_secondary']),
  sources: sourceIds.describe('Ids of the sources at which the fact itself was read'),
  note: z.string().min(1).optional(),
});

export const SourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  kind: SourceKindSchema.optional(),
  citation: z.string().min(10),
  doi: z.string().optional(),
  url: z.string().url().optional(),
  pmcid: z.string().regex(/^PMC\d+$/).optional(),
  note: z.string().optional(),
  userSupplied: z.boolean().optional(),
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
  z.strictObject({ kind: z.literal('lookup'), of: id, table: z.array(z.tuple([finite, finite])).min(1), evidence: EvidenceSchema.optional() }),
  z.strictObject({
    kind: z.literal('composite'),
    terms: z.array(z.strictObject({ scale: id, weight: finite })).min(1),
    add: finite,
  }),
  z.strictObject({ kind: z.literal('product_sum'), pairs: z.array(z.tuple([id, id])).min(1) }),
]);

export const MissingRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('min_answered'), min: z.number().int().positive(), sources: sourceIds, evidence: EvidenceSchema.optional() }),
]);

export const BandSchemeSchema = z.strictObject({
  id,
  label: z.string().min(1),
  default: z.boolean().optional(),
  bands: z.array(z.strictObject({ id, label: z.string().min(1), min: finite, minExclusive: z.boolean().optional() })).min(1),
  sources: sourceIds,
  evidence: EvidenceSchema.optional(),
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

export const CutoffSchemeSchema = z.strictObject({
  id,
  label: z.string().min(1),
  default: z.boolean().optional(),
  criterion: CriterionSchema,
  sources: sourceIds,
  evidence: EvidenceSchema.optional(),
});

export const CutoffSchema = z.union([
  z.strictObject({ id, label: z.string().min(1), criterion: CriterionSchema, sources: sourceIds, evidence: EvidenceSchema.optional() }),
  z.strictObject({ id, label: z.string().min(1), schemes: z.array(CutoffSchemeSchema).min(1), sources: sourceIds }),
]);

export const FlagSchema = z.strictObject({
  id,
  label: z.string().min(1),
  item: id,
  op,
  value: finite,
  sources: sourceIds,
  evidence: EvidenceSchema.optional(),
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
  distribution: z.array(z.strictObject({ value: finite, proportion: z.number().min(0).max(1) })).min(1).optional(),
  note: z.string().optional(),
  sources: sourceIds,
  evidence: EvidenceSchema.optional(),
});

const ConstructSchema = z.enum([
  'anxiety',
  'burnout',
  'compassion_fatigue',
  'depression',
  'distress',
  'engagement',
  'moral_distress',
  'professional_fulfillment',
  'resilience',
  'stress',
  'wellbeing',
]);

export const OutcomeSchema = z.strictObject({
  construct: ConstructSchema,
  severityScale: id,
  direction: z.enum(['higher_is_worse', 'higher_is_better']),
  cutoff: id.optional(),
  note: z.string().optional(),
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
  outcomes: z.array(OutcomeSchema).optional(),
  sources: z.array(SourceSchema).min(1),
  licence: LicenceSchema,
});

/**
 * An instrument definition, with every cross-reference checked (see `definitionProblems`).
 * Use `InstrumentDefinitionSchema.parse(def)` on definitions you did not get from this package.
 */
export const InstrumentDefinitionSchema = InstrumentDefinitionShape.superRefine((def, ctx) => {
  for (const message of definitionProblems(def as T.InstrumentDefinition)) ctx.addIssue({ code: 'custom', message });
});

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
        'unknown_cutoff_scheme',
        'invalid_options',
        'too_many_issues',
      ]),
      severity: z.enum(['error', 'warning']),
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
    cutoffSchemes: z.record(z.string(), z.string().nullable()),
    prorated: z.boolean(),
    sources: z.array(z.string()),
    evidence: z.array(
      z.strictObject({
        rule: z.enum(['band_scheme', 'cutoff', 'flag', 'missing_rule', 'table']),
        id: z.string(),
        scheme: z.string().optional(),
        level: z.enum(['primary', 'secondary', 'single_secondary']),
        sources: z.array(z.string()),
      }),
    ),
    undetermined: z.array(z.strictObject({ rule: z.enum(['band_scheme', 'cutoff']), id: z.string(), message: z.string() })),
    userSupplied: z.array(z.strictObject({ rule: z.string(), source: z.string() })).optional(),
  }),
});
