import { createHash } from "node:crypto";
import Redis from "ioredis";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";

/** Tables kept here by raw SQL (no entity class): shared infrastructure, no module's. */
export const rawTables = ["rate_limit_counter"] as const;

/**
 * Rate limits and login locks that hold across every server process (design: "processes share
 * nothing in memory"). One interface, `CounterStore`: a fixed-window counter per key, kept in
 * PostgreSQL (table `rate_limit_counter`, one atomic upsert per hit) or in Redis when `REDIS_URL`
 * is set. `MemoryCounterStore` is for unit tests only.
 *
 * Every call goes through the pool, never a mutation's transaction: a refusal rolls the
 * transaction back, and the failure it counts must stay counted.
 */
export interface CounterWindow {
  /** Hits in the open window. */
  count: number;
  /** Milliseconds until the window closes and the count starts again from zero. */
  resetInMs: number;
}

export interface CounterStore {
  readonly kind: "postgresql" | "redis" | "memory";
  /** Adds one hit to `key`, opening a window of `windowMs` when none is open; atomic across processes. */
  hit(key: string, windowMs: number): Promise<CounterWindow>;
  /** The open window of `key`, or null. */
  peek(key: string): Promise<CounterWindow | null>;
  /**
   * Takes one hit back from an open window (never below zero; nothing when none is open): an
   * attempt counted by `hit` before it was judged that turned out not to be a failure.
   */
  unhit(key: string): Promise<void>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Keys hold addresses and usernames: only a hash of them is stored (scope stays readable). */
const storedKey = (scope: string, key: string) =>
  `${scope}:${createHash("sha256").update(key).digest("base64url").slice(0, 32)}`;

/**
 * "N failures in a window lock the door until the window ends", over any `CounterStore`.
 * `hit` counts an attempt before it is judged, so parallel attempts cannot slip past the check.
 */
export class FailureLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly scope: string,
    readonly maxFailures: number,
    readonly windowMs: number,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  async blockedFor(key: string): Promise<number> {
    const w = await this.store.peek(storedKey(this.scope, key));
    return w && w.count >= this.maxFailures ? Math.max(1, Math.ceil(w.resetInMs / 1000)) : 0;
  }

  /**
   * Counts one attempt and says whether it is over the limit: seconds to wait, or 0 when this
   * attempt may go ahead (its success should then `reset` the key).
   */
  async attempt(key: string): Promise<number> {
    const w = await this.store.hit(storedKey(this.scope, key), this.windowMs);
    return w.count > this.maxFailures ? Math.max(1, Math.ceil(w.resetInMs / 1000)) : 0;
  }

  /**
   * Gives back an attempt counted by `attempt` that was no failure after all (a success, or a
   * refusal by another limit before the password was checked).
   */
  async giveBack(key: string): Promise<void> {
    await this.store.unhit(storedKey(this.scope, key));
  }

  /** The failures counted for `key` in the open window (0 when none is open). */
  async count(key: string): Promise<number> {
    return (await this.store.peek(storedKey(this.scope, key)))?.count ?? 0;
  }

  async fail(key: string): Promise<void> {
    await this.store.hit(storedKey(this.scope, key), this.windowMs);
  }

  async reset(key: string): Promise<void> {
    await this.store.clear(storedKey(this.scope, key));
  }
}

/** One process only: unit tests. */
export class MemoryCounterStore implements CounterStore {
  readonly kind = "memory";
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number): Promise<CounterWindow> {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t >= w.resetAt) this.windows.set(key, (w = { count: 0, resetAt: t + windowMs }));
    w.count += 1;
    return { count: w.count, resetInMs: w.resetAt - t };
  }
  async peek(key: string): Promise<CounterWindow | null> {
    const t = this.now();
    const w = this.windows.get(key);
    return w && t < w.resetAt ? { count: w.count, resetInMs: w.resetAt - t } : null;
  }
  async unhit(key: string): Promise<void> {
    const w = this.windows.get(key);
    if (w && this.now() < w.resetAt) w.count = Math.max(0, w.count - 1);
  }
  async clear(key: string): Promise<void> {
    this.windows.delete(key);
  }
  async close(): Promise<void> {}
}

