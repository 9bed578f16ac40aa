import { loader, preparedQuery, type RequestContext } from "../../shared/context";
import { boardReads } from "../../shared/read-replica";
import { notInFuture, today } from "../../shared/dates";
import { badInput, conflict, isUniqueViolation, notFound } from "../../shared/errors";
import { errorResult, InvalidStateError, PostingFullError, RollbackWith } from "../../shared/outcomes";
import { PLACEMENT_STEPS, PlacementAction } from "./placement.steps";
import type { Page } from "../../shared/pagination";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { regionById } from "../regions/region.loaders";
import { creditAgreement, pairingIdFor } from "./labour.ledger";
import { CONSENTED, countyScope } from "./labour.scope";
import { andWhere, cond, NO_ROW, param, positional, type Scope } from "../../shared/scoped";
import { inSubtree } from "../regions/region.service";
import { CountyRetention, Placement, PlacementStage, PlacementStatus } from "./placement.entity";
import type { ChangePlacementInput, PlaceWorkerInput, PlacementFilter } from "./placement.inputs";
import type { JobPosting } from "./posting.entity";
import { getJobPosting } from "./posting.service";
import { getWorker } from "./worker.service";
import { UUID, rowsOf } from "../../shared/sql";
import { scopedRowsById } from "../../shared/loaders";
import { auditNames, namerOfType } from "../audit/audit.readable";
import { msg } from "../../shared/messages";
import { ledgerNote } from "../ledger/ledger.notes";

/**
 * Row scope of placements on alias `p`: a county official its county's workers'; a coordinator
 * those of its paired counties; an enterprise those in its own postings whose worker's consent
 * stands (an employer never sees a worker without consent, not even through a placement).
 */
export function placementScope(ctx: RequestContext, alias = "p"): Scope {
  return countyScope(
    ctx,
    alias,
    cond`${alias}.enterprise_id = ${param(ctx.user?.enterpriseId ?? null)} AND ${alias}.worker_id IN (SELECT pw.id FROM worker pw WHERE ${CONSENTED("pw")})`,
  );
}

/** `date` + n calendar months, clamped to the month's end as PostgreSQL does (08-31 + 6 → 02-28/29). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${String(nm + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** 稳岗: how long a worker must still be employed after the start date to count as stable. */
export const STABLE_AFTER_MONTHS = 6;

/** The first day a placement employed on `employedOn` may be found stable (稳岗), or null before it is employed. */
export const stableFrom = (employedOn: string | null): string | null =>
  employedOn ? addMonths(employedOn, STABLE_AFTER_MONTHS) : null;

/**
 * The steps the caller may take on a placement now: the transitions table (role × status), and
 * STABILISE only once six months have passed — before then no date the step accepts exists.
 */
export function placementActions(ctx: RequestContext, p: Pick<Placement, "status" | "employedOn">): PlacementAction[] {
  const due = stableFrom(p.employedOn);
  return PLACEMENT_STEPS.allowed(ctx, p.status).filter(
    (a) => a !== PlacementAction.STABILISE || (due !== null && due <= today()),
  );
}

async function addStage(
  ctx: RequestContext,
  placementId: string,
  status: PlacementStatus,
  occurredOn: string,
  note: string | null,
) {
  await ctx.manager
    .getRepository(PlacementStage)
    .insert({ placementId, status, occurredOn, note, recordedById: ctx.user?.id || null });
}

/** A closed posting (关闭岗位) takes no placement: an InvalidStateError on the posting, nothing written. */
const postingClosed = (posting: JobPosting) =>
  errorResult(InvalidStateError, {
    entityId: posting.id,
    state: "CLOSED",
    action: "PLACE",
    message: msg(`岗位“${posting.position}”已关闭`, "The posting is closed"),
  });

/**
 * 推荐上岗: places a worker in a posting. The worker and the posting must be in the caller's scope
 * (an employer: its own posting and a worker whose consent stands); the date within the posting's
 * open dates; the worker in no other current placement (CONFLICT). The place is taken last, by one
 * conditional UPDATE (`filled < places`): none left answers PostingFullError and nothing is written
 * (thrown as RollbackWith: the resolver's resultOrRollback undoes the placement already inserted).
 */
