import { Role } from "../../shared/auth";
import { AppError } from "../../shared/errors";
import { parseHundredths } from "../../shared/money";
import { BuyerGroup } from "../buyers/buyer.entity";
import type { CreateBuyerInput } from "../buyers/buyer.inputs";
import { buyersByRegionAndName, createBuyer } from "../buyers/buyer.service";
import { QuotaBasis } from "../quotas/quota.entity";
import type { SetQuotaInput } from "../quotas/quota.inputs";
import { MAX_QUOTA, quotasOf, setQuota } from "../quotas/quota.service";
import { eastRegionOrOwn, findRegionByCode } from "../regions/region.service";
import { ImportKindName } from "./import-batch.entity";
import type { ImportColumn, ImportKind, RowVerdict } from "./kinds";
import { msg, type Message } from "../../shared/messages";

/** 单位类别 as people write it (the app's labels), or the code. */
const GROUPS: Record<string, BuyerGroup> = {
  机关: BuyerGroup.GOVERNMENT,
  学校食堂: BuyerGroup.EDUCATION,
  学校: BuyerGroup.EDUCATION,
  医院: BuyerGroup.HEALTHCARE,
  企业: BuyerGroup.ENTERPRISE,
  商超: BuyerGroup.RETAIL,
  社会组织及个人: BuyerGroup.OTHER,
  ...Object.fromEntries(Object.values(BuyerGroup).map((g) => [g, g])),
};

const COLUMNS: ImportColumn[] = [
  {
    header: "采购单位名称",
    key: "name",
    required: true,
    rule: "必填，不超过100字；同一地区内名称唯一，重复导入不会重复登记",
    example: "胶州市第一中学",
    width: 24,
  },
  {
    header: "所属地区代码",
    key: "region",
    required: false,
    text: true,
    rule: "6位行政区划代码（支援方）；协调员可不填（默认本地区），只能填本地区及下级；管理员必填",
    example: "370281",
    width: 14,
  },
  {
    header: "单位类别",
    key: "group",
    required: true,
    rule: "必填：机关 / 学校食堂 / 医院 / 企业 / 商超 / 社会组织及个人（社会组织及个人不设任务）",
    example: "学校食堂",
    width: 14,
  },
  {
    header: "任务年度",
    key: "year",
    required: false,
    rule: "填写任务金额时必填，2000–2100",
    example: "2026",
    width: 10,
  },
  {
    header: "年度任务金额（元）",
    key: "amount",
    required: false,
    rule: "选填，不小于0，精确到分（至多两位小数）；与系统中已有的不同时按此修改",
    example: "200000.00",
    width: 18,
  },
];
const headerOf = (key: string) => COLUMNS.find((c) => c.key === key)!.header;

interface BuyerRow {
  key: string;
  buyerId: string | null;
  create: CreateBuyerInput;
  quota: { year: number; amount: number } | null;
}

/**
 * 采购单位与任务 (coordinators, admins): a buyer organisation with its group and, optionally, its
 * quota for a year (FIXED basis). The rules of `createBuyer` (the east region in the caller's reach,
 * `eastRegionOrOwn`) and `setQuota` (no quota for the OTHER group, amount to the fen, at most
 * MAX_QUOTA). Natural keys: region + buyer name; buyer + year. Written through those services, so
 * each created buyer and set quota has its own audit entry too, beside the import's.
 */
