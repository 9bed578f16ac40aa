import type { DataSource } from "typeorm";
import { inTransaction, onCommitted, type RequestContext } from "../../shared/context";
import type { Logger } from "../../shared/logger";
import { recordAudit } from "../audit/audit.service";
import {
  CHAINS,
  describeReport,
  sealChain,
  verifyAll,
  type ChainName,
  type ChainReport,
  type SqlRunner,
} from "./integrity.verify";

/** The integrity module's tables, kept by raw SQL (the HashChain migration, docs/integrity.md). */
export const rawTables = ["chain_link", "chain_state", "chain_day_head"] as const;

const runner =
  (db: DataSource): SqlRunner =>
  (sql, params) =>
    db.query(sql, params as unknown[]);

export interface ChainStatus {
  chain: ChainName;
  rows: number;
  sealed: number;
  headPos: number;
  headHash: string | null;
  sealedAt: Date | null;
  /** Today's head so far (China time). */
  dayHash: string | null;
  day: string | null;
}

export interface DayHead {
  chain: ChainName;
  day: string;
  chainPos: number;
  hash: string;
}

const hex = (v: unknown) => (v == null ? null : Buffer.from(v as Uint8Array).toString("hex"));

/**
 * Per chain: rows, links, the head and the day's head, as they stand (no sealing here: rows the
 * sealer has not reached yet show as rows − sealed; verify seals first).
 */
export async function integrityStatus(ctx: RequestContext): Promise<ChainStatus[]> {
  const run = runner(ctx.db);
  const out: ChainStatus[] = [];
  for (const chain of CHAINS) {
    const [r] = await run(
      `SELECT integrity_row_count($1) AS rows,
              (SELECT count(*) FROM chain_link WHERE chain = $1) AS sealed,
              h.chain_pos, h.hash, h.sealed_at, d.day::text AS day, d.hash AS day_hash
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (SELECT chain_pos, hash, sealed_at FROM chain_link WHERE chain = $1
                            ORDER BY chain_pos DESC LIMIT 1) h ON true
         LEFT JOIN LATERAL (SELECT day, hash FROM chain_day_head WHERE chain = $1
                            ORDER BY day DESC LIMIT 1) d ON true`,
      [chain],
    );
    out.push({
      chain,
      rows: Number(r.rows),
      sealed: Number(r.sealed),
      headPos: Number(r.chain_pos ?? 0),
      headHash: hex(r.hash),
      sealedAt: (r.sealed_at as Date) ?? null,
      day: (r.day as string) ?? null,
      dayHash: hex(r.day_hash),
    });
  }
  return out;
}

/** The recorded day heads, newest first. */
export async function dayHeads(ctx: RequestContext, limit: number): Promise<DayHead[]> {
  const rows = await ctx.db.query(
    `SELECT chain, day::text AS day, chain_pos, hash FROM chain_day_head ORDER BY day DESC, chain LIMIT $1`,
    [limit],
  );
  return rows.map((r: Record<string, unknown>) => ({
    chain: r.chain as ChainName,
    day: r.day as string,
    chainPos: Number(r.chain_pos),
    hash: hex(r.hash)!,
  }));
}

/**
 * Seals, then walks both chains (outside any transaction: a long read through the pool), then
 * audits the check itself in one short transaction (the audit row is sealed by the next run).
 */
export async function verifyIntegrity(ctx: RequestContext): Promise<ChainReport[]> {
  if (ctx.inTransaction) throw new Error("verifyIntegrity reads through the pool: call it outside a transaction");
  const reports = await verifyAll(runner(ctx.db));
  for (const r of reports) ctx.log.info({ chain: r.chain, checked: r.checked, ms: r.ms }, describeReport(r));
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: "INTEGRITY_VERIFIED",
      entityType: "HashChain",
      entityId: "all",
      change: Object.fromEntries(
        reports.map((r) => [r.chain, r.broken ? `${r.broken.problem} #${r.broken.chainPos ?? r.broken.rowSeq}` : "OK"]),
      ),
    }),
  );
  return reports;
}

/** China time's calendar day (UTC+8, no daylight saving): the day heads' days. */
const chinaDay = (t = new Date()) => new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The sealer of one process: after a committed mutation it links what is new, at most once per
 * `everyMs` (a burst of commits costs one run); once a day (and at start) a full run looks at every
 * row and logs each chain's head of the day before, so it can be kept outside this database.
 */
export function startSealer(db: DataSource, log: Logger, everyMs: number): { stop(): Promise<void> } {
  const run = runner(db);
  let dirty = true;
  let running: Promise<void> | null = null;
  let lastDay = "";
  let stopped = false;
  const unsubscribe = onCommitted(() => {
    dirty = true;
  });
  const tick = async () => {
    const today = chinaDay();
    const full = today !== lastDay;
    if (!dirty && !full) return;
    dirty = false;
    try {
      for (const chain of CHAINS) await sealChain(run, chain, full ? "sweep" : "fast");
      if (full) {
        const heads = await run(
          `SELECT DISTINCT ON (chain) chain, day::text AS day, chain_pos, hash FROM chain_day_head
            WHERE day < $1::date ORDER BY chain, day DESC`,
          [today],
        );
        for (const h of heads)
          log.info({ table: h.chain, day: h.day, pos: Number(h.chain_pos), head: hex(h.hash) }, "chain head");
        lastDay = today;
      }
    } catch (e) {
      dirty = true;
      log.warn({ err: (e as Error).message }, "chain sealer failed; retrying");
    }
  };
  const timer = setInterval(() => {
    if (!running && !stopped) running = tick().finally(() => (running = null));
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
    },
  };
}
