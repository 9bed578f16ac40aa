import { describe, expect, it } from "vitest";
import { isValidIsoDate } from "./scalars";

/** The check as it was, through Date: the arithmetic one must agree with it everywhere. */
function throughDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

describe("isValidIsoDate", () => {
  it("agrees with Date's calendar on every year, month 00–13 and day 00–32 it is asked about", () => {
    const years = [
      ...Array.from({ length: 500 }, (_, i) => i),
      ...Array.from({ length: 400 }, (_, i) => 1800 + i),
      9999,
    ];
    let disagreements = 0;
    for (const y of years)
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          if (isValidIsoDate(text) !== throughDate(text)) disagreements++;
        }
    expect(disagreements).toBe(0);
  });

  it("refuses what is not YYYY-MM-DD", () => {
    for (const t of ["2024-2-01", "2024-02-1", "20240-02-01", "2024-02-01T00:00", " 2024-02-01", "", "2024/02/01"])
      expect(isValidIsoDate(t), t).toBe(false);
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2100-02-29")).toBe(false);
    expect(isValidIsoDate("2000-02-29")).toBe(true);
  });
});
