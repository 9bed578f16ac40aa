import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { JointWork } from "./joint-work.entity";
import { jointWorkScope } from "./joint-work.scope";

/** By id within the caller's scope (null outside it): the ledger's labeller reads through this. */
export const visibleJointWorkById = scopedRowsById(JointWork, "j", jointWorkScope);

/** A pairing's own records, newest first, within the caller's scope (the same scope as the top-level list). */
export function jointWorkByPairing(ctx: RequestContext) {
  return new DataLoader<string, JointWork[]>(async (ids) => {
    const { sql, params } = jointWorkScope(ctx);
    const rows = await ctx.manager
      .getRepository(JointWork)
      .createQueryBuilder("j")
      .where(sql, params)
      .andWhere("j.pairing_id IN (:...jointWorkPairingIds)", { jointWorkPairingIds: [...ids] })
      .orderBy("j.held_on", "DESC")
      .addOrderBy("j.recorded_at", "DESC")
      .addOrderBy("j.id", "ASC")
      .getMany();
    return ids.map((id) => rows.filter((r) => r.pairingId === id));
  });
}
