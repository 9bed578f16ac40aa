import { loader, type RequestContext } from "../../shared/context";
import { badInput, conflict } from "../../shared/errors";
import { notInFuture } from "../../shared/dates";
import { recordAudit } from "../audit/audit.service";
import { getPairingForWrite, pairingIdsInScope } from "../pairings/pairing.service";
import { andWhere, cond, param, type Scope } from "../../shared/scoped";
import type { Pairing } from "../pairings/pairing.entity";
import { Agreement, type AgreementTargetChange } from "./agreement.entity";
import type {
  ChangeAgreementTargetInput,
  CopyAgreementInput,
  SaveAgreementInput,
  SetAgreementTargetInput,
} from "./agreement.inputs";
import { agreementByPairingYear, targetChangesByAgreement, targetsByAgreement } from "./agreement.loaders";
import { formatQuantity, INDICATOR_UNIT, INDICATORS, type Indicator, toBaseUnits } from "./indicator";
import { msg } from "../../shared/messages";

export function agreementFor(ctx: RequestContext, pairingId: string, year: number): Promise<Agreement | null> {
  return loader(ctx, agreementByPairingYear).load(`${pairingId}|${year}`);
}

/** Targets of a pairing's agreement for a year, in base units; empty without an agreement. */
export async function targetsFor(
  ctx: RequestContext,
  pairingId: string,
  year: number,
): Promise<Map<Indicator, number>> {
  const a = await agreementFor(ctx, pairingId, year);
  if (!a) return new Map();
  const rows = await loader(ctx, targetsByAgreement).load(a.id);
  return new Map(rows.map((r) => [r.indicator, r.target]));
}

/**
 * The targets of the agreements for a year of the pairings whose id `pairingId` keeps (a condition
 * on the column it is given), as a table `(pairing_id, indicator, target)` in base units for another
 * module's statement to join: the progress screen reads a page of pairings' own targets
 * (targetsFor, many at once: `= ANY(ids)`) in the statement that sums their ledger, and the region
 * roll-up sums the outermost pairings' targets in its own (issue 14: no statements of their own).
 * Unscoped: for pairings the caller already may see.
 */
export function agreementTargetsOf(year: number, pairingId: (column: string) => Scope): Scope {
  return cond`(SELECT a.pairing_id, t.indicator, t.target
       FROM agreement a JOIN agreement_target t ON t.agreement_id = a.id
      WHERE a.year = ${param(year)} AND ${pairingId("a.pairing_id")})`;
}

export async function agreementTargets(ctx: RequestContext, agreement: Agreement) {
  const rows = await loader(ctx, targetsByAgreement).load(agreement.id);
  const byIndicator = new Map(rows.map((r) => [r.indicator, r.target]));
  return INDICATORS.filter((i) => byIndicator.has(i)).map((indicator) => ({
    indicator,
    unit: INDICATOR_UNIT[indicator],
    target: formatQuantity(byIndicator.get(indicator)!, INDICATOR_UNIT[indicator]),
  }));
}

/** Years with an agreement in the caller's scope, newest first. */
export async function agreementYears(ctx: RequestContext): Promise<number[]> {
  const qb = ctx.manager.getRepository(Agreement).createQueryBuilder("a").select("DISTINCT a.year", "year");
  const rows = await andWhere(qb, cond`a.pairing_id IN ${pairingIdsInScope(ctx)}`)
    .orderBy("a.year", "DESC")
    .getRawMany<{ year: number }>();
  return rows.map((r) => r.year);
}

/*
 * Writing an agreement (协议任务, issue 10). Four mutations, one way underneath: `saveAgreement` (the
 * whole set of targets and the signing date), `changeAgreementTarget` (one target, with a reason),
 * `setAgreementTarget` (the older one-target mutation, kept for its clients: the same change) and
 * `copyAgreement` (a year's targets as the starting point of another). Each:
 * - acts for a pairing the caller may write (coordinators in scope, admins; `getPairingForWrite`);
 * - creates the year's agreement when there is none, except for an ended pairing (refused);
 * - keeps every change of a target in `agreement_target_change` (who, when, before, after, why),
 *   exposed as `Agreement.targetHistory`;
 * - requires a reason to revise (change or remove) a target that was set in an agreement already
 *   signed; first settings of a draft, or of a target the signed agreement lacked, need none;
 * - is audited with the values before and after in the indicators' units.
 */
export const REASON_REQUIRED = msg("已签协议修改目标须说明原因", "Say why a signed agreement's target changes");
export const NO_AGREEMENT_IN_YEAR = msg("该年度尚无协议", "No agreement for that year");
export const AGREEMENT_EXISTS = msg("该年度已有协议", "That year already has an agreement");
export const PAIRING_HAS_ENDED = msg("该结对关系已终止,不能新增协议", "This pairing has ended: no new agreement");

interface AgreementHead {
  id: string;
  signedOn: string | null;
}

