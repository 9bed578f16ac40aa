import type { RequestContext } from "../../shared/context";
import { recordedDate, today } from "../../shared/dates";
import { badInput } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import { recordAudit } from "../audit/audit.service";
import { Indicator } from "../agreements/indicator";
import { LedgerSource } from "../ledger/ledger.entity";
import { appendLedgerEntry } from "../ledger/ledger.service";
import { positiveMoney } from "./lead.service";
import { ProjectOutcomeReport } from "./project.entity";
import type { RecordOutcomeInput } from "./project.inputs";
import { lockProject } from "./project.service";
import { SIGNED_STAGES } from "./stage";
import { msg } from "../../shared/messages";
import { ledgerNote } from "../ledger/ledger.notes";

/**
 * 项目成效: a dated outcome report of a signed project. Reports are history (never updated): the
 * latest is the current figure and may not be dated before the previous one. Ledger: the change
 * in people lifted since the previous report (+ or −) as POOR_PEOPLE_LIFTED on the report's date;
 * nothing when it did not change.
 */
export async function recordOutcome(ctx: RequestContext, input: RecordOutcomeInput): Promise<ProjectOutcomeReport> {
  const p = await lockProject(ctx, input.projectId);
  if (!SIGNED_STAGES.has(p.stage))
    throw badInput(
      "projectId",
      msg(`项目签约后才能报告成效(当前 ${p.stage})`, "Outcomes are reported once the project is signed"),
    );
  const repo = ctx.manager.getRepository(ProjectOutcomeReport);
  const previous = await repo.findOne({ where: { projectId: p.id }, order: { reportedOn: "DESC", seq: "DESC" } });
  const reportedOn = recordedDate(
    input.reportedOn ?? today(),
    "reportedOn",
    previous ? { date: previous.reportedOn, what: "上一次报告" } : undefined,
  );
  const floorPricePerTonne =
    input.floorPricePerTonne == null ? null : positiveMoney(input.floorPricePerTonne, "floorPricePerTonne");
  for (const f of ["jobsCreated", "poorEmployed", "peopleLifted"] as const) {
    if (!Number.isInteger(input[f]) || input[f] < 0) throw badInput(f, msg("人数不能为负", "Cannot be negative"));
  }
  const report = await repo.save(
    Object.assign(new ProjectOutcomeReport(), {
      projectId: p.id,
      reportedOn,
      jobsCreated: input.jobsCreated,
      poorEmployed: input.poorEmployed,
      peopleLifted: input.peopleLifted,
      guaranteedPurchaseTerms: input.guaranteedPurchaseTerms?.trim() || null,
      floorPricePerTonne,
      note: input.note?.trim() || null,
      recordedById: ctx.user?.id || null,
    }),
  );
  const delta = input.peopleLifted - (previous?.peopleLifted ?? 0);
  if (delta !== 0 && p.pairingId) {
    await appendLedgerEntry(ctx, {
      pairingId: p.pairingId,
      indicator: Indicator.POOR_PEOPLE_LIFTED,
      amount: delta,
      occurredOn: reportedOn,
      source: LedgerSource.PROJECT_OUTCOME,
      sourceId: report.id,
      note: ledgerNote("liftedByProject", { project: p.name }),
    });
  }
  await recordAudit(ctx, {
    action: "PROJECT_OUTCOME_REPORTED",
    entityType: "InvestmentProject",
    entityId: p.id,
    change: {
      reportId: report.id,
      reportedOn,
      jobsCreated: input.jobsCreated,
      poorEmployed: input.poorEmployed,
      peopleLifted: input.peopleLifted,
      delta,
      ...(floorPricePerTonne ? { floorPricePerTonne: formatFen(floorPricePerTonne) } : {}),
    },
  });
  return repo.findOneByOrFail({ id: report.id });
}
