import DataLoader from "dataloader";
import type { DataSource, EntityTarget } from "typeorm";
import { loader, preparedQuery, type RequestContext } from "./context";
import type { Scope } from "./scoped";

/**
 * A DataLoader of rows by id that also answers, without a promise, for the rows primed into it
 * (`peek`): a relation whose rows came with the page (the catalogue's suppliers and counties,
 * issue 14) then resolves in place, where a promise per row costs graphql-js a promise per parent
 * object too (promiseForObject). `peek` answers exactly what `load` would: a primed value only while
 * it is the one cached — not when the key was loaded or primed before (prime then changes nothing),
 * nor after `clear`/`clearAll`.
 */
export class PrimedLoader<V> extends DataLoader<string, V> {
  /** Keys the cache holds (loaded or primed since their last clear). */
  private readonly cached = new Set<string>();
  /** Those of them cached by `prime` with a plain value: that value. */
  private readonly primed = new Map<string, V>();

  /** The primed value (a row, null: primed as absent) or undefined when `load` must answer. */
  peek(id: string): V | undefined {
    return this.primed.get(id);
  }

  override load(id: string): Promise<V> {
    this.cached.add(id);
    return super.load(id);
  }

  override prime(id: string, value: V | PromiseLike<V> | Error): this {
    if (!this.cached.has(id)) {
      this.cached.add(id);
      if (!(value instanceof Error) && !isPromiseLike(value)) this.primed.set(id, value);
    }
    return super.prime(id, value);
  }

  override clear(id: string): this {
    this.cached.delete(id);
    this.primed.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.cached.clear();
    this.primed.clear();
    return super.clearAll();
  }
}

/**
 * Composite loader keys "id|rest…" grouped by their rest, each group's ids in key order: a batch
 * function's one statement per group (a period, a year and a page size) for all the ids asked in it.
 */
export function idsByRest(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const cut = k.indexOf("|");
    const rest = k.slice(cut + 1);
    const ids = groups.get(rest);
    if (ids) ids.push(k.slice(0, cut));
    else groups.set(rest, [k.slice(0, cut)]);
  }
  return groups;
}

const isPromiseLike = (v: unknown): v is PromiseLike<unknown> =>
  typeof (v as PromiseLike<unknown> | null)?.then === "function";

/** Loaders of rows by id (null for an unknown id) that answer primed rows in place. */
export type RowLoader<T> = PrimedLoader<T | null>;

/** The row `id` from `rows`: in place when primed (PrimedLoader.peek), else through the loader. */
export function loadRow<V>(rows: PrimedLoader<V>, id: string): V | Promise<V> {
  const row = rows.peek(id);
  return row !== undefined ? row : rows.load(id);
}

/**
 * A DataLoader factory for rows of one entity by id (null for an unknown id), for `loader(ctx, …)`.
 * Unscoped: only for following relations from rows the caller already may see.
 */
export function rowsById<T extends { id: string }>(entity: EntityTarget<T>): (ctx: RequestContext) => RowLoader<T> {
  return (ctx) =>
    new PrimedLoader<T | null>(async (ids) => {
      // Plain SQL and the driver's hydration, not Repository.findBy: TypeORM builds and parses its
      // query on every call, about 4 % of an order operation's CPU for a placement's three loads
      // (buyer, products, supplier; issue 14). The same columns, the same values. Prepared (one text
      // per entity): PostgreSQL parsed and planned it on every call too (the progress screen's
      // regions: 0.19 ms of which 0.17 parse and plan).
      const one = ids.length === 1;
      const rows = await preparedQuery<Record<string, unknown>>(ctx, selectByIds(ctx, entity, one), [
        one ? ids[0] : [...ids],
      ]);
      const map = new Map(rows.map((r) => [r.id as string, entityFromRow(ctx, entity, r)]));
      return ids.map((id) => map.get(id) ?? null);
    });
}

const byIdsSql = new WeakMap<object, { one: string; many: string }>();
/**
 * `SELECT <the selectable columns> FROM <table> WHERE id = ANY($1)`, made once per entity, and
 * `… WHERE id = $1` for a batch of one, the usual batch when following a relation from one row: a
 * prepared statement's generic plan takes an array parameter for 10 elements, which PostgreSQL
 * judged dearer than a plan for the one id on a small table, and so planned it again on every call
 * (orders-statements.test.ts checks that no prepared statement of an order is).
 */
function selectByIds(ctx: RequestContext, entity: EntityTarget<unknown>, one: boolean): string {
  const metadata = ctx.manager.connection.getMetadata(entity);
  let sql = byIdsSql.get(metadata);
  if (!sql) {
    const q = (name: string) => ctx.manager.connection.driver.escape(name);
    const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual).map((c) => q(c.databaseName));
    const table = metadata.tablePath.split(".").map(q).join(".");
    const select = `SELECT ${columns.join(", ")} FROM ${table}`;
    sql = { one: `${select} WHERE id = $1`, many: `${select} WHERE id = ANY($1)` };
    byIdsSql.set(metadata, sql);
  }
  return one ? sql.one : sql.many;
}

/**
 * The entity from a row as the driver returned it (a plain SELECT, or a write's RETURNING *): each
 * column under its property, through the driver's hydration as TypeORM's own reads do (timestamps
 * to Date, …); a column the row lacks stays unset.
 */
