import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ASTNode,
  type DocumentNode,
  type ExecutableDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { type Message, msg } from "./messages";

/**
 * The guards every GraphQL document passes before anything runs (issue 8, "query guards that cost
 * nothing to run"). Each check is linear in the size of the document as written: a fragment is
 * measured once and its figures reused wherever it is spread, so a few kilobytes of fragments that
 * spread each other cannot make a guard expand an exponential tree. The parser's token limit bounds
 * the document itself; everything after it is bounded by the tokens.
 */
export interface QueryLimits {
  /** Fields nested inside each other, counted from the operation (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Estimated cost: each field 1, a field with `first` multiplies its children by `first`. */
  maxCost: number;
  /** Aliases written in the document (a fragment counts once, however often it is spread). */
  maxAliases: number;
  /** Lexical tokens of the document: the parser stops there (graphql-js `maxTokens`). */
  maxTokens: number;
}

/**
 * Directives on one field, fragment or operation. An executable document only has @include and
 * @skip (each at most once per place, graphql's UniqueDirectivesPerLocation): 2 is all a real
 * client needs; more is spam that every later rule would walk.
 */
export const MAX_DIRECTIVES_PER_PLACE = 4;
/** Operations and fragments in one document: the web app sends one operation and at most two fragments. */
export const MAX_DEFINITIONS = 100;

/** Why a guard refused a document: `extensions.reason` of the refusal, stable for clients. */
export type GuardReason = "TOKENS" | "DEPTH" | "COST" | "ALIASES" | "DIRECTIVES" | "DEFINITIONS";

/** Costs beyond this are all "too much": arithmetic saturates here instead of reaching Infinity. */
const SATURATED = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number) => Math.min(SATURATED, a + b);
const mul = (a: number, b: number) => Math.min(SATURATED, a * b);

/** Parser options: the token limit makes parsing itself bounded, whatever the body holds. */
export const parseOptions = (limits: Pick<QueryLimits, "maxTokens">): ParseOptions => ({ maxTokens: limits.maxTokens });

/** Figures of one operation or fragment, relative to where it starts. */
interface Measure {
  depth: number;
  cost: number;
}

/** What a walk needs to price a `first` argument given as a variable. */
interface Variables {
  /** The request's variable values; null while validating (values not known yet). */
  values: Record<string, unknown> | null;
  /** Default values written in the operation (`$first: Int = 50`). */
  defaults: Map<string, number>;
  /** Set when a `first` was a variable: the cost then depends on the request, not on the document alone. */
  read?: boolean;
}

/** Fragment definitions in an order where every fragment comes after the fragments it spreads. */
function fragmentsInSpreadOrder(
  fragments: Map<string, FragmentDefinitionNode>,
  spreads: Map<string, Set<string>>,
): FragmentDefinitionNode[] {
  // Kahn's algorithm, iterative: a chain of a thousand fragments must not recurse a thousand deep.
  // Fragments on a cycle never reach in-degree 0 and are left out: graphql's NoFragmentCycles refuses them.
  const waiting = new Map<string, number>();
  const spreadBy = new Map<string, string[]>();
  for (const [name, uses] of spreads) {
    if (!fragments.has(name)) continue;
    let known = 0;
    for (const used of uses) {
      if (!fragments.has(used)) continue; // unknown fragments: KnownFragmentNames refuses them
      known++;
      let list = spreadBy.get(used);
      if (!list) spreadBy.set(used, (list = []));
      list.push(name);
    }
    waiting.set(name, known);
  }
  const ready = [...waiting].filter(([, n]) => n === 0).map(([name]) => name);
  const order: FragmentDefinitionNode[] = [];
  while (ready.length) {
    const name = ready.pop()!;
    order.push(fragments.get(name)!);
    for (const user of spreadBy.get(name) ?? []) {
      const left = waiting.get(user)! - 1;
      waiting.set(user, left);
      if (left === 0) ready.push(user);
    }
  }
  return order;
}