/** The year's agreement of a pairing the caller may write, locked for this transaction; created when `create`. */
async function agreementForWrite(
  ctx: RequestContext,
  pairingId: string,
  year: number,
  create: boolean,
): Promise<{ pairing: Pairing; agreement: AgreementHead | null; created: boolean }> {
  const pairing = await getPairingForWrite(ctx, pairingId);
  const [found] = (await ctx.manager.query(
    `SELECT id, signed_on::text AS "signedOn" FROM agreement WHERE pairing_id = $1 AND year = $2 FOR UPDATE`,
    [pairing.id, year],
  )) as AgreementHead[];
  if (found || !create) return { pairing, agreement: found ?? null, created: false };
  if (pairing.endedOn) throw badInput("pairingId", PAIRING_HAS_ENDED);
  const [agreement] = (await ctx.manager.query(
    `INSERT INTO agreement (pairing_id, year) VALUES ($1, $2) RETURNING id, signed_on::text AS "signedOn"`,
    [pairing.id, year],
  )) as AgreementHead[];
  return { pairing, agreement, created: true };
}

async function currentTargets(ctx: RequestContext, agreementId: string): Promise<Map<Indicator, number>> {
  const rows: { indicator: Indicator; target: string }[] = await ctx.manager.query(
    `SELECT indicator, target FROM agreement_target WHERE agreement_id = $1`,
    [agreementId],
  );
  return new Map(rows.map((r) => [r.indicator, Number(r.target)]));
}

const shown = (indicator: Indicator, v: number | null | undefined) =>
  v == null ? null : formatQuantity(v, INDICATOR_UNIT[indicator]);
const shownAll = (m: Map<Indicator, number>) =>
  Object.fromEntries(INDICATORS.filter((i) => m.has(i)).map((i) => [i, shown(i, m.get(i))]));

/**
 * Moves an agreement's targets from `before` to `after` (base units; an indicator missing from
 * `after` loses its target), keeping each change in the history; the reason rule applies.
 * Returns the indicators that changed.
 */
async function applyTargets(
  ctx: RequestContext,
  agreement: AgreementHead,
  before: Map<Indicator, number>,
  after: Map<Indicator, number>,
  reason: string | null,
): Promise<Indicator[]> {
  const changed = INDICATORS.filter((i) => before.get(i) !== after.get(i));
  const revises = changed.some((i) => before.has(i));
  if (agreement.signedOn && revises && !reason) throw badInput("reason", REASON_REQUIRED);
  if (!changed.length) return changed;
  const removed = changed.filter((i) => !after.has(i));
  const set = changed.filter((i) => after.has(i));
  if (removed.length)
    await ctx.manager.query(`DELETE FROM agreement_target WHERE agreement_id = $1 AND indicator = ANY($2::text[])`, [
      agreement.id,
      removed,
    ]);
  if (set.length)
    await ctx.manager.query(
      `INSERT INTO agreement_target (agreement_id, indicator, target)
       SELECT $1, i, t FROM unnest($2::text[], $3::bigint[]) AS x(i, t)
       ON CONFLICT (agreement_id, indicator) DO UPDATE SET target = EXCLUDED.target`,
      [agreement.id, set, set.map((i) => after.get(i))],
    );
  await ctx.manager.query(
    `INSERT INTO agreement_target_change (agreement_id, indicator, before, after, reason, actor_id)
     SELECT $1, i, b, a, $5, $6 FROM unnest($2::text[], $3::bigint[], $4::bigint[]) AS x(i, b, a)`,
    [
      agreement.id,
      changed,
      changed.map((i) => before.get(i) ?? null),
      changed.map((i) => after.get(i) ?? null),
      reason,
      ctx.user?.id ?? null,
    ],
  );
  return changed;
}

/** A signing date: a fact, so not in the future. */
function signingDate(signedOn: string | null | undefined): string | null {
  return signedOn ? notInFuture(signedOn, "signedOn") : null;
}

const reasonOf = (reason: string | null | undefined) => reason?.trim() || null;

/** Target in base units of `indicator`, not negative; BAD_USER_INPUT naming `field`. */
function targetOf(hundredths: number, indicator: Indicator, field: string): number {
  const target = toBaseUnits(hundredths, indicator, field);
  if (target < 0) throw badInput(field, msg("目标不能为负数", "A target cannot be negative"));
  return target;
}

async function signIfGiven(ctx: RequestContext, agreement: AgreementHead, signedOn: string | null) {
  if (!signedOn || signedOn === agreement.signedOn) return;
  await ctx.manager.query(`UPDATE agreement SET signed_on = $2 WHERE id = $1`, [agreement.id, signedOn]);
}

/**
 * Sets or revises one indicator's target in a pairing's agreement for a year, creating the
 * agreement when it is the first target (`setAgreementTarget` and `changeAgreementTarget`).
 */
