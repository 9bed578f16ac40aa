/**
 * Refuse at the edge (DESIGN.md, "Decisions for wave 2"): the rules every argument and input field
 * obeys before any service runs, applied by one schema pass (`guardInputs`, called from
 * createSchema) instead of per service. A refusal is BAD_USER_INPUT naming the field; its message
 * never repeats the value sent.
 *
 * - ID: a UUID (every table's key is one). A malformed id is BAD_USER_INPUT, also for single-row
 *   reads (`pairing(id: "x")`): it cannot name a row, so saying so confirms nothing about any row.
 * - String: no NUL (PostgreSQL text refuses it), no lone UTF-16 surrogate (it cannot be encoded as
 *   UTF-8 nor stored in the audit's jsonb), at most N characters (code points). N comes from the
 *   field's class-validator `@MaxLength` when the input class declares one (the one place a limit
 *   is written); otherwise LONG_TEXT_MAX for free text named like a note, description or reason,
 *   and TEXT_MAX for everything else. Columns are `text`, so the database adds no other limit.
 * - Int named `year` (and `birthYear`): within YEAR_RANGES.
 * - null: in an `Update…Input`, null clears a field only where the mutation's result shows that
 *   field as nullable (`Enterprise.contactPhone: String` may be cleared, `Enterprise.name: String!`
 *   may not: BAD_USER_INPUT). Anywhere else a null input field means "not given", as if absent, so
 *   services see one form of "nothing".
 */
import { getMetadataStorage as validatorMetadata } from "class-validator";
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { getMetadataStorage as typeGraphqlMetadata } from "type-graphql";
import { badInput } from "./errors";
import { UUID } from "./sql";
import { msg, type Message } from "./messages";

/** Default maximum length of a text input, in characters: names, titles, codes, searches. */
export const TEXT_MAX = 200;
/** Free text (notes, descriptions, reasons, terms) without a declared limit. */
export const LONG_TEXT_MAX = 2000;
const LONG_TEXT_NAME = /(note|description|reason|terms)$/i;

/** Allowed years, inclusive. Agreements began in 2016; 2100 is far enough for planning. */
export const YEAR_RANGES: Record<string, readonly [number, number]> = {
  year: [2000, 2100],
  birthYear: [1900, 2100],
};

