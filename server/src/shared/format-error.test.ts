import { GraphQLError, Source } from "graphql";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { createErrorFormatter } from "./format-error";

const silent = pino({ level: "silent" });

describe("error formatting", () => {
  it("hides internal errors in production and keeps stable codes", () => {
    const f = createErrorFormatter(true, silent);
    const internal = f(
      {
        message: 'relation "x" does not exist',
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x.js:1"] },
      },
      new Error("boom"),
    );
    expect(internal).toEqual({
      message: "服务器内部错误",
      path: undefined,
      extensions: {
        code: "INTERNAL_SERVER_ERROR",
        messages: { "zh-CN": "服务器内部错误", en: "Internal server error" },
      },
    });
    const notFound = f(
      { message: "结对关系 不存在", extensions: { code: "NOT_FOUND", stacktrace: ["at y.js:2"] } },
      new GraphQLError("x"),
    );
    expect(notFound.extensions).toEqual({ code: "NOT_FOUND" });
  });

  it("turns class-validator trees into one message naming the field", () => {
    const f = createErrorFormatter(true, silent);
    const out = f(
      {
        message: "Argument Validation Error",
        extensions: {
          code: "BAD_USER_INPUT",
          validationErrors: [
            {
              property: "input",
              children: [{ property: "sourceDocument", constraints: { isNotEmpty: "请填写文件依据" } }],
            },
          ],
        },
      },
      null,
    );
    expect(out).toMatchObject({
      message: "请填写文件依据",
      extensions: { code: "BAD_USER_INPUT", field: "sourceDocument" },
    });
    expect(out.extensions).not.toHaveProperty("validationErrors");
  });

  // Was: only idNumber and phone were spared; now no field's value is ever repeated (issue 8).
  it("does not repeat a value graphql-js could not coerce, in any field", () => {
    const f = createErrorFormatter(false, silent);
    const out = f(
      {
        message:
          'Variable "$i" got invalid value 520423199001011200 at "i.idNumber"; String cannot represent a non string value: 520423199001011200',
        extensions: { code: "BAD_USER_INPUT" },
      },
      null,
    );
    expect(out).toEqual({
      message: '应为文本 ("idNumber")',
      extensions: {
        code: "BAD_USER_INPUT",
        field: "idNumber",
        messages: { "zh-CN": '应为文本 ("idNumber")', en: 'Expected text ("idNumber")' },
      },
    });
    const search = f(
      {
        message:
          'Variable "$f" got invalid value { search: 13912345678 } at "f.search"; String cannot represent a non string value: 13912345678',
        extensions: { code: "BAD_USER_INPUT" },
      },
      null,
    );
    expect(search.message).not.toMatch(/13912345678/);
    expect(search.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search" });
    expect(JSON.stringify(search.extensions)).not.toMatch(/13912345678/);
    const year = f(
      {
        message: 'Variable "$y" got invalid value "secret-text"; Int cannot represent non-integer value: "secret-text"',
        extensions: { code: "BAD_USER_INPUT" },
      },
      null,
    );
    expect(year).toMatchObject({
      message: "应为 32 位整数 ($y)",
      extensions: { field: "y" },
    });
    const role = f(
      {
        message: 'Variable "$i" got invalid value "BOSS" at "i.role"; Value "BOSS" does not exist in "Role" enum.',
        extensions: { code: "BAD_USER_INPUT" },
      },
      null,
    );
    expect(role.message).not.toMatch(/BOSS/);
  });

  it("keeps our scalars' messages, which name no value", () => {
    const f = createErrorFormatter(true, silent);
    const out = f(
      {
        message: 'Variable "$i" got invalid value 12.5 at "i.price"; 金额须为精确到分的文本,如 "12.50",或整数元',
        extensions: { code: "BAD_USER_INPUT" },
      },
      null,
    );
    expect(out.message).toMatch(/^金额须为精确到分的文本/);
    expect(out.message).not.toMatch(/12\.5\b(?!0)/);
    expect(out.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "price" });
    expect((out.extensions!.messages as { en: string }).en).toMatch(/^Money must be text exact to the fen/);
  });

  it("rewrites literal and syntax errors without the value, naming the argument", () => {
    const f = createErrorFormatter(true, silent);
    const query = '{ labourRetention(year: "52042319900101123X") { countyId } }';
    const original = new GraphQLError(
      'Expected value of type "Int!", found "52042319900101123X"; Int cannot represent non-integer value: "52042319900101123X"',
      {
        source: new Source(query),
        positions: [query.indexOf('"5')],
      },
    );
    // graphql-js gives the value node; a node with the same location stands in for it here.
    Object.assign(original, { nodes: [{ kind: "StringValue", loc: { start: query.indexOf('"5') } }] });
    const out = f({ message: original.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, original);
    expect(out.message).not.toMatch(/5204/);
    expect(out.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", field: "year" });
    expect(JSON.stringify(out.extensions)).not.toMatch(/5204/);
    const syntax = f(
      {
        message: 'Syntax Error: Expected Name, found Int "13912345678".',
        extensions: { code: "GRAPHQL_PARSE_FAILED" },
      },
      null,
    );
    expect(syntax.message).toBe('语法错误 Expected Name, found Int "…".');
    expect((syntax.extensions!.messages as { en: string }).en).toBe('Syntax Error: Expected Name, found Int "…".');
  });

  it("never repeats a value that a class-validator message quotes", () => {
    const f = createErrorFormatter(true, silent);
    const out = f(
      {
        message: "Argument Validation Error",
        extensions: {
          code: "BAD_USER_INPUT",
          validationErrors: [
            {
              property: "input",
              children: [
                { property: "name", value: "张三 13912345678", constraints: { x: "张三 13912345678 is not allowed" } },
              ],
            },
          ],
        },
      },
      null,
    );
    expect(out).toMatchObject({
      message: "输入格式不正确",
      extensions: { field: "name", messages: { "zh-CN": "输入格式不正确", en: "Invalid value" } },
    });
  });

  it("masks ID and mobile numbers in any message, internal ones included", () => {
    const f = createErrorFormatter(false, silent);
    const out = f(
      { message: 'invalid input syntax for type uuid: "13912345678"', extensions: { code: "INTERNAL_SERVER_ERROR" } },
      new Error("x"),
    );
    expect(out.message).toBe('invalid input syntax for type uuid: "139****5678"');
  });

  it("gives Apollo's persisted-query hash mismatch a client code", () => {
    const out = createErrorFormatter(true, silent)(
      { message: "provided sha does not match query", extensions: { code: "INTERNAL_SERVER_ERROR" } },
      null,
    );
    expect(out.extensions).toMatchObject({ code: "BAD_REQUEST" });
    expect(out.message).toBe("持久化查询的哈希与查询不符");
  });
});