export function entityFromRow<T>(ctx: RequestContext, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = ctx.manager.connection.getMetadata(entity);
  const driver = ctx.manager.connection.driver;
  const e = metadata.create() as Record<string, unknown>;
  for (const { column, asIs } of hydrationPlan(metadata)) {
    const value = row[column.databaseName];
    if (value === undefined) continue;
    if (asIs) e[column.propertyName] = value;
    else column.setEntityValue(e, driver.prepareHydratedValue(value, column));
  }
  return e as T;
}

/**
 * Column types TypeORM's PostgreSQL driver hydrates as they come (no branch of its
 * prepareHydratedValue touches them; `@Column() name: string` is typed String): a value, from the
 * driver or from JSON, is set as is — the rest go through the driver's hydration.
 */
const AS_IS = new Set(["uuid", "text", "varchar", "character varying", "char", "character", "int", "integer", "int4"]);

type EntityMetadata = DataSource["entityMetadatas"][number];
type ColumnMetadata = EntityMetadata["columns"][number];

/** Per entity, each column and whether its value is set as is (planned once: entityFromRow runs per row). */
const hydrationPlans = new WeakMap<EntityMetadata, { column: ColumnMetadata; asIs: boolean }[]>();

function hydrationPlan(metadata: EntityMetadata) {
  let plan = hydrationPlans.get(metadata);
  if (!plan) {
    plan = metadata.columns.map((column) => ({
      column,
      asIs:
        (column.type === String || AS_IS.has(String(column.type))) && !column.transformer && !column.embeddedMetadata,
    }));
    hydrationPlans.set(metadata, plan);
  }
  return plan;
}

/**
 * A DataLoader factory for rows of one entity by id within the caller's row scope (null outside it,
 * as for an unknown id): the loader a relation field uses when its target has a scope of its own,
 * so a nested read never returns more than the top-level read (DESIGN.md, "Scope by construction").
 * `scope` is the same function the module's top-level reads use, on alias `alias`.
 */
export function scopedRowsById<T extends { id: string }>(
  entity: EntityTarget<T>,
  alias: string,
  scope: (ctx: RequestContext, alias: string) => Scope,
): (ctx: RequestContext) => RowLoader<T> {
  return (ctx) =>
    new PrimedLoader<T | null>(async (ids) => {
      const { sql, params } = scope(ctx, alias);
      const rows = await ctx.manager
        .getRepository(entity)
        .createQueryBuilder(alias)
        .where(sql, params)
        .andWhere(`${alias}.id IN (:...scopedIds)`, { scopedIds: [...ids] })
        .getMany();
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
}

/**
 * Column types a row read back from JSON would not keep exact (decimals as JSON numbers): entities
 * with such a column are refused by `rowFromJson`.
 */
const INEXACT_IN_JSON = new Set(["numeric", "decimal", "money"]);
/**
 * bigint columns (fen, sequence numbers) come back from JSON as numbers: exact when a safe integer,
 * the rule the driver's own int8 parser applies (db/data-source.ts). A value beyond 2^53 parses to
 * one ≥ 2^53, never to a safe integer, so the check cannot be fooled by the rounding.
 */
const BIGINT = new Set(["bigint", "int8"]);

/**
 * One row of `entity` from `row_to_json(alias)` — another module's row returned by a statement of
 * its own, so that the loader which would read it (one more statement) can be primed instead — made
 * into the entity as TypeORM's own read would (the driver's hydration: timestamps to Date, …).
 */
export function rowFromJson<T extends { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  json: Record<string, unknown>,
): T {
  const metadata = ctx.manager.connection.getMetadata(entity);
  const row: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    if (INEXACT_IN_JSON.has(String(column.type)))
      throw new Error(`${metadata.name}.${column.propertyName}: ${String(column.type)} is not exact in JSON`);
    const value = json[column.databaseName] ?? null;
    if (BIGINT.has(String(column.type)) && value !== null && !Number.isSafeInteger(value))
      throw new RangeError(`${metadata.name}.${column.propertyName}: bigint out of safe range in JSON`);
    row[column.databaseName] = value;
  }
  return entityFromRow(ctx, entity, row);
}

/**
 * Primes the loader `factory` makes (for this request) with rows read as JSON alongside another
 * statement: each `[id, json]`, json null for a row that statement did not return (out of scope,
 * as the loader itself would answer). `alsoUnscoped`, when given, is the same table's unscoped
 * loader: it gets the rows found (never a null, which would hide a row the scope does not cover).
 */
export function primeRowsFromJson<T extends { id: string }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  factory: (ctx: RequestContext) => DataLoader<string, T | null>,
  rows: Iterable<readonly [string, Record<string, unknown> | null]>,
  alsoUnscoped?: (ctx: RequestContext) => DataLoader<string, T | null>,
): void {
  const scoped = loader(ctx, factory);
  const unscoped = alsoUnscoped && loader(ctx, alsoUnscoped);
  const seen = new Set<string>();
  for (const [id, json] of rows) {
    // A page names the same supplier or county many times: one entity each.
    if (seen.has(id)) continue;
    seen.add(id);
    const row = json ? rowFromJson(ctx, entity, json) : null;
    scoped.prime(id, row);
    if (row) unscoped?.prime(id, row);
  }
}
