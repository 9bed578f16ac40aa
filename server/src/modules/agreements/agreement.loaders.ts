import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Agreement, AgreementTargetChangeRow, AgreementTargetRow } from "./agreement.entity";

/** Key: `${pairingId}|${year}`. */
export function agreementByPairingYear(ctx: RequestContext) {
  return new DataLoader<string, Agreement | null>(async (keys) => {
    const pairs = keys.map((k) => k.split("|"));
    const rows: Agreement[] = await ctx.manager
      .getRepository(Agreement)
      .createQueryBuilder("a")
      .where("(a.pairing_id, a.year) IN (SELECT * FROM unnest(:pids::uuid[], :years::int[]))", {
        pids: pairs.map((p) => p[0]),
        years: pairs.map((p) => Number(p[1])),
      })
      .getMany();
    const map = new Map(rows.map((a) => [`${a.pairingId}|${a.year}`, a]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

export function targetsByAgreement(ctx: RequestContext) {
  return new DataLoader<string, AgreementTargetRow[]>(async (ids) => {
    const rows = await ctx.manager.getRepository(AgreementTargetRow).findBy({ agreementId: In([...ids]) });
    return ids.map((id) => rows.filter((r) => r.agreementId === id));
  });
}

/** The target history of each agreement, newest first. */
export function targetChangesByAgreement(ctx: RequestContext) {
  return new DataLoader<string, AgreementTargetChangeRow[]>(async (ids) => {
    const rows = await ctx.manager
      .getRepository(AgreementTargetChangeRow)
      .find({ where: { agreementId: In([...ids]) }, order: { at: "DESC", id: "ASC" } });
    return ids.map((id) => rows.filter((r) => r.agreementId === id));
  });
}
