import { describe, expect, it } from "vitest";
import { Region, RegionLevel, RegionSide } from "./region.entity";
import {
  checkRegionCode,
  CODE_FORMAT,
  CODE_NOT_UNDER_PARENT,
  LEVEL_MISMATCH,
  PARENT_LEVEL,
  levelOfCode,
  MUST_BE_EAST_REGION,
  MUST_BE_WEST_COUNTY,
  MUST_BE_WEST_REGION,
  mustBeEast,
  mustBeWest,
  mustBeWestCounty,
} from "./region.service";
import { type Message, msg } from "../../shared/messages";

/** The side and level rules every write naming a region obeys (the lookups are covered by the API suites). */
const region = (side: RegionSide, level: RegionLevel) =>
  Object.assign(new Region(), { id: "r", code: "0", name: "地区", shortName: "地区", side, level, parentId: null });
/** What a refusal looks like: BAD_USER_INPUT naming the field, with the message. */
const refused = (field: string, message: Message) =>
  expect.objectContaining({
    message: message.zh,
    extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field, messages: message.texts }),
  });

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
    const message = msg("县级干部须属于受援县", "A county official belongs to a west county");
    expect(() => mustBeWestCounty(eastCity, "regionId", message)).toThrow(refused("regionId", message));
  });
});

describe("GB/T 2260 codes", () => {
  const shandong = { code: "370000", level: RegionLevel.PROVINCE, side: RegionSide.EAST };
  const qingdao = { code: "370200", level: RegionLevel.PREFECTURE, side: RegionSide.EAST };
  const jiaozhou = { code: "370281", level: RegionLevel.COUNTY, side: RegionSide.EAST };

  it("the level follows from the code; a malformed code is refused on `code`", () => {
    expect(levelOfCode("370000")).toBe(RegionLevel.PROVINCE);
    expect(levelOfCode("370200")).toBe(RegionLevel.PREFECTURE);
    expect(levelOfCode("370281")).toBe(RegionLevel.COUNTY);
    for (const bad of ["37028", "3702811", "37a281", "000281", " 370281"])
      expect(() => levelOfCode(bad)).toThrow(refused("code", CODE_FORMAT));
  });

  it("a code extends its parent's prefix, one level below it, on the parent's side", () => {
    expect(checkRegionCode("370285", qingdao)).toEqual({ level: RegionLevel.COUNTY, side: RegionSide.EAST });
    expect(checkRegionCode("370300", shandong)).toEqual({ level: RegionLevel.PREFECTURE, side: RegionSide.EAST });
    // A municipality's district directly under its province (the caller checks no prefecture has its prefix).
    expect(checkRegionCode("379901", shandong).level).toBe(RegionLevel.COUNTY);
    expect(() => checkRegionCode("520423", qingdao)).toThrow(refused("code", CODE_NOT_UNDER_PARENT));
    expect(() => checkRegionCode("380100", shandong)).toThrow(refused("code", CODE_NOT_UNDER_PARENT));
    expect(() => checkRegionCode("370300", qingdao)).toThrow(refused("parentId", PARENT_LEVEL));
    expect(() => checkRegionCode("370286", jiaozhou)).toThrow(refused("parentId", PARENT_LEVEL));
    expect(() => checkRegionCode("370285", qingdao, { level: RegionLevel.PREFECTURE })).toThrow(
      refused("level", LEVEL_MISMATCH),
    );
    expect(() => checkRegionCode("370285", qingdao, { side: RegionSide.WEST })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "side" }) }),
    );
  });

  it("a province stands alone and names its side", () => {
    expect(checkRegionCode("150000", null, { side: RegionSide.WEST })).toEqual({
      level: RegionLevel.PROVINCE,
      side: RegionSide.WEST,
    });
    expect(() => checkRegionCode("150000", null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "side" }) }),
    );
    expect(() => checkRegionCode("150000", shandong, { side: RegionSide.WEST })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "parentId" }) }),
    );
    expect(() => checkRegionCode("370285", null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "parentId" }) }),
    );
  });
});
