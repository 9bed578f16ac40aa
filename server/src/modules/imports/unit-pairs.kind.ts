import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { AppError } from "../../shared/errors";
import { parseHundredths } from "../../shared/money";
import { msg, type Message } from "../../shared/messages";
import { pairingsBetween } from "../pairings/pairing.service";
import { findRegionByCode } from "../regions/region.service";
import { UnitPairKind } from "../unit-pairs/unit-pair.entity";
import {
  activePairKeys,
  checkPairFacts,
  countyOfPairIn,
  insertUnitPairs,
  KIND_ZH,
  pairKey,
  type CheckedUnitPair,
} from "../unit-pairs/unit-pair.service";
import { parseDateCell } from "./cells";
import { ImportKindName } from "./import-batch.entity";
import type { ImportColumn, ImportKind, RowVerdict } from "./kinds";

/** 结对类型 as people write it: the app's label, its short form (镇镇), or the code. */
const KINDS: Record<string, UnitPairKind> = {
  ...Object.fromEntries(Object.entries(KIND_ZH).map(([k, zh]) => [zh, k as UnitPairKind])),
  ...Object.fromEntries(Object.entries(KIND_ZH).map(([k, zh]) => [zh.replace(/结对/, ""), k as UnitPairKind])),
  ...Object.fromEntries(Object.values(UnitPairKind).map((k) => [k, k])),
};

const COLUMNS: ImportColumn[] = [
  {
    header: "支援方地区代码",
    key: "east",
    required: true,
    text: true,
    rule: "必填，6位行政区划代码；与受援方一起确定结对关系，须在您的辖区内",
    example: "370281",
    width: 14,
  },
  {
    header: "受援方地区代码",
    key: "west",
    required: true,
    text: true,
    rule: "必填，6位行政区划代码（结对关系的受援方）",
    example: "520423",
    width: 14,
  },
  {
    header: "受援县代码",
    key: "county",
    required: false,
    text: true,
    rule: "选填，西部单位所在县的6位代码，须在受援方之内；不填则为受援方地区（须为县）",
    example: "",
    width: 12,
  },
  {
    header: "结对类型",
    key: "kind",
    required: true,
    rule: `必填，以下之一：${Object.values(KIND_ZH).join("、")}`,
    example: "村村结对",
    width: 14,
  },
  {
    header: "东部单位",
    key: "eastUnit",
    required: true,
    rule: "必填，不超过200字",
    example: "胶东街道大店社区",
    width: 24,
  },
  {
    header: "西部单位",
    key: "westUnit",
    required: true,
    rule: "必填，不超过200字",
    example: "六马镇板乐村",
    width: 24,
  },
  {
    header: "结对日期",
    key: "formedOn",
    required: true,
    rule: "必填，如 2024-03-01；不晚于今天、不早于结对关系开始；计入该年的结对数",
    example: "2024-03-01",
    width: 12,
  },
  { header: "帮扶内容", key: "support", required: false, rule: "选填，不超过1000字", example: "产业帮扶", width: 24 },
  {
    header: "帮扶价值(元)",
    key: "value",
    required: false,
    rule: "选填，大于0，精确到分；仅作记录，不计入社会帮扶资金",
    example: "",
    width: 14,
  },
];
const headerOf = (key: string) => COLUMNS.find((c) => c.key === key)!.header;

/**
 * 结对帮扶 (coordinators, county officials, admins): an office's pairs from a spreadsheet, with the
 * rules of `recordUnitPair` (the pairing in the caller's scope, the county on its west side and in
 * reach, the same facts check) and written in one bulk insert (`insertUnitPairs`). Natural key:
 * pairing + type + both units among the pairs not withdrawn; a pair already there is "unchanged".
 */
