import type { RequestContext } from "../../shared/context";
import { badInput, conflict, isUniqueViolation, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import { recordAudit } from "../audit/audit.service";
import { Indicator } from "../agreements/indicator";
import { LedgerSource } from "../ledger/ledger.entity";
import { appendLedgerEntry, appendReversalEntry, openDayFor } from "../ledger/ledger.service";
import { positiveMoney } from "./lead.service";
import { FundTranche } from "./project.entity";
import type { RecordFundTrancheInput, ReverseFundTrancheInput } from "./project.inputs";
import { lockProject, moveProjectStage, SYSTEM_STAGE_NOTES } from "./project.service";
import { orThrow } from "../../shared/outcomes";
import { recordedDate } from "../../shared/dates";
import { projectScope } from "./investment.scope";
import { ProjectStage, SIGNED_STAGES } from "./stage";
import { UUID } from "../../shared/sql";
import { msg } from "../../shared/messages";
import { ledgerNote } from "../ledger/ledger.notes";

/**
 * 到位资金: records a tranche that arrived. Allowed once the project is SIGNED (or later, not
 * DROPPED): earlier is BAD_USER_INPUT on "projectId" and writes nothing. The first tranche of a
 * SIGNED project moves it to FUNDS_ARRIVING automatically (a stage event dated the tranche's
 * day). Ledger: +amount INVESTMENT_IN_PLACE on the receiving date, to the project's pairing.
 */
export async function recordFundTranche(ctx: RequestContext, input: RecordFundTrancheInput): Promise<FundTranche> {
  const p = await lockProject(ctx, input.projectId);
  if (!SIGNED_STAGES.has(p.stage)) {
    throw badInput(
      "projectId",
      msg(
        `项目签约后才能登记到位资金(当前 ${p.stage})`,
        `Funds are recorded once the project is signed (now ${p.stage})`,
      ),
    );
  }
  const amount = positiveMoney(input.amount, "amount");
  const receivedOn = recordedDate(input.receivedOn, "receivedOn", { date: p.signedOn!, what: "签约日期" });
  const reference = input.reference.trim();
  let tranche: FundTranche;
  try {
    tranche = await ctx.manager.getRepository(FundTranche).save(
      Object.assign(new FundTranche(), {
        projectId: p.id,
        amount,
        receivedOn,
        reference,
        reversesId: null,
        reason: null,
        recordedById: ctx.user?.id || null,
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(msg(`凭证号 ${reference} 已登记`, "Reference already recorded for this project"));
    throw e;
  }
  if (p.pairingId) {
    await appendLedgerEntry(ctx, {
      pairingId: p.pairingId,
      indicator: Indicator.INVESTMENT_IN_PLACE,
      amount,
      occurredOn: receivedOn,
      source: LedgerSource.FUND_TRANCHE,
      sourceId: tranche.id,
      sourceDocument: reference,
      note: ledgerNote("fundsInPlace", { project: p.name }),
    });
  }
  await recordAudit(ctx, {
    action: "FUND_TRANCHE_RECORDED",
    entityType: "InvestmentProject",
    entityId: p.id,
    change: { trancheId: tranche.id, amount: formatFen(amount), receivedOn, reference },
  });
  if (p.stage === ProjectStage.SIGNED) {
    // SIGNED → FUNDS_ARRIVING is in the table for every role that records tranches: never refused here.
    orThrow(
      await moveProjectStage(
        ctx,
        { projectId: p.id, stage: ProjectStage.FUNDS_ARRIVING, occurredOn: receivedOn },
        { note: SYSTEM_STAGE_NOTES.firstTranche },
      ),
    );
  }
  return ctx.manager.getRepository(FundTranche).findOneByOrFail({ id: tranche.id });
}

/**
 * 冲正: reverses a tranche with a negative row carrying the original's reference, a reason and the
 * original's date (so the month and year it was counted in are corrected) — unless that month is
 * approved and locked: then it is dated today, the open period, pointing at the original
 * (`reversesId`, whose date is the day it belongs to). A tranche is reversed once only: a second
 * reversal is CONFLICT (the unique index on reverses_id makes that hold under concurrency too); a
 * reversal cannot itself be reversed (BAD_USER_INPUT). Ledger: −amount INVESTMENT_IN_PLACE, pointing
 * at the original's entry, dated as the row (openDayFor, one rule for both; appendDueEntry's note
 * names the month), so the project's tranches, the board's months and the ledger agree.
 */
export async function reverseFundTranche(ctx: RequestContext, input: ReverseFundTrancheInput): Promise<FundTranche> {
  const { sql, params } = projectScope(ctx);
  const original = UUID.test(input.trancheId)
    ? await ctx.manager
        .getRepository(FundTranche)
        .createQueryBuilder("t")
        .where(`t.project_id IN (SELECT p.id FROM investment_project p WHERE ${sql})`, params)
        .andWhere("t.id = :id", { id: input.trancheId })
        .getOne()
    : null;
  if (!original) throw notFound(msg("到位资金", "Tranche"), "trancheId");
  const p = await lockProject(ctx, original.projectId, "trancheId");
  if (original.reversesId) throw badInput("trancheId", msg("冲正记录不能再冲正", "A reversal cannot be reversed"));
  const already = await ctx.manager.getRepository(FundTranche).findOneBy({ reversesId: original.id });
  if (already) throw conflict(msg("该笔资金已冲正", "This tranche has already been reversed"));
  const reason = input.reason.trim();
  // A project with no pairing counts in no ledger and no reporting period: nothing is locked for it.
  const receivedOn = p.pairingId ? await openDayFor(ctx, p.pairingId, original.receivedOn) : original.receivedOn;
  let reversal: FundTranche;
  try {
    reversal = await ctx.manager.getRepository(FundTranche).save(
      Object.assign(new FundTranche(), {
        projectId: p.id,
        amount: -original.amount,
        receivedOn,
        reference: original.reference,
        reversesId: original.id,
        reason,
        recordedById: ctx.user?.id || null,
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(msg("该笔资金已冲正", "This tranche has already been reversed"));
    throw e;
  }
  if (p.pairingId) {
    await appendReversalEntry(
      ctx,
      {
        id: original.id,
        pairingId: p.pairingId,
        indicator: Indicator.INVESTMENT_IN_PLACE,
        amount: original.amount,
        occurredOn: original.receivedOn,
        source: LedgerSource.FUND_TRANCHE,
        sourceDocument: original.reference,
      },
      { id: reversal.id, reason },
      receivedOn,
    );
  }
  await recordAudit(ctx, {
    action: "FUND_TRANCHE_REVERSED",
    entityType: "InvestmentProject",
    entityId: p.id,
    change: {
      trancheId: original.id,
      reversalId: reversal.id,
      amount: formatFen(-original.amount),
      receivedOn,
      reason,
    },
  });
  return ctx.manager.getRepository(FundTranche).findOneByOrFail({ id: reversal.id });
}
