import { Role } from "../../shared/auth";
import { recordedDate } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { parseHundredths } from "../../shared/money";
import { Indicator, toBaseUnits } from "../agreements/indicator";
import type { RecordReportedFigureInput } from "../ledger/ledger.inputs";
import { recordReportedFigure, reportedFiguresOf } from "../ledger/ledger.service";
import { pairingsBetween } from "../pairings/pairing.service";
import { findRegionByCode } from "../regions/region.service";
import { parseDateCell } from "./cells";
import { ImportKindName } from "./import-batch.entity";
import type { ImportColumn, ImportKind, RowVerdict } from "./kinds";
import { msg, type Message } from "../../shared/messages";

/** 指标 as the app names them, or the code. */
const INDICATORS: Record<string, Indicator> = {
  财政援助资金: Indicator.FISCAL_AID,
  社会帮扶资金: Indicator.SOCIAL_DONATIONS,
  选派党政干部: Indicator.CADRES_SENT,
  选派专业技术人才: Indicator.PROFESSIONALS_SENT,
  培训人次: Indicator.PEOPLE_TRAINED,
  劳务协作就业: Indicator.LABOURERS_PLACED,
  落地项目: Indicator.PROJECTS_LANDED,
  到位投资: Indicator.INVESTMENT_IN_PLACE,
  消费帮扶: Indicator.CONSUMPTION_ASSISTANCE,
  帮扶车间: Indicator.WORKSHOPS,
  结对帮扶: Indicator.PAIRS_FORMED,
  带动脱贫人口: Indicator.POOR_PEOPLE_LIFTED,
  帮助建档立卡贫困劳动力就业: Indicator.POOR_LABOURERS_PLACED,
  召开联席会议: Indicator.JOINT_MEETINGS,
  联席会议: Indicator.JOINT_MEETINGS,
  互访调研人次: Indicator.EXCHANGE_VISITS,
  ...Object.fromEntries(Object.values(Indicator).map((i) => [i, i])),
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
    rule: "必填，6位行政区划代码",
    example: "520423",
    width: 14,
  },
  {
    header: "指标",
    key: "indicator",
    required: true,
    rule: `必填，以下之一：${Object.keys(INDICATORS)
      .filter((k) => /[\u4e00-\u9fff]/.test(k))
      .join("、")}`,
    example: "财政援助资金",
    width: 16,
  },
  {
    header: "日期",
    key: "date",
    required: true,
    rule: "必填，该期数据的截止日期（如 2024-12-31 表示2024年全年），不晚于今天、不早于结对开始；同一结对、指标、日期只登记一次",
    example: "2024-12-31",
    width: 12,
  },
  {
    header: "数值",
    key: "amount",
    required: true,
    rule: "必填，大于0；金额以元为单位精确到分，人数和个数为整数",
    example: "12000000.00",
    width: 16,
  },
  {
    header: "文件依据",
    key: "document",
    required: true,
    rule: "必填，不超过200字，如 胶协办〔2024〕12号",
    example: "胶协办〔2024〕12号",
    width: 20,
  },
  { header: "备注", key: "note", required: false, rule: "选填，不超过1000字", example: "", width: 20 },
];
const headerOf = (key: string) => COLUMNS.find((c) => c.key === key)!.header;

/**
 * 往年填报数 (coordinators, admins): reported figures of past years into the delivery ledger, with the
 * rules of `recordReportedFigure` (the pairing writable by the caller, units by `toBaseUnits`, a
 * positive amount, `recordedDate` not before the pairing began) and written through it, so each entry
 * keeps its own audit entry and the daily summary. Natural key: pairing + indicator + date; the same
 * figure again is "unchanged", a different one for a recorded period is refused (the ledger is
 * append-only: correct the entry instead).
 */
