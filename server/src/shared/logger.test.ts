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
});
