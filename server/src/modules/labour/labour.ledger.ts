import type { RequestContext } from "../../shared/context";
import type { Indicator } from "../agreements/indicator";
import type { LedgerSource } from "../ledger/ledger.entity";
import { appendLedgerEntry } from "../ledger/ledger.service";
import { mostSpecificPairingId } from "../pairings/pairing.service";
import type { LedgerNote } from "../ledger/ledger.notes";

/** The most specific pairing of (east region, west county), or null: the record then counts for no agreement. */
export async function pairingIdFor(
  ctx: RequestContext,
  eastRegionId: string,
  countyId: string,
): Promise<string | null> {
  return mostSpecificPairingId(ctx, eastRegionId, countyId);
}

/** Appends one entry when the record is paired; unpaired records feed no agreement. Same transaction. */
export async function creditAgreement(
  ctx: RequestContext,
  pairingId: string | null,
  e: {
    indicator: Indicator;
    amount: number;
    occurredOn: string;
    source: LedgerSource;
    sourceId: string;
    note: LedgerNote;
  },
): Promise<void> {
  if (!pairingId || e.amount === 0) return;
  await appendLedgerEntry(ctx, { pairingId, ...e });
}
