import { describe, expect, it } from "vitest";
import { idNumberFacts, idNumberFormOk, mobileOk, retentionText, retentionTotals } from "./labour";

describe("ID number pre-check", () => {
  it("checks the form only: 17 digits and a digit or X; the check digit is the server's", () => {
    expect(idNumberFormOk("520423199001019918")).toBe(true);
    expect(idNumberFormOk("52042319850302092x")).toBe(true); // lower-case x is normalised
    expect(idNumberFormOk(" 5204 2319 9001 0199 18 ")).toBe(true);
    expect(idNumberFormOk("520423199001019910")).toBe(true); // wrong check digit: still sent, the server refuses it
    expect(idNumberFormOk("52042319900101991")).toBe(false);
    expect(idNumberFormOk("5204231990010199185")).toBe(false);
    expect(idNumberFormOk("52042319900101991Y")).toBe(false);
    expect(idNumberFormOk("X20423199001019915")).toBe(false);
  });
  it("reads birth year and sex to fill the form in", () => {
    expect(idNumberFacts("520423199001019918", 2026)).toEqual({ birthYear: 1990, sex: "MALE" }); // 17th digit 1: odd
    expect(idNumberFacts("520423198503020922", 2026)).toEqual({ birthYear: 1985, sex: "FEMALE" });
    expect(idNumberFacts("520423203001019915", 2026)).toBeNull(); // born in the future
    expect(idNumberFacts("5204231990", 2026)).toBeNull();
  });
  it("phones: 11-digit mainland mobiles", () => {
    expect(mobileOk("139 0000 1234")).toBe(true);
    expect(mobileOk("12900001234")).toBe(false);
    expect(mobileOk("1390000123")).toBe(false);
  });
});

describe("retention", () => {
  it("adds the counties up and rates retained over eligible", () => {
    const rows = [
      { placed: 20, employed: 18, stable: 9, left: 3, eligible: 12, retained: 10 },
      { placed: 10, employed: 8, stable: 2, left: 1, eligible: 3, retained: 2 },
    ];
    const t = retentionTotals(rows);
    expect(t).toMatchObject({ placed: 30, employed: 26, stable: 11, left: 4, eligible: 15, retained: 12 });
    expect(t.retentionRate).toBeCloseTo(0.8);
    expect(retentionText(t.retentionRate)).toBe("80.0%");
    expect(retentionText(10 / 12)).toBe("83.3%");
  });
  it("none eligible yet: no rate, shown as a dash", () => {
    const t = retentionTotals([{ placed: 2, employed: 1, stable: 0, left: 0, eligible: 0, retained: 0 }]);
    expect(t.retentionRate).toBeNull();
    expect(retentionText(t.retentionRate)).toBe("—");
    expect(retentionTotals([]).retentionRate).toBeNull();
  });
});
