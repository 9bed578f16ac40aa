/**
 * Verifying the hash chains (防篡改, docs/integrity.md) over any SQL runner: the API (through the
 * pool, outside a transaction), `npm run verify-chain` (pg or PGlite directly). The hashing is done
 * by the database functions the HashChain migration owns; this walks them batch by batch.
 */

/** Runs one SQL statement with parameters and answers its rows. */
export type SqlRunner = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export const CHAINS = ["ledger", "audit"] as const;
export type ChainName = (typeof CHAINS)[number];

/** The tables the chains cover (for messages: verify names the row in its table). */
export const CHAIN_TABLE: Record<ChainName, string> = { ledger: "ledger_entry", audit: "audit_entry" };

export type ChainProblem =
  | "CONTENT_CHANGED"
  | "ROW_MISSING"
  | "PREV_HASH_MISMATCH"
  | "LINK_HASH_MISMATCH"
  | "LINK_MISSING"
  | "DAY_HEAD_MISMATCH"
  | "UNSEALED";

export interface ChainBreak {
  chain: ChainName;
  problem: ChainProblem;
  chainPos: number | null;
  rowId: string | null;
  rowSeq: number | null;
  /** For DAY_HEAD_MISMATCH: the day whose recorded head no longer matches its link. */
  day: string | null;
}

export interface ChainReport {
  chain: ChainName;
  checked: number;
  headPos: number;
  headHash: string | null;
  /** The first broken link, or null when the chain is whole. */
  broken: ChainBreak | null;
  ms: number;
}

/** Links checked per statement: large enough that round trips do not count, small enough to stay under statement limits. */
export const VERIFY_BATCH = 50_000;
/** A row the sealer has not linked after this long is reported (it runs every few seconds and daily in full). */
export const UNSEALED_AFTER_MINUTES = 10;

const hex = (v: unknown): string | null =>
  v == null
    ? null
    : Buffer.isBuffer(v)
      ? v.toString("hex")
      : v instanceof Uint8Array
        ? Buffer.from(v).toString("hex")
        : String(v).replace(/^\\x/, "");
const num = (v: unknown): number | null => (v == null ? null : Number(v));

/**
 * fast: rows above the sealer's window (after each commit); sweep: every unlinked recent row (daily,
 * at start); all: every unlinked row whatever its date (the migration; after an outage, by hand).
 */
export type SealMode = "fast" | "sweep" | "all";

/** Links every row the sealer can see (a no-op when there is none); -1 when another sealer holds the chain. */
export async function sealChain(run: SqlRunner, chain: ChainName, mode: SealMode = "fast"): Promise<number> {
  const [row] = await run(`SELECT integrity_seal($1, $2) AS n`, [chain, mode]);
  return Number(row.n);
}

export async function verifyChain(
  run: SqlRunner,
  chain: ChainName,
  options: { batch?: number; unsealedAfterMinutes?: number } = {},
): Promise<ChainReport> {
  const started = Date.now();
  const batch = options.batch ?? VERIFY_BATCH;
  let from = 0;
  let checked = 0;
  let headHash: string | null = null;
  const report = (broken: ChainBreak | null): ChainReport => ({
    chain,
    checked,
    headPos: from,
    headHash,
    broken,
    ms: Date.now() - started,
  });
  for (;;) {
    const [r] = await run(
      `SELECT problem, chain_pos, row_id, row_seq, checked, last_pos, last_hash FROM integrity_verify_batch($1, $2, $3)`,
      [chain, from, batch],
    );
    if (r.problem) {
      checked += Number(r.checked);
      return report({
        chain,
        problem: r.problem as ChainProblem,
        chainPos: num(r.chain_pos),
        rowId: (r.row_id as string) ?? null,
        rowSeq: num(r.row_seq),
        day: null,
      });
    }
    const n = Number(r.checked);
    if (n === 0) break;
    checked += n;
    from = Number(r.last_pos);
    headHash = hex(r.last_hash);
  }
  // The day heads recorded (and logged) must still be the links they named.
  const [day] = await run(
    `SELECT d.day::text AS day, d.chain_pos FROM chain_day_head d
       LEFT JOIN chain_link l ON l.chain = d.chain AND l.chain_pos = d.chain_pos
      WHERE d.chain = $1 AND (l.hash IS NULL OR l.hash <> d.hash) ORDER BY d.day LIMIT 1`,
    [chain],
  );
  if (day)
    return report({
      chain,
      problem: "DAY_HEAD_MISMATCH",
      chainPos: num(day.chain_pos),
      rowId: null,
      rowSeq: null,
      day: String(day.day),
    });
  const minutes = options.unsealedAfterMinutes ?? UNSEALED_AFTER_MINUTES;
  const [u] = await run(
    `SELECT row_id, row_seq FROM integrity_unsealed($1, clock_timestamp() - make_interval(mins => $2))`,
    [chain, minutes],
  );
  if (u?.row_id)
    return report({
      chain,
      problem: "UNSEALED",
      chainPos: null,
      rowId: u.row_id as string,
      rowSeq: num(u.row_seq),
      day: null,
    });
  return report(null);
}

/** Seals what is visible, then verifies every chain. */
export async function verifyAll(
  run: SqlRunner,
  options: { unsealedAfterMinutes?: number; seal?: SealMode } = {},
): Promise<ChainReport[]> {
  const out: ChainReport[] = [];
  for (const chain of CHAINS) {
    await sealChain(run, chain, options.seal);
    out.push(await verifyChain(run, chain, options));
  }
  return out;
}

/** One line per chain for the command and the log. */
export function describeReport(r: ChainReport): string {
  if (!r.broken) return `${r.chain}: OK, ${r.checked} links, head #${r.headPos} ${r.headHash ?? "-"} (${r.ms} ms)`;
  const b = r.broken;
  const where =
    b.problem === "DAY_HEAD_MISMATCH"
      ? `day ${b.day} head at link #${b.chainPos}`
      : `${CHAIN_TABLE[r.chain]} row ${b.rowId ?? "?"} (seq ${b.rowSeq ?? "?"})${b.chainPos ? `, link #${b.chainPos}` : ""}`;
  return `${r.chain}: BROKEN ${b.problem} at ${where}`;
}
