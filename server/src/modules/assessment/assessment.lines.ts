import { Indicator, INDICATORS } from "../agreements/indicator";
import { LedgerSource } from "../ledger/ledger.entity";

/**
 * The seven lines of work (工作板块) the national east–west cooperation assessment groups its
 * indicators by, in the order the self-assessment report (自评报告) follows.
 */
export const LINES_OF_WORK = [
  { key: "LEADERSHIP", zh: "组织领导" },
  { key: "FUNDS", zh: "资金支持" },
  { key: "INDUSTRY", zh: "产业合作" },
  { key: "TALENT", zh: "人才支援" },
  { key: "LABOUR", zh: "劳务协作" },
  { key: "CONSUMPTION", zh: "消费帮扶" },
  { key: "PAIRING", zh: "结对帮扶" },
] as const;
export type LineOfWork = (typeof LINES_OF_WORK)[number]["key"];

/**
 * Each indicator's line of work (docs/indicators.md lists them). Workshops (帮扶车间) belong to 劳务协作:
 * the assessment counts them for the jobs they give near home; people lifted by projects (带动脱贫人口)
 * to 产业合作, whose projects report them. One table: the workbook, the report and their tests read it.
 */
export const LINE_OF: Record<Indicator, LineOfWork> = {
  JOINT_MEETINGS: "LEADERSHIP",
  EXCHANGE_VISITS: "LEADERSHIP",
  FISCAL_AID: "FUNDS",
  SOCIAL_DONATIONS: "FUNDS",
  PROJECTS_LANDED: "INDUSTRY",
  INVESTMENT_IN_PLACE: "INDUSTRY",
  POOR_PEOPLE_LIFTED: "INDUSTRY",
  CADRES_SENT: "TALENT",
  PROFESSIONALS_SENT: "TALENT",
  PEOPLE_TRAINED: "LABOUR",
  LABOURERS_PLACED: "LABOUR",
  POOR_LABOURERS_PLACED: "LABOUR",
  WORKSHOPS: "LABOUR",
  CONSUMPTION_ASSISTANCE: "CONSUMPTION",
  PAIRS_FORMED: "PAIRING",
};

/** The indicators in the report's order: by line of work, then as the catalogue lists them. */
export const INDICATORS_BY_LINE: Indicator[] = LINES_OF_WORK.flatMap(({ key }) =>
  INDICATORS.filter((i) => LINE_OF[i] === key),
);

/** A ledger entry's source as the assessment files name it (来源). */
export const SOURCE_ZH: Record<LedgerSource, string> = {
  REPORTED: "上报数据",
  CORRECTION: "更正",
  ORDER_LINE: "消费帮扶订单",
  PLACEMENT: "劳务协作就业",
  TRAINING: "培训",
  WORKSHOP: "帮扶车间",
  PROJECT_STAGE: "招商项目签约",
  FUND_TRANCHE: "到位资金",
  PROJECT_OUTCOME: "项目成效",
  JOINT_WORK: "联席会议与互访",
  DONATION: "社会帮扶捐赠",
  FISCAL_FUNDS: "财政援助资金下达",
  TALENT_POSTING: "人才选派",
  UNIT_PAIR: "结对帮扶",
};

export const EVIDENCE_STATUS_ZH: Record<string, string> = { PENDING: "待审核", VERIFIED: "已核实", REJECTED: "已驳回" };
