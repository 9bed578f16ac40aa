import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { recordedDate, today } from "../../shared/dates";
import { badInput, conflict, isUniqueViolation, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import type { Page } from "../../shared/pagination";
import { andWhere, anyOf, cond, findInScope, param } from "../../shared/scoped";
import { recordAudit } from "../audit/audit.service";
import { Indicator } from "../agreements/indicator";
import { enterpriseReferences } from "../enterprises/enterprise.reach";
import { enterpriseIdsNamedLike, loadEnterprise } from "../enterprises/enterprise.service";
import { LedgerSource } from "../ledger/ledger.entity";
import { appendLedgerEntry } from "../ledger/ledger.service";
import { findMostSpecificPairing, westCountyInReach } from "../pairings/pairing.service";
import { projectScope } from "./investment.scope";
import { getLead, positiveMoney } from "./lead.service";
import { InvestmentProject, ProjectStageEvent } from "./project.entity";
import type { CreateProjectInput, MoveProjectStageInput, ProjectFilter } from "./project.inputs";
import { PROJECT_STEPS, ProjectStage, SIGNED_STAGES } from "./stage";
import { errorResult, InvalidStateError } from "../../shared/outcomes";
import { UUID, containsPattern } from "../../shared/sql";
import { inSubtree, westCountyOrOwn } from "../regions/region.service";
import { msg, type Locale, type Message } from "../../shared/messages";
import { ledgerNote } from "../ledger/ledger.notes";

// Whoever may read a project may read its enterprise.
enterpriseReferences.add(
  (ctx) => cond`(SELECT rp.enterprise_id FROM investment_project rp WHERE ${projectScope(ctx, "rp")})`,
);

/** A project in the caller's scope; NOT_FOUND otherwise. */
export const getProject = (ctx: RequestContext, id: string, field?: string): Promise<InvestmentProject> =>
  findInScope(ctx, InvestmentProject, "p", projectScope(ctx), id, msg("项目", "Project"), field);

/** The same, locked for the rest of the transaction: changes to one project happen one after the other. */
export async function lockProject(ctx: RequestContext, id: string, field = "projectId"): Promise<InvestmentProject> {
  const { sql, params } = projectScope(ctx);
  const p = UUID.test(id)
    ? await ctx.manager
        .getRepository(InvestmentProject)
        .createQueryBuilder("p")
        .where(sql, params)
        .andWhere("p.id = :id", { id })
        .setLock("pessimistic_write")
        .getOne()
    : null;
  if (!p) throw notFound(msg("项目", "Project"), field);
  return p;
}

export async function listProjects(
  ctx: RequestContext,
  filter: ProjectFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<InvestmentProject>> {
  const { sql, params } = projectScope(ctx);
  const qb = ctx.manager.getRepository(InvestmentProject).createQueryBuilder("p").where(sql, params);
  if (filter?.stage) qb.andWhere("p.stage = :fst", { fst: filter.stage });
  if (filter?.countyId) andWhere(qb, inSubtree("p.county_id", filter.countyId));
  if (filter?.enterpriseId)
    qb.andWhere("p.enterprise_id = :fen", { fen: UUID.test(filter.enterpriseId) ? filter.enterpriseId : null });
  if (filter?.leadId) qb.andWhere("p.lead_id = :fle", { fle: UUID.test(filter.leadId) ? filter.leadId : null });
  if (filter?.search?.trim()) {
    const pattern = containsPattern(filter.search);
    andWhere(
      qb,
      anyOf(cond`p.name LIKE ${param(pattern)}`, cond`p.enterprise_id IN ${enterpriseIdsNamedLike(pattern)}`),
    );
  }
  qb.orderBy("p.stage_since", "DESC").addOrderBy("p.seq", "DESC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

async function addStageEvent(
  ctx: RequestContext,
  projectId: string,
  fromStage: ProjectStage | null,
  toStage: ProjectStage,
  occurredOn: string,
  note: string | null,
) {
  await ctx.manager
    .getRepository(ProjectStageEvent)
    .insert({ projectId, fromStage, toStage, occurredOn, note, recordedById: ctx.user?.id || null });
}

/**
 * 立项: a project from a lead for one west county, at stage LEAD. The enterprise (its own leads), a
 * coordinator (leads in scope) or a county official (visible leads, its own county only: another
 * county is FORBIDDEN) may start one. One project per lead and county (CONFLICT).
 */
export async function createProject(ctx: RequestContext, input: CreateProjectInput): Promise<InvestmentProject> {
  const u = ctx.user!;
  const lead = await getLead(ctx, input.leadId, "leadId");
  // County officials: their own county only; coordinators: a county paired with their region;
  // enterprises any (they may invest anywhere).
  const county = (
    u.role === Role.ENTERPRISE
      ? await westCountyOrOwn(ctx, input.countyId, "countyId")
      : await westCountyInReach(ctx, input.countyId, "countyId")
  ).id;
  const plannedInvestment = positiveMoney(input.plannedInvestment ?? lead.plannedInvestment, "plannedInvestment");
  const startedOn = recordedDate(input.startedOn ?? today(), "startedOn");
  const enterprise = (await loadEnterprise(ctx, lead.enterpriseId))!;
  const pairing = await findMostSpecificPairing(ctx, enterprise.homeRegionId, county);
  let project: InvestmentProject;
  try {
    project = await ctx.manager.getRepository(InvestmentProject).save(
      Object.assign(new InvestmentProject(), {
        leadId: lead.id,
        enterpriseId: lead.enterpriseId,
        countyId: county,
        pairingId: pairing?.id ?? null,
        name: input.name?.trim() || lead.title,
        plannedInvestment,
        stage: ProjectStage.LEAD,
        stageSince: startedOn,
        contractAmount: null,
        signedOn: null,
        droppedReason: null,
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(msg("该线索已在此县立项", "This lead already has a project in this county"));
    throw e;
  }
  await addStageEvent(ctx, project.id, null, ProjectStage.LEAD, startedOn, null);
  await recordAudit(ctx, {
    action: "PROJECT_CREATED",
    entityType: "InvestmentProject",
    entityId: project.id,
    change: {
      leadId: lead.id,
      countyId: county,
      pairingId: project.pairingId,
      plannedInvestment: formatFen(plannedInvestment),
    },
  });
  return ctx.manager.getRepository(InvestmentProject).findOneByOrFail({ id: project.id });
}

/**
 * Moves a project one step (PROJECT_STEPS in stage.ts), in one transaction with its dated stage
 * event, its ledger entry and the audit. A move the table does not allow from the project's stage
 * answers InvalidStateError and writes nothing (its action: the step entering the target stage, or
 * the target itself when no step enters it, LEAD). Ledger: entering SIGNED is +1 PROJECTS_LANDED on the signing date;
 * dropping a signed project (SIGNED or FUNDS_ARRIVING) is −1 on the drop date. Funds already in
 * place stay counted: they did arrive (reverse a tranche to correct one).
 */
/** The notes the system writes on stage changes, so each request reads them in its language. */
export const SYSTEM_STAGE_NOTES = { firstTranche: msg("首笔资金到位", "first tranche arrived") };

/**
 * A stage event's note in one language: a system note by its Chinese text (or the "中文 / English"
 * text events before this change kept), else the text as a person typed it.
 */
export function stageNoteIn(note: string | null, locale: Locale): string | null {
  if (!note) return note;
  for (const m of Object.values(SYSTEM_STAGE_NOTES))
    if (note === m.zh || note === `${m.zh} / ${m.en}`) return m.in(locale);
  return note;
}
export async function moveProjectStage(
  ctx: RequestContext,
  input: MoveProjectStageInput,
  auto?: { note: Message },
): Promise<InvestmentProject | InvalidStateError> {
  const p = await lockProject(ctx, input.projectId);
  const from = p.stage;
  const to = input.stage;
  const action = PROJECT_STEPS.entering(to);
  const refused = action
    ? PROJECT_STEPS.refusal(ctx, action, from, p.id)
    : errorResult(InvalidStateError, {
        entityId: p.id,
        state: from,
        action: to,
        message: msg(`不能从 ${from} 转到 ${to}`, `${from} cannot move to ${to}`),
      });
  if (refused) return refused;
  const since = { date: p.stageSince, what: "上一阶段" };
  const set: Partial<InvestmentProject> = { stage: to };
  let occurredOn: string;
  if (to === ProjectStage.SIGNED) {
    if (input.contractAmount == null)
      throw badInput("contractAmount", msg("签约须填写合同金额", "Signing needs the contract amount"));
    set.contractAmount = positiveMoney(input.contractAmount, "contractAmount");
    if (!input.signedOn) throw badInput("signedOn", msg("签约须填写签约日期", "Signing needs the contract date"));
    occurredOn = set.signedOn = recordedDate(input.signedOn, "signedOn", since);
  } else {
    occurredOn = recordedDate(input.occurredOn ?? today(), "occurredOn", since);
  }
  if (to === ProjectStage.DROPPED) {
    if (!input.reason?.trim()) throw badInput("reason", msg("请说明终止原因", "Give the reason for dropping"));
    set.droppedReason = input.reason.trim();
  }
  set.stageSince = occurredOn;
  await ctx.manager.getRepository(InvestmentProject).update({ id: p.id }, set);
  // A system note is kept as its Chinese text and shown per language (stageNoteIn); a person's as typed.
  const note = auto?.note.zh ?? (input.note?.trim() || set.droppedReason || null);
  await addStageEvent(ctx, p.id, from, to, occurredOn, note);

  const landed = to === ProjectStage.SIGNED ? 1 : to === ProjectStage.DROPPED && SIGNED_STAGES.has(from) ? -1 : 0;
  if (landed !== 0 && p.pairingId) {
    await appendLedgerEntry(ctx, {
      pairingId: p.pairingId,
      indicator: Indicator.PROJECTS_LANDED,
      amount: landed,
      occurredOn,
      source: LedgerSource.PROJECT_STAGE,
      sourceId: p.id,
      note: ledgerNote(landed > 0 ? "projectSigned" : "projectDropped", { project: p.name }),
    });
  }
  await recordAudit(ctx, {
    action: "PROJECT_STAGE_CHANGED",
    entityType: "InvestmentProject",
    entityId: p.id,
    change: {
      before: from,
      after: to,
      occurredOn,
      ...(set.contractAmount ? { contractAmount: formatFen(set.contractAmount) } : {}),
      ...(set.droppedReason ? { reason: set.droppedReason } : {}),
      ...(auto ? { automatic: auto.note.zh } : {}),
    },
  });
  return ctx.manager.getRepository(InvestmentProject).findOneByOrFail({ id: p.id });
}
