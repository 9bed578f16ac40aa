import { describe, expect, it } from "vitest";
import { grouped } from "./assessment.docx";
import { completionChartSvg } from "./assessment.chart";
import { docxToPdf } from "./assessment.pdf";
import { parseAssessmentQuery, ratioToPercent } from "./assessment.service";

describe("assessment package helpers", () => {
  it("ratioToPercent moves the point on the API's text, no float", () => {
    expect(ratioToPercent("0.7500")).toBe("75.00");
    expect(ratioToPercent("0.0001")).toBe("0.01");
    expect(ratioToPercent("1.0000")).toBe("100.00");
    expect(ratioToPercent("12.3456")).toBe("1234.56");
    expect(ratioToPercent("-0.5000")).toBe("-50.00");
    expect(ratioToPercent(null)).toBeNull();
  });

  it("grouped puts thousands separators on exact text", () => {
    expect(grouped("1234567.80")).toBe("1,234,567.80");
    expect(grouped("999.99")).toBe("999.99");
    expect(grouped("-1000")).toBe("-1,000");
    expect(grouped("0")).toBe("0");
  });

  it("the query needs a UUID and a year 2000–2100, naming the field", () => {
    const id = "00000000-0000-4000-8000-000000000000";
    expect(parseAssessmentQuery({ pairingId: id, year: "2026" })).toEqual({ pairingId: id, year: 2026 });
    for (const [q, field] of [
      [{ pairingId: "x", year: "2026" }, "pairingId"],
      [{ pairingId: [id, id], year: "2026" }, "pairingId"],
      [{ pairingId: id, year: "1999" }, "year"],
      [{ pairingId: id, year: "2026.5" }, "year"],
      [{ pairingId: id }, "year"],
    ] as const)
      expect(() => parseAssessmentQuery(q as Record<string, unknown>)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field }) }),
      );
  });

  it("the chart escapes its labels and caps bars at 150%", () => {
    const { svg } = completionChartSvg([
      { label: "a<b&c", percent: "468.00" },
      { label: "x", percent: "50.00" },
    ]);
    expect(svg).toContain("a&lt;b&amp;c");
    expect(svg).toContain("468.00%");
    expect(svg).not.toContain("<b&");
  });

  it("without LibreOffice the PDF is SERVICE_UNAVAILABLE (absent), not an internal error", async () => {
    await expect(docxToPdf("/nonexistent/soffice", Buffer.from("x"))).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE", unavailability: "absent" },
    });
  });
});
