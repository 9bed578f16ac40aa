import { Role } from "../../shared/auth";
import { AppError } from "../../shared/errors";
import { parseHundredths } from "../../shared/money";
import { msg, type Message } from "../../shared/messages";
import { DonationKind, DonorKind, EmergencyAid } from "../donations/donation.entity";
import type { RecordDonationInput } from "../donations/donation.inputs";
import {
  checkedDonationFields,
  donationPairing,
  recordDonation,
  standingReceipts,
} from "../donations/donation.service";
import { westCountyInReach } from "../pairings/pairing.service";
import { findRegionByCode } from "../regions/region.service";
import { parseDateCell } from "./cells";
import { ImportKindName } from "./import-batch.entity";
import type { ImportColumn, ImportKind, RowVerdict } from "./kinds";

const DONOR_KINDS: Record<string, DonorKind> = {
  企业: DonorKind.ENTERPRISE,
  社会组织: DonorKind.ORGANISATION,
  个人: DonorKind.INDIVIDUAL,
  ...Object.fromEntries(Object.values(DonorKind).map((k) => [k, k])),
};
const KINDS: Record<string, DonationKind> = {
  捐款: DonationKind.MONEY,
  捐物折款: DonationKind.GOODS,
  ...Object.fromEntries(Object.values(DonationKind).map((k) => [k, k])),
};
const EMERGENCIES: Record<string, EmergencyAid> = {
  "": EmergencyAid.NONE,
  无: EmergencyAid.NONE,
  疫情: EmergencyAid.EPIDEMIC,
  灾情: EmergencyAid.DISASTER,
  ...Object.fromEntries(Object.values(EmergencyAid).map((k) => [k, k])),
};

const COLUMNS: ImportColumn[] = [
  {
    header: "受援县代码",
    key: "county",
    required: true,
    text: true,
    rule: "必填，6位行政区划代码；县级人员填本县",
    example: "520423",
    width: 12,
  },
  {
    header: "捐赠方地区代码",
    key: "east",
    required: false,
    text: true,
    rule: "选填，6位行政区划代码；协调员不填即本地区，县级人员必填",
    example: "370281",
    width: 14,
  },
  {
    header: "捐赠方类型",
    key: "donorKind",
    required: true,
    rule: "必填，企业、社会组织或个人",
    example: "社会组织",
    width: 10,
  },
  {
    header: "捐赠方名称",
    key: "donorName",
    required: false,
    rule: "企业、社会组织必填，不超过200字；个人捐赠不填（不记录姓名、电话等个人信息）",
    example: "胶州市慈善总会",
    width: 24,
  },
  { header: "捐赠人数", key: "donorCount", required: false, rule: "选填，仅个人捐赠，正整数", example: "", width: 10 },
  { header: "类别", key: "kind", required: true, rule: "必填，捐款或捐物折款", example: "捐款", width: 10 },
  { header: "捐赠物资", key: "goods", required: false, rule: "捐物折款必填，不超过500字", example: "", width: 20 },
  { header: "折价依据", key: "valuation", required: false, rule: "捐物折款必填，不超过500字", example: "", width: 16 },
  {
    header: "金额",
    key: "amount",
    required: true,
    rule: "必填，大于0，以元为单位精确到分；捐物按折价金额",
    example: "100000.00",
    width: 14,
  },
  { header: "到账日期", key: "date", required: true, rule: "必填，不晚于今天", example: "2024-06-01", width: 12 },
  {
    header: "捐赠票据号",
    key: "receipt",
    required: true,
    text: true,
    rule: "必填，不超过100字；同一结对内未冲正的捐赠不重复",
    example: "JZCS-2024-001",
    width: 16,
  },
  {
    header: "应急援助",
    key: "emergency",
    required: false,
    rule: "选填，无、疫情或灾情，不填为无",
    example: "",
    width: 10,
  },
  { header: "项目/用途", key: "purpose", required: false, rule: "选填，不超过200字", example: "助学", width: 16 },
];
const headerOf = (key: string) => COLUMNS.find((c) => c.key === key)!.header;
/** The input field a refusal names → the column. */
const COLUMN_OF: Record<string, string> = {
  countyId: "county",
  eastRegionId: "east",
  donorKind: "donorKind",
  donorName: "donorName",
  donorCount: "donorCount",
  kind: "kind",
  goodsDescription: "goods",
  valuationBasis: "valuation",
  amount: "amount",
  receivedOn: "date",
  receiptNo: "receipt",
};

/**
 * 社会帮扶资金 (coordinators, county officials, admins): donations from a spreadsheet, with the rules
 * of `recordDonation` (checkedDonationFields, the county in reach, the pairing of donor side and
 * county) and written through it, so each donation gets its ledger entry and audit entry. Natural
 * key: pairing + receipt number among donations not reversed; the same amount again is "unchanged",
 * a different one is refused (reverse the donation instead). Registered enterprises are not linked
 * from a spreadsheet: an enterprise donor is named.
 */