export const unitPairsKind: ImportKind<CheckedUnitPair> = {
  name: ImportKindName.UNIT_PAIRS,
  label: "结对帮扶",
  roles: [Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.ADMIN],
  columns: COLUMNS,
  async check(ctx: RequestContext, rows) {
    const regionIds = new Map<string, string | null>();
    for (const code of new Set(rows.flatMap((r) => [r.cells.east, r.cells.west, r.cells.county].filter(Boolean))))
      regionIds.set(code, /^\d{6}$/.test(code) ? ((await findRegionByCode(ctx, code))?.id ?? null) : null);
    const ids = (key: "east" | "west") => rows.flatMap((r) => regionIds.get(r.cells[key]) ?? []);
    const pairings = await pairingsBetween(ctx, ids("east"), ids("west"));
    const existing = await activePairKeys(
      ctx,
      [...pairings.values()].map((p) => p.id),
    );
    // One check per (pairing, county) however many rows name it.
    const counties = new Map<string, Promise<string | Message>>();
    const seen = new Map<string, number>();
    const verdicts: RowVerdict<CheckedUnitPair>[] = [];

    for (const { row, cells } of rows) {
      const problems: { column: string; reason: Message }[] = [];
      const add = (key: string, reason: Message) => problems.push({ column: headerOf(key), reason });
      const east = regionIds.get(cells.east);
      const west = regionIds.get(cells.west);
      if (!east) add("east", cells.east ? msg("地区不存在", "Unknown region") : msg("必填", "Required"));
      if (!west) add("west", cells.west ? msg("地区不存在", "Unknown region") : msg("必填", "Required"));
      const pairing = east && west ? pairings.get(`${east}\u0000${west}`) : undefined;
      if (east && west && !pairing) add("east", msg("结对关系不存在或不在您的辖区", "No such pairing in your region"));
      const kind = KINDS[cells.kind];
      if (!kind)
        add("kind", cells.kind ? msg("结对类型不在可选范围内", "Not one of the pair types") : msg("必填", "Required"));
      const formedOn = parseDateCell(cells.formedOn);
      if (!formedOn) add("formedOn", msg("日期格式须为 2024-12-31", "Date like 2024-12-31"));
      let value: number | null = null;
      if (cells.value) {
        const v = parseHundredths(cells.value);
        if (v === null || v <= 0)
          add("value", msg("请输入大于0、精确到分的金额", "Enter an amount above 0, to the fen"));
        else value = v;
      }
      let countyId: string | undefined;
      const countyCode = cells.county || cells.west;
      const county = regionIds.get(countyCode);
      if (cells.county && !county) add("county", msg("地区不存在", "Unknown region"));
      if (pairing && county) {
        const k = `${pairing.id}\u0000${county}`;
        if (!counties.has(k))
          counties.set(
            k,
            countyOfPairIn(ctx, pairing, county).then(
              (c) => c.id,
              (e) => {
                if (!(e instanceof AppError)) throw e;
                return e.texts;
              },
            ),
          );
        const c = await counties.get(k)!;
        if (typeof c === "string") countyId = c;
        else add(cells.county ? "county" : "west", c);
      }
      let facts: ReturnType<typeof checkPairFacts> | undefined;
      if (pairing && formedOn) {
        try {
          facts = checkPairFacts(pairing, {
            eastUnit: cells.eastUnit,
            westUnit: cells.westUnit,
            formedOn,
            support: cells.support,
            value,
          });
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          add(String(e.extensions.field ?? "westUnit"), e.texts);
        }
      }
      if (problems.length || !pairing || !kind || !facts || !countyId) {
        verdicts.push({ problems });
        continue;
      }
      const key = pairKey(pairing.id, kind, facts.eastUnit, facts.westUnit);
      const first = seen.get(key);
      if (first !== undefined) {
        verdicts.push({
          problems: [{ column: headerOf("westUnit"), reason: msg(`与第${first}行重复`, `Same pair as row ${first}`) }],
        });
        continue;
      }
      seen.set(key, row);
      verdicts.push({
        problems,
        unchanged: existing.has(key),
        value: { pairingId: pairing.id, countyId, kind, enterpriseId: null, ...facts },
      });
    }
    return verdicts;
  },
  async write(ctx, values) {
    return (await insertUnitPairs(ctx, values)).length;
  },
};
