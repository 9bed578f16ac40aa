import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { badInput, rethrowUnlessRefused } from "../../shared/errors";
import type { Indicator } from "../agreements/indicator";
import type { LedgerSource } from "../ledger/ledger.entity";
import { appendLedgerEntry } from "../ledger/ledger.service";
import { findMostSpecificPairing } from "../pairings/pairing.service";
import { RegionSide, type Region } from "../regions/region.entity";
import { getRegion, isWithin } from "../regions/region.service";
import { UUID } from "../../shared/sql";

/**
 * The eastern partner named on a county record (training, workshop, job fair): an east region;
 * for a coordinator, one in its own region subtree (it records for its own side only).
 */
export async function eastPartner(ctx: RequestContext, eastRegionId: string, field = "eastRegionId"): Promise<Region> {
  if (!UUID.test(eastRegionId)) throw badInput(field, "地区不存在 / Unknown region");
  const east = await getRegion(ctx, eastRegionId).catch((e) => {
    rethrowUnlessRefused(e);
    throw badInput(field, "地区不存在 / Unknown region");
  });
  if (east.side !== RegionSide.EAST) throw badInput(field, "须为支援方地区 / Must be an east region");
  const u = ctx.user!;
  if (u.role === Role.COORDINATOR && !(await isWithin(ctx, east.id, u.regionId!))) throw badInput(field, "不在您的辖区 / Outside your region");
  return east;
}

/** The most specific pairing of (east region, west county), or null: the record then counts for no agreement. */
export async function pairingIdFor(ctx: RequestContext, eastRegionId: string, countyId: string): Promise<string | null> {
  return (await findMostSpecificPairing(ctx, eastRegionId, countyId))?.id ?? null;
}

/** Appends one entry when the record is paired; unpaired records feed no agreement. Same transaction. */
export async function creditAgreement(
  ctx: RequestContext,
  pairingId: string | null,
  e: { indicator: Indicator; amount: number; occurredOn: string; source: LedgerSource; sourceId: string; note: string },
): Promise<void> {
  if (!pairingId || e.amount === 0) return;
  await appendLedgerEntry(ctx, { pairingId, ...e });
}
