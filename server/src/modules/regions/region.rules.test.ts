import { describe, expect, it } from "vitest";
import { Region, RegionLevel, RegionSide } from "./region.entity";
import {
  MUST_BE_EAST_REGION,
  MUST_BE_WEST_COUNTY,
  MUST_BE_WEST_REGION,
  mustBeEast,
  mustBeWest,
  mustBeWestCounty,
} from "./region.service";

/** The side and level rules every write naming a region obeys (the lookups are covered by the API suites). */
const region = (side: RegionSide, level: RegionLevel) =>
  Object.assign(new Region(), { id: "r", code: "0", name: "地区", shortName: "地区", side, level, parentId: null });
/** What a refusal looks like: BAD_USER_INPUT naming the field, with the message. */
const refused = (field: string, message: string) =>
  expect.objectContaining({ message, extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field }) });

const eastCity = region(RegionSide.EAST, RegionLevel.PREFECTURE);
const eastCounty = region(RegionSide.EAST, RegionLevel.COUNTY);
const westPrefecture = region(RegionSide.WEST, RegionLevel.PREFECTURE);
const westCounty = region(RegionSide.WEST, RegionLevel.COUNTY);

describe("region rules", () => {
  it("an east region (支援方) at any level", () => {
    expect(mustBeEast(eastCity, "eastRegionId")).toBe(eastCity);
    expect(mustBeEast(eastCounty, "eastRegionId")).toBe(eastCounty);
    expect(() => mustBeEast(westCounty, "homeRegionId")).toThrow(refused("homeRegionId", MUST_BE_EAST_REGION));
  });

  it("a west region (受援方) at any level", () => {
    expect(mustBeWest(westPrefecture, "westRegionId")).toBe(westPrefecture);
    expect(mustBeWest(westCounty, "westRegionId")).toBe(westCounty);
    expect(() => mustBeWest(eastCity, "westRegionId")).toThrow(refused("westRegionId", MUST_BE_WEST_REGION));
  });

  it("a west county (受援县): west side and county level both", () => {
    expect(mustBeWestCounty(westCounty, "countyId")).toBe(westCounty);
    expect(() => mustBeWestCounty(westPrefecture, "countyId")).toThrow(refused("countyId", MUST_BE_WEST_COUNTY));
    expect(() => mustBeWestCounty(eastCounty, "countyId")).toThrow(refused("countyId", MUST_BE_WEST_COUNTY));
  });

  it("a role's own wording where the domain says it better", () => {
    const message = "县级干部须属于受援县 / A county official belongs to a west county";
    expect(() => mustBeWestCounty(eastCity, "regionId", message)).toThrow(refused("regionId", message));
  });
});
