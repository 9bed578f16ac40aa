import { boardReads } from "../../shared/read-replica";
import { Role } from "../../shared/auth";
import { loader, preparedQuery, type RequestContext } from "../../shared/context";
import { today as todayInChina } from "../../shared/dates";
import { badInput, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import { atRisk, expectedByNow, project } from "../../shared/pace";
import type { PageRange } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import { countingPointOf, countingRules } from "../counting/counting.service";
import { BuyerGroup } from "../buyers/buyer.entity";
import { allBuyerRows, buyerFromRow, buyerRegionScope, getBuyer } from "../buyers/buyer.service";
import { checkCountiesInReach } from "../pairings/pairing.service";
import type { Region } from "../regions/region.entity";
import { primeRegions, regionById, regionJson } from "../regions/region.loaders";
import { GroupTarget, Quota, QuotaBasis } from "./quota.entity";
import { UUID } from "../../shared/sql";
import { eastRegionOrOwn, inSubtree, westCountyNamed } from "../regions/region.service";
import { cond, EVERY_ROW, param, positional, type Scope } from "../../shared/scoped";
import {
  SalesChannel,
  type ChannelCount,
  type CountyCount,
  type GroupCompletion,
  QuotaBoard,
  type QuotaCompletion,
  type SetGroupTargetInput,
  type SetQuotaInput,
} from "./quota.inputs";
import { msg } from "../../shared/messages";

export const MAX_QUOTA = 100_000_000_000_00; // ¥100 billion in fen

export interface CounterKey {
  buyerId: string;
  year: number;
  westCountyId: string;
  channel: SalesChannel;
}

/**
 * The one writer of quota counters (DESIGN.md, "Quotas: counted exactly, under concurrency"): one
 * atomic upsert in the caller's transaction, no read-modify-write. Callers take it last, so the
 * hot row stays locked as briefly as possible.
 */
export async function addToQuotaCounter(
  ctx: RequestContext,
  key: CounterKey,
  amount: number,
  confirmed = 0,
): Promise<void> {
  if (!ctx.inTransaction) throw new Error("addToQuotaCounter must run inside the transaction of the state change");
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(confirmed))
    throw new RangeError("quota counters count integer fen");
  if (amount === 0 && confirmed === 0) return;
  await ctx.manager.query(
    `INSERT INTO quota_counter (buyer_id, year, west_county_id, channel, counted, confirmed) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (buyer_id, year, west_county_id, channel)
     DO UPDATE SET counted = quota_counter.counted + EXCLUDED.counted, confirmed = quota_counter.confirmed + EXCLUDED.confirmed`,
    [key.buyerId, key.year, key.westCountyId, key.channel, amount, confirmed],
  );
}

/** A counter's key as SQL expressions (they may read the row of the statement's CTE a caller names). */
export type CounterKeySql = { readonly [K in keyof CounterKey]: Scope };

/**
 * The same upsert as SQL, for a caller that folds it into the last statement of its transaction (a
 * sub-order's step: the state change, its audit and the counted amounts in one statement). The key,
 * `amount` and `confirmed` (integer fen) are SQL expressions over the row of `from` (a CTE of the
 * statement: the step's sub-order and counting point), one upsert per row; nothing is written when
 * both amounts are zero. Still one atomic upsert, no read.
 */
export function quotaCounterUpsert(from: string, key: CounterKeySql, amount: Scope, confirmed: Scope): Scope {
  return cond`INSERT INTO quota_counter AS qc (buyer_id, year, west_county_id, channel, counted, confirmed)
    SELECT x.buyer_id, x.year, x.west_county_id, x.channel, x.amount, x.confirmed
      FROM ${from}, LATERAL (SELECT (${key.buyerId})::uuid AS buyer_id, (${key.year})::int AS year,
                                    (${key.westCountyId})::uuid AS west_county_id, (${key.channel})::text AS channel,
                                    (${amount})::bigint AS amount, (${confirmed})::bigint AS confirmed) x
     WHERE x.amount <> 0 OR x.confirmed <> 0
    ON CONFLICT (buyer_id, year, west_county_id, channel)
    DO UPDATE SET counted = qc.counted + EXCLUDED.counted, confirmed = qc.confirmed + EXCLUDED.confirmed`;
}

