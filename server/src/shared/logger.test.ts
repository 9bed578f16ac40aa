import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

describe("logger redaction", () => {
  it("never writes passwords, tokens, ID numbers, phones or request variables", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = createLogger("info", sink);
    log.info({ password: "xiezuo2026", token: "abc123", worker: { idNumber: "520423199001011234", phone: "13800138000" }, variables: { a: 1 } }, "x");
    const out = lines.join("");
    expect(out).toContain("[redacted]");
    expect(out).not.toMatch(/xiezuo2026|520423199001011234|13800138000|abc123/);
  });

  it("redacts a worker's numbers nested two levels deep and their stored forms", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    createLogger("info", sink).info({ input: { worker: { idNumber: "11010519491231002X", phone: "13900000001" } }, row: { idNumberEnc: "v1:abc", phoneEnc: "v1:def" } }, "x");
    expect(lines.join("")).not.toMatch(/11010519491231002X|13900000001|v1:abc|v1:def/);
  });
});
