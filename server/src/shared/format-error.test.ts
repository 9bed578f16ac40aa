import { GraphQLError } from "graphql";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { createErrorFormatter } from "./format-error";

const silent = pino({ level: "silent" });

describe("error formatting", () => {
  it("hides internal errors in production and keeps stable codes", () => {
    const f = createErrorFormatter(true, silent);
    const internal = f({ message: 'relation "x" does not exist', extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x.js:1"] } }, new Error("boom"));
    expect(internal).toEqual({ message: "服务器内部错误 / Internal server error", path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    const notFound = f({ message: "结对关系 不存在", extensions: { code: "NOT_FOUND", stacktrace: ["at y.js:2"] } }, new GraphQLError("x"));
    expect(notFound.extensions).toEqual({ code: "NOT_FOUND" });
  });

  it("turns class-validator trees into one message naming the field", () => {
    const f = createErrorFormatter(true, silent);
    const out = f(
      {
        message: "Argument Validation Error",
        extensions: {
          code: "BAD_USER_INPUT",
          validationErrors: [{ property: "input", children: [{ property: "sourceDocument", constraints: { isNotEmpty: "请填写文件依据" } }] }],
        },
      },
      null,
    );
    expect(out).toMatchObject({ message: "请填写文件依据", extensions: { code: "BAD_USER_INPUT", field: "sourceDocument" } });
    expect(out.extensions).not.toHaveProperty("validationErrors");
  });

  it("does not repeat a personal value graphql-js could not coerce", () => {
    const f = createErrorFormatter(false, silent);
    const out = f({ message: 'Variable "$i" got invalid value 520423199001011200 at "i.idNumber"; String cannot represent a non string value: 520423199001011200', extensions: { code: "BAD_USER_INPUT" } }, null);
    expect(out).toEqual({ message: "输入格式不正确 / Invalid value", path: undefined, extensions: { code: "BAD_USER_INPUT", field: "idNumber" } });
  });
});
