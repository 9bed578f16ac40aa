import { describe, expect, it } from "vitest";
import { generateOneTimePassword, passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("refuses short, username-bearing, common and one-class passwords", () => {
    expect(passwordProblem("Ab1-short", "x")?.en).toMatch(/at least 10/);
    expect(passwordProblem("my-JiaoZhou-2026", "jiaozhou")?.en).toMatch(/username/);
    for (const common of [
      "123456789a",
      "qwertyuiop",
      "woaini1314",
      "a123456789",
      "1234567890",
      "Password123",
      "1qaz2wsx3edc",
      "WOAINI5201314",
    ]) {
      expect(passwordProblem(common, "someone")?.en, common).toMatch(/too common/);
    }
    expect(passwordProblem("abcdefghijkm", "x")?.en).toMatch(/two kinds/);
    expect(passwordProblem("84736291057", "x")?.en).toMatch(/two kinds/);
    expect(passwordProblem("东西部协作对口帮扶工作", "x")?.en).toMatch(/two kinds/);
  });
  it("accepts the demo password and ordinary mixed ones", () => {
    expect(passwordProblem("xiezuo2026", "jiaozhou")).toBeNull();
    expect(passwordProblem("Anshun-Qingdao", "admin")).toBeNull();
    expect(passwordProblem("协作2026镇宁胶州", "zhenning")).toBeNull();
  });
  it("generates one-time passwords that pass the policy and differ every time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const otp = generateOneTimePassword("admin");
      expect(passwordProblem(otp, "admin")).toBeNull();
      expect(otp).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      seen.add(otp);
    }
    expect(seen.size).toBe(200);
  });
});