export const figuresKind: ImportKind<RecordReportedFigureInput> = {
  name: ImportKindName.FIGURES,
  label: "往年填报数",
  roles: [Role.COORDINATOR, Role.ADMIN],
  columns: COLUMNS,
  async check(ctx, rows) {
    const regionIds = new Map<string, string | null>();
    for (const code of new Set(rows.flatMap((r) => [r.cells.east, r.cells.west])))
      regionIds.set(code, /^\d{6}$/.test(code) ? ((await findRegionByCode(ctx, code))?.id ?? null) : null);
    const ids = (key: "east" | "west") => rows.flatMap((r) => regionIds.get(r.cells[key]) ?? []);
    const pairings = await pairingsBetween(ctx, ids("east"), ids("west"));
    const recorded = await reportedFiguresOf(
      ctx,
      [...pairings.values()].map((p) => p.id),
    );
    const seen = new Map<string, number>();

    return rows.map(({ row, cells }): RowVerdict<RecordReportedFigureInput> => {
      const problems: { column: string; reason: Message }[] = [];
      const add = (key: string, reason: Message) => problems.push({ column: headerOf(key), reason });
      const refused = (key: string, work: () => unknown) => {
        try {
          return work();
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          add(key, e.texts);
          return undefined;
        }
      };
      const east = regionIds.get(cells.east);
      const west = regionIds.get(cells.west);
      if (!east) add("east", cells.east ? msg("地区不存在", "Unknown region") : msg("必填", "Required"));
      if (!west) add("west", cells.west ? msg("地区不存在", "Unknown region") : msg("必填", "Required"));
      const pairing = east && west ? pairings.get(`${east}\u0000${west}`) : undefined;
      if (east && west && !pairing) add("east", msg("结对关系不存在或不在您的辖区", "No such pairing in your region"));
      const indicator = INDICATORS[cells.indicator];
      if (!indicator)
        add(
          "indicator",
          cells.indicator ? msg("指标不在可选范围内", "Not one of the indicators") : msg("必填", "Required"),
        );
      const date = parseDateCell(cells.date);
      if (!date) add("date", msg("日期格式须为 2024-12-31", "Date like 2024-12-31"));
      else if (pairing) refused("date", () => recordedDate(date, "date", { date: pairing.since, what: "结对开始" }));
      const hundredths = parseHundredths(cells.amount);
      let amount: number | undefined;
      if (hundredths === null) add("amount", msg("请输入精确到分的数值", "Enter a number to the fen"));
      else if (hundredths <= 0)
        add("amount", msg("上报数须大于零;如需减少请更正原记录", "Must be positive; correct an entry to reduce it"));
      else if (indicator) amount = refused("amount", () => toBaseUnits(hundredths, indicator, "amount")) as number;
      if (!cells.document) add("document", msg("请填写文件依据", "Enter the source document"));
      else if (cells.document.length > 200) add("document", msg("不超过200字", "At most 200 characters"));
      if (cells.note.length > 1000) add("note", msg("不超过1000字", "At most 1000 characters"));
      if (problems.length || !pairing || !indicator || !date || amount === undefined) return { problems };

      const key = `${pairing.id}\u0000${indicator}\u0000${date}`;
      const first = seen.get(key);
      if (first !== undefined)
        return {
          problems: [{ column: headerOf("date"), reason: msg(`与第${first}行重复`, `Same period as row ${first}`) }],
        };
      seen.set(key, row);
      const had = recorded.get(key);
      if (had !== undefined && had !== amount)
        return {
          problems: [
            {
              column: headerOf("amount"),
              reason: msg(
                "该期已有不同的上报数，如需修改请更正原记录",
                "Another figure is recorded for this period: correct it instead",
              ),
            },
          ],
        };
      return {
        problems,
        unchanged: had === amount,
        value: Object.assign({} as RecordReportedFigureInput, {
          pairingId: pairing.id,
          indicator,
          // recordReportedFigure takes the quantity as hundredths (its scalar's form).
          amount: hundredths!,
          occurredOn: date,
          sourceDocument: cells.document,
          note: cells.note || undefined,
        }),
      };
    });
  },
  async write(ctx, values) {
    for (const v of values) await recordReportedFigure(ctx, v);
    return values.length;
  },
};
