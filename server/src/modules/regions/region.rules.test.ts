import { describe, expect, it } from "vitest";
import { Region, RegionLevel, RegionSide } from "./region.entity";
import { MUST_BE_EAST_REGION, MUST_BE_WEST_COUNTY, MUST_BE_WEST_REGION, mustBeEast, mustBeWest, mustBeWestCounty } from "./region.service";

/** The side and level rules every write naming a region obeys (the lookups are covered by the API suites). */
const region = (side: RegionSide, level: RegionLevel) => Object.assign(new Region(), { id: "r", code: "0", name: "地区", shortName: "地区", side, level, parentId: null });
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    const ext = (e as { extensions?: { code?: string; field?: string } }).extensions;
    return { code: ext?.code, field: ext?.field, message: (e as Error).message };
  }
  return null;
};

const eastCity = region(RegionSide.EAST, RegionLevel.PREFECTURE);
const eastCounty = region(RegionSide.EAST, RegionLevel.COUNTY);
const westPrefecture = region(RegionSide.WEST, RegionLevel.PREFECTURE);
const westCounty = region(RegionSide.WEST, RegionLevel.COUNTY);

describe("region rules", () => {
  it("an east region (支援方) at any level", () => {
    expect(mustBeEast(eastCity, "eastRegionId")).toBe(eastCity);
    expect(mustBeEast(eastCounty, "eastRegionId")).toBe(eastCounty);
    expect(refusal(() => mustBeEast(westCounty, "homeRegionId"))).toEqual({ code: "BAD_USER_INPUT", field: "homeRegionId", message: MUST_BE_EAST_REGION });
  });

  it("a west region (受援方) at any level", () => {
    expect(mustBeWest(westPrefecture, "westRegionId")).toBe(westPrefecture);
    expect(mustBeWest(westCounty, "westRegionId")).toBe(westCounty);
    expect(refusal(() => mustBeWest(eastCity, "westRegionId"))).toEqual({ code: "BAD_USER_INPUT", field: "westRegionId", message: MUST_BE_WEST_REGION });
  });

  it("a west county (受援县): west side and county level both", () => {
    expect(mustBeWestCounty(westCounty, "countyId")).toBe(westCounty);
    expect(refusal(() => mustBeWestCounty(westPrefecture, "countyId"))).toEqual({ code: "BAD_USER_INPUT", field: "countyId", message: MUST_BE_WEST_COUNTY });
    expect(refusal(() => mustBeWestCounty(eastCounty, "countyId"))).toEqual({ code: "BAD_USER_INPUT", field: "countyId", message: MUST_BE_WEST_COUNTY });
  });

  it("a role's own wording where the domain says it better", () => {
    const message = "县级干部须属于受援县 / A county official belongs to a west county";
    expect(refusal(() => mustBeWestCounty(eastCity, "regionId", message))).toEqual({ code: "BAD_USER_INPUT", field: "regionId", message });
  });
});