/** The schema field a selection names, when its parent type has fields (unknown fields: other rules). */
function fieldDefinition(
  parent: GraphQLNamedType | undefined,
  node: FieldNode,
): GraphQLField<unknown, unknown> | undefined {
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[node.name.value] : undefined;
}

/**
 * The page size a field asks for, as the old estimator read it: the literal, the variable's value
 * (while validating, a variable counts as 1: the request's values are checked again before
 * execution), the operation's default, else the argument's default in the schema.
 */
function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, vars: Variables): number {
  const arg = node.arguments?.find((a) => a.name.value === "first");
  const fallback = field?.args.find((a) => a.name === "first")?.defaultValue;
  let value: unknown = fallback;
  if (arg?.value.kind === Kind.INT) value = Number(arg.value.value);
  else if (arg?.value.kind === Kind.VARIABLE) {
    vars.read = true;
    const name = arg.value.name.value;
    if (vars.values === null) value = 1;
    else if (name in vars.values) value = vars.values[name];
    else value = vars.defaults.get(name) ?? fallback;
  } else if (arg) value = undefined; // null or a wrong kind: coercion refuses it
  return typeof value === "number" && Number.isFinite(value) ? Math.max(value, 1) : 1;
}

/**
 * Depth and cost of a selection set, bottom-up. Spreads read the measure of their fragment, which
 * is computed before (spread order), so each fragment is walked once per document. The recursion
 * follows only the nesting written in one definition, which the parser has already recursed through.
 * Union and interface branches are summed, an upper bound of the old per-type maximum.
 */
function measureSelections(
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  schema: GraphQLSchema,
  measured: Map<string, Measure>,
  vars: Variables,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      const field = fieldDefinition(parent, s);
      let inner: Measure = { depth: 0, cost: 0 };
      if (s.selectionSet) {
        const type = field ? getNamedType(field.type) : undefined;
        inner = measureSelections(s.selectionSet, type, schema, measured, vars);
      }
      depth = Math.max(depth, inner.depth + 1);
      cost = add(cost, add(1, mul(inner.cost, pageSize(s, field, vars))));
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
      const inner = measureSelections(s.selectionSet, type, schema, measured, vars);
      depth = Math.max(depth, inner.depth);
      cost = add(cost, inner.cost);
    } else {
      const inner = measured.get(s.name.value); // unknown or cyclic: refused by graphql's own rules
      if (inner) {
        depth = Math.max(depth, inner.depth);
        cost = add(cost, inner.cost);
      }
    }
  }
  return { depth, cost };
}

/** Measures every fragment once, in spread order. */
function measureFragments(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  spreads: Map<string, Set<string>>,
  vars: Variables,
): Map<string, Measure> {
  const measured = new Map<string, Measure>();
  for (const f of fragmentsInSpreadOrder(fragments, spreads)) {
    measured.set(
      f.name.value,
      measureSelections(f.selectionSet, schema.getType(f.typeCondition.name.value), schema, measured, vars),
    );
  }
  return measured;
}

const rootType = (schema: GraphQLSchema, op: OperationDefinitionNode): GraphQLCompositeType | undefined =>
  (op.operation === "query"
    ? schema.getQueryType()
    : op.operation === "mutation"
      ? schema.getMutationType()
      : schema.getSubscriptionType()) ?? undefined;

function variableDefaults(op: OperationDefinitionNode): Map<string, number> {
  const defaults = new Map<string, number>();
  for (const v of op.variableDefinitions ?? []) {
    if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, Number(v.defaultValue.value));
  }
  return defaults;
}

/** What one pass over the written document counts: no fragment is followed. */
interface Census {
  fragments: Map<string, FragmentDefinitionNode>;
  operations: OperationDefinitionNode[];
  /** Fragment names spread directly inside each fragment. */
  spreads: Map<string, Set<string>>;
  aliases: number;
  /** The most directives on any one place. */
  directives: number;
  definitions: number;
}

