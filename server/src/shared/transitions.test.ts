import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { Role } from "./auth";
import type { RequestContext } from "./context";
import { ErrorCode, InvalidStateError } from "./outcomes";
import { Transitions } from "./transitions";

const table = new Transitions<"OPEN" | "CLOSE" | "ARCHIVE", "NEW" | "OPENED" | "CLOSED">({
  OPEN: { from: ["NEW"], to: "OPENED", by: [Role.COUNTY_OFFICIAL, Role.ADMIN] },
  CLOSE: { from: ["NEW", "OPENED"], to: "CLOSED", by: [Role.BUYER] },
  ARCHIVE: { from: ["CLOSED"], to: "CLOSED", by: [Role.ADMIN] },
});
const as = (role: Role | null) =>
  ({
    user: role ? { id: "u", username: "u", displayName: "u", role, regionId: null, buyerId: null } : null,
  }) as unknown as RequestContext;

describe("a transitions table", () => {
  it("gives the steps a role may take from a state, in the table's order", () => {
    expect(table.allowed(as(Role.ADMIN), "NEW")).toEqual(["OPEN"]);
    expect(table.allowed(as(Role.BUYER), "NEW")).toEqual(["CLOSE"]);
    expect(table.allowed(as(Role.ADMIN), "CLOSED")).toEqual(["ARCHIVE"]);
    expect(table.allowed(as(Role.COORDINATOR), "NEW")).toEqual([]);
    expect(table.allowed(as(null), "NEW")).toEqual([]);
  });
  it("gives a mutation's roles: one step's, or any step's", () => {
    expect(table.roles("OPEN")).toEqual([Role.COUNTY_OFFICIAL, Role.ADMIN]);
    expect(table.anyRoles().sort()).toEqual([Role.ADMIN, Role.BUYER, Role.COUNTY_OFFICIAL]);
  });
  it("refuses a role the step never lists with FORBIDDEN, and a state it does not start from with InvalidStateError", () => {
    expect(() => table.refusal(as(Role.BUYER), "OPEN", "NEW", "id-1")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    );
    expect(() => table.refusal(as(null), "OPEN", "NEW", "id-1")).toThrow();
    expect(table.refusal(as(Role.ADMIN), "OPEN", "NEW", "id-1")).toBeNull();
    const refused = table.refusal(as(Role.ADMIN), "OPEN", "OPENED", "id-1");
    expect(refused).toBeInstanceOf(InvalidStateError);
    expect(refused).toMatchObject({
      code: ErrorCode.INVALID_STATE,
      entityId: "id-1",
      state: "OPENED",
      action: "OPEN",
    });
    expect(refused!.message({ locale: "en" } as never)).toContain("OPEN is not allowed from OPENED");
    expect(refused!.messages().zhCN).toContain("不能执行");
  });
  it("finds the step entering a state and the states reachable from one", () => {
    expect(table.entering("OPENED")).toBe("OPEN");
    expect(table.entering("NEW")).toBeUndefined();
    expect(table.targets("NEW")).toEqual(["OPENED", "CLOSED"]);
  });
});
