import type { SelectQueryBuilder } from "typeorm";
import { Role } from "../../shared/auth";
import { loader, preparedQuery, type RequestContext } from "../../shared/context";
import {
  AppError,
  badInput,
  conflict,
  forbidden,
  isUniqueViolation,
  notFound,
  rethrowUnlessRefused,
} from "../../shared/errors";
import { notInFuture } from "../../shared/dates";
import type { Page } from "../../shared/pagination";
import { recordAudit } from "../audit/audit.service";
import {
  ancestorsOf,
  type RegionRef,
  eastRegionInReach,
  inSubtree,
  isWithin,
  mustBeWest,
  regionField,
  regionIdsMatching,
  regionNamed,
  westCountiesNamed,
  westCountyOrOwn,
} from "../regions/region.service";
import type { Region } from "../regions/region.entity";
import { Pairing, PairingStatus } from "./pairing.entity";
import {
  PairingOrderField,
  type CreatePairingInput,
  type EndPairingInput,
  type PairingFilter,
  type PairingOrder,
} from "./pairing.inputs";
import { pairingById, visiblePairingById } from "./pairing.loaders";
import { regionById } from "../regions/region.loaders";
import { inCountiesPairedWith, pairingScope } from "./pairing.scope";
import { UUID, containsPattern } from "../../shared/sql";
import { allOf, anyOf, cond, param, positional, type Scope } from "../../shared/scoped";
import { entityFromRow } from "../../shared/loaders";
import { msg } from "../../shared/messages";

export {
  inCountiesPairedWith,
  inEastRegionsPairedWith,
  isEveryPairing,
  pairingIdsEnclosedBy,
  pairingIdsInScope,
  pairingsEnclosedByEach,
  pairingScope,
} from "./pairing.scope";

function scoped(ctx: RequestContext): SelectQueryBuilder<Pairing> {
  const { sql, params } = pairingScope(ctx);
  return ctx.manager.getRepository(Pairing).createQueryBuilder("p").where(sql, params);
}

export async function listPairings(
  ctx: RequestContext,
  filter: PairingFilter | undefined,
  order: PairingOrder | undefined,
  offset: number,
  first: number,
): Promise<Page<Pairing>> {
  const where: Scope[] = [pairingScope(ctx, "p")];
  if (filter?.kind) where.push(cond`p.kind = ${param(filter.kind)}`);
  if (filter?.eastRegionId) where.push(inSubtree("p.east_region_id", filter.eastRegionId));
  if (filter?.westRegionId) where.push(inSubtree("p.west_region_id", filter.westRegionId));
  if (filter?.topLevelOnly) where.push(cond`p.parent_id IS NULL`);
  if (filter?.status)
    where.push(filter.status === PairingStatus.ENDED ? cond`p.ended_on IS NOT NULL` : cond`p.ended_on IS NULL`);
  if (filter?.search?.trim()) {
    const matching = regionIdsMatching(containsPattern(filter.search));
    where.push(anyOf(cond`p.east_region_id IN ${matching}`, cond`p.west_region_id IN ${matching}`));
  }
  const dir = order?.direction === "DESC" ? "DESC" : "ASC";
  const by =
    order?.field === PairingOrderField.SINCE
      ? [`p.since ${dir}`]
      : order?.field === PairingOrderField.NAME
        ? [
            `${regionField("p.east_region_id", "short_name")} ${dir}`,
            `${regionField("p.west_region_id", "short_name")} ${dir}`,
          ]
        : // Default and EAST_CODE: the region tree's order, Qingdao's pairings before Jiaozhou's.
          [`${regionField("p.east_region_id", "code")} ${dir}`, `${regionField("p.west_region_id", "code")} ${dir}`];
  // One prepared statement, the page and the count of all that match beside each row (issue 14: the
  // progress screen's page went through TypeORM's query builder, parsed and planned on every call).
  const { sql, params } = positional(
    cond`SELECT p.*, count(*) OVER ()::int AS total_count FROM pairing p WHERE ${allOf(...where)}
          ORDER BY ${{ sql: [...by, "p.id ASC"].join(", "), params: {} }}
          LIMIT ${param(first)} OFFSET ${param(offset)}`,
    1,
  );
  const rows = await preparedQuery<Record<string, unknown> & { total_count: number }>(ctx, sql, params);
  // A page past the end has no row to carry the count: counted on its own then.
  let totalCount = rows[0]?.total_count ?? 0;
  if (!rows.length && offset > 0) {
    const count = positional(cond`SELECT count(*)::int AS n FROM pairing p WHERE ${allOf(...where)}`, 1);
    totalCount = (await preparedQuery<{ n: number }>(ctx, count.sql, count.params))[0].n;
  }
  return { nodes: rows.map((r) => entityFromRow(ctx, Pairing, r)), totalCount, offset, first };
}