/** Derives the amount from its basis; integer arithmetic (BigInt) so no fen is lost or invented. */
export function deriveQuotaAmount(
  input: Pick<SetQuotaInput, "basis" | "amount" | "baseAmount" | "rateBasisPoints" | "headcount" | "perHead">,
): number {
  switch (input.basis) {
    case QuotaBasis.FIXED:
      if (input.amount == null) throw badInput("amount", msg("请输入指标金额", "Enter the quota amount"));
      return input.amount;
    case QuotaBasis.CANTEEN_BUDGET: {
      if (input.baseAmount == null)
        throw badInput("baseAmount", msg("请输入食堂食材采购预算", "Enter the canteen food budget"));
      if (input.baseAmount < 0) throw badInput("baseAmount", msg("金额不能为负", "Cannot be negative"));
      const bp = BigInt(input.rateBasisPoints ?? 1000);
      // Rounded half up to the fen.
      return Number((BigInt(input.baseAmount) * bp + 5000n) / 10000n);
    }
    case QuotaBasis.HEADCOUNT:
      if (input.headcount == null) throw badInput("headcount", msg("请输入人数", "Enter the headcount"));
      if (input.perHead == null || input.perHead <= 0)
        throw badInput("perHead", msg("请输入每人金额", "Enter the amount per head"));
      return Number(BigInt(input.headcount) * BigInt(input.perHead));
  }
}

/** A coordinator sets (or revises) a buyer's quota for a year; audited with before and after. */
export async function setQuota(ctx: RequestContext, input: SetQuotaInput): Promise<Quota> {
  const buyer = await getBuyer(ctx, input.buyerId, "buyerId");
  if (buyer.group === BuyerGroup.OTHER)
    throw badInput("buyerId", msg("“N”类采购方不设指标", "Buyers of the N group carry no quota"));
  const amount = deriveQuotaAmount(input);
  if (amount < 0) throw badInput("amount", msg("金额不能为负", "Cannot be negative"));
  if (amount > MAX_QUOTA) throw badInput("amount", msg("金额过大", "Amount too large"));
  const splits = input.countySplits ?? [];
  const seen = new Set<string>();
  for (const s of splits) {
    const county = await westCountyNamed(ctx, s.countyId, "countyId");
    if (seen.has(county.id)) throw badInput("countyId", msg("县重复", "A county appears twice"));
    seen.add(county.id);
    await checkCountiesInReach(ctx, [county.id], "countyId");
    if (s.amount < 0) throw badInput("amount", msg("金额不能为负", "Cannot be negative"));
  }
  if (splits.reduce((t, s) => t + s.amount, 0) > amount)
    throw badInput("countySplits", msg("分县指标之和超过总指标", "The county splits exceed the quota"));

  const before = await ctx.manager.getRepository(Quota).findOneBy({ buyerId: buyer.id, year: input.year });
  const values = {
    amount,
    basis: input.basis,
    baseAmount: input.basis === QuotaBasis.CANTEEN_BUDGET ? input.baseAmount! : null,
    rateBasisPoints: input.basis === QuotaBasis.CANTEEN_BUDGET ? (input.rateBasisPoints ?? 1000) : null,
    headcount: input.basis === QuotaBasis.HEADCOUNT ? input.headcount! : null,
    perHead: input.basis === QuotaBasis.HEADCOUNT ? input.perHead! : null,
  };
  const rows = await ctx.manager.query(
    `INSERT INTO quota (buyer_id, year, amount, basis, base_amount, rate_bp, headcount, per_head) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (buyer_id, year) DO UPDATE SET amount = EXCLUDED.amount, basis = EXCLUDED.basis, base_amount = EXCLUDED.base_amount,
       rate_bp = EXCLUDED.rate_bp, headcount = EXCLUDED.headcount, per_head = EXCLUDED.per_head RETURNING id`,
    [
      buyer.id,
      input.year,
      values.amount,
      values.basis,
      values.baseAmount,
      values.rateBasisPoints,
      values.headcount,
      values.perHead,
    ],
  );
  const id = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]).id as string;
  await ctx.manager.query(`DELETE FROM quota_county_split WHERE quota_id = $1`, [id]);
  for (const s of splits) {
    await ctx.manager.query(`INSERT INTO quota_county_split (quota_id, west_county_id, amount) VALUES ($1, $2, $3)`, [
      id,
      s.countyId,
      s.amount,
    ]);
  }
  await recordAudit(ctx, {
    action: "QUOTA_SET",
    entityType: "Quota",
    entityId: id,
    change: {
      buyerId: buyer.id,
      year: input.year,
      basis: input.basis,
      before: before ? formatFen(before.amount) : null,
      after: formatFen(amount),
      baseAmount: values.baseAmount != null ? formatFen(values.baseAmount) : null,
      rateBasisPoints: values.rateBasisPoints,
      headcount: values.headcount,
      perHead: values.perHead != null ? formatFen(values.perHead) : null,
      splits: splits.length,
    },
  });
  return ctx.manager.getRepository(Quota).findOneByOrFail({ id });
}

