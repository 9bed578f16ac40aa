import type { RequestContext } from "../../shared/context";
import { notInFuture } from "../../shared/dates";
import { badInput, conflict, isUniqueViolation, notFound } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { Indicator } from "../agreements/indicator";
import { recordAudit } from "../audit/audit.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { creditAgreement, pairingIdFor } from "./labour.ledger";
import { eastRegionInReach, inSubtree } from "../regions/region.service";
import { andWhere } from "../../shared/scoped";
import { countyRecordScope } from "./labour.scope";
import { countyForWrite } from "./worker.service";
import { Workshop, WorkshopReport } from "./workshop.entity";
import type { RegisterWorkshopInput, ReportWorkshopEmploymentInput, WorkshopFilter } from "./workshop.inputs";
import { UUID } from "../../shared/sql";
import { msg } from "../../shared/messages";
import { ledgerNote } from "../ledger/ledger.notes";

function checkCounts(employed: number, poorEmployed: number) {
  if (!Number.isInteger(employed) || employed < 0)
    throw badInput("employed", msg("人数须为非负整数", "Must be a whole number ≥ 0"));
  if (!Number.isInteger(poorEmployed) || poorEmployed < 0)
    throw badInput("poorEmployed", msg("人数须为非负整数", "Must be a whole number ≥ 0"));
  if (poorEmployed > employed)
    throw badInput("poorEmployed", msg("贫困人口不能多于就业人数", "Cannot exceed the people employed"));
}

/** 扶贫车间认定: registers a workshop with its first employment report; WORKSHOPS +1 for the pairing. */
export async function registerWorkshop(ctx: RequestContext, input: RegisterWorkshopInput): Promise<Workshop> {
  const county = await countyForWrite(ctx, input.countyId, true);
  const east = await eastRegionInReach(ctx, input.eastRegionId, "eastRegionId");
  const name = input.name.trim();
  if (!name) throw badInput("name", msg("请输入车间名称", "Enter the name"));
  notInFuture(input.registeredOn, "registeredOn");
  checkCounts(input.employed, input.poorEmployed);
  const pairingId = await pairingIdFor(ctx, east.id, county.id);
  const repo = ctx.manager.getRepository(Workshop);
  let id: string;
  try {
    const { identifiers } = await repo.insert({
      countyId: county.id,
      eastRegionId: east.id,
      pairingId,
      name,
      registeredOn: input.registeredOn,
      employed: input.employed,
      poorEmployed: input.poorEmployed,
      reportedOn: input.registeredOn,
      createdById: ctx.user?.id || null,
    });
    id = identifiers[0].id as string;
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(
        msg(`${county.shortName}已有车间“${name}”`, "This county already has a workshop of that name"),
        "name",
      );
    throw e;
  }
  await ctx.manager.getRepository(WorkshopReport).insert({
    workshopId: id,
    reportedOn: input.registeredOn,
    employed: input.employed,
    poorEmployed: input.poorEmployed,
    recordedById: ctx.user?.id || null,
  });
  await creditAgreement(ctx, pairingId, {
    indicator: Indicator.WORKSHOPS,
    amount: 1,
    occurredOn: input.registeredOn,
    source: LedgerSource.WORKSHOP,
    sourceId: id,
    note: ledgerNote("workshop", { name }),
  });
  await recordAudit(ctx, {
    action: "WORKSHOP_REGISTERED",
    entityType: "Workshop",
    entityId: id,
    change: {
      county: county.code,
      east: east.code,
      name,
      registeredOn: input.registeredOn,
      employed: input.employed,
      poorEmployed: input.poorEmployed,
      pairingId,
    },
  });
  return repo.findOneByOrFail({ id });
}

/**
 * A new dated report of the people a workshop employs. Earlier reports stay; the workshop shows the
 * latest by date (a late-filed older report does not overwrite a newer one).
 */
export async function reportWorkshopEmployment(
  ctx: RequestContext,
  input: ReportWorkshopEmploymentInput,
): Promise<Workshop> {
  const { sql, params } = countyRecordScope(ctx, "k");
  const ws = UUID.test(input.workshopId)
    ? await ctx.manager
        .getRepository(Workshop)
        .createQueryBuilder("k")
        .where(sql, params)
        .andWhere("k.id = :id", { id: input.workshopId })
        .setLock("pessimistic_write")
        .getOne()
    : null;
  if (!ws) throw notFound(msg("车间", "Workshop"), "workshopId");
  notInFuture(input.reportedOn, "reportedOn");
  if (input.reportedOn < ws.registeredOn)
    throw badInput("reportedOn", msg("早于车间认定日期", "Before the workshop was registered"));
  checkCounts(input.employed, input.poorEmployed);
  await ctx.manager.getRepository(WorkshopReport).insert({
    workshopId: ws.id,
    reportedOn: input.reportedOn,
    employed: input.employed,
    poorEmployed: input.poorEmployed,
    recordedById: ctx.user?.id || null,
  });
  if (input.reportedOn >= ws.reportedOn) {
    await ctx.manager
      .getRepository(Workshop)
      .update(
        { id: ws.id },
        { employed: input.employed, poorEmployed: input.poorEmployed, reportedOn: input.reportedOn },
      );
  }
  await recordAudit(ctx, {
    action: "WORKSHOP_REPORTED",
    entityType: "Workshop",
    entityId: ws.id,
    change: {
      reportedOn: input.reportedOn,
      before: { employed: ws.employed, poorEmployed: ws.poorEmployed },
      employed: input.employed,
      poorEmployed: input.poorEmployed,
    },
  });
  return ctx.manager.getRepository(Workshop).findOneByOrFail({ id: ws.id });
}

export async function listWorkshops(
  ctx: RequestContext,
  filter: WorkshopFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Workshop>> {
  const { sql, params } = countyRecordScope(ctx, "k");
  const qb = ctx.manager.getRepository(Workshop).createQueryBuilder("k").where(sql, params);
  if (filter?.countyId) andWhere(qb, inSubtree("k.county_id", filter.countyId));
  qb.orderBy("k.registered_on", "DESC").addOrderBy("k.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}