export async function placeWorker(
  ctx: RequestContext,
  input: PlaceWorkerInput,
): Promise<Placement | PostingFullError | InvalidStateError> {
  const worker = await getWorker(ctx, input.workerId, "workerId");
  const posting = await getJobPosting(ctx, input.postingId, "postingId");
  if (posting.closedAt) return postingClosed(posting);
  const placedOn = input.placedOn ?? today();
  notInFuture(placedOn, "placedOn");
  if (placedOn < posting.opensOn || (posting.closesOn && placedOn > posting.closesOn)) {
    throw badInput(
      "placedOn",
      msg(
        `须在岗位招聘期内(${posting.opensOn} 起${posting.closesOn ? ` 至 ${posting.closesOn}` : ""})`,
        "Must fall within the posting's open dates",
      ),
    );
  }
  const pairingId = await pairingIdFor(ctx, posting.locationRegionId, worker.countyId);
  const repo = ctx.manager.getRepository(Placement);
  let id: string;
  try {
    const { identifiers } = await repo.insert({
      workerId: worker.id,
      postingId: posting.id,
      enterpriseId: posting.enterpriseId,
      countyId: worker.countyId,
      eastRegionId: posting.locationRegionId,
      pairingId,
      status: PlacementStatus.PLACED,
      placedOn,
    });
    id = identifiers[0].id as string;
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(
        msg("该劳动力已有在岗安置,请先登记离职", "The worker is already placed; record leaving first"),
        "workerId",
      );
    throw e;
  }
  await addStage(ctx, id, PlacementStatus.PLACED, placedOn, null);
  await recordAudit(ctx, {
    action: "WORKER_PLACED",
    entityType: "Placement",
    entityId: id,
    change: { workerId: worker.id, postingId: posting.id, placedOn, pairingId },
  });
  // The posting's row last: the lock on this hot row is held as briefly as possible.
  const taken = rowsOf<{ id: string }>(
    await ctx.manager.query(
      `UPDATE job_posting SET filled = filled + 1 WHERE id = $1 AND filled < places AND closed_at IS NULL RETURNING id`,
      [posting.id],
    ),
  );
  if (!taken.length) {
    // Closed between the read above and this statement: the close wins, nothing is placed.
    const closed = rowsOf<{ closed: boolean }>(
      await ctx.manager.query(`SELECT closed_at IS NOT NULL AS closed FROM job_posting WHERE id = $1`, [posting.id]),
    );
    if (closed[0]?.closed) throw new RollbackWith(postingClosed(posting));
    throw new RollbackWith(
      errorResult(PostingFullError, {
        postingId: posting.id,
        places: posting.places,
        message: msg(`岗位“${posting.position}”已招满`, "No places left on this posting"),
      }),
    );
  }
  return repo.findOneByOrFail({ id });
}

/**
 * Moves a placement one stage, in one transaction: lock it (in scope, else NOT_FOUND), check the
 * step against the table (PLACEMENT_STEPS: else InvalidStateError, nothing written) and the dates, write the state and a dated stage row, audit; then:
 * - EMPLOYED: LABOURERS_PLACED +1 (and POOR_LABOURERS_PLACED +1 for a registered-poor worker) to
 *   the placement's pairing, dated the start date. The national indicator counts people helped
 *   into work in the year, so this entry is NOT reversed when the worker later leaves; leaving is
 *   measured by the retention figures instead. A placement therefore counts at most once.
 * - STABLE: only when still employed six months after the start date.
 * - LEFT: frees the place on the posting.
 */
