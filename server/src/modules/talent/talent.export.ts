import type { Request } from "express";
import { loader, type RequestContext } from "../../shared/context";
import { Role } from "../../shared/auth";
import { newWorkbook, yearlyXlsxExport } from "../../shared/xlsx-export";
import { regionById } from "../regions/region.loaders";
import { CODE_ZH } from "../audit/audit.labels";
import { visiblePersonById } from "./talent.loaders";
import { listTalentPostings, talentSummary } from "./talent.service";
import type { TalentPerson } from "./talent.entity";

/**
 * 人才支援 as a workbook: 按年汇总 (the page's summary) and 派驻名单 (every posting in post during the
 * year, in the caller's scope). No phone column: the export carries no personal data beyond the name.
 */
export async function talentWorkbook(ctx: RequestContext, year: number): Promise<Buffer> {
  const s = await talentSummary(ctx, year);
  const { wb, sheet } = newWorkbook();
  const summary = sheet("按年汇总", [
    { header: "项目", key: "what", width: 24 },
    { header: `${year}年`, key: "n", width: 10 },
  ]);
  for (const [what, n] of [
    ["选派党政干部", s.cadresSent],
    ["选派专业技术人才", s.professionalsSent],
    ["  其中:教师", s.teachersSent],
    ["  医生", s.doctorsSent],
    ["  农技人员", s.agriTechSent],
    ["  其他专业技术人才", s.otherSent],
    ["接收党政干部", s.cadresReceived],
    ["接收专业技术人才", s.professionalsReceived],
  ] as const)
    summary.addRow({ what, n });

  const list = sheet("派驻名单", [
    { header: "姓名", key: "name", width: 10 },
    { header: "工作单位", key: "institution", width: 24 },
    { header: "方向", key: "direction", width: 8 },
    { header: "类别", key: "category", width: 14 },
    { header: "派驻方式", key: "kind", width: 10 },
    { header: "东部地区", key: "east", width: 10 },
    { header: "受援县", key: "county", width: 10 },
    { header: "派出单位", key: "sendingUnit", width: 24 },
    { header: "接收单位", key: "receivingUnit", width: 24 },
    { header: "担任职务", key: "roleTitle", width: 18 },
    { header: "开始", key: "startsOn", width: 12 },
    { header: "计划结束", key: "plannedEndOn", width: 12 },
    { header: "提前结束", key: "endedOn", width: 12 },
    { header: "提前结束原因", key: "endReason", width: 20 },
  ]);
  for (let offset = 0; ; offset += 200) {
    const page = await listTalentPostings(ctx, { year }, offset, 200);
    const [people, counties, easts] = await Promise.all([
      loader(ctx, visiblePersonById).loadMany(page.nodes.map((t) => t.personId)),
      loader(ctx, regionById).loadMany(page.nodes.map((t) => t.countyId)),
      loader(ctx, regionById).loadMany(page.nodes.map((t) => t.eastRegionId)),
    ]);
    page.nodes.forEach((t, i) => {
      const p = people[i] as TalentPerson | null;
      const c = counties[i],
        e = easts[i];
      list.addRow({
        name: p?.name ?? "",
        institution: p?.institution ?? "",
        direction: CODE_ZH["TalentPosting.direction"][t.direction],
        category: CODE_ZH.talentCategory[t.category],
        kind: CODE_ZH.postingKind[t.kind],
        east: e && !(e instanceof Error) ? e.shortName : "",
        county: c && !(c instanceof Error) ? c.shortName : "",
        sendingUnit: t.sendingUnit,
        receivingUnit: t.receivingUnit,
        roleTitle: t.roleTitle,
        startsOn: t.startsOn,
        plannedEndOn: t.plannedEndOn,
        endedOn: t.endedOn,
        endReason: t.endReason,
      });
    });
    if (offset + 200 >= page.totalCount) break;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /exports/talent.xlsx?year=2026 — coordinators (their east subtree), county officials (their county), admins. */
export const talentExport = (contextFor: (req: Request) => Promise<RequestContext>) =>
  yearlyXlsxExport(contextFor, {
    roles: [Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL],
    fileName: (year) => ({ ascii: `talent-${year}.xlsx`, display: `人才支援-${year}.xlsx` }),
    build: talentWorkbook,
    what: "talent",
  });