/** One iterative walk over the document as written (a stack, not recursion, not graphql's visitor). */
function census(document: DocumentNode): Census {
  const c: Census = {
    fragments: new Map(),
    operations: [],
    spreads: new Map(),
    aliases: 0,
    directives: 0,
    definitions: document.definitions.length,
  };
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) c.operations.push(def);
    else if (def.kind === Kind.FRAGMENT_DEFINITION) c.fragments.set(def.name.value, def);
    else continue; // type definitions: ExecutableDefinitions refuses them
    const own = new Set<string>();
    if (def.kind === Kind.FRAGMENT_DEFINITION) c.spreads.set(def.name.value, own);
    c.directives = Math.max(c.directives, def.directives?.length ?? 0);
    for (const v of (def as ExecutableDefinitionNode).variableDefinitions ?? [])
      c.directives = Math.max(c.directives, v.directives?.length ?? 0);
    const stack: SelectionSetNode[] = [def.selectionSet];
    while (stack.length) {
      for (const s of stack.pop()!.selections) {
        c.directives = Math.max(c.directives, s.directives?.length ?? 0);
        if (s.kind === Kind.FRAGMENT_SPREAD) own.add(s.name.value);
        else {
          if (s.kind === Kind.FIELD && s.alias) c.aliases++;
          if (s.selectionSet) stack.push(s.selectionSet);
        }
      }
    }
  }
  return c;
}

function refusal(reason: GuardReason, limit: number, message: Message, actual?: number): GraphQLError {
  return new GraphQLError(message.zh, {
    extensions: { reason, limit, ...(actual === undefined ? {} : { actual }), messages: message.texts },
  });
}

/**
 * Checks a parsed document against the limits, variables unknown. Returns the refusals (empty when
 * the document passes). Linear in the document's size.
 */
export function checkDocument(document: DocumentNode, schema: GraphQLSchema, limits: QueryLimits): GraphQLError[] {
  const c = census(document);
  const errors: GraphQLError[] = [];
  if (c.definitions > MAX_DEFINITIONS) {
    errors.push(
      refusal(
        "DEFINITIONS",
        MAX_DEFINITIONS,
        msg(`文档中的操作和片段过多 (${c.definitions} > ${MAX_DEFINITIONS})`, "Too many operations and fragments"),
        c.definitions,
      ),
    );
  }
  if (c.directives > MAX_DIRECTIVES_PER_PLACE) {
    errors.push(
      refusal(
        "DIRECTIVES",
        MAX_DIRECTIVES_PER_PLACE,
        msg(`同一位置的指令过多 (${c.directives} > ${MAX_DIRECTIVES_PER_PLACE})`, "Too many directives in one place"),
        c.directives,
      ),
    );
  }
  if (c.aliases > limits.maxAliases) {
    errors.push(
      refusal(
        "ALIASES",
        limits.maxAliases,
        msg(`查询别名过多 (${c.aliases} > ${limits.maxAliases})`, "Too many aliases"),
        c.aliases,
      ),
    );
  }
  if (errors.length) return errors; // the rest would only add work to a refused document
  const vars: Variables = { values: null, defaults: new Map() };
  const measured = measureFragments(schema, c.fragments, c.spreads, vars);
  let depth = 0;
  let cost = 0;
  for (const op of c.operations) {
    const m = measureSelections(op.selectionSet, rootType(schema, op), schema, measured, vars);
    depth = Math.max(depth, m.depth);
    cost = Math.max(cost, m.cost);
  }
  if (depth > limits.maxDepth)
    errors.push(
      refusal("DEPTH", limits.maxDepth, msg(`查询嵌套过深 (${depth} > ${limits.maxDepth})`, "Query too deep"), depth),
    );
  if (cost > limits.maxCost) errors.push(tooExpensive(cost, limits.maxCost));
  return errors;
}

