import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { scopedRowsById } from "../../shared/loaders";
import { andWhere } from "../../shared/scoped";
import { TalentPerson, TalentPosting } from "./talent.entity";
import { personScope, postingScope } from "./talent.scope";

/** Postings and people by id within the caller's scope (null outside it), as the top-level reads. */
export const visiblePostingById = scopedRowsById(TalentPosting, "t", postingScope);
export const visiblePersonById = scopedRowsById(TalentPerson, "tp", personScope);

/** A person's postings the caller may see (withdrawn ones too), newest first: the same scope as `talentPostings`. */
export function postingsByPerson(ctx: RequestContext) {
  return new DataLoader<string, TalentPosting[]>(async (ids) => {
    const rows = await andWhere(
      ctx.manager.getRepository(TalentPosting).createQueryBuilder("t"),
      postingScope(ctx, "t"),
    )
      .andWhere("t.person_id IN (:...personIds)", { personIds: [...ids] })
      .orderBy("t.starts_on", "DESC")
      .addOrderBy("t.id", "ASC")
      .getMany();
    const map = new Map<string, TalentPosting[]>();
    for (const r of rows) map.set(r.personId, [...(map.get(r.personId) ?? []), r]);
    return ids.map((id) => map.get(id) ?? []);
  });
}
