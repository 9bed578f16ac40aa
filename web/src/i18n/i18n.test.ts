import { describe, expect, it } from "vitest";
import { i18n, savedLocale, setLocale } from "./index";
import zhCN from "./zh-CN";
import en from "./en";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("i18n", () => {
  it("Chinese and English have the same keys, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    const text = (o: object, k: string) => k.split(".").reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o);
    for (const k of keys(en)) {
      expect(String(text(en, k)).trim(), k).not.toBe("");
      expect(String(text(zhCN, k)).trim(), k).not.toBe("");
    }
  });
  it("the language choice is switched and remembered", () => {
    localStorage.clear();
    expect(savedLocale()).toBe("zh-CN");
    setLocale("en");
    expect(i18n.global.locale.value).toBe("en");
    expect(localStorage.getItem("xiezuo.locale")).toBe("en");
    expect(savedLocale()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    setLocale("zh-CN");
    expect(savedLocale()).toBe("zh-CN");
  });
});
