import DataLoader from "dataloader";
import type { EntityTarget } from "typeorm";
import { loader, type RequestContext } from "./context";
import type { Scope } from "./scoped";

/**
 * A DataLoader factory for rows of one entity by id (null for an unknown id), for `loader(ctx, …)`.
 * Unscoped: only for following relations from rows the caller already may see.
 */
export function rowsById<T extends { id: string }>(
  entity: EntityTarget<T>,
): (ctx: RequestContext) => DataLoader<string, T | null> {
  return (ctx) =>
    new DataLoader<string, T | null>(async (ids) => {
      // Plain SQL and the driver's hydration, not Repository.findBy: TypeORM builds and parses its
      // query on every call, about 4 % of an order operation's CPU for a placement's three loads
      // (buyer, products, supplier; issue 14). The same columns, the same values.
      const rows = (await ctx.manager.query(selectByIds(ctx, entity), [[...ids]])) as Record<string, unknown>[];
      const map = new Map(rows.map((r) => [r.id as string, entityFromRow(ctx, entity, r)]));
      return ids.map((id) => map.get(id) ?? null);
    });
}

const byIdsSql = new WeakMap<object, string>();
/** `SELECT <the selectable columns> FROM <table> WHERE id = ANY($1)`, made once per entity. */
function selectByIds(ctx: RequestContext, entity: EntityTarget<unknown>): string {
  const metadata = ctx.manager.connection.getMetadata(entity);
  let sql = byIdsSql.get(metadata);
  if (!sql) {
    const q = (name: string) => ctx.manager.connection.driver.escape(name);
    const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual).map((c) => q(c.databaseName));
    const table = metadata.tablePath.split(".").map(q).join(".");
    sql = `SELECT ${columns.join(", ")} FROM ${table} WHERE id = ANY($1)`;
    byIdsSql.set(metadata, sql);
  }
  return sql;
}

/**
 * The entity from a row as the driver returned it (a plain SELECT, or a write's RETURNING *): each
 * column under its property, through the driver's hydration as TypeORM's own reads do (timestamps
 * to Date, …); a column the row lacks stays unset.
 */
export function entityFromRow<T>(ctx: RequestContext, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = ctx.manager.connection.getMetadata(entity);
  const driver = ctx.manager.connection.driver;
  const e = metadata.create() as T;
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    if (value !== undefined) column.setEntityValue(e as object, driver.prepareHydratedValue(value, column));
  }
  return e;
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
): (ctx: RequestContext) => DataLoader<string, T | null> {
  return (ctx) =>
    new DataLoader<string, T | null>(async (ids) => {
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