const tooExpensive = (cost: number, max: number) =>
  refusal(
    "COST",
    max,
    msg(`查询代价过高 (${cost >= SATURATED ? "∞" : cost} > ${max}),请减少分页大小`, "Query too expensive"),
    Math.min(cost, SATURATED),
  );

/**
 * Estimated cost of the operation a request runs, with the request's variables for `first`.
 * Linear: fragments are measured once each.
 */
export function operationCost(
  document: DocumentNode,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  values: Record<string, unknown>,
): number {
  return measureOperation(document, schema, operation, values).cost;
}

/** The cost, and whether any `first` of it was a variable (else the cost is the document's alone). */
function measureOperation(
  document: DocumentNode,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  values: Record<string, unknown>,
): { cost: number; variable: boolean } {
  const c = census(document);
  const vars: Variables = { values, defaults: variableDefaults(operation) };
  const measured = measureFragments(schema, c.fragments, c.spreads, vars);
  const cost = measureSelections(operation.selectionSet, rootType(schema, operation), schema, measured, vars).cost;
  return { cost, variable: vars.read === true };
}

/** An empty document: what the other validation rules walk once this one has refused. */
const NOTHING: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

/**
 * The guards as a validation rule. It looks at the whole document when the walk enters it, before
 * any other rule has looked at a selection. On refusal it reports why and hands the walk an empty
 * document instead (a visitor that returns a node replaces the one entered, for every rule walking
 * in parallel): graphql's own rules, some of them quadratic in the fields of a selection, never
 * walk a refused document. Apollo answers 400 GRAPHQL_VALIDATION_FAILED with `reason` and `limit`.
 */
export function queryGuards(limits: QueryLimits): ValidationRule {
  return (context) => ({
    Document(node): ASTNode | undefined {
      const errors = checkDocument(node, context.getSchema(), limits);
      if (!errors.length) return undefined;
      for (const e of errors) context.reportError(e);
      return NOTHING;
    },
  });
}

/**
 * What is checked once the request's variables are known, and how refusals look on the wire:
 * - the cost again, with the variables' values for `first` (validation counted a variable as 1);
 *   refused with the same code, reason and limit as in validation, HTTP 400;
 * - the parser's token refusal gets `reason: "TOKENS"` and its limit beside GRAPHQL_PARSE_FAILED;
 * - in production, no "Did you mean …?" in any message (Apollo's hideSchemaDetailsFromClientErrors
 *   covers validation only; variable coercion suggests enum values and input fields too), so the
 *   schema does not leak through errors while introspection is off.
 */
export function queryGuardsPlugin(limits: QueryLimits, production: boolean): ApolloServerPlugin {
  // Apollo keeps each parsed and validated document (its document store) and hands the same nodes
  // to every request sending that text: an operation whose page sizes are all written in it costs
  // the same every time, so it is measured once. One with a variable `first` is measured per request.
  const fixedCost = new WeakMap<OperationDefinitionNode, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          let cost = fixedCost.get(operation);
          if (cost === undefined) {
            const m = measureOperation(document, schema, operation, request.variables ?? {});
            cost = m.cost;
            if (!m.variable) fixedCost.set(operation, cost);
          }
          if (cost > limits.maxCost) {
            const e = tooExpensive(cost, limits.maxCost);
            throw new GraphQLError(e.message, {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", ...e.extensions, http: { status: 400 } },
            });
          }
        },
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            // graphql 16 writes "more that N tokens"; accept the spelling it may be corrected to.
            if (/^Syntax Error: Document contains more (?:than|that) \d+ tokens/.test(e.message)) {
              Object.assign(e.extensions, { reason: "TOKENS", limit: limits.maxTokens });
            }
            if (production) e.message = withoutSuggestions(e.message);
          }
        },
      };
    },
  };
}

/** graphql-js ends messages with ' Did you mean "x"?' (didYouMean): the names it offers are the schema's. */
export const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/s, "");
