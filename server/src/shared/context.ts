import type DataLoader from "dataloader";
import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../config";
import type { AuthUser } from "./auth";
import type { CounterStore } from "./rate-limit";
import type { Locale } from "./messages";
import { poolQuery, rowsOf } from "./sql";

/**
 * Built once per GraphQL request. Services take it first. `manager` is the pool's outside a
 * mutation and the mutation's one transaction inside it (see `inTransaction`): nothing inside a
 * transaction may query through the pool (on the embedded database that deadlocks).
 */
export interface RequestContext {
  readonly config: Config;
  readonly db: DataSource;
  /** A streaming replica for board reads (shared/read-replica.ts `boardReads`); absent = the primary. */
  readonly readDb?: DataSource;
  readonly manager: EntityManager;
  readonly user: AuthUser | null;
  readonly log: Logger;
  readonly ip: string;
  /** The client's User-Agent header, cut to 200 characters (the login log keeps it); absent when seeding. */
  readonly userAgent?: string;
  readonly requestId: string;
  /** The language this request reads messages in (messages.ts `localeOf`); absent when seeding (zh-CN). */
  readonly locale?: Locale;
  /** The bearer token of this request, if any (logout revokes it). Never logged. */
  readonly token: string | null;
  /** Per-request DataLoaders, created on first use by `loader()`. */
  readonly loaders: Map<unknown, DataLoader<unknown, unknown>>;
  readonly inTransaction: boolean;
  /** Rate limits and login locks shared by every process (PostgreSQL or Redis); absent in seeding contexts. */
  readonly counters?: CounterStore;
}

/** Gets this request's instance of a DataLoader, creating it from `factory` on first use. */
export function loader<K, V, C = K, L extends DataLoader<K, V, C> = DataLoader<K, V, C>>(
  ctx: RequestContext,
  factory: (ctx: RequestContext) => L,
): L {
  let l = ctx.loaders.get(factory) as L | undefined;
  if (!l) {
    l = factory(ctx);
    // DataLoader's loadMany resolves a failed batch (the database did not answer) to Error values,
    // which callers read as "not found": a valid order was refused as "Unknown product". Our batch
    // functions return null for a miss and never an Error, so an Error is a failure: reject with it.
    const one = l;
    one.loadMany = ((keys: readonly K[]) => Promise.all(keys.map((k) => one.load(k)))) as typeof one.loadMany;
    ctx.loaders.set(factory, l as unknown as DataLoader<unknown, unknown>);
  }
  return l;
}

/**
 * Runs `work` in one transaction with a context bound to it (fresh loaders reading through the
 * transaction). A thrown error rolls everything back: one mutation, one transaction.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  // READ COMMITTED is PostgreSQL's default (and PGlite's): naming it here made TypeORM send a
  // `SET TRANSACTION ISOLATION LEVEL` after `START TRANSACTION`, one more round trip per mutation.
  const result = await ctx.db.transaction((manager) =>
    work({ ...ctx, manager: oneQueryAtATime(manager), loaders: new Map(), inTransaction: true }),
  );
  committed();
  return result;
}

/**
 * A mutation whose whole transaction is ONE statement (issue 14): sent on its own, which PostgreSQL
 * runs as a transaction of its own — no BEGIN and COMMIT round trips, no query runner taken from the
 * pool and given back. The statement rolls itself back by calling `refuse_statement(answer)`
 * (migration 045); `refusedWith` reads the answer from the error. Inside an enclosing transaction
 * (seeding) it runs under a savepoint, so a refusal takes back this statement alone and leaves the
 * enclosing transaction usable. The committed hooks run as after `inTransaction`.
 */
export async function inOneStatement(ctx: RequestContext, sql: string, params: unknown[]): Promise<unknown> {
  if (!ctx.inTransaction) {
    const result: unknown = await preparedQuery(ctx, sql, params);
    committed();
    return result;
  }
  await ctx.manager.query("SAVEPOINT one_statement");
  try {
    const result: unknown = await ctx.manager.query(sql, params);
    await ctx.manager.query("RELEASE SAVEPOINT one_statement");
    return result;
  } catch (e) {
    await ctx.manager.query("ROLLBACK TO SAVEPOINT one_statement");
    throw e;
  }
}

/**
 * One statement as a named prepared statement on pg's pool (`poolQuery`), when the context's manager
 * is the data source's own (no connection bound to it: not inside a transaction, the demo loader's
 * included); else on the manager, as any query.
 */
export async function preparedQuery<T = any>(ctx: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
  if (ctx.manager.queryRunner) return rowsOf<T>(await ctx.manager.query(sql, params));
  return poolQuery<T>(ctx.manager.connection, sql, params, { prepared: true });
}

/** The answer a statement refused with (`refuse_statement`, SQLSTATE XZ001), or undefined for any other error. */
export function refusedWith<T>(e: unknown): T | undefined {
  const err = e as { code?: string; detail?: string; driverError?: { code?: string; detail?: string } };
  const code = err?.code ?? err?.driverError?.code;
  const detail = err?.detail ?? err?.driverError?.detail;
  return code === "XZ001" && typeof detail === "string" ? (JSON.parse(detail) as T) : undefined;
}

/**
 * A transaction is one connection, and one connection runs one query at a time. Services read in
 * parallel (`Promise.all` over loaders and helpers) and that is right outside a transaction, where
 * each query takes a pool connection; inside one, node-postgres 8 queues the overlapping calls
 * itself but warns that it will stop doing so (pg 9). The transaction's query runner therefore
 * chains its queries explicitly, in the order they were asked for, whatever the callers do.
 * Returns the manager it was given.
 */
export function oneQueryAtATime(manager: EntityManager): EntityManager {
  const runner = manager.queryRunner;
  if (!runner || (runner as { chained?: boolean }).chained) return manager;
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<typeof query>) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as typeof runner.query;
  (runner as { chained?: boolean }).chained = true;
  return manager;
}

const committedHooks = new Set<() => void>();

/** A mutation's transaction has committed (`inTransaction`, `inOneStatement`): the hooks take note. */
function committed(): void {
  for (const hook of committedHooks) hook();
}

/**
 * Calls `hook` (synchronously, so it must only take note) after each committed `inTransaction`: the
 * integrity module's sealer learns that there are rows to link. Answers the unsubscribe function.
 */
export function onCommitted(hook: () => void): () => void {
  committedHooks.add(hook);
  return () => committedHooks.delete(hook);
}