export async function setGroupTarget(ctx: RequestContext, input: SetGroupTargetInput): Promise<GroupTarget> {
  const region = await eastRegionOrOwn(ctx, input.eastRegionId, "eastRegionId");
  if (input.group === BuyerGroup.OTHER) throw badInput("group", msg("“N”类不设指标", "The N group carries no quota"));
  if (input.amount < 0) throw badInput("amount", msg("金额不能为负", "Cannot be negative"));
  const before = await ctx.manager
    .getRepository(GroupTarget)
    .findOneBy({ eastRegionId: region.id, group: input.group, year: input.year });
  await ctx.manager.query(
    `INSERT INTO group_target (east_region_id, buyer_group, year, amount) VALUES ($1, $2, $3, $4)
     ON CONFLICT (east_region_id, buyer_group, year) DO UPDATE SET amount = EXCLUDED.amount`,
    [region.id, input.group, input.year, input.amount],
  );
  await recordAudit(ctx, {
    action: "GROUP_TARGET_SET",
    entityType: "GroupTarget",
    entityId: `${region.code}/${input.group}/${input.year}`,
    change: { before: before ? formatFen(before.amount) : null, after: formatFen(input.amount) },
  });
  return Object.assign(new GroupTarget(), {
    eastRegionId: region.id,
    group: input.group,
    year: input.year,
    amount: input.amount,
  });
}

/**
 * Removes a buyer's quota for a year (its county splits go with it): the buyer then carries none
 * that year, and its purchases still count on the board. Out-of-scope buyers and a year without a
 * quota: NOT_FOUND. Audited with what was removed.
 */
export async function removeQuota(ctx: RequestContext, buyerId: string, year: number): Promise<boolean> {
  const buyer = await getBuyer(ctx, buyerId, "buyerId");
  const quota = await ctx.manager.getRepository(Quota).findOneBy({ buyerId: buyer.id, year });
  if (!quota) throw notFound(msg("消费任务指标", "Quota"));
  const splits: { n: number }[] = await ctx.manager.query(
    `SELECT count(*)::int AS n FROM quota_county_split WHERE quota_id = $1`,
    [quota.id],
  );
  await ctx.manager.query(`DELETE FROM quota WHERE id = $1`, [quota.id]); // splits: ON DELETE CASCADE
  await recordAudit(ctx, {
    action: "QUOTA_REMOVED",
    entityType: "Quota",
    entityId: quota.id,
    change: {
      buyerId: buyer.id,
      year,
      basis: quota.basis,
      before: formatFen(quota.amount),
      splits: Number(splits[0]?.n ?? 0),
    },
  });
  return true;
}

/**
 * The group targets (分类任务) of a year: a coordinator's own region's (the ones setGroupTarget
 * writes by default); admins every region's, or one region's when named.
 */
export async function listGroupTargets(
  ctx: RequestContext,
  year: number,
  eastRegionId?: string,
): Promise<GroupTarget[]> {
  const u = ctx.user!;
  const qb = ctx.manager.getRepository(GroupTarget).createQueryBuilder("g").where("g.year = :year", { year });
  if (u.role === Role.ADMIN) {
    if (eastRegionId) qb.andWhere("g.east_region_id = :r", { r: UUID.test(eastRegionId) ? eastRegionId : null });
  } else {
    qb.andWhere("g.east_region_id = :r", { r: u.regionId });
  }
  const order = Object.values(BuyerGroup);
  const rows = await qb.orderBy("g.east_region_id", "ASC").getMany();
  return rows.sort((a, b) => (a.eastRegionId === b.eastRegionId ? order.indexOf(a.group) - order.indexOf(b.group) : 0));
}

