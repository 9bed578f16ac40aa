import { describe, expect, it } from "vitest";
import {
  idNumberCheckChar,
  isValidIdNumber,
  isValidMobile,
  maskIdNumber,
  maskMobile,
  normaliseIdNumber,
  parseIdNumber,
} from "./id-number";

describe("居民身份证号码 check character (GB 11643)", () => {
  it("accepts the standard's worked example and reads its facts", () => {
    // 11010519491231002X is the example printed in GB 11643-1999 (a woman born 1949-12-31).
    expect(parseIdNumber("11010519491231002X")).toEqual({ birthDate: "1949-12-31", birthYear: 1949, sex: "FEMALE" });
    expect(idNumberCheckChar("11010519491231002")).toBe("X");
    expect(idNumberCheckChar("44052419800101001")).toBe("3");
    expect(parseIdNumber("440524198001010013")?.sex).toBe("MALE");
    // Born before 1900: refused although the check character is right.
    expect(isValidIdNumber("44052418800101001" + idNumberCheckChar("44052418800101001"))).toBe(false);
  });

  it("refuses a wrong check character, a lower-case x, a wrong length, letters and impossible dates", () => {
    expect(isValidIdNumber("110105194912310021")).toBe(false);
    expect(isValidIdNumber("11010519491231002x")).toBe(false);
    expect(isValidIdNumber("11010519491231002")).toBe(false);
    expect(isValidIdNumber("11010519491231002X0")).toBe(false);
    expect(isValidIdNumber("1101051949123100AX")).toBe(false);
    // 1990-02-30 does not exist; the check character is right for those 17 digits.
    const feb30 = "52042319900230001";
    expect(isValidIdNumber(feb30 + idNumberCheckChar(feb30))).toBe(false);
    const ok = "52042319900228001";
    expect(isValidIdNumber(ok + idNumberCheckChar(ok))).toBe(true);
    expect(idNumberCheckChar("5204231990022800")).toBeNull();
  });

  it("normalises what people type", () => {
    expect(normaliseIdNumber(" 11010519491231002x ")).toBe("11010519491231002X");
  });

  it("masks all but the address prefix and the last four", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X");
    expect(maskMobile("13800005678")).toBe("138****5678");
  });

  it("knows a mainland mobile number", () => {
    expect(isValidMobile("13800005678")).toBe(true);
    expect(isValidMobile("12800005678")).toBe(false);
    expect(isValidMobile("1380000567")).toBe(false);
    expect(isValidMobile("+8613800005678")).toBe(false);
  });
});
