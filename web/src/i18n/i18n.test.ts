import { describe, expect, it } from "vitest";
import { createI18n } from "vue-i18n";
import { NAMED, compileMessage, i18n, savedLocale, setLocale } from "./index";
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
  it("messages use only named placeholders, and the app's compiler reads them as vue-i18n's does", () => {
    const named = new RegExp(NAMED.source, "g");
    const text = (o: object, k: string) => k.split(".").reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o);
    for (const [locale, messages] of [
      ["zh-CN", zhCN],
      ["en", en],
    ] as const) {
      // What vue-i18n's own compiler gives (this test build has it) against the app's (compileMessage).
      const theirs = createI18n({ legacy: false, locale, messages: { [locale]: messages } }).global;
      const ours = createI18n({
        legacy: false,
        locale,
        messages: { [locale]: messages },
        messageCompiler: compileMessage,
      }).global;
      for (const k of keys(messages)) {
        const message = String(text(messages, k));
        // Plurals (|), links (@:) and literals ({'…'}) would need vue-i18n's compiler back in the build.
        expect(message.replace(named, "").match(/[{}@|]/), `${locale} ${k}`).toBeNull();
        const values = Object.fromEntries([...message.matchAll(named)].map((m) => [m[1], `<${m[1]}>`]));
        expect(ours.t(k, values), `${locale} ${k}`).toBe(theirs.t(k, values));
      }
    }
  });
  it("the language choice is switched and remembered", async () => {
    localStorage.clear();
    expect(savedLocale()).toBe("zh-CN");
    await setLocale("en");
    expect(i18n.global.t("session.expired")).toBe(en.session.expired);
    expect(i18n.global.locale.value).toBe("en");
    expect(localStorage.getItem("xiezuo.locale")).toBe("en");
    expect(savedLocale()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    await setLocale("zh-CN");
    expect(savedLocale()).toBe("zh-CN");
  });
});

/**
 * Chinese punctuation typed into a template beside a value (`{{ a }}（{{ b }}）`, `{{ label }}：{{ v }}`)
 * shows in the English pages too: the walkthrough found it on five pages. Such joins go through the
 * messages (`walkthrough.colon`, `walkthrough.listSep`, `walkthrough.withNote`), which each language words
 * its own way. Text inside a message or a comment is not a template join and is not checked.
 */
describe("templates join values with each language's punctuation", () => {
  it("no full-width （ ） ： ， 、 beside a {{ }} in any .vue template", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
    const offenders: string[] = [];
    for (const e of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !e.name.endsWith(".vue")) continue;
      const file = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
      const template = readFileSync(file, "utf8").split("<template>").slice(1).join("<template>");
      template.split("\n").forEach((line, i) => {
        if (/}}\s*[（）：，、]|[（）：，、]\s*{{/.test(line))
          offenders.push(`${path.relative(src, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