/** Days left in `year` after today (China's calendar): 0 for past years, the whole year for future ones. */
export function daysLeftIn(year: number, now = new Date()): number {
  const end = Date.UTC(year, 11, 31);
  const today = Date.parse(`${todayInChina(now)}T00:00:00Z`);
  if (today > end) return 0;
  const start = Date.UTC(year, 0, 1);
  return Math.round((end - Math.max(today, start)) / 86_400_000) + (today < start ? 1 : 0);
}

/**
 * The buyer's pace (the same rule as the ledger's projection, shared/pace.ts, linear: the counters
 * keep no dates, so there is no seasonality to read): expected by `asOf`, projected to 31 December,
 * at risk when a quota is set and the projection falls short of it.
 */
export function quotaPace(quota: number | null, counted: number, year: number, asOf: string = todayInChina()) {
  const projection = project({ year, asOf, delivered: counted });
  return {
    expected: quota == null ? null : expectedByNow(quota, year, asOf),
    projected: projection.projected,
    atRisk: atRisk(quota, projection),
  };
}

/**
 * For the daily reminders job only (modules/notifications; no user, so no scope: never exposed to
 * GraphQL): every buyer with a positive quota for `year` and its counted amount.
 */
export async function quotaStandings(
  ctx: RequestContext,
  year: number,
): Promise<{ buyerId: string; quota: number; counted: number }[]> {
  const rows: { buyer_id: string; amount: string; counted: string }[] = await ctx.manager.query(
    `SELECT q.buyer_id, q.amount,
            COALESCE((SELECT SUM(c.counted) FROM quota_counter c WHERE c.buyer_id = q.buyer_id AND c.year = q.year), 0) AS counted
       FROM quota q WHERE q.year = $1 AND q.amount > 0 ORDER BY q.buyer_id`,
    [year],
  );
  return rows.map((r) => ({ buyerId: r.buyer_id, quota: Number(r.amount), counted: Number(r.counted) }));
}

const ratio = (counted: number, quota: number | null) =>
  quota && quota > 0 ? Math.round((counted / quota) * 10000) / 10000 : null;

interface CounterRow {
  buyer_id: string;
  west_county_id: string;
  channel: SalesChannel;
  counted: number;
  confirmed: number;
}

async function countyAndChannel(
  ctx: RequestContext,
  rows: Omit<CounterRow, "buyer_id">[],
  splits: Map<string, number>,
): Promise<{ byCounty: CountyCount[]; byChannel: ChannelCount[] }> {
  const counties = new Map<string, number>();
  const channels = new Map<SalesChannel, number>();
  for (const r of rows) {
    counties.set(r.west_county_id, (counties.get(r.west_county_id) ?? 0) + Number(r.counted));
    channels.set(r.channel, (channels.get(r.channel) ?? 0) + Number(r.counted));
  }
  for (const id of splits.keys()) if (!counties.has(id)) counties.set(id, 0);
  const regions = (await loader(ctx, regionById).loadMany([...counties.keys()])) as Region[];
  const byCounty = regions
    .map((county, i) => ({ county, counted: [...counties.values()][i], quota: splits.get(county.id) ?? null }))
    .sort((a, b) => a.county.code.localeCompare(b.county.code));
  const byChannel = Object.values(SalesChannel).map((channel) => ({ channel, counted: channels.get(channel) ?? 0 }));
  return { byCounty, byChannel };
}

