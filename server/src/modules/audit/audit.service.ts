import type { RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { AuditEntry } from "./audit.entity";
import { extensionPoint, port } from "../../shared/port";
import { Role } from "../../shared/auth";
import { andWhere, anyOf, cond, EVERY_ROW, param, scopeByRole, type Scope } from "../../shared/scoped";
import { namerOfType } from "./audit.readable";
import { UUID } from "../../shared/sql";
import { withinDays } from "../../shared/dates";
import { msg } from "../../shared/messages";

/**
 * The ids of the users of a region subtree, as a sub-select with its parameters: answered by the
 * users module, which records audits (so this module, lower, cannot import it).
 */
export const usersWithin = port<(regionId: string) => Scope>("usersWithin");

/** The ids of the users whose username or name contains a text, as a sub-select: answered by users. */
export const usersMatching = port<(search: string) => Scope>("usersMatching");

/**
 * The records of a region subtree, per audit entity type: the module that owns the type answers
 * with a sub-select of the ids (as text, like `audit_entry.entity_id`) of its rows in the subtree —
 * a county official reads the history of its county's workers, products, suppliers, … whoever made
 * the change. A type no module lists is read only through the entries' actors.
 */
export interface AuditRecordsWithin {
  entityType: string;
  idsWithin(regionId: string): Scope;
}
export const auditRecordsWithin = extensionPoint<AuditRecordsWithin>("auditRecordsWithin");

/**
 * Who reads which entries, on alias `a`: administrators all; a coordinator those made by the users
 * of its region subtree; a county official those made by the users of its county and those about
 * its county's records (auditRecordsWithin). Other roles none.
 */
export const auditScope = (ctx: RequestContext): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => cond`a.actor_id IN ${usersWithin(u.regionId!)}`,
    [Role.COUNTY_OFFICIAL]: (u) =>
      anyOf(
        cond`a.actor_id IN ${usersWithin(u.regionId!)}`,
        ...auditRecordsWithin
          .all()
          .map((r) => cond`(a.entity_type = ${param(r.entityType)} AND a.entity_id IN ${r.idsWithin(u.regionId!)})`),
      ),
  });

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  /** Before/after values. Never passwords, tokens or ID numbers. */
  change: Record<string, unknown>;
  actorId?: string | null;
}

/** Writes an audit entry through the caller's manager, i.e. inside the mutation's transaction. */
export async function recordAudit(ctx: RequestContext, rec: AuditRecord): Promise<void> {
  if (!ctx.inTransaction) throw new Error("recordAudit must run inside the mutation's transaction");
  await ctx.manager.getRepository(AuditEntry).insert({
    actorId: rec.actorId !== undefined ? rec.actorId : ctx.user?.id || null,
    action: rec.action,
    entityType: rec.entityType,
    entityId: rec.entityId,
    change: rec.change as never,
  });
}

/**
 * The INSERT of one entry as SQL, for a caller that folds it into a statement of its own (a data-
 * modifying CTE: the order's placement, a sub-order's step), written only when `onlyIf` holds (a
 * condition on the statement's other CTEs, e.g. that the order row was inserted). `decided`: a jsonb
 * SQL expression whose keys join `change`, for what only the statement knows (the state a step
 * found, when one statement both decides and writes). Same columns as `recordAudit`; the caller runs
 * it inside the mutation's transaction.
 */
export function auditInsert(ctx: RequestContext, rec: AuditRecord, onlyIf?: Scope, decided?: Scope): Scope {
  const actor = rec.actorId !== undefined ? rec.actorId : ctx.user?.id || null;
  const change = cond`${param(JSON.stringify(rec.change))}::jsonb`;
  return cond`INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, change)
    SELECT ${param(actor)}::uuid, ${param(rec.action)}, ${param(rec.entityType)}, ${param(rec.entityId)},
           ${decided ? cond`${change} || (${decided})` : change}${onlyIf ? cond` WHERE ${onlyIf}` : cond``}`;
}

