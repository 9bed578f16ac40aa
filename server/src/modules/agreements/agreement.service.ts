import { loader, type RequestContext } from "../../shared/context";
import { badInput } from "../../shared/errors";
import { recordAudit } from "../audit/audit.service";
import { getPairingForWrite, pairingIdsInScope } from "../pairings/pairing.service";
import { andWhere, cond, param, positional, type Scope } from "../../shared/scoped";
import { Agreement } from "./agreement.entity";
import type { SetAgreementTargetInput } from "./agreement.inputs";
import { agreementByPairingYear, targetsByAgreement } from "./agreement.loaders";
import { formatQuantity, INDICATOR_UNIT, INDICATORS, type Indicator, toBaseUnits } from "./indicator";

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
 * The targets of the agreements for a year of a set of pairings (a sub-select of their ids, from
 * the pairings module), summed per indicator, in base units: a roll-up over many pairings.
 */
export async function targetsSummed(
  ctx: RequestContext,
  pairingIds: Scope,
  year: number,
): Promise<Map<Indicator, number>> {
  const { sql, params } = positional(
    cond`SELECT t.indicator, SUM(t.target)::bigint AS target
       FROM agreement a JOIN agreement_target t ON t.agreement_id = a.id
      WHERE a.year = ${param(year)} AND a.pairing_id IN ${pairingIds}
      GROUP BY t.indicator`,
    1,
  );
  const rows: { indicator: Indicator; target: string }[] = await ctx.manager.query(sql, params);
  return new Map(rows.map((r) => [r.indicator, Number(r.target)]));
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

/**
 * Sets (or revises) one indicator's target in a pairing's agreement for a year, creating the
 * agreement when it is the first target. Revisions are audited with the value before.
 */
export async function setAgreementTarget(ctx: RequestContext, input: SetAgreementTargetInput): Promise<Agreement> {
  const pairing = await getPairingForWrite(ctx, input.pairingId);
  const target = toBaseUnits(input.target, input.indicator, "target");
  if (target < 0) throw badInput("target", "目标不能为负数 / A target cannot be negative");

  const [agreement] = (await ctx.manager.query(
    `INSERT INTO agreement (pairing_id, year, signed_on) VALUES ($1, $2, $3)
     ON CONFLICT (pairing_id, year) DO UPDATE SET signed_on = COALESCE(EXCLUDED.signed_on, agreement.signed_on)
     RETURNING id`,
    [pairing.id, input.year, input.signedOn ?? null],
  )) as { id: string }[];
  const before: { target: number }[] = await ctx.manager.query(
    `SELECT target FROM agreement_target WHERE agreement_id = $1 AND indicator = $2`,
    [agreement.id, input.indicator],
  );
  await ctx.manager.query(
    `INSERT INTO agreement_target (agreement_id, indicator, target) VALUES ($1, $2, $3)
     ON CONFLICT (agreement_id, indicator) DO UPDATE SET target = EXCLUDED.target`,
    [agreement.id, input.indicator, target],
  );
  const unit = INDICATOR_UNIT[input.indicator];
  await recordAudit(ctx, {
    action: "AGREEMENT_TARGET_SET",
    entityType: "Agreement",
    entityId: agreement.id,
    change: {
      pairingId: pairing.id,
      year: input.year,
      indicator: input.indicator,
      before: before[0] ? formatQuantity(Number(before[0].target), unit) : null,
      after: formatQuantity(target, unit),
      ...(input.signedOn ? { signedOn: input.signedOn } : {}),
    },
  });
  return ctx.manager.getRepository(Agreement).findOneByOrFail({ id: agreement.id });
}