/** One buyer's completion: a buyer sees its own only; a coordinator its region's (else NOT_FOUND). */
export async function getQuotaCompletion(ctx: RequestContext, buyerId: string, year: number): Promise<QuotaCompletion> {
  const buyer = await getBuyer(ctx, buyerId, "buyerId");
  const quota = await ctx.manager.getRepository(Quota).findOneBy({ buyerId: buyer.id, year });
  const rows: CounterRow[] = await ctx.manager.query(
    `SELECT buyer_id, west_county_id, channel, counted, confirmed FROM quota_counter WHERE buyer_id = $1 AND year = $2`,
    [buyer.id, year],
  );
  const splitRows: { west_county_id: string; amount: number }[] = quota
    ? await ctx.manager.query(`SELECT west_county_id, amount FROM quota_county_split WHERE quota_id = $1`, [quota.id])
    : [];
  const counted = rows.reduce((t, r) => t + Number(r.counted), 0);
  const q = buyer.group === BuyerGroup.OTHER ? null : (quota?.amount ?? null);
  const [rule] = await countingRules(ctx, [year]);
  return {
    buyer,
    year,
    quota: q,
    counted,
    confirmed: rows.reduce((t, r) => t + Number(r.confirmed), 0),
    countsFrom: rule.countsFrom,
    remaining: Math.max(0, (q ?? 0) - counted),
    completion: ratio(counted, q),
    daysLeft: daysLeftIn(year),
    ...quotaPace(q, counted, year),
    ...(await countyAndChannel(ctx, rows, new Map(splitRows.map((s) => [s.west_county_id, Number(s.amount)])))),
  };
}

/**
 * The east regions whose buyers the caller sees (admins and coordinators see whole regions), as the
 * CTE `reg` (id), with `n` (ranked) (two CTEs, for a statement's WITH): how many of their buyers carry a positive quota for `year` —
 * both from the summaries of migration 38, a handful of rows whatever the number of buyers.
 */
function regionsInScope(ctx: RequestContext, year: number): Scope {
  return cond`reg AS (SELECT DISTINCT t.east_region_id AS id FROM quota_buyer_tally t
                            WHERE ${buyerRegionScope(ctx, "t.east_region_id")}),
    n AS (SELECT COALESCE(SUM(g.ranked), 0)::bigint AS ranked FROM quota_group_tally g
           WHERE g.year = ${param(year)} AND g.east_region_id IN (SELECT id FROM reg))`;
}

interface StandingRow {
  id: string;
  name: string;
  east_region_id: string;
  buyer_group: string;
  amount: string | number | null;
  counted: string | number;
  confirmed: string | number;
}

/** Every buyer of the scope (the export and grading's scorecard, which need all of them). */
const EVERY_BUYER: PageRange = { offset: 0, first: 2 ** 31 - 1 };

/**
 * The board's buyers (QuotaBoard.buyers) in the board's order: those with a positive quota first,
 * lowest completion first — counted ÷ quota compared exactly (quota_standing.rank, migration 38) —
 * then the rest; ties by name, then id. `ctes` (reg, n, top, rest, p) go in a statement's WITH;
 * `rows` is then the page as a sub-select (StandingRow, with `part` and `rank` to order it by:
 * BOARD_ORDER), read alone (quotaBoardBuyers) or inside the board's own statement (getQuotaBoard).
 *
 * Each part is read per east region of the scope along an index in the board's order (ranked
 * buyers: quota_standing_board; the rest: buyer's (east_region_id, name)) and the regions' runs
 * merged, so a page reads at most offset + first rows per region, never the whole scope. The rest
 * skips the ranked buyers it meets in name order (a page deep in a scope mostly ranked reads them).
 */