const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray((result as unknown[])[0]) ? (result as T[][])[0] : (result as T[]);

/**
 * PostgreSQL: one row per key; a hit is one `INSERT … ON CONFLICT DO UPDATE`, which the row lock
 * makes atomic between processes. An expired window restarts in the same statement. Expired rows
 * are swept now and then (about one hit in 200), so the table stays as small as its open windows.
 */
export class PostgresCounterStore implements CounterStore {
  readonly kind = "postgresql";
  constructor(private readonly db: DataSource) {}

  async hit(key: string, windowMs: number): Promise<CounterWindow> {
    const rows = rowsOf<{ count: number; reset_in_ms: number }>(
      await this.db.query(
        `INSERT INTO rate_limit_counter AS c (key, count, reset_at)
              VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
         ON CONFLICT (key) DO UPDATE SET
              count = CASE WHEN c.reset_at <= clock_timestamp() THEN 1 ELSE c.count + 1 END,
              reset_at = CASE WHEN c.reset_at <= clock_timestamp() THEN EXCLUDED.reset_at ELSE c.reset_at END
         RETURNING c.count, (extract(epoch FROM c.reset_at - clock_timestamp()) * 1000)::float8 AS reset_in_ms`,
        [key, windowMs],
      ),
    );
    if (Math.random() < 0.005)
      void this.db.query(`DELETE FROM rate_limit_counter WHERE reset_at < clock_timestamp()`).catch(() => {});
    return { count: rows[0].count, resetInMs: Math.max(0, rows[0].reset_in_ms) };
  }

  async peek(key: string): Promise<CounterWindow | null> {
    const rows = rowsOf<{ count: number; reset_in_ms: number }>(
      await this.db.query(
        `SELECT count, (extract(epoch FROM reset_at - clock_timestamp()) * 1000)::float8 AS reset_in_ms
           FROM rate_limit_counter WHERE key = $1 AND reset_at > clock_timestamp()`,
        [key],
      ),
    );
    return rows[0] ? { count: rows[0].count, resetInMs: Math.max(0, rows[0].reset_in_ms) } : null;
  }

  async unhit(key: string): Promise<void> {
    await this.db.query(
      `UPDATE rate_limit_counter SET count = greatest(count - 1, 0) WHERE key = $1 AND reset_at > clock_timestamp()`,
      [key],
    );
  }

