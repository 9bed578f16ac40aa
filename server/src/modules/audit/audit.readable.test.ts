import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { normaliseChange, subjectField } from "./audit.readable";

describe("normaliseChange: every shape of `change` recordAudit writes", () => {
  it("shape 1, flat attributes of a new record: each a value set, none a before → after", () => {
    expect(normaliseChange("BUYER_CREATED", { name: "青岛市某局食堂", region: "370200", group: null })).toEqual([
      { field: "name", after: "青岛市某局食堂", changed: false },
      { field: "region", after: "370200", changed: false },
      { field: "group", after: null, changed: false },
    ]);
  });

  it("shape 2, one scalar before and after: the action's subject, the other keys attributes", () => {
    expect(normaliseChange("PLACEMENT_EMPLOY", { before: "PLACED", after: "EMPLOYED", on: "2026-03-01" })).toEqual([
      { field: "status", before: "PLACED", after: "EMPLOYED", changed: true },
      { field: "on", after: "2026-03-01", changed: false },
    ]);
    expect(
      normaliseChange("AGREEMENT_TARGET_SET", {
        pairingId: "p",
        year: 2026,
        indicator: "FUNDS",
        before: null,
        after: "100",
      }),
    ).toEqual([
      { field: "target", before: null, after: "100", changed: true },
      { field: "pairingId", after: "p", changed: false },
      { field: "year", after: 2026, changed: false },
      { field: "indicator", after: "FUNDS", changed: false },
    ]);
    // Removed: before only.
    expect(normaliseChange("QUOTA_REMOVED", { buyerId: "b", before: "500000.00" })[0]).toEqual({
      field: "amount",
      before: "500000.00",
      after: null,
      changed: true,
    });
    expect(subjectField("SOMETHING_NEW")).toBe("value");
  });

  it("shape 3, objects before and after: one change per key, in both orders of absence", () => {
    expect(
      normaliseChange("USER_ACCESS_CHANGED", {
        before: { role: "BUYER", buyerId: "b1" },
        after: { role: "COORDINATOR", regionId: "r1", buyerId: null },
        revokedSessions: 2,
      }),
    ).toEqual([
      { field: "role", before: "BUYER", after: "COORDINATOR", changed: true },
      { field: "buyerId", before: "b1", after: null, changed: true },
      { field: "regionId", before: null, after: "r1", changed: true },
      { field: "revokedSessions", after: 2, changed: false },
    ]);
  });

  it("shape 3 with `after` only (a new record's values): each key from nothing, none for a value never set", () => {
    expect(
      normaliseChange("USER_CREATED", {
        after: { username: "jimo", role: "COORDINATOR", regionId: "r1", buyerId: null },
      }),
    ).toEqual([
      { field: "username", before: null, after: "jimo", changed: true },
      { field: "role", before: null, after: "COORDINATOR", changed: true },
      { field: "regionId", before: null, after: "r1", changed: true },
    ]);
  });

  it("shape 3 with `before` only: the new values are the keys of the same name beside it", () => {
    expect(
      normaliseChange("WORKSHOP_REPORTED", {
        reportedOn: "2026-04-01",
        before: { employed: 10, poorEmployed: 3 },
        employed: 12,
        poorEmployed: 3,
      }),
    ).toEqual([
      { field: "employed", before: 10, after: 12, changed: true },
      { field: "poorEmployed", after: 3, changed: false },
      { field: "reportedOn", after: "2026-04-01", changed: false },
    ]);
  });

  it("shape 4, per field {before, after}, mixed with plain values and nested counts", () => {
    expect(
      normaliseChange("FAIR_UPDATED", {
        name: { before: "春季大集", after: "春季展销大集" },
        active: false,
        suppliers: { added: 2, removed: 0 },
      }),
    ).toEqual([
      { field: "name", before: "春季大集", after: "春季展销大集", changed: true },
      { field: "active", after: false, changed: false },
      { field: "suppliers.added", after: 2, changed: false },
      { field: "suppliers.removed", after: 0, changed: false },
    ]);
  });

  it("nothing recorded (LOGOUT) or a list", () => {
    expect(normaliseChange("LOGOUT", {})).toEqual([]);
    expect(normaliseChange("LOGOUT", null)).toEqual([]);
    expect(normaliseChange("WORKER_IDENTITY_REVEALED", { fields: ["idNumber", "phone"] })).toEqual([
      { field: "fields", after: ["idNumber", "phone"], changed: false },
    ]);
  });

  it("shape 3 with a set of values under one name (an agreement's targets): one dotted line each", () => {
    expect(
      normaliseChange("AGREEMENT_SAVED", {
        pairingId: "p",
        before: { signedOn: null, targets: { FISCAL_AID: "100.00", CADRES_SENT: "2" } },
        after: { signedOn: "2026-03-01", targets: { FISCAL_AID: "120.00", CADRES_SENT: "2", WORKSHOPS: "3" } },
      }),
    ).toEqual([
      { field: "signedOn", before: null, after: "2026-03-01", changed: true },
      { field: "targets.FISCAL_AID", before: "100.00", after: "120.00", changed: true },
      { field: "targets.WORKSHOPS", before: null, after: "3", changed: true },
      // The same on both sides: shown as it stands, after the changes, not as a change.
      { field: "targets.CADRES_SENT", after: "2", changed: false },
      { field: "pairingId", after: "p", changed: false },
    ]);
  });

  it("what changed comes first, the file's hash and such details last", () => {
    expect(
      normaliseChange("IMPORT", { sha256: "ab", fileName: "f.xlsx", kind: "WORKERS", written: 197, unchanged: 0 }).map(
        (f) => f.field,
      ),
    ).toEqual(["kind", "written", "unchanged", "sha256", "fileName"]);
  });
});
