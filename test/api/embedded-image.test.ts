import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startEmbeddedDatabase } from "../../server/src/db/embedded";
import { createLogger } from "../../server/src/shared/logger";
import { startTestServer, type TestServer } from "./harness";

/**
 * Issue 9 (test time): on the embedded database the run migrates and seeds ONE PGlite (global-setup.ts)
 * and every test file's server starts from its image, as PostgreSQL files copy the run's template.
 * Embedded only.
 */
const onPostgres = !!process.env.TEST_DATABASE_URL;
const messages = (s: TestServer) => s.logs().map((l) => JSON.parse(l) as { msg: string; image?: boolean });

describe.skipIf(onPostgres)("embedded test servers start from the run's seeded image", () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({}, { captureLogs: true });
    b = await startTestServer({}, { captureLogs: true });
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("the global setup made the image, and a server starts from it with nothing to migrate or seed", async () => {
    expect(fs.existsSync(inject("embeddedImage")!)).toBe(true);
    const logs = messages(a);
    expect(logs.find((l) => l.msg === "embedded database (PGlite) started")?.image).toBe(true);
    expect(logs.some((l) => l.msg === "migrations applied")).toBe(false);
    expect(logs.some((l) => l.msg === "demo data loaded")).toBe(false);
    // …and the demo is all there: a demo user signs in, the orders and ledger the suites rely on exist.
    await a.login("buyer");
    const [{ orders }] = await a.sql(`SELECT count(*)::int AS orders FROM purchase_order`);
    expect(orders).toBeGreaterThan(0);
  });

  it("each server has its own copy: a write in one is not seen by another", async () => {
    await a.sql(`UPDATE app_user SET display_name = 'changed in a' WHERE username = 'buyer'`);
    const [inB] = await b.sql(`SELECT display_name FROM app_user WHERE username = 'buyer'`);
    expect(inB.display_name).not.toBe("changed in a");
  });

  it("an image loads into memory only, never over a data folder on disk", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-image-refused-"));
    try {
      await expect(
        startEmbeddedDatabase(path.join(dir, "pglite"), createLogger("silent"), { image: new Blob([]) }),
      ).rejects.toThrow(/memory only/);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