  async clear(key: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_counter WHERE key = $1`, [key]);
  }

  async close(): Promise<void> {}
}

/** INCR and set the expiry of a new window in one step (a Lua script runs atomically in Redis). */
const HIT_SCRIPT = `
local c = redis.call('INCR', KEYS[1])
local t = redis.call('PTTL', KEYS[1])
if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); t = tonumber(ARGV[1]) end
return {c, t}`;

/** DECR only an open window above zero (a DECR on a missing key would create one without expiry). */
const UNHIT_SCRIPT = `
if (tonumber(redis.call('GET', KEYS[1]) or '0') > 0) then redis.call('DECR', KEYS[1]) end
return 0`;

/**
 * Redis when `REDIS_URL` is set: a key per counter that expires with its window.
 *
 * When Redis cannot answer (down, unreachable, slower than 2 s), every call falls back to
 * PostgreSQL — never to "no limit": the limits still hold, counted in the database, and login
 * keeps working. Each change of state is logged once (`rate_limit_store` warn / info). While
 * processes disagree on whether Redis is up, an address could get at most one extra limit's worth
 * of attempts (one window in each store); that is the price of not locking everyone out.
 */
export class RedisCounterStore implements CounterStore {
  readonly kind = "redis";
  private readonly redis: Redis;
  private degraded = false;
  /** Settles at the first connection or after a second: calls made while starting wait for it. */
  private readonly firstConnect: Promise<void>;

  constructor(
    url: string,
    private readonly fallback: CounterStore,
    private readonly log: Logger,
    private readonly prefix = "xiezuo:rl:",
  ) {
    this.redis = new Redis(url, {
      // Fail fast instead of queueing commands for a server that is not there.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      // Not 500 ms, as it was: the timer runs on this process's event loop, so a busy server counts
      // its own stalls against Redis. Under CI's load a burst of sixty logins timed out a hit whose
      // answer was already in the socket, fell back to PostgreSQL's separate count, and let a 31st
      // attempt through (login-burst.test). A Redis that is down is seen at once (status not ready).
      commandTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 200, 5000),
    });
    this.redis.on("error", () => this.degrade("connection error"));
    this.redis.on("ready", () => {
      if (this.degraded) this.log.info({ event: "rate_limit_store", store: "redis" }, "rate limits: Redis is back");
      this.degraded = false;
    });
    this.redis.defineCommand("xiezuoHit", { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis.defineCommand("xiezuoUnhit", { numberOfKeys: 1, lua: UNHIT_SCRIPT });
    this.firstConnect = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 1000);
      timer.unref();
      this.redis.once("ready", () => (clearTimeout(timer), resolve()));
    });
  }

  private degrade(reason: string) {
    if (!this.degraded)
      this.log.warn(
        { event: "rate_limit_store", store: "postgresql", reason },
        "rate limits: Redis unavailable, counting in PostgreSQL",
      );
    this.degraded = true;
  }

  private async withFallback<T>(viaRedis: () => Promise<T>, viaFallback: () => Promise<T>): Promise<T> {
    await this.firstConnect;
    if (this.redis.status !== "ready") {
      this.degrade(`status ${this.redis.status}`);
      return viaFallback();
    }
    try {
      return await viaRedis();
    } catch (e) {
      this.degrade((e as Error).message);
      return viaFallback();
    }
  }

  hit(key: string, windowMs: number): Promise<CounterWindow> {
    return this.withFallback(
      async () => {
        const [count, ttl] = await (
          this.redis as unknown as { xiezuoHit(k: string, w: number): Promise<[number, number]> }
        ).xiezuoHit(this.prefix + key, windowMs);
        return { count, resetInMs: ttl };
      },
      () => this.fallback.hit(key, windowMs),
    );
  }

  peek(key: string): Promise<CounterWindow | null> {
    return this.withFallback(
      async () => {
        const [[, count], [, ttl]] = (await this.redis
          .multi()
          .get(this.prefix + key)
          .pttl(this.prefix + key)
          .exec()) as [[null, string | null], [null, number]];
        return count && ttl > 0 ? { count: Number(count), resetInMs: ttl } : null;
      },
      () => this.fallback.peek(key),
    );
  }

  unhit(key: string): Promise<void> {
    return this.withFallback(
      async () => {
        await (this.redis as unknown as { xiezuoUnhit(k: string): Promise<number> }).xiezuoUnhit(this.prefix + key);
      },
      () => this.fallback.unhit(key),
    );
  }

  clear(key: string): Promise<void> {
    // Clear both: a count made in PostgreSQL during an outage must not outlive a success.
    return this.withFallback(
      async () => {
        await this.redis.del(this.prefix + key);
        await this.fallback.clear(key);
      },
      () => this.fallback.clear(key),
    );
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** The store a server uses: Redis when configured (falling back to PostgreSQL), else PostgreSQL. */
export function createCounterStore(redisUrl: string | null, db: DataSource, log: Logger): CounterStore {
  const pg = new PostgresCounterStore(db);
  return redisUrl ? new RedisCounterStore(redisUrl, pg, log) : pg;
}
