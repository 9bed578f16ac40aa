import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, isValidCreditCode } from "./credit-code";

describe("统一社会信用代码 check character (GB 32100)", () => {
  it("accepts published codes", () => {
    // 91350100M000100Y43 is the standard's worked example; 91110000600037341L a registered company.
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true);
    expect(isValidCreditCode("91110000600037341L")).toBe(true);
  });
  it("refuses a wrong check character, a bad letter and a wrong length", () => {
    expect(isValidCreditCode("91350100M000100Y44")).toBe(false);
    expect(isValidCreditCode("91350100M000100I43")).toBe(false);
    expect(isValidCreditCode("91350100M000100Y4")).toBe(false);
  });
  it("computes the check character", () => {
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
  });
});
