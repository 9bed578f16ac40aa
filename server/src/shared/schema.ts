import { ArgumentValidationError, buildSchema, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { validateOrReject, type ValidationError, type ValidatorOptions } from "class-validator";
import {
  defaultFieldResolver,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { authChecker } from "./auth";
import { guardInputs } from "./input-rules";
import { memoiseValidationMetadata } from "./validation-metadata";

/**
 * Builds the executable schema from the modules' resolvers, then wraps every field that takes
 * arguments with the input rules (ids, text, years, nulls; see input-rules.ts). The SDL is unchanged.
 */
export async function createSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  memoiseValidationMetadata();
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validateFn: validateArgument,
  });
  return guardInputs(readPlainFieldsDirectly(schema));
}

/** What every argument is validated with: type-graphql's defaults for `validate: true` (missing properties skipped), the first violation per property. */
const VALIDATION: ValidatorOptions = {
  forbidUnknownValues: false,
  stopAtFirstError: true,
  skipMissingProperties: true,
};
const isObject = (v: unknown): v is object => v !== null && typeof v === "object";

/**
 * An argument's class-validator rules, as type-graphql's own `validate` option runs them (an input
 * object, or each object of a list; scalars have none) and failing the same way
 * (ArgumentValidationError, which format-error.ts makes BAD_USER_INPUT naming the field). Its own
 * function because type-graphql's imports class-validator dynamically for every argument
 * (`await import()` compiled to a `require` and a copy of its hundreds of exports): 2 % of an order
 * operation's CPU (issue 14).
 */
async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((v) => validateOrReject(v, VALIDATION)));
    else await validateOrReject(value, VALIDATION);
  } catch (e) {
    throw new ArgumentValidationError(e as ValidationError[]);
  }
}

/**
 * type-graphql gives every plain `@Field` property a resolver of its own (a closure that builds a
 * resolver-data object and runs the field's middlewares, `@Authorized` being one) — per field and
 * per row: a catalogue page of 100 products calls ~2,000 of them (issue 14, CPU per request).
 * Where a field has nothing to run — no roles, no middlewares, no field resolver, no arguments —
 * that closure only reads `root[name]`: graphql's default resolver reads the same property
 * (`root[info.fieldName]`, hence name === schemaName), so it takes the closure's place. Decided from
 * type-graphql's metadata after buildSchema (roles and middlewares are filled in then); every field
 * with roles or middlewares keeps type-graphql's resolver (schema-resolvers.test.ts). Global
 * middlewares (buildSchema's `globalMiddlewares`, none here) would not show in a field's metadata:
 * adding some means dropping this pass.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  plainFieldsOf(schema).forEach((f) => (f.resolve = defaultFieldResolver));
  return schema;
}

/** The fields `readPlainFieldsDirectly` gives graphql's default resolver. */
export function plainFieldsOf(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  const storage = getMetadataStorage();
  const classByName = new Map<string, Function>();
  for (const t of [...storage.objectTypes, ...storage.interfaceTypes]) classByName.set(t.name, t.target);
  const interfacesOf = new Map(storage.objectTypes.map((t) => [t.target, t.interfaceClasses ?? []]));
  const out: GraphQLField<unknown, unknown>[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const target = classByName.get(type.name);
    if (!target) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      if (!field.resolve || field.resolve === defaultFieldResolver || field.args.length > 0) continue;
      if (isPlain(storage, target, interfacesOf, field.name)) out.push(field);
    }
  }
  return out;
}

type Storage = ReturnType<typeof getMetadataStorage>;

/**
 * Whether the field `schemaName` of the class `target` (declared on it, a superclass or an
 * interface) is a plain property in every declaration found; a field not found in the metadata
 * keeps type-graphql's resolver.
 */
function isPlain(storage: Storage, target: Function, interfacesOf: Map<Function, Function[]>, schemaName: string) {
  // The class, its superclasses and their interfaces: any declaration there that is not plain keeps the wrapper.
  const chain: Function[] = [];
  for (let c: Function | null = target; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.push(c);
  for (const c of [...chain]) chain.push(...(interfacesOf.get(c) ?? []));
  const declared = storage.fields.filter((f) => f.schemaName === schemaName && chain.includes(f.target));
  if (declared.length === 0) return false;
  return declared.every(
    (f) =>
      f.name === schemaName &&
      f.roles === undefined &&
      (f.middlewares?.length ?? 0) === 0 &&
      (f.params?.length ?? 0) === 0 &&
      !storage.fieldResolvers.some((r) => r.methodName === f.name && chain.includes(r.getObjectType?.() as Function)),
  );
}

/** The committed SDL text (schema/schema.graphql): sorted, so diffs show real changes only. */
export function renderSdl(schema: GraphQLSchema): string {
  return (
    "# Generated from the server's resolvers by `npm run schema`. Do not edit: a test fails when it is stale.\n\n" +
    printSchema(lexicographicSortSchema(schema)) +
    "\n"
  );
}