function boardBuyersQuery(ctx: RequestContext, year: number, page: PageRange): { ctes: Scope; rows: Scope } {
  const offset = param(page.offset);
  const first = param(page.first);
  const y = param(year);
  return {
    ctes: cond`${regionsInScope(ctx, year)},
    top AS (
      SELECT x.* FROM reg CROSS JOIN LATERAL (
        SELECT s.buyer_id AS id, s.quota AS amount, s.counted, s.confirmed, s.rank, s.name, s.east_region_id, s.buyer_group
          FROM quota_standing s WHERE s.east_region_id = reg.id AND s.year = ${y} AND s.quota > 0
         ORDER BY s.rank, s.name, s.buyer_id LIMIT ${offset}::bigint + ${first}::bigint) x
      ORDER BY x.rank, x.name, x.id OFFSET ${offset}::bigint LIMIT ${first}::bigint),
    rest AS (
      SELECT x.* FROM reg CROSS JOIN LATERAL (
        SELECT b.id, s.quota AS amount, COALESCE(s.counted, 0) AS counted, COALESCE(s.confirmed, 0) AS confirmed, b.name,
               b.east_region_id, b.buyer_group
          -- The buyer's standing by key, per buyer read in name order (LATERAL … LIMIT 1): as a plain
          -- join the planner, seeing few rows of a new year, scans every standing of the table for
          -- them (590k rows, 30 ms at the 832 scale) instead of looking up the page's few.
          FROM ${allBuyerRows()} b LEFT JOIN LATERAL (
            SELECT st.quota, st.counted, st.confirmed FROM quota_standing st
             WHERE st.buyer_id = b.id AND st.year = ${y} LIMIT 1) s ON TRUE
         WHERE b.east_region_id = reg.id AND COALESCE(s.quota, 0) <= 0
         ORDER BY b.name, b.id LIMIT greatest(0, ${offset}::bigint + ${first}::bigint - (SELECT ranked FROM n))) x
      ORDER BY x.name, x.id
      OFFSET greatest(0, ${offset}::bigint - (SELECT ranked FROM n)) LIMIT ${first}::bigint - (SELECT count(*) FROM top)),
    p AS (SELECT 0 AS part, id, amount, counted, confirmed, rank, name, east_region_id, buyer_group FROM top
          UNION ALL SELECT 1, id, amount, counted, confirmed, NULL, name, east_region_id, buyer_group FROM rest)`,
    // The page's buyers as the two parts read them (quota_standing keeps a buyer's name, region and group
    // with its rank, by trigger): no second look-up of the buyer per row.
    rows: cond`(SELECT p.part, p.rank, p.id, p.name, p.east_region_id, p.buyer_group, p.amount, p.counted, p.confirmed FROM p)`,
  };
}

/** The board's order over boardBuyersQuery's rows, as `pg`. */
const BOARD_ORDER = cond`pg.part, pg.rank, pg.name, pg.id`;

/**
 * One page of the board's buyers (boardBuyersQuery), or every buyer when no page is given (the
 * export and grading's scorecard). The GraphQL board reads its page in its own statement instead.
 */
export async function quotaBoardBuyers(
  ctx: RequestContext,
  board: Pick<QuotaBoard, "year" | "countsFrom">,
  page: PageRange = EVERY_BUYER,
): Promise<QuotaCompletion[]> {
  ctx = await boardReads(ctx);
  const { ctes, rows } = boardBuyersQuery(ctx, board.year, page);
  const query = positional(cond`WITH ${ctes} SELECT * FROM ${rows} pg ORDER BY ${BOARD_ORDER}`, 1);
  return toCompletions(board, await preparedQuery<StandingRow>(ctx, query.sql, query.params));
}

/** Rows of the board's buyers as QuotaCompletions; the board already read the year's counting point. */
function toCompletions(board: Pick<QuotaBoard, "year" | "countsFrom">, rows: StandingRow[]): QuotaCompletion[] {
  const { year, countsFrom } = board;
  const days = daysLeftIn(year);
  return rows.map((r) => {
    const buyer = buyerFromRow(r);
    const counted = Number(r.counted);
    const quota = buyer.group === BuyerGroup.OTHER || r.amount == null ? null : Number(r.amount);
    return {
      buyer,
      year,
      quota,
      counted,
      confirmed: Number(r.confirmed),
      countsFrom,
      remaining: Math.max(0, (quota ?? 0) - counted),
      completion: ratio(counted, quota),
      daysLeft: days,
      ...quotaPace(quota, counted, year),
      byCounty: [],
      byChannel: [],
    };
  });
}