/** Many entries in one statement (a bulk write: an import, the demo), in the caller's transaction. */
export async function recordAudits(ctx: RequestContext, recs: AuditRecord[]): Promise<void> {
  if (!ctx.inTransaction) throw new Error("recordAudits must run inside the mutation's transaction");
  if (!recs.length) return;
  await ctx.manager.getRepository(AuditEntry).insert(
    recs.map((rec) => ({
      actorId: rec.actorId !== undefined ? rec.actorId : ctx.user?.id || null,
      action: rec.action,
      entityType: rec.entityType,
      entityId: rec.entityId,
      change: rec.change as never,
    })),
  );
}

export interface AuditFilterArgs {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  /** Part of the acting user's username or name. */
  actor?: string | null;
  action?: string | null;
  /** With entityType and entityId: also the entries whose change names that record (a pairing's targets). */
  related?: boolean | null;
  /** China's calendar days, inclusive. */
  from?: string | null;
  to?: string | null;
}

/**
 * The entries about a record and those whose change names it in a field its module registered
 * (auditNames: a pairing's agreement targets and ledger entries carry `pairingId`). Containment
 * (`@>`) is served by the GIN index on `change`.
 */
function relatedTo(type: string, id: string): Scope {
  const own = cond`(a.entity_type = ${param(type)} AND a.entity_id = ${param(id)})`;
  if (!UUID.test(id)) return own;
  const fields = (namerOfType(type)?.fields ?? []).filter((f) => /Ids?$/.test(f));
  const named = fields.map(
    (f) => cond`a.change @> ${param(JSON.stringify({ [f]: f.endsWith("Ids") ? [id] : id }))}::jsonb`,
  );
  return anyOf(own, ...named);
}

/** The trail within the reader's scope (auditScope), newest first; the resolver restricts the roles. */
export async function listAudit(
  ctx: RequestContext,
  filter: AuditFilterArgs | undefined,
  offset: number,
  first: number,
): Promise<Page<AuditEntry>> {
  const qb = ctx.manager.getRepository(AuditEntry).createQueryBuilder("a");
  if (filter?.related && filter.entityType && filter.entityId) {
    andWhere(qb, relatedTo(filter.entityType, filter.entityId));
  } else {
    if (filter?.entityType) qb.andWhere("a.entity_type = :t", { t: filter.entityType });
    if (filter?.entityId) qb.andWhere("a.entity_id = :eid", { eid: filter.entityId });
  }
  if (filter?.action) qb.andWhere("a.action = :act", { act: filter.action });
  if (filter?.actorId) {
    if (!UUID.test(filter.actorId)) throw badInput("actorId", msg("无效的用户 ID", "Invalid user id"));
    qb.andWhere("a.actor_id = :actor", { actor: filter.actorId });
  }
  if (filter?.actor?.trim()) andWhere(qb, cond`a.actor_id IN ${usersMatching(filter.actor)}`);
  andWhere(qb, withinDays("a.at", filter?.from, filter?.to));
  andWhere(qb, auditScope(ctx));
  qb.orderBy("a.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/**
 * The actions recorded on some records of one type, oldest first, without scope: for the owning
 * module to show a record's history (e.g. a sub-order's steps on its printed order) to whoever may
 * already see that record — the caller has checked that. Only action and time leave here.
 */
export async function actionsOn(
  ctx: RequestContext,
  entityType: string,
  entityIds: readonly string[],
): Promise<{ entityId: string; action: string; at: Date }[]> {
  if (!entityIds.length) return [];
  return ctx.manager
    .getRepository(AuditEntry)
    .createQueryBuilder("a")
    .select(["a.entityId", "a.action", "a.at"])
    .where("a.entity_type = :t AND a.entity_id IN (:...ids)", { t: entityType, ids: [...entityIds] })
    .orderBy("a.seq", "ASC")
    .getMany();
}