const NUL = /\u0000/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` breaks the text rule, or null. Never includes the text itself. */
export function textProblem(text: string, max: number): Message | null {
  if (NUL.test(text)) return msg("文本不能包含空字符", "Text must not contain NUL characters");
  if (LONE_SURROGATE.test(text))
    return msg("文本含无效字符", "Text contains an invalid character (unpaired surrogate)");
  // Code points, as class-validator's MaxLength counts; the cheap UTF-16 length first.
  if (text.length > max && [...text].length > max)
    return msg(`文本过长,最多 ${max} 个字符`, `Text too long: at most ${max} characters`);
  return null;
}

export const isUuid = (v: string) => UUID.test(v);

/**
 * Declared `@MaxLength` per input class and property, read from class-validator's metadata so
 * the decorator stays the one place where a field's limit is written.
 */
function declaredMaxLengths(): Map<string, number> {
  const byType = new Map<string, number>();
  const classes = [...typeGraphqlMetadata().inputTypes, ...typeGraphqlMetadata().argumentTypes];
  for (const c of classes) {
    const metas = validatorMetadata().getTargetValidationMetadatas(c.target as Function, "", true, false);
    for (const m of metas) {
      if (m.name === "maxLength" && typeof m.constraints?.[0] === "number") {
        const key = `${c.name}.${m.propertyName}`;
        byType.set(key, Math.min(byType.get(key) ?? Infinity, m.constraints[0]));
      }
    }
  }
  return byType;
}

/** Where a value sits, for limits and the null rule. */
interface Position {
  /** Input type name (`RecordReportedFigureInput`) or `Parent.field` for an argument. */
  owner: string;
  name: string;
  /** For input fields of an update input: whether null may clear it. */
  clearable?: boolean;
  inUpdate?: boolean;
}

export interface InputGuard {
  /** Checks and normalises a field's arguments in place; throws BAD_USER_INPUT naming the field. */
  (args: Record<string, unknown>): void;
}

/** The limit of a text position; exported for the fuzz test and docs. */
export function textLimit(limits: Map<string, number>, owner: string, name: string): number {
  return limits.get(`${owner}.${name}`) ?? (LONG_TEXT_NAME.test(name) ? LONG_TEXT_MAX : TEXT_MAX);
}

/**
 * For each `Update…Input`, which of its nullable fields null may clear: those whose namesake on
 * the mutation's result type (`contactPhone`, or `homeRegion` for `homeRegionId`) is nullable.
 */
function clearableFields(schema: GraphQLSchema): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const mutation = schema.getMutationType();
  if (!mutation) return out;
  for (const field of Object.values(mutation.getFields())) {
    const result = getNamedType(field.type);
    for (const arg of field.args) {
      const input = getNamedType(arg.type);
      if (!isInputObjectType(input) || !input.name.startsWith("Update")) continue;
      const set = out.get(input.name) ?? new Set<string>();
      out.set(input.name, set);
      if (!isObjectType(result)) continue;
      const outFields = result.getFields();
      for (const f of Object.values(input.getFields())) {
        const namesake = outFields[f.name] ?? outFields[f.name.replace(/Ids?$/, "")];
        if (namesake && !isNonNullType(namesake.type) && !isNonNullType(f.type)) set.add(f.name);
      }
    }
  }
  return out;
}

/**
 * Wraps every field that takes arguments (queries, mutations and nested fields such as
 * `Pairing.agreement(year:)`) so its arguments are checked before its resolver runs.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  const limits = declaredMaxLengths();
  const clearable = clearableFields(schema);

  const check = (value: unknown, type: GraphQLInputType, at: Position): unknown => {
    if (value === null || value === undefined) return value;
    const t = getNullableType(type) as GraphQLInputType;
    if (isListType(t)) {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) list[i] = check(list[i], t.ofType, at);
      return list;
    }
    if (isInputObjectType(t)) {
      checkObject(value as Record<string, unknown>, t);
      return value;
    }
    if (!isScalarType(t)) return value; // enums are closed sets graphql-js already checked
    if (t.name === "ID") {
      if (typeof value !== "string" || !isUuid(value)) throw badInput(at.name, msg("编号格式不正确", "Not a valid id"));
    } else if (t.name === "String") {
      const problem = textProblem(value as string, textLimit(limits, at.owner, at.name));
      if (problem) throw badInput(at.name, problem);
    } else if (t.name === "Int" && YEAR_RANGES[at.name]) {
      const [min, max] = YEAR_RANGES[at.name];
      if ((value as number) < min || (value as number) > max)
        throw badInput(at.name, msg(`年份须在 ${min}–${max} 之间`, `Year must be between ${min} and ${max}`));
    }
    return value;
  };

  const checkObject = (obj: Record<string, unknown>, type: GraphQLInputObjectType) => {
    const fields = type.getFields();
    const update = clearable.get(type.name);
    for (const key of Object.keys(obj)) {
      const f: GraphQLInputField | undefined = fields[key];
      if (!f) continue;
      if (obj[key] === null) {
        if (update && !update.has(key)) throw badInput(key, msg("此项不能清空", "This field cannot be cleared (null)"));
        if (!update) delete obj[key]; // null = not given
        continue;
      }
      obj[key] = check(obj[key], f.type, { owner: type.name, name: key });
    }
  };

  const guardFor = (parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): InputGuard => {
    const owner = `${parent.name}.${field.name}`;
    const args: readonly GraphQLArgument[] = field.args;
    return (values) => {
      for (const a of args) {
        const v = values[a.name];
        if (v === null && !isNonNullType(a.type)) {
          delete values[a.name];
          continue;
        }
        values[a.name] = check(v, a.type, { owner, name: a.name });
      }
    };
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const guard = guardFor(type, field);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        guard(args as Record<string, unknown>);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** Every text position's effective limit (for the fuzz test and docs): `Owner.field` → characters. */
export function describeTextLimits(schema: GraphQLSchema): Map<string, number> {
  const limits = declaredMaxLengths();
  const out = new Map<string, number>();
  const isText = (t: GraphQLInputType) => getNamedType(t).name === "String";
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields()))
        if (isText(f.type)) out.set(`${type.name}.${f.name}`, textLimit(limits, type.name, f.name));
    } else if (isObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        for (const a of field.args)
          if (isText(a.type))
            out.set(`${type.name}.${field.name}.${a.name}`, textLimit(limits, `${type.name}.${field.name}`, a.name));
    }
  }
  return out;
}