export const donationsKind: ImportKind<RecordDonationInput & { pairingId: string }> = {
  name: ImportKindName.DONATIONS,
  label: "社会帮扶资金",
  roles: [Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ADMIN],
  columns: COLUMNS,
  async check(ctx, rows) {
    const regionIds = new Map<string, string | null>();
    for (const code of new Set(rows.flatMap((r) => [r.cells.county, r.cells.east]).filter(Boolean)))
      regionIds.set(code, /^\d{6}$/.test(code) ? ((await findRegionByCode(ctx, code))?.id ?? null) : null);
    const pairingOf = new Map<string, { pairingId: string; eastRegionId: string } | AppError>();
    const verdicts: (RowVerdict<RecordDonationInput & { pairingId: string }> & { key?: string })[] = [];
    for (const { cells } of rows) {
      const problems: { column: string; reason: Message }[] = [];
      const add = (key: string, reason: Message) => problems.push({ column: headerOf(key), reason });
      const refusal = (e: unknown) => {
        if (!(e instanceof AppError)) throw e;
        add(COLUMN_OF[String(e.extensions.field)] ?? "county", e.texts);
      };
      const countyId = regionIds.get(cells.county);
      if (!countyId) add("county", cells.county ? msg("地区不存在", "Unknown region") : msg("必填", "Required"));
      const eastId = cells.east ? regionIds.get(cells.east) : undefined;
      if (cells.east && !eastId) add("east", msg("地区不存在", "Unknown region"));
      const donorKind = DONOR_KINDS[cells.donorKind];
      if (!donorKind) add("donorKind", msg("须为企业、社会组织或个人", "Enterprise, organisation or individual"));
      const kind = KINDS[cells.kind];
      if (!kind) add("kind", msg("须为捐款或捐物折款", "Money or goods"));
      const emergency = EMERGENCIES[cells.emergency];
      if (!emergency) add("emergency", msg("须为无、疫情或灾情", "None, epidemic or disaster"));
      const date = parseDateCell(cells.date);
      if (!date) add("date", msg("日期格式须为 2024-12-31", "Date like 2024-12-31"));
      const hundredths = parseHundredths(cells.amount);
      if (hundredths === null) add("amount", msg("请输入精确到分的金额", "Enter an amount to the fen"));
      let donorCount: number | undefined;
      if (cells.donorCount) {
        donorCount = Number(cells.donorCount);
        if (!Number.isInteger(donorCount) || donorCount < 1 || donorCount > 10_000_000)
          add("donorCount", msg("人数须为正整数", "Must be a whole number ≥ 1"));
      }
      for (const [key, max] of [
        ["donorName", 200],
        ["goods", 500],
        ["valuation", 500],
        ["purpose", 200],
        ["receipt", 100],
      ] as const)
        if (cells[key].length > max) add(key, msg(`不超过${max}字`, `At most ${max} characters`));
      if (problems.length || !countyId || !donorKind || !kind || !emergency || !date || hundredths === null) {
        verdicts.push({ problems });
        continue;
      }
      const input: RecordDonationInput = {
        countyId,
        eastRegionId: eastId ?? undefined,
        kind,
        donorKind,
        donorName: cells.donorName || undefined,
        donorCount,
        goodsDescription: cells.goods || undefined,
        valuationBasis: cells.valuation || undefined,
        purpose: cells.purpose || undefined,
        emergency,
        receivedOn: date,
        receiptNo: cells.receipt,
        amount: hundredths,
      };
      try {
        checkedDonationFields(input);
        await westCountyInReach(ctx, countyId, "countyId");
        const pairKey = `${eastId ?? ""}\u0000${countyId}`;
        if (!pairingOf.has(pairKey))
          pairingOf.set(
            pairKey,
            await donationPairing(ctx, countyId, eastId).catch((e) => {
              if (e instanceof AppError) return e;
              throw e;
            }),
          );
        const found = pairingOf.get(pairKey)!;
        if (found instanceof AppError) throw found;
        verdicts.push({
          problems,
          value: { ...input, pairingId: found.pairingId },
          key: `${found.pairingId}\u0000${input.receiptNo.trim()}`,
        });
      } catch (e) {
        refusal(e);
        verdicts.push({ problems });
      }
    }
    const standing = await standingReceipts(
      ctx,
      verdicts.flatMap((v) => (v.value ? [v.value.pairingId] : [])),
    );
    const seen = new Map<string, number>();
    return verdicts.map((v, i) => {
      if (!v.value || !v.key) return { problems: v.problems };
      const first = seen.get(v.key);
      if (first !== undefined)
        return {
          problems: [
            { column: headerOf("receipt"), reason: msg(`与第${first}行重复`, `Same receipt as row ${first}`) },
          ],
        };
      seen.set(v.key, rows[i].row);
      const had = standing.get(v.key);
      if (had !== undefined && had !== v.value.amount)
        return {
          problems: [
            {
              column: headerOf("receipt"),
              reason: msg("该票据号已登记不同金额，如需修改请先冲正", "Recorded with another amount: reverse it first"),
            },
          ],
        };
      return { problems: [], unchanged: had !== undefined, value: v.value };
    });
  },
  async write(ctx, values) {
    for (const { pairingId: _pairingId, ...input } of values) await recordDonation(ctx, input);
    return values.length;
  },
};