export const buyersKind: ImportKind<BuyerRow> = {
  name: ImportKindName.BUYERS,
  label: "采购单位",
  roles: [Role.COORDINATOR, Role.ADMIN],
  columns: COLUMNS,
  async check(ctx, rows) {
    const user = ctx.user!;
    const regions = new Map<string, { id?: string; reason?: Message }>();
    for (const code of new Set(rows.map((r) => r.cells.region))) {
      try {
        const named = code ? await findRegionByCode(ctx, code) : null;
        if (code && !named) throw new AppError("BAD_USER_INPUT", msg("地区不存在", "Unknown region"));
        const region = await eastRegionOrOwn(ctx, named?.id ?? null, "region");
        regions.set(code, { id: region.id });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        regions.set(code, {
          reason: !code && user.role === Role.ADMIN ? msg("请填写所属地区代码", "Enter the region code") : e.texts,
        });
      }
    }
    const regionIds = [...regions.values()].flatMap((r) => (r.id ? [r.id] : []));
    const buyers = await buyersByRegionAndName(ctx, regionIds);
    const quotas = await quotasOf(
      ctx,
      [...buyers.values()].map((b) => b.id),
    );
    const seen = new Map<string, number>();

    return rows.map(({ row, cells }): RowVerdict<BuyerRow> => {
      const problems: { column: string; reason: Message }[] = [];
      const add = (key: string, reason: Message) => problems.push({ column: headerOf(key), reason });
      const name = cells.name;
      if (!name) add("name", msg("请输入名称", "Enter a name"));
      else if (name.length > 100) add("name", msg("不超过100字", "At most 100 characters"));
      const region = regions.get(cells.region)!;
      if (region.reason) add("region", region.reason);
      const group = GROUPS[cells.group] ?? GROUPS[cells.group.toUpperCase()];
      if (!group)
        add("group", cells.group ? msg("类别不在可选范围内", "Not one of the groups") : msg("必填", "Required"));
      let quota: BuyerRow["quota"] = null;
      if (cells.amount || cells.year) {
        const year = /^\d{4}$/.test(cells.year) ? Number(cells.year) : NaN;
        const amount = cells.amount ? parseHundredths(cells.amount) : null;
        if (!(year >= 2000 && year <= 2100)) add("year", msg("年度须在 2000–2100 之间", "Year must be 2000–2100"));
        if (amount === null) add("amount", msg("请输入精确到分的金额", "Enter an amount to the fen"));
        else if (amount < 0) add("amount", msg("金额不能为负", "Cannot be negative"));
        else if (amount > MAX_QUOTA) add("amount", msg("金额过大", "Amount too large"));
        if (group === BuyerGroup.OTHER)
          add("amount", msg("“N”类采购方不设指标", "Buyers of the N group carry no quota"));
        if (amount !== null) quota = { year, amount };
      }
      const existing = region.id ? buyers.get(`${region.id}\u0000${name}`) : undefined;
      if (existing && group && existing.group !== group)
        add("group", msg("该单位已登记为其他类别", "Already registered in another group"));
      if (problems.length || !region.id || !group) return { problems };

      const key = `${region.id}\u0000${name}`;
      const rowKey = `${key}\u0000${quota?.year ?? ""}`;
      const first = seen.get(rowKey);
      if (first !== undefined)
        return { problems: [{ column: headerOf("name"), reason: msg(`与第${first}行重复`, `Same as row ${first}`) }] };
      seen.set(rowKey, row);
      const had = existing ? quotas.get(`${existing.id}\u0000${quota?.year}`) : undefined;
      // The same amount on another basis (a canteen budget × rate) is the same quota: left as it is.
      const unchanged = !!existing && (!quota || had?.amount === quota.amount);
      return {
        problems,
        unchanged,
        value: {
          key,
          buyerId: existing?.id ?? null,
          create: Object.assign({} as CreateBuyerInput, { name, eastRegionId: region.id, group }),
          quota,
        },
      };
    });
  },
  async write(ctx, values) {
    const created = new Map<string, string>();
    for (const v of values) {
      let buyerId = v.buyerId ?? created.get(v.key) ?? null;
      if (!buyerId) {
        buyerId = (await createBuyer(ctx, v.create)).id;
        created.set(v.key, buyerId);
      }
      if (v.quota)
        await setQuota(
          ctx,
          Object.assign({} as SetQuotaInput, {
            buyerId,
            year: v.quota.year,
            basis: QuotaBasis.FIXED,
            amount: v.quota.amount,
          }),
        );
    }
    return values.length;
  },
};
