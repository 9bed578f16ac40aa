import { describe, expect, it } from "vitest";
import { percentOf } from "./fiscal.figures";

describe("percentOf", () => {
  it("truncates to hundredths, exactly", () => {
    expect(percentOf(2_405_400_000, 3_244_000_000)).toBe("74.14");
    expect(percentOf(1, 3)).toBe("33.33");
    expect(percentOf(2, 3)).toBe("66.66");
    expect(percentOf(200, 300)).toBe("66.66");
    expect(percentOf(300, 300)).toBe("100.00");
    expect(percentOf(0, 300)).toBe("0.00");
  });
  it("is null when nothing is allocated", () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(5, -1)).toBeNull();
  });
  it("stays exact beyond float precision", () => {
    expect(percentOf(9_007_199_254_740_991, 9_007_199_254_740_993)).toBe("99.99");
  });
});
