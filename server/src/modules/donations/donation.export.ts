import type { Request } from "express";
import { loader, type RequestContext } from "../../shared/context";
import { Role } from "../../shared/auth";
import { newWorkbook, yearlyXlsxExport, YUAN_FORMAT, yuanCell } from "../../shared/xlsx-export";
import { regionById } from "../regions/region.loaders";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import { visibleDonationById } from "./donation.loaders";
import { donationSummary, donorLabel, listDonations } from "./donation.service";

/**
 * 社会帮扶资金 of a year as a workbook: 捐赠明细 (every donation and reversal in scope, as the list
 * shows them) and the summary by county and by donor kind, net of reversals. Scope is the API's.
 */
export async function donationsWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const { wb, sheet } = newWorkbook();
  const money = (key: string) => ({
    header: `${W["donations.columns.amount"]}(元)`,
    key,
    width: 16,
    style: { numFmt: YUAN_FORMAT },
  });
  const list = sheet(W["donations.sheetList"], [
    { header: W["donations.columns.receivedOn"], key: "receivedOn", width: 12 },
    { header: W["donations.columns.county"], key: "county", width: 12 },
    { header: W["donations.columns.eastRegion"], key: "east", width: 12 },
    { header: W["donations.columns.donorKind"], key: "donorKind", width: 10 },
    { header: W["donations.columns.donor"], key: "donor", width: 28 },
    { header: W["donations.columns.donorCount"], key: "donorCount", width: 10 },
    { header: W["donations.columns.kind"], key: "kind", width: 10 },
    { header: W["donations.columns.goods"], key: "goods", width: 24 },
    { header: W["donations.columns.valuation"], key: "valuation", width: 20 },
    { header: W["donations.columns.purpose"], key: "purpose", width: 20 },
    { header: W["donations.columns.emergency"], key: "emergency", width: 10 },
    { header: W["donations.columns.receiptNo"], key: "receiptNo", width: 18 },
    money("amount"),
    { header: W["donations.columns.reason"], key: "reason", width: 20 },
    // A reversal is dated when it was made once its original's month is locked: the original's date beside it.
    { header: W["donations.columns.reversesOn"], key: "reversesOn", width: 14 },
  ]);
  for (let offset = 0; ; offset += 200) {
    const page = await listDonations(ctx, { year }, offset, 200);
    const regions = await loader(ctx, regionById).loadMany(page.nodes.flatMap((d) => [d.countyId, d.eastRegionId]));
    // The reversed originals' dates, one query per page.
    const originals = new Map(
      (await loader(ctx, visibleDonationById).loadMany(page.nodes.flatMap((d) => d.reversesId ?? []))).flatMap((o) =>
        o && !(o instanceof Error) ? [[o.id, o.receivedOn] as const] : [],
      ),
    );
    const name = (i: number) => {
      const r = regions[i];
      return r && !(r instanceof Error) ? r.shortName : "";
    };
    page.nodes.forEach((d, i) =>
      list.addRow({
        receivedOn: d.receivedOn,
        county: name(2 * i),
        east: name(2 * i + 1),
        donorKind: CODE_ZH.donorKind[d.donorKind],
        donor: donorLabel(d),
        donorCount: d.donorCount,
        kind: CODE_ZH.donationKind[d.kind],
        goods: d.goodsDescription,
        valuation: d.valuationBasis,
        purpose: d.purpose,
        emergency: CODE_ZH.emergency[d.emergency],
        receiptNo: d.receiptNo,
        amount: yuanCell(d.amount),
        reason: d.reason,
        reversesOn: d.reversesId ? (originals.get(d.reversesId) ?? null) : null,
      }),
    );
    if (offset + page.nodes.length >= page.totalCount) break;
  }
  const summary = await donationSummary(ctx, { year });
  const byCounty = sheet(W["donations.summary.byCounty"], [
    { header: W["donations.columns.county"], key: "label", width: 14 },
    { header: W["donations.summary.count"], key: "count", width: 8 },
    money("amount"),
  ]);
  for (const r of summary.byCounty) byCounty.addRow({ ...r, amount: yuanCell(r.amount) });
  byCounty.addRow({ label: W["donations.summary.total"], count: summary.count, amount: yuanCell(summary.total) });
  const byKind = sheet(W["donations.summary.byDonorKind"], [
    { header: W["donations.columns.donorKind"], key: "label", width: 14 },
    { header: W["donations.summary.count"], key: "count", width: 8 },
    money("amount"),
  ]);
  for (const r of summary.byDonorKind)
    byKind.addRow({ label: CODE_ZH.donorKind[r.key] ?? r.key, count: r.count, amount: yuanCell(r.amount) });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/donations.xlsx?year=2026 — coordinators, county officials and admins, each in its scope. */
export const donationsExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    fileName: (year) => ({ ascii: `donations-${year}.xlsx`, display: `社会帮扶资金-${year}.xlsx` }),
    build: donationsWorkbook,
    what: "donations",
  });
