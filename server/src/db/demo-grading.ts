import type { RequestContext } from "../shared/context";
import { Indicator } from "../modules/agreements/indicator";
import { setGradingScheme } from "../modules/grading/grading.service";

/**
 * 考核评级 demo data: a grading scheme for 2020 and for this year, set through the service as an
 * administrator would. ILLUSTRATIVE: the weights follow the national assessment's emphasis (money,
 * people, jobs, consumption) in whole points adding up to 100; the bands are the brief's defaults
 * (好 ≥ 90%, 较好 ≥ 80%, 一般 ≥ 60%; buyers A+ ≥ 120% … F < 70%), completion capped at 100%.
 */
const WEIGHTS: [Indicator, number][] = [
  [Indicator.FISCAL_AID, 20],
  [Indicator.SOCIAL_DONATIONS, 10],
  [Indicator.CADRES_SENT, 10],
  [Indicator.PROFESSIONALS_SENT, 10],
  [Indicator.LABOURERS_PLACED, 15],
  [Indicator.INVESTMENT_IN_PLACE, 10],
  [Indicator.CONSUMPTION_ASSISTANCE, 15],
  [Indicator.PAIRS_FORMED, 10],
];

/** The brief's default bands in basis points, completion capped at 100% (tests set schemes with them too). */
export const DEMO_BANDS = {
  goodFrom: 9000,
  fairFrom: 8000,
  averageFrom: 6000,
  capAt100: true,
  aPlusFrom: 12000,
  aFrom: 10000,
  bFrom: 9000,
  cFrom: 8000,
  dFrom: 7000,
};

export async function loadGradingDemo(asAdmin: () => RequestContext, years: number[]): Promise<void> {
  for (const year of years)
    await setGradingScheme(asAdmin(), {
      year,
      weights: WEIGHTS.map(([indicator, weight]) => ({ indicator, weight })),
      ...DEMO_BANDS,
    });
}
