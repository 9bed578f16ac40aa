import { describe, expect, it } from "vitest";
import en from "@/i18n/en";
import zhCN from "@/i18n/zh-CN";
import { ERROR_CODES, outcomeOf } from "./outcomes";

describe("typed outcomes", () => {
  it("has words for every ErrorCode in both languages", () => {
    for (const code of ERROR_CODES) {
      expect(zhCN.outcomes[code], code).toMatch(/\S/);
      expect(en.outcomes[code], code).toMatch(/\S/);
    }
  });
  it("tells an outcome from the record a mutation returned", () => {
    expect(
      outcomeOf({ __typename: "PostingFullError", code: "POSTING_FULL", message: "岗位已招满 / No places left" }),
    ).toMatchObject({ code: "POSTING_FULL" });
    expect(outcomeOf({ __typename: "Placement", id: "p1", status: "PLACED" })).toBeNull();
    expect(outcomeOf(null)).toBeNull();
    expect(outcomeOf(undefined)).toBeNull();
  });
});