/** A pairing the caller may see; NOT_FOUND otherwise (we do not confirm that it exists). */
export async function getPairing(ctx: RequestContext, id: string): Promise<Pairing> {
  const p = UUID.test(id) ? await loader(ctx, visiblePairingById).load(id) : null;
  if (!p) throw notFound(msg("结对关系", "Pairing"));
  return p;
}

/**
 * A pairing the caller may change figures of: coordinators within scope and admins. A county
 * official who can see it gets FORBIDDEN; a pairing outside the scope NOT_FOUND.
 */
export async function getPairingForWrite(ctx: RequestContext, id: string, field = "pairingId"): Promise<Pairing> {
  const p = await getPairing(ctx, id).catch((e) => {
    if (field && (e as { extensions?: { code?: string } }).extensions?.code === "NOT_FOUND")
      throw notFound(msg("结对关系", "Pairing"), field);
    throw e;
  });
  if (ctx.user?.role !== Role.ADMIN && ctx.user?.role !== Role.COORDINATOR) throw forbidden();
  return p;
}

/** True when the caller's scope includes the pairing (no query when it was already loaded). */
export async function canSeePairing(ctx: RequestContext, id: string): Promise<boolean> {
  return getPairing(ctx, id).then(
    () => true,
    () => false,
  );
}

export async function loadPairing(ctx: RequestContext, id: string): Promise<Pairing | null> {
  return loader(ctx, pairingById).load(id);
}

/**
 * The most specific pairing whose two sides contain the two ends of a record (DOMAIN.md, "How
 * records roll up"): a Jiaozhou buyer and a Zhenning product → Jiaozhou–Zhenning, not
 * Qingdao–Anshun. Null when no pairing matches ("unpaired").
 */
export async function findMostSpecificPairing(
  ctx: RequestContext,
  eastRegionId: string,
  westRegionId: string,
): Promise<Pairing | null> {
  const id = await mostSpecificPairingId(ctx, eastRegionId, westRegionId);
  return id ? loadPairing(ctx, id) : null;
}

/** The id alone of `findMostSpecificPairing`'s pairing: one statement (an order's sub-order needs no more). */
export async function mostSpecificPairingId(
  ctx: RequestContext,
  eastRegionId: string,
  westRegionId: string,
): Promise<string | null> {
  const { sql, params } = positional(
    cond`SELECT ${mostSpecificPairingIdOf({ id: eastRegionId }, { id: westRegionId })} AS id`,
    1,
  );
  const rows: { id: string | null }[] = await ctx.manager.query(sql, params);
  return rows[0]?.id ?? null;
}

/**
 * `mostSpecificPairingId` as a scalar sub-select (NULL when no pairing encloses the two regions),
 * the regions given by id or by a column of the caller's statement: the placement reads each
 * sub-order's pairing in its one read with the buyer and the suppliers (issue 14).
 */
export function mostSpecificPairingIdOf(east: RegionRef, west: RegionRef): Scope {
  return cond`(SELECT q.id FROM pairing q
       JOIN ${ancestorsOf(east)} ce ON ce.region_id = q.east_region_id
       JOIN ${ancestorsOf(west)} cw ON cw.region_id = q.west_region_id
      ORDER BY ce.depth + cw.depth ASC, q.since ASC LIMIT 1)`;
}

/** Sets every pairing's parent to the most specific other pairing that encloses it. */
async function recomputeParents(ctx: RequestContext): Promise<void> {
  const update = cond`
    UPDATE pairing p SET parent_id = (
      SELECT q.id FROM pairing q
        JOIN ${ancestorsOf("p.east_region_id")} ce ON ce.region_id = q.east_region_id
        JOIN ${ancestorsOf("p.west_region_id")} cw ON cw.region_id = q.west_region_id
       WHERE q.id <> p.id
       ORDER BY ce.depth + cw.depth ASC LIMIT 1)`;
  await ctx.manager.query(update.sql);
}

