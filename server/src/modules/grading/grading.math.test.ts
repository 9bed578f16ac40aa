import { describe, expect, it } from "vitest";
import { atLeastBp, fixed2, frac, percent, rankBy } from "./grading.math";

describe("grading arithmetic", () => {
  it("decides a boundary exactly and truncates the shown figure", () => {
    expect(atLeastBp(frac(9000, 10000), 9000)).toBe(true);
    expect(atLeastBp(frac(8999, 10000), 9000)).toBe(false);
    expect(atLeastBp(frac(11999, 10000), 12000)).toBe(false);
    expect(percent(frac(11999, 10000))).toBe("119.99");
    expect(percent(frac(2, 3))).toBe("66.66");
    expect(fixed2(frac(175, 2))).toBe("87.50");
  });
  it("lets ties share a rank", () => {
    const r = rankBy([frac(1, 2), frac(3, 4), frac(2, 4), null, frac(1, 10)], (x) => x);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 2, 4, null]);
  });
});
