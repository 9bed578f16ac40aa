import { describe, expect, it } from "vitest";
import { filtersFromQuery, queryWithFilters } from "./useOrderFilters";

const UUID = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("order filters in the URL", () => {
  it("reads every filter from the query", () => {
    expect(
      filtersFromQuery({
        status: "PAID",
        from: "2026-03-01",
        to: "2026-03-31",
        supplier: UUID,
        county: UUID,
        number: " xz20260302-000001 ",
      }),
    ).toEqual({
      status: "PAID",
      from: "2026-03-01",
      to: "2026-03-31",
      supplierId: UUID,
      countyId: UUID,
      orderNumber: "XZ20260302-000001",
    });
  });

  it("drops what is malformed instead of sending it (a hand-edited address never breaks the page)", () => {
    expect(
      filtersFromQuery({
        status: "LOST",
        from: "March",
        to: "2026-02-30x",
        supplier: "1",
        county: ["a", "b"],
        number: "XZ'--",
      }),
    ).toEqual({ status: null, from: null, to: null, supplierId: null, countyId: null, orderNumber: null });
    // A range that ends before it starts keeps its start only.
    expect(filtersFromQuery({ from: "2026-03-10", to: "2026-03-01" })).toMatchObject({
      from: "2026-03-10",
      to: null,
    });
  });

  it("writes changes into the query, keeping the rest (year, tab) and removing emptied filters", () => {
    const q = { year: "2026", tab: "shipped", status: "PAID", number: "XZ1" };
    expect(queryWithFilters(q, { status: null, supplierId: UUID, orderNumber: "XZ2026" })).toEqual({
      year: "2026",
      tab: "shipped",
      supplier: UUID,
      number: "XZ2026",
    });
  });
});
