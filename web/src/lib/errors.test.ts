import { describe, expect, it } from "vitest";
import { codeOf, isFieldError, localizeServerMessage, normaliseField, splitFieldErrors } from "./errors";

const generic = (code: string | null) => `generic:${code ?? "none"}`;

describe("localizeServerMessage", () => {
  const both = (zh: string, en: string) => ({ message: zh, extensions: { messages: { "zh-CN": zh, en } } });
  it("takes the text for the locale from extensions.messages, never splitting a message", () => {
    const m = both("请填写文件依据", "Enter the source document");
    expect(localizeServerMessage(m, "zh-CN", null)).toBe("请填写文件依据");
    expect(localizeServerMessage(m, "en", null)).toBe("Enter the source document");
  });
  it('keeps a name holding " / " whole in each language', () => {
    const m = both("土蜂蜜 A / B 礼盒 库存不足", "Not enough stock of 土蜂蜜 A / B 礼盒");
    expect(localizeServerMessage(m, "zh-CN", null)).toBe("土蜂蜜 A / B 礼盒 库存不足");
    expect(localizeServerMessage(m, "en", "g")).toBe("Not enough stock of 土蜂蜜 A / B 礼盒");
  });
  it("keeps a message without both texts when it suits the locale, else uses the generic text", () => {
    // graphql-js's own validation messages are English only.
    expect(localizeServerMessage({ message: "Cannot query field x" }, "en", "g")).toBe("Cannot query field x");
    expect(localizeServerMessage({ message: "Cannot query field x" }, "zh-CN", "输入有误")).toBe("输入有误");
    expect(localizeServerMessage("出错了", "en", "Something went wrong")).toBe("Something went wrong");
    expect(localizeServerMessage("出错了", "zh-CN", "g")).toBe("出错了");
    expect(localizeServerMessage("Cannot query field x", "zh-CN", null)).toBe("Cannot query field x");
  });
  it("no longer guesses at a slash: one text is shown as it came", () => {
    expect(localizeServerMessage("a / b", "en", null)).toBe("a / b");
    expect(localizeServerMessage({ message: "x", extensions: { messages: "nonsense" } }, "en", "g")).toBe("x");
    expect(localizeServerMessage("更正后数额不能为负 / Would make it negative", "zh-CN", null)).toBe(
      "更正后数额不能为负 / Would make it negative",
    );
  });
});

describe("codes and fields", () => {
  it("codeOf knows the contract's codes only", () => {
    expect(codeOf({ extensions: { code: "FORBIDDEN" } })).toBe("FORBIDDEN");
    expect(codeOf({ extensions: { code: "WHATEVER" } })).toBeNull();
    expect(codeOf({})).toBeNull();
  });
  it("normaliseField takes the last path segment", () => {
    expect(normaliseField("input.amount")).toBe("amount");
    expect(normaliseField("amount")).toBe("amount");
    expect(normaliseField("")).toBeNull();
    expect(normaliseField(3)).toBeNull();
  });
  it("isFieldError", () => {
    expect(isFieldError({ message: "x", extensions: { code: "BAD_USER_INPUT", field: "amount" } })).toBe(true);
    expect(isFieldError({ message: "x", extensions: { code: "BAD_USER_INPUT" } })).toBe(false);
    expect(isFieldError({ message: "x", extensions: { code: "FORBIDDEN", field: "amount" } })).toBe(false);
  });
});

describe("splitFieldErrors", () => {
  const apolloError = {
    graphQLErrors: [
      {
        message: "人数和个数须为整数",
        extensions: {
          messages: { "zh-CN": "人数和个数须为整数", en: "People and counts must be whole numbers" },
          code: "BAD_USER_INPUT",
          field: "amount",
        },
      },
      {
        message: "请填写文件依据",
        extensions: {
          messages: { "zh-CN": "请填写文件依据", en: "Enter the source document" },
          code: "BAD_USER_INPUT",
          field: "input.sourceDocument",
        },
      },
      {
        message: "结对无效",
        extensions: {
          messages: { "zh-CN": "结对无效", en: "Unknown pairing" },
          code: "BAD_USER_INPUT",
          field: "pairingId",
        },
      },
      {
        message: "无权执行此操作",
        extensions: { messages: { "zh-CN": "无权执行此操作", en: "Not allowed" }, code: "FORBIDDEN" },
      },
    ],
  };
  it("puts field errors beside the form's fields, in the locale", () => {
    const s = splitFieldErrors(apolloError, ["amount", "sourceDocument"], "en", generic);
    expect(s.fields).toEqual({
      amount: "People and counts must be whole numbers",
      sourceDocument: "Enter the source document",
    });
    expect(s.unplaced).toEqual(["Unknown pairing"]);
    expect(s.other).toEqual(["Not allowed"]);
  });
  it("joins two messages for the same field", () => {
    const s = splitFieldErrors(
      {
        graphQLErrors: [
          {
            message: "甲",
            extensions: { messages: { "zh-CN": "甲", en: "A" }, code: "BAD_USER_INPUT", field: "amount" },
          },
          {
            message: "乙",
            extensions: { messages: { "zh-CN": "乙", en: "B" }, code: "BAD_USER_INPUT", field: "amount" },
          },
        ],
      },
      ["amount"],
      "zh-CN",
      generic,
    );
    expect(s.fields.amount).toBe("甲；乙");
  });
  it("anything that is not a GraphQL error gives nothing to place", () => {
    expect(splitFieldErrors(new Error("boom"), ["amount"], "en", generic)).toEqual({
      fields: {},
      unplaced: [],
      other: [],
    });
    expect(splitFieldErrors(null, ["amount"], "en", generic)).toEqual({ fields: {}, unplaced: [], other: [] });
  });
});
