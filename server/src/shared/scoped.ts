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
 * A parameter bag: an object without prototype, which V8 keeps as a hash table from the start (on
 * an ordinary object each new name made V8 build a new hidden class).
 */
function bag(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/**
 * Conditions are trees — SQL text, parameters, identifiers, other conditions — and are rendered
 * only when a query takes them: `positional` walks the tree into `$n` text for raw SQL (what the
 * hot paths send), and `sql`/`params` name the parameters for TypeORM on first read. Names were
 * made, bags copied at every level and the text searched for them with a regex on every call: an
 * order operation builds about 80 parameters in nested conditions, and that was 4.5 % of its CPU
 * (issue 14).
 */
abstract class Tree implements Scope {
  private named?: Scope;
  get sql(): string {
    return (this.named ??= this.nameParameters()).sql;
  }
  get params(): Readonly<Record<string, unknown>> {
    return (this.named ??= this.nameParameters()).params;
  }
  /** The named form: SQL with `:name` for each parameter, and the names' values. */
  protected abstract nameParameters(): Scope;
}

class Param extends Tree {
  constructor(readonly value: unknown) {
    super();
  }
  protected nameParameters(): Scope {
    sequence = sequence >= Number.MAX_SAFE_INTEGER ? 1 : sequence + 1;
    const name = `${PREFIX}${sequence}`;
    const params = bag();
    params[name] = this.value;
    return { sql: `:${name}`, params };
  }
}

/** SQL text around parts: `texts[0] parts[0] texts[1] … parts[n-1] texts[n]`. */
class Condition extends Tree {
  constructor(
    readonly texts: readonly string[],
    readonly parts: readonly (Scope | string)[],
  ) {
    super();
  }
  protected nameParameters(): Scope {
    let sql = this.texts[0];
    const params = bag();
    this.parts.forEach((part, i) => {
      if (typeof part === "string") sql += part;
      else {
        sql += part.sql;
        const from = part.params;
        for (const name in from) params[name] = from[name];
      }
      sql += this.texts[i + 1];
    });
    return { sql, params };
  }
}

/** One value as a parameter of a condition: interpolate it in `cond`. */
export function param(value: unknown): Scope {
  return new Param(value);
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
  for (const part of parts) if (typeof part === "string") identifier(part);
  return new Condition(text, parts);
}

/** SQL pieces one after another with `separator` (SQL text) between them: a statement's CTEs, a list. */
export function joinedSql(parts: readonly Scope[], separator: string): Scope {
  if (parts.length === 0) return new Condition([""], []);
  return new Condition(["", ...parts.slice(1).map(() => separator), ""], parts);
}

/**
 * The values as a list of parameters, `$a, $b, …`, for `IN (…)` or `ARRAY[…]`. Unlike one array
 * parameter, the list's length is in the text, so a prepared statement's generic plan is made for
 * the right number of rows: PostgreSQL estimates an array parameter at 10 elements, and where the
 * rows fan out (a sub-select per row) that generic plan costs more than a plan made for the real
 * values, so it plans the statement again on every call (issue 14: the placement's read, 1.1 ms
 * of planning per order for 2 products). One text per length: bound the length at the edge.
 */
export function paramList(values: readonly unknown[]): Scope {
  return joinedSql(values.map(param), ", ");
}

/** All of the conditions (TRUE for none). */
export function allOf(...scopes: Scope[]): Scope {
  if (!scopes.length) return EVERY_ROW;
  return scopes.length === 1 ? scopes[0] : bracketed(scopes, " AND ");
}

/** Any of the conditions (FALSE for none). */
export function anyOf(...scopes: Scope[]): Scope {
  if (!scopes.length) return NO_ROW;
  return scopes.length === 1 ? scopes[0] : bracketed(scopes, " OR ");
}

/** `((a) op (b) …)`. */
function bracketed(scopes: Scope[], op: string): Scope {
  return new Condition(["((", ...scopes.slice(1).map(() => `)${op}(`), "))"], scopes);
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
 * A condition for raw SQL with positional parameters, numbered from `$first` in the order they
 * first appear: every occurrence of one parameter (the same `param`, or in a hand-built scope the
 * same name) becomes the same `$n` (a `::type` cast is left alone). The text depends only on the
 * condition's shape, never on the values: the same call site sends the same text, which is what
 * lets a prepared statement be reused (sql.ts).
 */
export function positional(scope: Scope, first: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const byParam = new Map<Param, number>();
  const byName = new Map<string, number>();
  const numbered = (n: number | undefined, value: unknown) => {
    if (n !== undefined) return n;
    params.push(value);
    return first + params.length - 1;
  };
  const render = (s: Scope): string => {
    if (s instanceof Param) {
      const n = numbered(byParam.get(s), s.value);
      byParam.set(s, n);
      return `$${n}`;
    }
    if (s instanceof Condition) {
      let sql = s.texts[0];
      for (let i = 0; i < s.parts.length; i++) {
        const part = s.parts[i];
        sql += typeof part === "string" ? part : render(part);
        sql += s.texts[i + 1];
      }
      return sql;
    }
    // A scope written as text with named parameters (EVERY_ROW, an ORDER BY list, an older helper).
    const named = s.params;
    return s.sql.replace(/(?<!:):([A-Za-z0-9_.]+)/g, (whole, name: string) => {
      if (!Object.hasOwn(named, name)) return whole;
      const n = numbered(byName.get(name), named[name]);
      byName.set(name, n);
      return `$${n}`;
    });
  };
  return { sql: render(scope), params };
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
