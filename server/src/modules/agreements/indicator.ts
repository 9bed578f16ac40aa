import { registerEnumType } from "type-graphql";
import { badInput } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import { msg } from "../../shared/messages";

/**
 * 协议任务指标: what a yearly agreement sets a target for and the national assessment checks.
 * Each indicator has one unit; amounts are integers in that unit's base (fen for YUAN).
 */
export enum Indicator {
  FISCAL_AID = "FISCAL_AID",
  SOCIAL_DONATIONS = "SOCIAL_DONATIONS",
  CADRES_SENT = "CADRES_SENT",
  PROFESSIONALS_SENT = "PROFESSIONALS_SENT",
  PEOPLE_TRAINED = "PEOPLE_TRAINED",
  LABOURERS_PLACED = "LABOURERS_PLACED",
  PROJECTS_LANDED = "PROJECTS_LANDED",
  INVESTMENT_IN_PLACE = "INVESTMENT_IN_PLACE",
  CONSUMPTION_ASSISTANCE = "CONSUMPTION_ASSISTANCE",
  WORKSHOPS = "WORKSHOPS",
  PAIRS_FORMED = "PAIRS_FORMED",
  POOR_PEOPLE_LIFTED = "POOR_PEOPLE_LIFTED",
  POOR_LABOURERS_PLACED = "POOR_LABOURERS_PLACED",
  JOINT_MEETINGS = "JOINT_MEETINGS",
  EXCHANGE_VISITS = "EXCHANGE_VISITS",
}

export enum IndicatorUnit {
  YUAN = "YUAN",
  PEOPLE = "PEOPLE",
  COUNT = "COUNT",
}

registerEnumType(Indicator, {
  name: "Indicator",
  description: "An agreement indicator (协议任务指标).",
  valuesConfig: {
    FISCAL_AID: { description: "财政援助资金 fiscal aid (yuan)" },
    SOCIAL_DONATIONS: { description: "社会帮扶资金 social donations, money and goods at value (yuan)" },
    CADRES_SENT: { description: "选派党政干部 cadres sent (people)" },
    PROFESSIONALS_SENT: { description: "选派专业技术人才 teachers, doctors and other professionals sent (people)" },
    PEOPLE_TRAINED: { description: "培训人次 people trained (person-times)" },
    LABOURERS_PLACED: { description: "劳务协作就业 labourers placed in jobs (people)" },
    PROJECTS_LANDED: { description: "落地项目 investment projects landed (count)" },
    INVESTMENT_IN_PLACE: { description: "到位投资 investment in place (yuan)" },
    CONSUMPTION_ASSISTANCE: {
      description: "消费帮扶 consumption assistance: certified products bought and sold (yuan)",
    },
    WORKSHOPS: { description: "帮扶车间 poverty-relief workshops (count)" },
    PAIRS_FORMED: { description: "结对帮扶 town–town, village–firm, school and hospital pairs formed (count)" },
    POOR_PEOPLE_LIFTED: { description: "带动脱贫人口 registered-poor people lifted (people)" },
    POOR_LABOURERS_PLACED: {
      description:
        "帮助建档立卡贫困劳动力就业 registered-poor labourers placed in jobs, a subset of LABOURERS_PLACED (people)",
    },
    JOINT_MEETINGS: { description: "召开联席会议 joint meetings of the two sides' leadership held (count)" },
    EXCHANGE_VISITS: {
      description: "互访调研人次 person-visits of meetings and leadership visits between the two sides (people)",
    },
  },
});
registerEnumType(IndicatorUnit, { name: "IndicatorUnit" });

export const INDICATOR_UNIT: Record<Indicator, IndicatorUnit> = {
  FISCAL_AID: IndicatorUnit.YUAN,
  SOCIAL_DONATIONS: IndicatorUnit.YUAN,
  CADRES_SENT: IndicatorUnit.PEOPLE,
  PROFESSIONALS_SENT: IndicatorUnit.PEOPLE,
  PEOPLE_TRAINED: IndicatorUnit.PEOPLE,
  LABOURERS_PLACED: IndicatorUnit.PEOPLE,
  PROJECTS_LANDED: IndicatorUnit.COUNT,
  INVESTMENT_IN_PLACE: IndicatorUnit.YUAN,
  CONSUMPTION_ASSISTANCE: IndicatorUnit.YUAN,
  WORKSHOPS: IndicatorUnit.COUNT,
  PAIRS_FORMED: IndicatorUnit.COUNT,
  POOR_PEOPLE_LIFTED: IndicatorUnit.PEOPLE,
  POOR_LABOURERS_PLACED: IndicatorUnit.PEOPLE,
  JOINT_MEETINGS: IndicatorUnit.COUNT,
  EXCHANGE_VISITS: IndicatorUnit.PEOPLE,
};

export const INDICATORS = Object.values(Indicator);

/** Integer base units → the Quantity scalar's text. */
export function formatQuantity(amount: number, unit: IndicatorUnit): string {
  return unit === IndicatorUnit.YUAN ? formatFen(amount) : String(amount);
}

/** Parsed Quantity (hundredths) → base units of the indicator; BAD_USER_INPUT naming `field`. */
export function toBaseUnits(hundredths: number, indicator: Indicator, field: string): number {
  if (INDICATOR_UNIT[indicator] === IndicatorUnit.YUAN) return hundredths;
  if (hundredths % 100 !== 0)
    throw badInput(field, msg("人数和个数须为整数", "People and counts must be whole numbers"));
  return hundredths / 100;
}