/**
 * Pairs an east region with a west one (结对). Administrators any; a coordinator an east region of
 * its own subtree (BAD_USER_INPUT on eastRegionId otherwise) with any west region. With `parentId`
 * the new pairing must nest in that one (both sides within the parent's sides) and the parent must
 * still run; either way the stored parent is the most specific enclosing pairing (DOMAIN.md).
 */
export async function createPairing(ctx: RequestContext, input: CreatePairingInput): Promise<Pairing> {
  const east = await eastRegionInReach(ctx, input.eastRegionId, "eastRegionId");
  const west = mustBeWest(await regionNamed(ctx, input.westRegionId, "westRegionId"), "westRegionId");
  if (input.parentId) {
    const parent = await getPairing(ctx, input.parentId).catch((e) => {
      rethrowUnlessRefused(e);
      throw notFound(msg("上级结对", "Parent pairing"), "parentId");
    });
    if (parent.endedOn) throw badInput("parentId", PAIRING_ENDED);
    const nested =
      (parent.eastRegionId !== east.id || parent.westRegionId !== west.id) &&
      (await isWithin(ctx, east.id, parent.eastRegionId)) &&
      (await isWithin(ctx, west.id, parent.westRegionId));
    if (!nested) throw badInput("parentId", NOT_WITHIN_PARENT);
  }
  let pairing: Pairing;
  try {
    pairing = await ctx.manager.getRepository(Pairing).save(
      Object.assign(new Pairing(), {
        eastRegionId: east.id,
        westRegionId: west.id,
        kind: input.kind,
        since: input.since,
        parentId: null,
        endedOn: null,
        endReason: null,
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(msg(`${east.shortName}与${west.shortName}已结对`, "Already paired"), "westRegionId");
    throw e;
  }
  await recomputeParents(ctx);
  const saved = await ctx.manager.getRepository(Pairing).findOneByOrFail({ id: pairing.id });
  await recordAudit(ctx, {
    action: "PAIRING_CREATED",
    entityType: "Pairing",
    entityId: pairing.id,
    change: {
      before: null,
      after: {
        eastRegionId: east.id,
        westRegionId: west.id,
        kind: input.kind,
        since: input.since,
        parentId: saved.parentId,
      },
    },
  });
  return saved;
}

export const PAIRING_ENDED = msg("该结对关系已终止", "This pairing has ended");
export const NOT_WITHIN_PARENT = msg(
  "须在上级结对的范围内:支援方和受援方都在上级结对之下",
  "Both sides must lie within the parent pairing's",
);

/**
 * Ends a pairing (终止结对) on a date with a reason, and with it every pairing nested in it that
 * still runs (胶州–镇宁 ends with 青岛–安顺: a nested pairing cannot outlive the one it belongs to),
 * each audited. The date is not before the pairing's start (nor a nested one's), and not in the
 * future: ending is recorded when it happens. An ended pairing takes no new agreement; its past
 * agreements and records stay. Coordinators within their scope (NOT_FOUND outside it, as reads).
 */
export async function endPairing(ctx: RequestContext, input: EndPairingInput): Promise<Pairing> {
  const pairing = await getPairingForWrite(ctx, input.id, "id");
  if (pairing.endedOn) throw conflict(PAIRING_ENDED, "id");
  const reason = input.reason.trim();
  if (!reason) throw badInput("reason", msg("请填写终止原因", "Enter the reason"));
  notInFuture(input.endedOn, "endedOn");
  if (input.endedOn < pairing.since)
    throw badInput("endedOn", msg(`不能早于结对开始日期(${pairing.since})`, `Not before the start, ${pairing.since}`));
  const nested: { id: string; since: string }[] = await ctx.manager.query(
    `WITH RECURSIVE below AS (
       SELECT id, since::text AS since, ended_on FROM pairing WHERE parent_id = $1
       UNION ALL SELECT p.id, p.since::text, p.ended_on FROM pairing p JOIN below b ON p.parent_id = b.id)
     SELECT id, since FROM below WHERE ended_on IS NULL`,
    [pairing.id],
  );
  const late = nested.find((n) => n.since > input.endedOn);
  if (late)
    throw badInput("endedOn", msg(`不能早于下级结对的开始日期(${late.since})`, "Not before a nested pairing's start"));
  const ids = [pairing.id, ...nested.map((n) => n.id)];
  await ctx.manager.query(`UPDATE pairing SET ended_on = $2, end_reason = $3 WHERE id = ANY($1::uuid[])`, [
    ids,
    input.endedOn,
    reason,
  ]);
  for (const id of ids) {
    await recordAudit(ctx, {
      action: "PAIRING_ENDED",
      entityType: "Pairing",
      entityId: id,
      change: {
        before: { status: PairingStatus.ACTIVE, endedOn: null, endReason: null },
        after: { status: PairingStatus.ENDED, endedOn: input.endedOn, endReason: reason },
        ...(id !== pairing.id ? { endedWithId: pairing.id } : {}),
      },
    });
  }
  return ctx.manager.getRepository(Pairing).findOneByOrFail({ id: pairing.id });
}

/**
 * The one check for every write that names a west county (site visits, projects, quota splits,
 * suppliers, workers, trainings, workshops, job fairs): admins any county; a county official its
 * own (or one below it); a coordinator a county paired with a region of its subtree (the same reach
 * as its scope: Jiaozhou records for its seven partner counties, Qingdao for those and its own
 * partners'); other roles none. Otherwise FORBIDDEN naming `field`: the county exists (regions
 * are public), the caller may not act for it. Enterprises are not region-scoped and are not
 * checked here (an enterprise may invest in any county). Callers check first that each id is a
 * west county (`westCountyNamed`, `westCountyOrOwn`), or call `westCountyInReach` / `westCountiesInReach`, which do both.
 */
export async function checkCountiesInReach(ctx: RequestContext, countyIds: string[], field: string): Promise<void> {
  const u = ctx.user;
  if (u?.role === Role.ADMIN) return;
  const unique = [...new Set(countyIds)];
  if (!unique.length) return;
  let reached = 0;
  if (u?.role === Role.COUNTY_OFFICIAL || u?.role === Role.COORDINATOR) {
    // The same reach as the caller's row scopes: its own subtree, or the counties paired with it.
    const reach =
      u.role === Role.COUNTY_OFFICIAL ? inSubtree("c.id", u.regionId) : inCountiesPairedWith("c.id", u.regionId);
    const { sql, params } = positional(
      cond`SELECT count(*)::int AS n FROM unnest(${param(unique)}::uuid[]) AS c(id) WHERE ${reach}`,
      1,
    );
    [{ n: reached }] = await ctx.manager.query(sql, params);
  }
  if (reached !== unique.length) {
    throw new AppError(
      "FORBIDDEN",
      u?.role === Role.COORDINATOR
        ? msg("该县未与您的地区结对", "This county is not paired with your region")
        : msg("只能为本县记录", "Only for your own county"),
      { field },
    );
  }
}

/**
 * The west county an input names (or the county official's own), one the caller may record for:
 * `westCountyOrOwn`, then `checkCountiesInReach`.
 */
export async function westCountyInReach(
  ctx: RequestContext,
  id: string | null | undefined,
  field: string,
): Promise<Region> {
  const county = await westCountyOrOwn(ctx, id, field);
  await checkCountiesInReach(ctx, [county.id], field);
  return county;
}

/** The same for a list: the ids without duplicates, each a west county the caller may record for. */
export async function westCountiesInReach(ctx: RequestContext, ids: string[], field: string): Promise<string[]> {
  const unique = await westCountiesNamed(ctx, ids, field);
  await checkCountiesInReach(ctx, unique, field);
  return unique;
}

/**
 * The pairings in the caller's scope between these east and west regions, by "eastId\u0000westId":
 * one query for a whole spreadsheet (modules/imports names a pairing by its two regions' codes).
 */
export async function pairingsBetween(
  ctx: RequestContext,
  eastIds: string[],
  westIds: string[],
): Promise<Map<string, Pairing>> {
  const found = new Map<string, Pairing>();
  if (!eastIds.length || !westIds.length) return found;
  const rows = await scoped(ctx)
    .andWhere("p.east_region_id IN (:...eastIds) AND p.west_region_id IN (:...westIds)", {
      eastIds: [...new Set(eastIds)],
      westIds: [...new Set(westIds)],
    })
    .getMany();
  for (const p of rows) found.set(`${p.eastRegionId}\u0000${p.westRegionId}`, p);
  return found;
}

/** A pairing's name, its two sides' short names (e.g. 胶州市—镇宁县), through the request's region loader. */
export async function pairingName(ctx: RequestContext, p: Pairing): Promise<string> {
  const [e, w] = await loader(ctx, regionById).loadMany([p.eastRegionId, p.westRegionId]);
  return `${(e as Region).shortName}—${(w as Region).shortName}`;
}
