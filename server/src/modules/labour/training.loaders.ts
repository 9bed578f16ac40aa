import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";

/** Worker ids per training session (the caller already sees the session). */
export function attendeeIdsByTraining(ctx: RequestContext) {
  return new DataLoader<string, string[]>(async (ids) => {
    const rows: { training_id: string; worker_id: string }[] = await ctx.manager.query(
      `SELECT training_id, worker_id FROM training_attendee WHERE training_id = ANY($1::uuid[]) ORDER BY worker_id`,
      [[...ids]],
    );
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.training_id, [...(map.get(r.training_id) ?? []), r.worker_id]);
    return ids.map((id) => map.get(id) ?? []);
  });
}
