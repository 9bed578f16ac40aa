import { describe, expect, it } from "vitest";
import { Indicator } from "../agreements/indicator";
import { addMonths, isSpike, ledgerFindings, recordFindings, twiceMedian } from "./period.rules";

describe("data-quality rules", () => {
  it("medians in integers", () => {
    expect(twiceMedian([])).toBe(0);
    expect(twiceMedian([5])).toBe(10);
    expect(twiceMedian([3, 1, 2])).toBe(4);
    expect(twiceMedian([4, 1, 3, 2])).toBe(5);
  });

  it("a spike is strictly above 3× the median of at least three earlier months with a figure", () => {
    expect(isSpike(31, [10, 10, 10])).toBe(true);
    expect(isSpike(30, [10, 10, 10])).toBe(false); // exactly 3×: not a spike
    expect(isSpike(1000, [10, 10])).toBe(false); // too few months to know the usual
    expect(isSpike(1000, [10, 0, 10, 0])).toBe(false); // empty months are not months with a figure
    expect(isSpike(16, [1, 5, 100])).toBe(true); // median 5
    expect(isSpike(0, [1, 1, 1])).toBe(false);
  });

  it("finds poor placed above all placed, spikes and large figures without evidence, with stable keys", () => {
    const f = ledgerFindings(
      new Map([
        [Indicator.LABOURERS_PLACED, 2],
        [Indicator.POOR_LABOURERS_PLACED, 3],
        [Indicator.PEOPLE_TRAINED, 400],
      ]),
      new Map([[Indicator.PEOPLE_TRAINED, [100, 120, 90]]]),
      [{ entryId: "e1", indicator: Indicator.FISCAL_AID, net: 150_000_000 }],
    );
    expect(f.map((x) => [x.key, x.severity, x.message.zh])).toEqual([
      ["POOR_ABOVE_PLACED", "ERROR", "脱贫劳动力就业 3 人,高于就业总数 2 人"],
      ["MONTH_SPIKE:PEOPLE_TRAINED", "WARNING", "本月 400,超过往月中位数 100 的 3 倍"],
      ["LARGE_WITHOUT_EVIDENCE:e1", "WARNING", "¥1500000.00 的大额数据没有已核实的佐证材料"],
    ]);
    expect(ledgerFindings(new Map([[Indicator.LABOURERS_PLACED, 2]]), new Map(), [])).toEqual([]);
  });

  it("counts months across years", () => {
    expect(addMonths("2026-05", -12)).toBe("2025-05");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
  });

  it("finds tranches above a contract and spending above an allocation, pointing at the project", () => {
    const f = recordFindings(
      [{ projectId: "p1", name: "茶叶加工厂", contract: 500_000_000, inPlace: 500_000_001 }],
      [{ projectId: "f1", name: "产业路", allocated: 100_000_000, spent: 120_000_000 }],
    );
    expect(f.map((x) => [x.key, x.severity, x.record, x.message.zh])).toEqual([
      [
        "TRANCHE_ABOVE_CONTRACT:p1",
        "WARNING",
        { type: "INVESTMENT_PROJECT", id: "p1" },
        "招商项目「茶叶加工厂」到位资金 ¥5000000.01,超过签约金额 ¥5000000.00",
      ],
      [
        "SPENDING_ABOVE_ALLOCATION:f1",
        "ERROR",
        { type: "FISCAL_PROJECT", id: "f1" },
        "财政援助项目「产业路」截至月末支出 ¥1200000.00,超过已下达资金 ¥1000000.00",
      ],
    ]);
    expect(f[1].message.en).toBe(
      'Fiscal aid project "产业路": ¥1200000.00 spent by the month\'s end, more than the ¥1000000.00 allocated',
    );
    expect(recordFindings([], [])).toEqual([]);
  });
});
