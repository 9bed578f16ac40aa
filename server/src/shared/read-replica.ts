import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "./context";

/**
 * Board reads on a streaming replica (`DATABASE_READ_URL`, docs/scaling.md).
 *
 * A board service starts with `ctx = await boardReads(ctx)`: outside a transaction, with a replica
 * configured, it gets a context whose `manager` (and fresh DataLoaders) read the replica; otherwise
 * the context it was given. Never inside a mutation's transaction: there `ctx.inTransaction` keeps
 * every read on the transaction's own connection.
 *
 * Replication lag: a replica may be a little behind. A user who has just written reads the primary
 * for `READ_YOUR_WRITES_MS` after each mutation (`readYourWritesPlugin` marks the user in the shared
 * counter store, Redis or PostgreSQL, so the mark holds on every API process); everyone else may see
 * a board up to the replica's lag behind (well under a second on a healthy standby).
 */
export const READ_YOUR_WRITES_MS = 5_000;

const recentWriteKey = (userId: string) => `rw:${userId}`;

/** One choice per request (keyed by the request's loader map), so nested fields batch on one context. */
const chosen = new WeakMap<object, Promise<RequestContext>>();

export function boardReads(ctx: RequestContext): Promise<RequestContext> {
  if (!ctx.readDb || ctx.inTransaction) return Promise.resolve(ctx);
  let choice = chosen.get(ctx.loaders);
  if (!choice) {
    choice = chooseReader(ctx, ctx.readDb);
    chosen.set(ctx.loaders, choice);
  }
  return choice;
}

async function chooseReader(ctx: RequestContext, readDb: NonNullable<RequestContext["readDb"]>) {
  if (ctx.user && ctx.counters && (await ctx.counters.peek(recentWriteKey(ctx.user.id)))) return ctx;
  return { ...ctx, manager: readDb.manager, loaders: new Map() } satisfies RequestContext;
}

/** Marks the caller of every mutation as "just wrote" (only when a replica is configured). */
export function readYourWritesPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue: ctx }) {
          if (operation?.operation !== "mutation" || !ctx.readDb || !ctx.user || !ctx.counters) return;
          await ctx.counters.hit(recentWriteKey(ctx.user.id), READ_YOUR_WRITES_MS);
        },
      };
    },
  };
}
