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
    log.info(
      {
        password: "xiezuo2026",
        token: "abc123",
        worker: { idNumber: "520423199001011234", phone: "13800138000" },
        variables: { a: 1 },
      },
      "x",
    );
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
    createLogger("info", sink).info(
      {
        input: { worker: { idNumber: "11010519491231002X", phone: "13900000001" } },
        row: { idNumberEnc: "v1:abc", phoneEnc: "v1:def" },
      },
      "x",
    );
    expect(lines.join("")).not.toMatch(/11010519491231002X|13900000001|v1:abc|v1:def/);
  });
});

describe("personal numbers inside any text", () => {
  const capture = () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    return { log: createLogger("info", sink), out: () => lines.join("") };
  };

  it("masks ID and mobile numbers in messages, error texts and free-form fields", () => {
    const { log, out } = capture();
    log.error(
      {
        err: {
          message: 'invalid input syntax for type uuid: "52042319900101123X"',
          stack: "Error: 13912345678\n at x",
        },
        note: "call 13800138000",
      },
      "worker 11010519491231002x phoned from 15900001111",
    );
    const text = out();
    expect(text).not.toMatch(/52042319900101123X|13912345678|13800138000|11010519491231002x|15900001111/i);
    expect(text).toContain("520423********123X");
    expect(text).toContain("139****5678");
  });

  it("leaves ids, timestamps and amounts that are not personal numbers alone", () => {
    const { log, out } = capture();
    log.info({ requestId: "0b6c1a9e-1380-4138-8000-a13800138000", fen: 331000000000 }, "took 1764392135123 ms");
    const text = out();
    expect(text).toContain("a13800138000");
    expect(text).toContain("1764392135123");
    expect(text).toContain("331000000000");
  });
});
