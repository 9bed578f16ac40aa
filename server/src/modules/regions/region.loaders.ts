import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../shared/context";
import { Region } from "./region.entity";
import { primeRowsFromJson, rowsById } from "../../shared/loaders";
import { cond, type Scope } from "../../shared/scoped";
import { auditNames } from "../audit/audit.readable";

export const regionById = rowsById(Region);

/**
 * The region whose id is in `column` (of the caller's statement) as `row_to_json`: a correlated
 * sub-select for another module's list that returns each row's region in its own statement (the
 * catalogue's counties, issue 14), then hands it to `primeRegions`. Regions are reference data every
 * reader may see, as `regionById` reads them.
 */
export const regionJson = (column: string): Scope =>
  cond`(SELECT row_to_json(jreg) FROM region jreg WHERE jreg.id = ${column})`;

/** Primes `regionById` from `regionJson`'s values, `[region id, json or null]`: the relation then reads nothing. */
export const primeRegions = (ctx: RequestContext, rows: Iterable<readonly [string, Record<string, unknown> | null]>) =>
  primeRowsFromJson(ctx, Region, regionById, rows);

export function regionChildren(ctx: RequestContext) {
  return new DataLoader<string, Region[]>(async (parentIds) => {
    const rows = await ctx.manager
      .getRepository(Region)
      .find({ where: { parentId: In([...parentIds]) }, order: { code: "ASC" } });
    return parentIds.map((id) => rows.filter((r) => r.parentId === id));
  });
}

/**
 * Audit names: regions are reference data every reader may see. Entries hold ids (regionId, countyId…)
 * or codes (county: "520423"); both resolve to the name.
 */
auditNames.add({
  refType: "Region",
  fields: [
    "regionId",
    "homeRegionId",
    "countyId",
    "countyIds",
    "preferredCountyIds",
    "eastRegionId",
    "westRegionId",
    "westCountyId",
    "region",
    "county",
    "east",
    "west",
    "location",
    "REGION_:parentId",
  ],
  async names(ctx, keys) {
    const ids = keys.filter((k) => /^[0-9a-f-]{36}$/i.test(k));
    const codes = keys.filter((k) => /^\d{6,12}$/.test(k));
    const rows =
      ids.length || codes.length
        ? await ctx.manager.getRepository(Region).find({ where: [{ id: In(ids) }, { code: In(codes) }] })
        : [];
    const map = new Map<string, string>();
    for (const r of rows) map.set(r.id, r.name).set(r.code, r.name);
    return map;
  },
});
