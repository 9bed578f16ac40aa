import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { notInFuture } from "../../shared/dates";
import { badInput } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { countyRecordScope } from "./labour.scope";
import { creditAgreement, pairingIdFor } from "./labour.ledger";
import { eastRegionInReach, inSubtree } from "../regions/region.service";
import { andWhere } from "../../shared/scoped";
import { TrainingAttendee, TrainingSession } from "./training.entity";
import type { RecordTrainingInput, TrainingFilter } from "./training.inputs";
import { countyForWrite } from "./worker.service";
import { UUID } from "../../shared/sql";
import { msg } from "../../shared/messages";
import { ledgerNote } from "../ledger/ledger.notes";

/**
 * 培训: records a held session and its attendees — registered workers of that county and/or a
 * headcount — and credits PEOPLE_TRAINED (person-times: attendees + headcount) to the pairing of
 * (eastern partner, county) on the session's last day, in the same transaction.
 */
export async function recordTraining(ctx: RequestContext, input: RecordTrainingInput): Promise<TrainingSession> {
  const county = await countyForWrite(ctx, input.countyId, true);
  const east = await eastRegionInReach(ctx, input.eastRegionId, "eastRegionId");
  const title = input.title.trim();
  if (!title) throw badInput("title", msg("请输入培训名称", "Enter the title"));
  if (input.endsOn < input.startsOn) throw badInput("endsOn", msg("结束日期早于开始日期", "Ends before it starts"));
  notInFuture(input.endsOn, "endsOn", msg("只记录已结束的培训", "Record a session once it has ended"));
  if (!Number.isInteger(input.headcount) || input.headcount < 0)
    throw badInput("headcount", msg("人数须为非负整数", "The headcount must be a whole number ≥ 0"));
  const workerIds = [...new Set(input.workerIds)];
  if (workerIds.some((id) => !UUID.test(id))) throw badInput("workerIds", msg("劳动力不存在", "Unknown worker"));
  if (workerIds.length) {
    const [{ n }] = await ctx.manager.query(
      `SELECT count(*)::int AS n FROM worker WHERE id = ANY($1::uuid[]) AND county_id = $2`,
      [workerIds, county.id],
    );
    if (n !== workerIds.length)
      throw badInput("workerIds", msg("参训人员须为本县登记的劳动力", "Attendees must be workers of this county"));
  }
  const total = workerIds.length + input.headcount;
  if (total === 0) throw badInput("headcount", msg("请填写参训人员或人数", "Name the attendees or give a headcount"));

  const pairingId = await pairingIdFor(ctx, east.id, county.id);
  const repo = ctx.manager.getRepository(TrainingSession);
  const { identifiers } = await repo.insert({
    countyId: county.id,
    eastRegionId: east.id,
    pairingId,
    title,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    headcount: input.headcount,
    createdById: ctx.user?.id || null,
  });
  const id = identifiers[0].id as string;
  if (workerIds.length)
    await ctx.manager
      .getRepository(TrainingAttendee)
      .insert(workerIds.map((workerId) => ({ trainingId: id, workerId })));
  await creditAgreement(ctx, pairingId, {
    indicator: Indicator.PEOPLE_TRAINED,
    amount: total,
    occurredOn: input.endsOn,
    source: LedgerSource.TRAINING,
    sourceId: id,
    note: ledgerNote("training", { title }),
  });
  await recordAudit(ctx, {
    action: "TRAINING_RECORDED",
    entityType: "TrainingSession",
    entityId: id,
    change: {
      county: county.code,
      east: east.code,
      title,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      workers: workerIds.length,
      headcount: input.headcount,
      pairingId,
    },
  });
  return repo.findOneByOrFail({ id });
}

export async function listTrainings(
  ctx: RequestContext,
  filter: TrainingFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<TrainingSession>> {
  const { sql, params } = countyRecordScope(ctx, "t");
  const qb = ctx.manager.getRepository(TrainingSession).createQueryBuilder("t").where(sql, params);
  if (filter?.countyId) andWhere(qb, inSubtree("t.county_id", filter.countyId));
  if (filter?.year)
    qb.andWhere("t.ends_on >= :yf AND t.ends_on < :yt", { yf: `${filter.year}-01-01`, yt: `${filter.year + 1}-01-01` });
  qb.orderBy("t.ends_on", "DESC").addOrderBy("t.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

export const TRAINING_WRITERS = [Role.COUNTY_OFFICIAL, Role.COORDINATOR, Role.ADMIN];