async function transition(
  ctx: RequestContext,
  input: ChangePlacementInput,
  step: PlacementAction,
): Promise<Placement | InvalidStateError> {
  const rule = PLACEMENT_STEPS.steps[step];
  const { sql, params } = placementScope(ctx);
  const p = UUID.test(input.placementId)
    ? await ctx.manager
        .getRepository(Placement)
        .createQueryBuilder("p")
        .where(sql, params)
        .andWhere("p.id = :id", { id: input.placementId })
        .setLock("pessimistic_write")
        .getOne()
    : null;
  if (!p) throw notFound(msg("安置记录", "Placement"), "placementId");
  const refused = PLACEMENT_STEPS.refusal(ctx, step, p.status, p.id);
  if (refused) return refused;
  const on = input.on ?? today();
  notInFuture(on, "on");
  const latest = p.leftOn ?? p.stableOn ?? p.employedOn ?? p.placedOn;
  if (on < latest) throw badInput("on", msg(`日期早于上一阶段(${latest})`, `Before the previous stage (${latest})`));
  const set: Partial<Placement> = { status: rule.to };
  let note: string | null = null;
  if (step === PlacementAction.EMPLOY) set.employedOn = on;
  if (step === PlacementAction.STABILISE) {
    const due = stableFrom(p.employedOn)!;
    if (on < due)
      throw badInput(
        "on",
        msg(`就业满六个月(${due})后方可认定稳岗`, `Stable only from ${due}, six months after the start date`),
      );
    set.stableOn = on;
  }
  if (step === PlacementAction.LEAVE) {
    note = input.reason?.trim() || null;
    if (!note) throw badInput("reason", msg("请填写离职原因", "Give the reason for leaving"));
    set.leftOn = on;
    set.leftReason = note;
  }
  let poor = false;
  if (step === PlacementAction.EMPLOY) {
    const [w] = await ctx.manager.query(`SELECT registered_poor FROM worker WHERE id = $1`, [p.workerId]);
    poor = w.registered_poor === true;
    set.poorCounted = poor;
  }
  await ctx.manager.getRepository(Placement).update({ id: p.id }, set);
  await addStage(ctx, p.id, rule.to, on, note);
  await recordAudit(ctx, {
    action: `PLACEMENT_${step}`,
    entityType: "Placement",
    entityId: p.id,
    change: { before: p.status, after: rule.to, on, ...(note ? { reason: note } : {}) },
  });
  if (step === PlacementAction.EMPLOY) {
    const e = { amount: 1, occurredOn: on, source: LedgerSource.PLACEMENT, sourceId: p.id };
    await creditAgreement(ctx, p.pairingId, {
      ...e,
      indicator: Indicator.LABOURERS_PLACED,
      note: ledgerNote("placedInWork"),
    });
    if (poor)
      await creditAgreement(ctx, p.pairingId, {
        ...e,
        indicator: Indicator.POOR_LABOURERS_PLACED,
        note: ledgerNote("poorPlacedInWork"),
      });
  }
  if (step === PlacementAction.LEAVE)
    await ctx.manager.query(`UPDATE job_posting SET filled = filled - 1 WHERE id = $1`, [p.postingId]);
  return ctx.manager.getRepository(Placement).findOneByOrFail({ id: p.id });
}

export const recordEmployment = (ctx: RequestContext, input: ChangePlacementInput) =>
  transition(ctx, input, PlacementAction.EMPLOY);
export const recordStable = (ctx: RequestContext, input: ChangePlacementInput) =>
  transition(ctx, input, PlacementAction.STABILISE);
export const recordLeft = (ctx: RequestContext, input: ChangePlacementInput) =>
  transition(ctx, input, PlacementAction.LEAVE);

