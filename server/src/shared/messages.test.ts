import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// The codemod that rewrote the old "中文 / English" literals; the scan below uses its very rules.
// @ts-expect-error a plain .mjs tool without types
import { rewriteSource, serverFiles, splitPoint } from "../../../test/tools/codemod-messages.mjs";
import { fromValidationMessage, localeOf, msg, vmsg } from "./messages";

type Rewrite = { text: string; changes: { line: number; before: string; after: string }[] };
const rewrite = (text: string, file = path.join(__dirname, "x.ts")) => rewriteSource(text, file) as Rewrite;

describe("messages", () => {
  it("keeps both texts apart and picks one per language", () => {
    const m = msg("产品“A / B”库存不足", 'Not enough stock of "A / B"');
    expect(m.in("zh-CN")).toBe("产品“A / B”库存不足");
    expect(m.in("en")).toBe('Not enough stock of "A / B"');
    expect(m.texts).toEqual({ "zh-CN": "产品“A / B”库存不足", en: 'Not enough stock of "A / B"' });
    expect(`${m}`).toBe("产品“A / B”库存不足");
  });

  it("reads the request's language from X-Locale, then Accept-Language, else zh-CN", () => {
    expect(localeOf({})).toBe("zh-CN");
    expect(localeOf({ "x-locale": "en" })).toBe("en");
    expect(localeOf({ "x-locale": "zh-CN", "accept-language": "en" })).toBe("zh-CN");
    expect(localeOf({ "x-locale": "fr", "accept-language": "en-GB,en;q=0.9" })).toBe("en");
    expect(localeOf({ "accept-language": "fr;q=1, zh;q=0.5, en;q=0.8" })).toBe("en");
    expect(localeOf({ "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" })).toBe("zh-CN");
    expect(localeOf({ "accept-language": "de" })).toBe("zh-CN");
    expect(localeOf(new Map([["x-locale", "en-US"]]))).toBe("en");
  });

  it("carries a message through class-validator's string option and back", () => {
    const m = fromValidationMessage(vmsg("请输入名称", "Enter the name"));
    expect([m.zh, m.en]).toEqual(["请输入名称", "Enter the name"]);
    expect(fromValidationMessage("must be a string").in("en")).toBe("must be a string");
  });
});

describe("codemod: test/tools/codemod-messages.mjs", () => {
  it("splits a string literal at the slash between its Chinese and English halves", () => {
    const r = rewrite(`throw badInput("name", "请输入名称 / Enter the name");\n`);
    expect(r.text).toContain(`msg("请输入名称", "Enter the name")`);
    expect(r.text).toMatch(/^import \{ msg \} from "\.\/messages";/m);
  });

  it("splits a template's static text, each ${} staying on its side", () => {
    const r = rewrite("const m = `岗位“${p.position}”已招满 / No places left on ${p.position}`;\n");
    expect(r.changes[0].after).toBe("msg(`岗位“${p.position}”已招满`, `No places left on ${p.position}`)");
    const plain = rewrite("const m = `${a}已登记 / Already registered`;\n");
    expect(plain.changes[0].after).toBe('msg(`${a}已登记`, "Already registered")');
  });

  it("takes the first slash with Chinese on its left and English on its right", () => {
    expect(splitPoint(["扶贫车间 / 帮扶车间 / workshops"])).toEqual([0, 11, 3]);
    expect(rewrite(`f("须为“男”或“女” / Must be 男 or 女");`).changes[0].after).toBe(
      'msg("须为“男”或“女”", "Must be 男 or 女")',
    );
    expect(rewrite(`f("校验位不符)/ Invalid check character");`).changes[0].after).toBe(
      'msg("校验位不符)", "Invalid check character")',
    );
  });

  it("leaves what is not a message: halves with no English, GB/T, log lines, schema descriptions, comments", () => {
    const text = [
      `const a = "扶贫车间 / 帮扶车间";`,
      `const b = "须为 GB/T 2260 代码";`,
      `console.error(\`配置错误 / Configuration error: \${e.message}\`);`,
      `ctx.log.warn("数据库 / database slow");`,
      `@Field({ description: "成功 / success" }) x: string;`,
      `// 注释 / a comment`,
      `const c = "API at /graphql";`,
    ].join("\n");
    expect(rewrite(text).changes).toEqual([]);
  });

  it("writes class-validator's message option as vmsg (a string it accepts)", () => {
    const r = rewrite(`class X {\n  @IsNotEmpty({ message: "请输入名称 / Enter the name" })\n  name: string;\n}\n`);
    expect(r.text).toContain(`@IsNotEmpty({ message: vmsg("请输入名称", "Enter the name") })`);
    expect(r.text).toMatch(/import \{ vmsg \} from "\.\/messages";/);
  });

  it("is idempotent and adds to an existing import", () => {
    const once = rewrite(
      `import { msg } from "./messages";\nf("地区不存在 / Unknown region");\ng(\`第\${n}行 / Row \${n}\`);\n`,
    );
    expect(once.text.match(/from "\.\/messages"/g)).toHaveLength(1);
    expect(rewrite(once.text).changes).toEqual([]);
  });
});

describe("the server writes no bilingual message", () => {
  it('has no "中文 / English" literal left in server/src (run node test/tools/codemod-messages.mjs)', () => {
    const left: string[] = [];
    for (const f of serverFiles() as string[]) {
      const { changes } = rewriteSource(fs.readFileSync(f, "utf8"), f) as Rewrite;
      for (const c of changes) left.push(`${path.relative(process.cwd(), f)}:${c.line}: ${c.before}`);
    }
    expect(left).toEqual([]);
  });

  it("scans the folders that hold messages (modules and shared), not only some", () => {
    const files = serverFiles() as string[];
    expect(files.some((f) => f.includes(`${path.sep}modules${path.sep}`))).toBe(true);
    expect(files.some((f) => f.endsWith(`shared${path.sep}errors.ts`))).toBe(true);
    expect(files.some((f) => f.endsWith(".test.ts"))).toBe(false);
  });
});
