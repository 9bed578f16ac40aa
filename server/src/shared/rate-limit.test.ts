import { describe, expect, it } from "vitest";
import { FailureLimiter, MemoryCounterStore } from "./rate-limit";

describe("FailureLimiter", () => {
  it("blocks after the allowed failures until the window ends", async () => {
    let t = 0;
    const l = new FailureLimiter(new MemoryCounterStore(() => t), "test", 3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(await l.blockedFor("a")).toBe(0);
      await l.fail("a");
    }
    expect(await l.blockedFor("a")).toBe(60);
    expect(await l.blockedFor("b")).toBe(0);
    t = 30_000;
    expect(await l.blockedFor("a")).toBe(30);
    t = 60_000;
    expect(await l.blockedFor("a")).toBe(0);
  });
  it("counts an attempt before judging it, and forgets a key on success", async () => {
    const l = new FailureLimiter(new MemoryCounterStore(() => 0), "test", 2, 1000);
    expect(await l.attempt("a")).toBe(0);
    expect(await l.attempt("a")).toBe(0);
    expect(await l.attempt("a")).toBe(1);
    await l.reset("a");
    expect(await l.blockedFor("a")).toBe(0);
    expect(await l.attempt("a")).toBe(0);
  });
  it("keeps scopes apart", async () => {
    const store = new MemoryCounterStore(() => 0);
    const a = new FailureLimiter(store, "one", 1, 1000);
    const b = new FailureLimiter(store, "two", 1, 1000);
    await a.fail("k");
    expect(await a.blockedFor("k")).toBe(1);
    expect(await b.blockedFor("k")).toBe(0);
  });
});