export async function listPlacements(
  ctx: RequestContext,
  filter: PlacementFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Placement>> {
  const { sql, params } = placementScope(ctx);
  const qb = ctx.manager.getRepository(Placement).createQueryBuilder("p").where(sql, params);
  const id = (v: string) => (UUID.test(v) ? v : null);
  if (filter?.countyId) andWhere(qb, inSubtree("p.county_id", filter.countyId));
  if (filter?.postingId) qb.andWhere("p.posting_id = :fp", { fp: id(filter.postingId) });
  if (filter?.workerId) qb.andWhere("p.worker_id = :fw", { fw: id(filter.workerId) });
  if (filter?.status) qb.andWhere("p.status = :fs", { fs: filter.status });
  if (filter?.year)
    qb.andWhere("p.placed_on >= :yf AND p.placed_on < :yt", {
      yf: `${filter.year}-01-01`,
      yt: `${filter.year + 1}-01-01`,
    });
  qb.orderBy("p.placed_on", "DESC").addOrderBy("p.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * 稳岗率 per county, for placements made in `year` within the caller's scope, from the placement
 * tally (migration 040, kept by a trigger on placement): ≤ 1 + 12 + 31 rows per county whatever the
 * number of placements. Six-month retention = of the placements employed at least six months before
 * today, those that had not left before six months were up. Being due is a prefix of employment days
 * (day + 6 months ≤ today, months clamped as PostgreSQL does), and the last due day lies in the month
 * of today − 6 months: months before it are due whole ('M' rows), that month day by day ('D' rows),
 * later ones not at all. Counties with the most placements first.
 */
export async function labourRetention(ctx: RequestContext, year: number): Promise<CountyRetention[]> {
  ctx = await boardReads(ctx);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput("year", msg("年份须在 2000–2100 之间", "Year must be 2000–2100"));
  const cutMonth = param(`${addMonths(today(), -STABLE_AFTER_MONTHS).slice(0, 7)}-01`);
  // Due by today: whole months before the cut's month, and that month's days one by one.
  const DUE = cond`((t.grain = 'M' AND t.period < ${cutMonth}::date)
    OR (t.grain = 'D' AND t.period + ${param(`${STABLE_AFTER_MONTHS} months`)}::interval <= ${param(today())}::date))`;
  const { sql, params } = positional(
    cond`SELECT t.county_id,
                SUM(t.placed) FILTER (WHERE t.grain <> 'D')::int AS placed,
                SUM(t.employed) FILTER (WHERE t.grain <> 'D')::int AS employed,
                SUM(t.stable) FILTER (WHERE t.grain <> 'D')::int AS stable,
                SUM(t."left") FILTER (WHERE t.grain <> 'D')::int AS "left",
                COALESCE(SUM(t.employed) FILTER (WHERE ${DUE}), 0)::int AS eligible,
                COALESCE(SUM(t.retained) FILTER (WHERE ${DUE}), 0)::int AS retained
           FROM placement_tally t
          WHERE ${countyScope(ctx, "t", NO_ROW)} AND t.year = ${param(year)}
            AND (t.grain <> 'D' OR (t.period >= ${cutMonth}::date AND t.period < ${cutMonth}::date + interval '1 month'))
          GROUP BY t.county_id
         HAVING SUM(t.placed) FILTER (WHERE t.grain <> 'D') > 0
          ORDER BY placed DESC, t.county_id ASC`,
    1,
  );
  const rows = rowsOf<{
    county_id: string;
    placed: number;
    employed: number;
    stable: number;
    left: number;
    eligible: number;
    retained: number;
  }>(await preparedQuery(ctx, sql, params));
  const counties = await loader(ctx, regionById).loadMany(rows.map((r) => r.county_id));
  return rows.map((r, i) =>
    Object.assign(new CountyRetention(), {
      county: counties[i],
      placed: r.placed,
      employed: r.employed,
      stable: r.stable,
      left: r.left,
      eligible: r.eligible,
      retained: r.retained,
      retentionRate: r.eligible ? r.retained / r.eligible : null,
    }),
  );
}

/** Every placement of `year` in the caller's scope, for the export (a year's placements are thousands at most). */
export async function placementsOfYear(ctx: RequestContext, year: number): Promise<Placement[]> {
  const { sql, params } = placementScope(ctx);
  return ctx.manager
    .getRepository(Placement)
    .createQueryBuilder("p")
    .where(sql, params)
    .andWhere("p.placed_on >= :yf AND p.placed_on < :yt", { yf: `${year}-01-01`, yt: `${year + 1}-01-01` })
    .orderBy("p.county_id", "ASC")
    .addOrderBy("p.placed_on", "ASC")
    .addOrderBy("p.id", "ASC")
    .limit(50_000)
    .getMany();
}

const visiblePlacementById = scopedRowsById(Placement, "p", placementScope);

/** Audit names: a placement is its worker's (by name only, and only where both are readable). */
auditNames.add({
  refType: "Placement",
  fields: ["placementId"],
  async names(ctx, ids) {
    const rows = (await loader(ctx, visiblePlacementById).loadMany(ids)).filter(
      (p): p is Placement => !!p && !(p instanceof Error),
    );
    const workers = await namerOfType("Worker")!.names(ctx, [...new Set(rows.map((p) => p.workerId))]);
    return new Map(rows.filter((p) => workers.has(p.workerId)).map((p) => [p.id, workers.get(p.workerId)!]));
  },
});
