import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./rate-limit";

describe("FailureLimiter", () => {
  it("blocks after the allowed failures until the window ends", () => {
    let t = 0;
    const l = new FailureLimiter(3, 60_000, () => t);
    for (let i = 0; i < 3; i++) {
      expect(l.blockedFor("a")).toBe(0);
      l.fail("a");
    }
    expect(l.blockedFor("a")).toBe(60);
    expect(l.blockedFor("b")).toBe(0);
    t = 30_000;
    expect(l.blockedFor("a")).toBe(30);
    t = 60_000;
    expect(l.blockedFor("a")).toBe(0);
  });
  it("forgets a key on success", () => {
    const l = new FailureLimiter(1, 1000, () => 0);
    l.fail("a");
    expect(l.blockedFor("a")).toBe(1);
    l.reset("a");
    expect(l.blockedFor("a")).toBe(0);
  });
});