/** One board's summaries as one statement answers them (getQuotaBoard): JSON arrays, money as text (exact bigint). */
interface BoardRow {
  counts_from: QuotaBoard["countsFrom"];
  /** [group, buyers, sum of quotas, quota rows]: per group of the scope's buyers (quota_buyer_tally, quota_group_tally). */
  groups: [BuyerGroup, number, string | null, number | null][] | null;
  /** [group, sum of its targets]: the group targets (分类任务) of the scope's regions. */
  targets: [BuyerGroup, string][] | null;
  /**
   * [grouping set, key, counted, confirmed, county]: quota_tally summed per group (set 3: key the
   * group), per county (5: key the county id, with its region as JSON), per channel (6) and in all
   * (7: no key).
   */
  tallies: [number, string | null, string | null, string | null, Record<string, unknown> | null][] | null;
  /** The page of buyers asked for with the board, in the board's order (money as text); absent when none was. */
  page?: StandingRow[] | null;
}

// GROUPING(buyer_group, west_county_id, channel): a bit set (4, 2, 1) for each column summed over.
const PER_GROUP = 3;
const PER_COUNTY = 5;
const PER_CHANNEL = 6;
const IN_ALL = 7;

/**
 * The coordinator's board for a year: per group, per county and per channel, and the year's totals,
 * from the summaries of migration 38 (quota_tally, quota_group_tally, quota_buyer_tally: rows per
 * east region, group, county and channel, never per buyer or order), so its cost does not grow with
 * the number of buyers or orders. The buyers themselves are paged (QuotaBoard.buyers, `quotaBoardBuyers`).
 *
 * One statement (issue 14: the board at most 2× a small summary read): the groups, their targets,
 * the tallies already summed per group, county and channel (GROUPING SETS: a few dozen rows to shape,
 * not every (group, county, channel) of the scope), the counties' regions (primed into `regionById`)
 * and the year's counting point (the counting module's expression) come back as one row; the rules
 * (a group's target, completion, the order) stay here. With `page`, that page of the board's buyers
 * comes in the same row (QuotaBoard.firstPage: the GraphQL board looks ahead at its `buyers`
 * argument), one round trip fewer than reading it apart (issue 14: 3 statements to the ready answer's 2).
 */
