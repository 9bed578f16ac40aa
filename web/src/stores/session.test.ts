import { beforeEach, describe, expect, it } from "vitest";
import { createPinia, setActivePinia } from "pinia";
import { SESSION_KEY, useSessionStore } from "./session";

const user = {
  id: "u1",
  username: "jiaozhou",
  displayName: "胶州",
  role: "COORDINATOR" as const,
  region: { id: "r", name: "胶州市" },
};

describe("session store", () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it("signs in, persists, and clears", () => {
    const s = useSessionStore();
    expect(s.isAuthenticated).toBe(false);
    s.signIn({ token: "t", expiresAt: new Date(Date.now() + 60_000).toISOString(), user });
    expect(s.isAuthenticated).toBe(true);
    expect(s.canRecord).toBe(true);
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).token).toBe("t");
    s.clear();
    expect(s.isAuthenticated).toBe(false);
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it("restores a saved session after a reload, but not an expired one", () => {
    localStorage.setItem(
      SESSION_KEY,
      JSON.stringify({ token: "t", expiresAt: new Date(Date.now() + 60_000).toISOString(), user }),
    );
    expect(useSessionStore().user?.username).toBe("jiaozhou");

    setActivePinia(createPinia());
    localStorage.setItem(
      SESSION_KEY,
      JSON.stringify({ token: "t", expiresAt: new Date(Date.now() - 1000).toISOString(), user }),
    );
    expect(useSessionStore().isAuthenticated).toBe(false);
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it("only coordinators and admins record figures", () => {
    const s = useSessionStore();
    for (const [role, can] of [
      ["ADMIN", true],
      ["COORDINATOR", true],
      ["COUNTY_OFFICIAL", false],
      ["BUYER", false],
      ["ENTERPRISE", false],
    ] as const) {
      s.signIn({ token: "t", expiresAt: new Date(Date.now() + 60_000).toISOString(), user: { ...user, role } });
      expect(s.canRecord, role).toBe(can);
    }
  });
});