export async function changeAgreementTarget(
  ctx: RequestContext,
  input: ChangeAgreementTargetInput & { signedOn?: string | null },
): Promise<Agreement> {
  const target = targetOf(input.target, input.indicator, "target");
  const signedOn = signingDate(input.signedOn);
  const reason = reasonOf(input.reason);
  const { pairing, agreement } = await agreementForWrite(ctx, input.pairingId, input.year, true);
  const before = await currentTargets(ctx, agreement!.id);
  const after = new Map(before).set(input.indicator, target);
  await applyTargets(ctx, agreement!, before, after, reason);
  await signIfGiven(ctx, agreement!, signedOn);
  await recordAudit(ctx, {
    action: "AGREEMENT_TARGET_SET",
    entityType: "Agreement",
    entityId: agreement!.id,
    change: {
      pairingId: pairing.id,
      year: input.year,
      indicator: input.indicator,
      before: { target: shown(input.indicator, before.get(input.indicator)), signedOn: agreement!.signedOn },
      after: { target: shown(input.indicator, target), signedOn: signedOn ?? agreement!.signedOn },
      ...(reason ? { reason } : {}),
    },
  });
  return ctx.manager.getRepository(Agreement).findOneByOrFail({ id: agreement!.id });
}

/** The older one-target mutation: the same change. */
export const setAgreementTarget = (ctx: RequestContext, input: SetAgreementTargetInput) =>
  changeAgreementTarget(ctx, input);

/**
 * Saves a pairing's agreement for a year as a whole: the targets given (each indicator once;
 * those left out have none afterwards) and the signing date, in one transaction.
 */
export async function saveAgreement(ctx: RequestContext, input: SaveAgreementInput): Promise<Agreement> {
  const after = new Map<Indicator, number>();
  input.targets.forEach((t, n) => {
    if (after.has(t.indicator)) throw badInput("targets", msg("每个指标只能设一个目标", "One target per indicator"));
    after.set(t.indicator, targetOf(t.target, t.indicator, `targets.${n}.target`));
  });
  const signedOn = signingDate(input.signedOn);
  const reason = reasonOf(input.reason);
  const { pairing, agreement, created } = await agreementForWrite(ctx, input.pairingId, input.year, true);
  const before = created ? new Map<Indicator, number>() : await currentTargets(ctx, agreement!.id);
  const changed = await applyTargets(ctx, agreement!, before, after, reason);
  await signIfGiven(ctx, agreement!, signedOn);
  // Saving what is already there changes nothing and is not an event of the trail.
  if (!created && !changed.length && (!signedOn || signedOn === agreement!.signedOn))
    return ctx.manager.getRepository(Agreement).findOneByOrFail({ id: agreement!.id });
  await recordAudit(ctx, {
    action: "AGREEMENT_SAVED",
    entityType: "Agreement",
    entityId: agreement!.id,
    change: {
      pairingId: pairing.id,
      year: input.year,
      before: created ? null : { signedOn: agreement!.signedOn, targets: shownAll(before) },
      after: { signedOn: signedOn ?? agreement!.signedOn, targets: shownAll(after) },
      ...(reason ? { reason } : {}),
    },
  });
  return ctx.manager.getRepository(Agreement).findOneByOrFail({ id: agreement!.id });
}

/**
 * Copies the targets of `fromYear`'s agreement into a new, unsigned agreement for `toYear`, as the
 * starting point to revise and sign. CONFLICT when `toYear` already has an agreement.
 */
export async function copyAgreement(ctx: RequestContext, input: CopyAgreementInput): Promise<Agreement> {
  if (input.fromYear === input.toYear) throw badInput("toYear", msg("请选择另一年度", "Choose another year"));
  const from = await agreementForWrite(ctx, input.pairingId, input.fromYear, false);
  if (!from.agreement) throw badInput("fromYear", NO_AGREEMENT_IN_YEAR);
  const targets = await currentTargets(ctx, from.agreement.id);
  if (!targets.size) throw badInput("fromYear", NO_AGREEMENT_IN_YEAR);
  if ((await agreementForWrite(ctx, input.pairingId, input.toYear, false)).agreement)
    throw conflict(AGREEMENT_EXISTS, "toYear");
  const { agreement } = await agreementForWrite(ctx, input.pairingId, input.toYear, true);
  await applyTargets(
    ctx,
    agreement!,
    new Map(),
    targets,
    // The target-change reason is a text column people type into; a system reason is kept in Chinese.
    `复制 ${input.fromYear} 年协议`,
  );
  await recordAudit(ctx, {
    action: "AGREEMENT_COPIED",
    entityType: "Agreement",
    entityId: agreement!.id,
    change: {
      pairingId: from.pairing.id,
      year: input.toYear,
      copiedFromYear: input.fromYear,
      copiedFromId: from.agreement.id,
      before: null,
      after: { signedOn: null, targets: shownAll(targets) },
    },
  });
  return ctx.manager.getRepository(Agreement).findOneByOrFail({ id: agreement!.id });
}

/** The changes of an agreement's targets, newest first, in the indicators' units. */
export async function targetHistory(ctx: RequestContext, agreement: Agreement): Promise<AgreementTargetChange[]> {
  const rows = await loader(ctx, targetChangesByAgreement).load(agreement.id);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actorId,
    indicator: r.indicator,
    unit: INDICATOR_UNIT[r.indicator],
    before: shown(r.indicator, r.before == null ? null : Number(r.before)),
    after: shown(r.indicator, r.after == null ? null : Number(r.after)),
    reason: r.reason,
  }));
}
