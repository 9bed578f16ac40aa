import { describe, expect, it } from "vitest";
import { codeOf, isFieldError, localizeServerMessage, normaliseField, splitFieldErrors } from "./errors";

const generic = (code: string | null) => `generic:${code ?? "none"}`;

describe("localizeServerMessage", () => {
  it("picks the half of a bilingual message for the locale", () => {
    const m = "请填写文件依据 / Enter the source document";
    expect(localizeServerMessage(m, "zh-CN", null)).toBe("请填写文件依据");
    expect(localizeServerMessage(m, "en", null)).toBe("Enter the source document");
  });
  it("drops GraphQL's English prefix from a variable error", () => {
    const m = 'Variable "$i" got invalid value "1.005" at "i.amount"; 数量格式不正确 / Not an exact quantity: "1.005"';
    expect(localizeServerMessage(m, "zh-CN", null)).toBe("数量格式不正确");
    expect(localizeServerMessage(m, "en", null)).toBe('Not an exact quantity: "1.005"');
  });
  it("keeps a one-language message that suits the locale, else uses the generic text", () => {
    expect(localizeServerMessage("Cannot query field x", "en", "g")).toBe("Cannot query field x");
    expect(localizeServerMessage("Cannot query field x", "zh-CN", "输入有误")).toBe("输入有误");
    expect(localizeServerMessage("出错了", "en", "Something went wrong")).toBe("Something went wrong");
    expect(localizeServerMessage("出错了", "zh-CN", "g")).toBe("出错了");
    expect(localizeServerMessage("Cannot query field x", "zh-CN", null)).toBe("Cannot query field x");
  });
  it("splits without spaces around the slash too", () => {
    const m = "更正后数额不能为负(当前为 0)/ Would make the figure negative";
    expect(localizeServerMessage(m, "zh-CN", null)).toBe("更正后数额不能为负(当前为 0)");
    expect(localizeServerMessage(m, "en", null)).toBe("Would make the figure negative");
  });
  it("a slash that is not a language split stays", () => {
    expect(localizeServerMessage("a / b", "en", null)).toBe("a / b");
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
        message: "人数和个数须为整数 / People and counts must be whole numbers",
        extensions: { code: "BAD_USER_INPUT", field: "amount" },
      },
      {
        message: "请填写文件依据 / Enter the source document",
        extensions: { code: "BAD_USER_INPUT", field: "input.sourceDocument" },
      },
      { message: "结对无效 / Unknown pairing", extensions: { code: "BAD_USER_INPUT", field: "pairingId" } },
      { message: "无权执行此操作 / Not allowed", extensions: { code: "FORBIDDEN" } },
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
          { message: "甲 / A", extensions: { code: "BAD_USER_INPUT", field: "amount" } },
          { message: "乙 / B", extensions: { code: "BAD_USER_INPUT", field: "amount" } },
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