export async function getQuotaBoard(ctx: RequestContext, year: number, page?: PageRange): Promise<QuotaBoard> {
  ctx = await boardReads(ctx);
  const inRegions = buyerRegionScope(ctx, "t.east_region_id");
  const y = param(year);
  const targetScope = ctx.user!.role === Role.ADMIN ? EVERY_ROW : inSubtree("gt.east_region_id", ctx.user!.regionId);
  const buyers = page ? boardBuyersQuery(ctx, year, page) : null;
  const pageCtes = buyers ? cond`${buyers.ctes},` : cond``;
  const pageColumn = buyers
    ? cond`, (SELECT json_agg(json_build_object('id', pg.id, 'name', pg.name, 'east_region_id', pg.east_region_id,
                'buyer_group', pg.buyer_group, 'amount', pg.amount::text,
                'counted', pg.counted::text, 'confirmed', pg.confirmed::text) ORDER BY ${BOARD_ORDER})
             FROM ${buyers.rows} pg) AS page`
    : cond``;
  const statement = positional(
    cond`WITH ${pageCtes} grp AS (
      SELECT b.buyer_group, b.buyers, g.quotas, g.quota_rows
        FROM (SELECT t.buyer_group, SUM(t.buyers)::int AS buyers FROM quota_buyer_tally t WHERE ${inRegions} GROUP BY 1) b
        LEFT JOIN (SELECT t.buyer_group, SUM(t.quotas)::bigint AS quotas, SUM(t.quota_rows)::int AS quota_rows
                     FROM quota_group_tally t WHERE t.year = ${y} AND ${inRegions} GROUP BY 1) g USING (buyer_group)),
    tgt AS (SELECT gt.buyer_group, SUM(gt.amount)::bigint AS amount FROM group_target gt
             WHERE gt.year = ${y} AND ${targetScope} GROUP BY 1),
    tally AS (
      SELECT GROUPING(t.buyer_group, t.west_county_id, t.channel) AS level, t.buyer_group, t.west_county_id, t.channel,
             SUM(t.counted)::bigint AS counted, SUM(t.confirmed)::bigint AS confirmed
        FROM quota_tally t WHERE t.year = ${y} AND ${inRegions}
       GROUP BY GROUPING SETS ((t.buyer_group), (t.west_county_id), (t.channel), ()))
    SELECT ${countingPointOf(year)} AS counts_from,
      (SELECT json_agg(json_build_array(buyer_group, buyers, quotas::text, quota_rows)) FROM grp) AS groups,
      (SELECT json_agg(json_build_array(buyer_group, amount::text)) FROM tgt) AS targets,
      (SELECT json_agg(json_build_array(x.level, COALESCE(x.buyer_group, x.west_county_id::text, x.channel),
                                        x.counted::text, x.confirmed::text, x.county))
         FROM (SELECT tally.*, CASE WHEN tally.level = ${param(PER_COUNTY)} THEN ${regionJson("tally.west_county_id")} END AS county
                 FROM tally) x) AS tallies ${pageColumn}`,
    1,
  );
  const [row] = await preparedQuery<BoardRow>(ctx, statement.sql, statement.params);
  const tallies = row.tallies ?? [];
  const sumsOf = (level: number) =>
    new Map(
      tallies
        .filter((t) => t[0] === level)
        .map((t) => [t[1], { counted: Number(t[2] ?? 0), confirmed: Number(t[3] ?? 0) }] as const),
    );
  const groupSums = sumsOf(PER_GROUP);
  const total = sumsOf(IN_ALL).get(null) ?? { counted: 0, confirmed: 0 };
  const targets = new Map((row.targets ?? []).map(([group, amount]) => [group, Number(amount)]));
  const byGroup = new Map((row.groups ?? []).map((g) => [g[0], g]));
  const groups: GroupCompletion[] = Object.values(BuyerGroup).map((group) => {
    const [, buyers = 0, quotas = null, quotaRows = null] = byGroup.get(group) ?? [];
    const { counted, confirmed } = groupSums.get(group) ?? { counted: 0, confirmed: 0 };
    // No buyer of the group with a quota: no sum of quotas (null), as when the group has no buyer.
    const sumQuotas = group !== BuyerGroup.OTHER && quotaRows ? Number(quotas) : null;
    const target = group === BuyerGroup.OTHER ? null : (targets.get(group) ?? sumQuotas);
    return { group, target, counted, confirmed, completion: ratio(counted, target), buyers };
  });
  groups.sort((a, b) => (a.completion ?? Infinity) - (b.completion ?? Infinity));

  const counties = tallies.filter((t) => t[0] === PER_COUNTY);
  primeRegions(
    ctx,
    counties.map((t) => [t[1]!, t[4]] as const),
  );
  const regions = (await loader(ctx, regionById).loadMany(counties.map((t) => t[1]!))) as Region[];
  const byCounty = regions
    .map((county, i) => ({ county, counted: Number(counties[i][2] ?? 0), quota: null }))
    .sort((a, b) => a.county.code.localeCompare(b.county.code));
  const channels = sumsOf(PER_CHANNEL);
  const byChannel = Object.values(SalesChannel).map((channel) => ({
    channel,
    counted: channels.get(channel)?.counted ?? 0,
  }));
  const board = Object.assign(new QuotaBoard(), {
    year,
    daysLeft: daysLeftIn(year),
    ...total,
    countsFrom: row.counts_from,
    groups,
    buyerCount: groups.reduce((t, g) => t + g.buyers, 0),
    byCounty,
    byChannel,
  });
  if (page) board.firstPage = { ...page, buyers: toCompletions(board, row.page ?? []) };
  return board;
}

/**
 * The quotas of these buyers (already in the caller's scope) for these years, by "buyerId\u0000year":
 * amount and basis, one query for a whole spreadsheet (modules/imports).
 */
export async function quotasOf(
  ctx: RequestContext,
  buyerIds: string[],
): Promise<Map<string, { amount: number; basis: QuotaBasis }>> {
  const found = new Map<string, { amount: number; basis: QuotaBasis }>();
  if (!buyerIds.length) return found;
  const rows: { buyer_id: string; year: number; amount: number; basis: QuotaBasis }[] = await ctx.manager.query(
    `SELECT buyer_id, year, amount, basis FROM quota WHERE buyer_id = ANY($1::uuid[])`,
    [[...new Set(buyerIds)]],
  );
  for (const r of rows) found.set(`${r.buyer_id}\u0000${r.year}`, { amount: Number(r.amount), basis: r.basis });
  return found;
}
