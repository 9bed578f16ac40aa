import { describe, expect, it } from "vitest";
import type { BuyerGroup } from "@/gql/graphql";
import { allOf, BUYER_GROUPS } from "./enums";

describe("allOf", () => {
  it("keeps the list as written (the order a page shows)", () => {
    expect(BUYER_GROUPS).toEqual(["EDUCATION", "HEALTHCARE", "RETAIL", "GOVERNMENT", "ENTERPRISE", "OTHER"]);
  });

  // The real check is the type checker's (`npm run build -w web` runs vue-tsc over this file): each
  // expect-error directive below is itself an error if the call it marks ever type-checks.
  it("refuses, at type-check time, a list that lacks a schema value or names one the schema lacks", () => {
    // @ts-expect-error OTHER is missing
    const lacking = allOf<BuyerGroup>()(["EDUCATION", "HEALTHCARE", "RETAIL", "GOVERNMENT", "ENTERPRISE"]);
    const foreign = allOf<BuyerGroup>()([
      "EDUCATION",
      "HEALTHCARE",
      "RETAIL",
      "GOVERNMENT",
      "ENTERPRISE",
      "OTHER",
      // @ts-expect-error CHARITY is not a BuyerGroup (the directive sits on the line the checker flags)
      "CHARITY",
    ]);
    expect([lacking.length, foreign.length]).toEqual([5, 7]);
  });
});
