import type { EntityTarget, ObjectLiteral, WhereExpressionBuilder } from "typeorm";
import type { AuthUser, Role } from "./auth";
import type { RequestContext } from "./context";
import { notFound } from "./errors";
import { UUID } from "./sql";
import type { Message } from "./messages";

/**
 * A row condition with its named parameters (see DESIGN.md, "Scope is a WHERE clause"): what every
 * scope function returns and every query takes, `qb.where(scope.sql, scope.params)` or, for raw
 * SQL, `positional(scope, n)`. Build one with `cond` and `param`, never by writing `:name` by hand:
 * each parameter then has a name of its own, so any number of conditions combine in one query.
 */
export interface Scope {
  readonly sql: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Every row (admins), and no row (no user, a role without access). */
export const EVERY_ROW: Scope = Object.freeze({ sql: "TRUE", params: Object.freeze({}) });
export const NO_ROW: Scope = Object.freeze({ sql: "FALSE", params: Object.freeze({}) });

/**
 * The prefix of every generated parameter name. Hand-written parameters elsewhere in a query must
 * not start with it; a counter makes the rest unique in the process, so two conditions built apart
 * never share a name (TypeORM numbers them `$n` in order, so the SQL text sent is the same).
 */
const PREFIX = "scope_";
let sequence = 0;

/**
 * A parameter bag: an object without prototype, which V8 keeps as a hash table from the start. The
 * names are new on every call, and on an ordinary object each new name made V8 build a new hidden
 * class (and `cond` copying them, another per name): an order operation names about 80 parameters,
 * and this was 5 % of its CPU.
 */
function bag(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** One value as a parameter of a condition: interpolate it in `cond`. */
export function param(value: unknown): Scope {
  sequence = sequence >= Number.MAX_SAFE_INTEGER ? 1 : sequence + 1;
  const name = `${PREFIX}${sequence}`;
  const params = bag();
  params[name] = value;
  return { sql: `:${name}`, params };
}

/** Copies the parameters of `from` into `into`. */
function addParams(into: Record<string, unknown>, from: Readonly<Record<string, unknown>>) {
  for (const name in from) into[name] = from[name];
}

/**
 * A column or alias that may be written into SQL: `alias`, `alias.column` (no quotes, no spaces).
 * Anything else is a programming error — a value must go through `param` — and throws.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not an SQL identifier: ${JSON.stringify(name.slice(0, 40))}`);
  return name;
}

/**
 * A condition from SQL text: the template's literal parts are SQL; an interpolated `Scope` (a
 * `param`, another condition) is inlined with its parameters; an interpolated string must be an
 * identifier (an alias or `alias.column`) and is written as is.
 *
 *   cond`${alias}.buyer_id = ${param(u.buyerId)}`
 *   cond`${alias}.id IN (SELECT s.order_id FROM sub_order s WHERE ${inSubtree("s.west_county_id", id)})`
 */
export function cond(text: TemplateStringsArray, ...parts: (Scope | string)[]): Scope {
  let sql = text[0];
  const params = bag();
  parts.forEach((part, i) => {
    if (typeof part === "string") sql += identifier(part);
    else {
      sql += part.sql;
      addParams(params, part.params);
    }
    sql += text[i + 1];
  });
  return { sql, params };
}

/** All of the conditions (TRUE for none). */
export function allOf(...scopes: Scope[]): Scope {
  if (!scopes.length) return EVERY_ROW;
  return scopes.length === 1 ? scopes[0] : joined(scopes, " AND ");
}

/** Any of the conditions (FALSE for none). */
export function anyOf(...scopes: Scope[]): Scope {
  if (!scopes.length) return NO_ROW;
  return scopes.length === 1 ? scopes[0] : joined(scopes, " OR ");
}

function joined(scopes: Scope[], op: string): Scope {
  const params = bag();
  for (const s of scopes) addParams(params, s.params);
  return { sql: `(${scopes.map((s) => `(${s.sql})`).join(op)})`, params };
}

/** Who sees what: a row condition per role, from the signed-in user. */
export type ScopeByRole = Partial<Record<Role, (user: AuthUser) => Scope>>;

/**
 * The row scope for the request's user from a table of rules per role. A role the table does not
 * name sees nothing, and so does a request without a user: access is granted, never left over.
 */
export function scopeByRole(ctx: RequestContext, rules: ScopeByRole): Scope {
  const user = ctx.user;
  const rule = user ? rules[user.role] : undefined;
  return user && rule ? rule(user) : NO_ROW;
}

/**
 * A condition for raw SQL with positional parameters, numbered from `$first` in the order the names
 * first appear: every occurrence of a name becomes the same `$n` (a `::type` cast is left alone).
 */
export function positional(scope: Scope, first: number): { sql: string; params: unknown[] } {
  const index = new Map<string, number>();
  const params: unknown[] = [];
  const sql = scope.sql.replace(/(?<!:):([A-Za-z0-9_.]+)/g, (whole, name: string) => {
    if (!Object.hasOwn(scope.params, name)) return whole;
    let n = index.get(name);
    if (n === undefined) {
      params.push(scope.params[name]);
      n = first + params.length - 1;
      index.set(name, n);
    }
    return `$${n}`;
  });
  return { sql, params };
}

/** Adds a condition to a TypeORM query (AND), with its parameters. */
export function andWhere<Q extends WhereExpressionBuilder>(qb: Q, scope: Scope): Q {
  qb.andWhere(scope.sql, scope.params);
  return qb;
}

/**
 * One row by id within a scope, or NOT_FOUND (naming `field`): rows outside the scope are not
 * confirmed to exist. Ids that are not UUIDs are NOT_FOUND without a query.
 */
export async function findInScope<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  alias: string,
  scope: Scope,
  id: string,
  what: Message,
  field?: string,
): Promise<T> {
  const row = UUID.test(id)
    ? await ctx.manager
        .getRepository(entity)
        .createQueryBuilder(alias)
        .where(scope.sql, scope.params)
        .andWhere(`${alias}.id = :scopedId`, { scopedId: id })
        .getOne()
    : null;
  if (!row) throw notFound(what, field);
  return row;
}

/**
 * How another module's rows make a row of this module readable: for the caller, a sub-select of
 * the ids they name (`(SELECT rso.buyer_id FROM sub_order rso WHERE …)`) as a condition. The
 * referencing module adds one to the referenced module's extension point; it names only its own
 * tables, and the referenced module never imports it.
 */
export type Reference = (ctx: RequestContext) => Scope;

/** `base`, or the row's id named by any of `references`, on alias `alias` (a read scope, issue 8). */
export function readableThrough(
  ctx: RequestContext,
  alias: string,
  base: Scope,
  references: readonly Reference[],
): Scope {
  return anyOf(base, ...references.map((reference) => cond`${alias}.id IN ${reference(ctx)}`));
}
