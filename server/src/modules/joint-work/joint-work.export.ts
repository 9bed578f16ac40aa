import type { Request } from "express";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { newWorkbook, yearlyXlsxExport } from "../../shared/xlsx-export";
import { CODE_ZH, EXPORT_ZH as W } from "../audit/audit.labels";
import type { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import type { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { jointWorkSummary, listJointWork } from "./joint-work.service";

async function pairingNames(ctx: RequestContext, ids: string[]): Promise<Map<string, string>> {
  const pairings = (await loader(ctx, visiblePairingById).loadMany([...new Set(ids)])).filter(
    (p): p is Pairing => !!p && !(p instanceof Error),
  );
  const regions = await loader(ctx, regionById).loadMany(pairings.flatMap((p) => [p.eastRegionId, p.westRegionId]));
  const name = (r: unknown) => (r && !(r instanceof Error) ? (r as Region).shortName : "");
  return new Map(pairings.map((p, i) => [p.id, `${name(regions[2 * i])}—${name(regions[2 * i + 1])}`]));
}

/** 组织领导 of one year as a workbook: 汇总 (per pairing) and 清单 (every record in scope, withdrawn ones marked). */
export async function jointWorkWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const summary = await jointWorkSummary(ctx, { year });
  const { wb, sheet } = newWorkbook();
  const totals = sheet(W["jointWork.summary"], [
    { header: W["jointWork.pairing"], key: "pairing", width: 22 },
    { header: W["jointWork.meetings"], key: "meetings", width: 14 },
    { header: W["jointWork.visits"], key: "visits", width: 14 },
    { header: W["jointWork.personVisits"], key: "personVisits", width: 14 },
  ]);
  const names = await pairingNames(
    ctx,
    summary.rows.map((r) => r.pairingId),
  );
  for (const r of summary.rows) totals.addRow({ ...r, pairing: names.get(r.pairingId) ?? "" });

  const list = sheet(W["jointWork.list"], [
    { header: W["jointWork.heldOn"], key: "heldOn", width: 12 },
    { header: W["jointWork.pairing"], key: "pairing", width: 22 },
    { header: W["jointWork.kind"], key: "kind", width: 12 },
    { header: W["jointWork.title"], key: "title", width: 36 },
    { header: W["jointWork.place"], key: "place", width: 16 },
    { header: W["jointWork.direction"], key: "direction", width: 12 },
    { header: W["jointWork.leader"], key: "leader", width: 14 },
    { header: W["jointWork.eastOffices"], key: "eastOffices", width: 30 },
    { header: W["jointWork.westOffices"], key: "westOffices", width: 30 },
    { header: W["jointWork.personVisits"], key: "personVisits", width: 10 },
    { header: W["jointWork.documentRef"], key: "documentRef", width: 20 },
    { header: W["jointWork.outcome"], key: "outcome", width: 36 },
    { header: W["jointWork.withdrawn"], key: "withdrawn", width: 24 },
  ]);
  for (let offset = 0; ; offset += 200) {
    const page = await listJointWork(ctx, { year }, offset, 200);
    const pn = await pairingNames(
      ctx,
      page.nodes.map((r) => r.pairingId),
    );
    for (const r of page.nodes)
      list.addRow({
        heldOn: r.heldOn,
        pairing: pn.get(r.pairingId) ?? "",
        kind: CODE_ZH["JointWork.kind"][r.kind],
        title: r.title,
        place: r.place,
        direction: r.direction ? CODE_ZH["JointWork.direction"][r.direction] : "",
        leader: r.leader,
        eastOffices: r.eastOffices.join("、"),
        westOffices: r.westOffices.join("、"),
        personVisits: r.personVisits,
        documentRef: r.documentRef ?? "",
        outcome: r.outcome ?? "",
        withdrawn: r.withdrawnAt ? `${W["jointWork.withdrawn"]}:${r.withdrawnReason ?? ""}` : "",
      });
    if (offset + page.nodes.length >= page.totalCount) break;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/joint-work.xlsx?year=2026 — coordinators (their region), county officials (their county), admins. */
export const jointWorkExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    fileName: (year) => ({ ascii: `joint-work-${year}.xlsx`, display: `组织领导-${year}.xlsx` }),
    build: jointWorkWorkbook,
    what: "joint work",
  });
