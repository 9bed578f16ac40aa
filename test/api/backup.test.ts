import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkData } from "../../server/src/tools/data-checks";
import { createTestDatabase, startTestServer, type TestServer } from "./harness";
import { CANCEL, CONFIRM, key, PLACE, reconcile } from "./consumption-fixtures";

/**
 * Backup and restore (docs/operations.md), as an operator runs them: `npm run backup` while the demo
 * buyer keeps placing orders (and counties confirm or cancel them), `npm run restore` into a NEW
 * database, a server started on it, and the invariants checked there: orders and lines add up, each
 * quota counter equals its counted lines, the ledger equals what the orders say, and for every
 * product stock + what live sub-orders hold is what it was before the run. Every order acknowledged
 * before the backup began is in the copy. On PostgreSQL (pg_dump -Fc / pg_restore) or on the
 * embedded default (PGlite's own dump through the running server), whichever this run is on.
 */
const onPostgres = !!process.env.TEST_DATABASE_URL;
const root = path.resolve(__dirname, "../..");
const tools = path.join(root, "server/dist/tools");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-backup-"));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
});

/** Runs one of the built tools (`npm run backup` / `restore`) and collects its output. */
function tool(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; ms: number }> {
  const started = Date.now();
  const pgBin = fs.existsSync("/usr/lib/postgresql/15/bin/pg_dump") ? { PG_BIN: "/usr/lib/postgresql/15/bin" } : {};
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(tools, `${name}.js`), ...args], {
      cwd: work,
      env: { PATH: process.env.PATH, ...pgBin, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (out += b));
    child.on("exit", (code) => resolve({ code, out, ms: Date.now() - started }));
  });
}

const rnd = (n: number) => Math.floor(Math.random() * n);

/** Products of our own with known stock, from two partner counties (two officials confirm). */
async function makeProducts(s: TestServer, t: Record<string, string>) {
  const cert = {
    certificateNo: "BACKUP-CERT",
    certificateAuthority: "测试",
    certificateValidFrom: "2020-01-01",
    certificateValidTo: "2099-12-31",
  };
  const products: { id: string; county: string }[] = [];
  for (const [official, supplier, name, price] of [
    ["zhenning", "镇宁布依族苗族自治县蜂之源养殖专业合作社", "备份测试蜂蜜", "12.34"],
    ["huixian", "徽县嘉陵江食用菌专业合作社", "备份测试香菇", "7.77"],
  ]) {
    const [{ id: supplierId }] = await s.sql(`SELECT id FROM supplier WHERE name = $1`, [supplier]);
    const r = await s.gql(
      `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
      { i: { supplierId, name, category: "测试", spec: "1件", unit: "件", price, stock: 100_000, ...cert } },
      t[official],
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    products.push({ id: r.data.createProduct.id, county: official });
  }
  return products;
}

/** stock + what live (not cancelled) sub-orders hold, per product: constant while only orders change stock. */
const stockLedger = async (s: TestServer) =>
  Object.fromEntries(
    (
      await s.sql(`
    SELECT p.id, p.stock + COALESCE((SELECT SUM(l.quantity) FROM order_line l JOIN sub_order sub ON sub.id = l.sub_order_id
                                     WHERE l.product_id = p.id AND sub.status <> 'CANCELLED'), 0)::int AS total
      FROM product p ORDER BY p.id`)
    ).map((r) => [r.id, Number(r.total)]),
  );

/**
 * The buyer's clients place, and the counties confirm or cancel, until `stop()`; returns the ids of
 * orders acknowledged, each with the time the answer came.
 */
function placeOrders(
  s: TestServer,
  t: Record<string, string>,
  products: { id: string; county: string }[],
  clients: number,
) {
  let running = true;
  const acknowledged: { id: string; at: number }[] = [];
  const unexpected: unknown[] = [];
  const tally = { placed: 0, confirmed: 0, cancelled: 0, unavailable: 0 };
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const lines = products.filter(() => rnd(2) === 0).map((p) => ({ productId: p.id, quantity: 1 + rnd(3) }));
      if (!lines.length) lines.push({ productId: products[0].id, quantity: 1 });
      const r = await s.gql(PLACE, { i: { idempotencyKey: key(), channel: "ONLINE", lines } }, t.buyer);
      const code = r.errors?.[0]?.extensions?.code;
      if (code === "SERVICE_UNAVAILABLE") {
        tally.unavailable++; // not acknowledged: a client retries; allowed while the backup holds the database
        continue;
      }
      const order = r.data?.placeOrder;
      if (r.errors || order?.__typename !== "Order") {
        unexpected.push(r.errors ?? order);
        continue;
      }
      acknowledged.push({ id: order.id, at: Date.now() });
      tally.placed++;
      for (const sub of order.subOrders as { id: string; county: { code: string } }[]) {
        const official = sub.county.code === "520423" ? t.zhenning : t.huixian;
        const step = rnd(3);
        if (step === 0) {
          const c = await s.gql(CONFIRM, { i: { subOrderId: sub.id } }, official);
          const done = c.data?.confirmSubOrder;
          if (done?.__typename === "SubOrder" && done.status === "CONFIRMED") tally.confirmed++;
        } else if (step === 1) {
          const c = await s.gql(CANCEL, { i: { subOrderId: sub.id } }, t.buyer);
          const done = c.data?.cancelSubOrder;
          if (done?.__typename === "SubOrder" && done.status === "CANCELLED") tally.cancelled++;
        }
      }
    }
  });
  return {
    acknowledged,
    unexpected,
    tally,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** A new, empty PostgreSQL database (dropped after the file) to restore into. */
async function newPostgresDatabase(): Promise<string> {
  const db = await createTestDatabase({ prefix: "xiezuo_restore" });
  cleanups.push(db.drop);
  return db.url;
}

/** Everything a restored database must satisfy, checked on a server started on it. */
async function checkRestored(r: TestServer, ackedBeforeBackup: string[], stockBefore: Record<string, number>) {
  // The server starts on it and answers: the buyer signs in and can place an order.
  const buyer = await r.login("buyer");
  expect(await reconcile(r)).toEqual({ counters: [], ledger: [], negativeStock: [], summaries: [] });
  const check = await checkData((sql) => r.sql(sql));
  expect(check.problems).toEqual({});
  expect(check.migrations).toBeGreaterThan(0);
  // Every order acknowledged before the backup began is in the copy.
  const present = new Set(
    (await r.sql(`SELECT id FROM purchase_order WHERE id = ANY($1::uuid[])`, [ackedBeforeBackup])).map((x) => x.id),
  );
  expect(ackedBeforeBackup.filter((id) => !present.has(id))).toEqual([]);
  // stock + sold (held by live sub-orders) = the stock before the run, for every product.
  expect(await stockLedger(r)).toEqual(stockBefore);
  const [p] = await r.sql(`SELECT id FROM product WHERE name = '备份测试蜂蜜'`);
  const again = await r.gql(
    PLACE,
    { i: { idempotencyKey: key(), channel: "ONLINE", lines: [{ productId: p.id, quantity: 1 }] } },
    buyer,
  );
  expect(again.data?.placeOrder?.__typename).toBe("Order");
  return check;
}

// The tools run as built (`npm test` builds first); a missing build fails here rather than skipping.
describe("backup and restore while orders are being placed", () => {
  it.skipIf(!onPostgres)(
    "PostgreSQL: pg_dump -Fc during the orders, pg_restore into a new database, a server on it, invariants hold",
    async () => {
      const s = await startTestServer({ dbPoolSize: 8 });
      cleanups.push(() => s.close());
      const t: Record<string, string> = {};
      for (const u of ["buyer", "zhenning", "huixian"]) t[u] = await s.login(u);
      const products = await makeProducts(s, t);
      const stockBefore = await stockLedger(s);

      const load = placeOrders(s, t, products, 6);
      await new Promise((r) => setTimeout(r, 1500));
      const backupStarted = Date.now();
      const ackedBefore = load.acknowledged.filter((a) => a.at < backupStarted).map((a) => a.id);
      const dump = path.join(work, "pg.dump");
      const backup = await tool("backup", ["--out", dump], { DATABASE_URL: s.app.config.databaseUrl! });
      await new Promise((r) => setTimeout(r, 500));
      await load.stop();
      expect(backup.code, backup.out).toBe(0);
      expect(load.unexpected).toEqual([]);
      expect(ackedBefore.length).toBeGreaterThan(0);
      expect(load.tally.placed).toBeGreaterThan(ackedBefore.length); // orders went on during the dump
      expect(fs.statSync(dump).mode & 0o077).toBe(0);

      // A new, empty database; restore there (never over the live one).
      const url = await newPostgresDatabase();
      const restore = await tool("restore", [dump], { DATABASE_URL: url.toString() });
      expect(restore.code, restore.out).toBe(0);
      expect(restore.out).toContain("✓ quotaCounters");
      // Restoring again over it is refused: it never overwrites.
      const twice = await tool("restore", [dump], { DATABASE_URL: url.toString() });
      expect(twice.code).not.toBe(0);
      expect(twice.out).toMatch(/new, empty database/);

      const r = await startTestServer({ databaseUrl: url.toString(), seedDemo: false, dbPoolSize: 2 });
      cleanups.push(() => r.close());
      await checkRestored(r, ackedBefore, stockBefore);
      console.log(
        `[backup figures] PostgreSQL: pg_dump ${backup.ms} ms, ${fs.statSync(dump).size} bytes; pg_restore+check ${restore.ms} ms; ` +
          `orders placed during the run ${load.tally.placed} (${ackedBefore.length} before the dump began)`,
      );
    },
    300_000,
  );

  /**
   * The embedded default, with the running server taking the copy. In the embedded stage: PGlite's
   * data folder (`npm run backup`) restored into a new folder. In the PostgreSQL stage: the SQL dump
   * (`npm run backup -- --sql`) restored into a new PostgreSQL database, the way to move off the default.
   */
  it(
    onPostgres
      ? "embedded → PostgreSQL: npm run backup -- --sql from the running embedded server during the orders, restored into a new PostgreSQL database, a server on it, invariants hold"
      : "embedded: npm run backup from the running server during the orders, npm run restore into a new folder, a server on it, invariants hold",
    async () => {
      const dataDir = path.join(work, "pglite");
      const s = await startTestServer({ databaseUrl: null, dataDir, seedDemo: true });
      cleanups.push(() => s.close());
      const t: Record<string, string> = {};
      for (const u of ["buyer", "zhenning", "huixian"]) t[u] = await s.login(u);
      const products = await makeProducts(s, t);
      const stockBefore = await stockLedger(s);

      const load = placeOrders(s, t, products, 4);
      await new Promise((r) => setTimeout(r, 1500));
      const backupStarted = Date.now();
      const ackedBefore = load.acknowledged.filter((a) => a.at < backupStarted).map((a) => a.id);
      const file = path.join(work, onPostgres ? "embedded.sql" : "embedded.tar.gz");
      const backup = await tool("backup", [...(onPostgres ? ["--sql"] : []), "--out", file], { DATA_DIR: dataDir });
      await new Promise((r) => setTimeout(r, 500));
      await load.stop();
      expect(backup.code, backup.out).toBe(0);
      expect(backup.out).toContain("online, from the running server");
      expect(load.unexpected).toEqual([]);
      expect(ackedBefore.length).toBeGreaterThan(0);
      expect(load.tally.placed).toBeGreaterThan(ackedBefore.length);
      expect(fs.statSync(file).mode & 0o077).toBe(0);
      // The dump changed session settings on PGlite's one session (pg_dump sets search_path = ''): the server still works.
      await s.login("buyer");

      let restore: Awaited<ReturnType<typeof tool>>;
      let r: TestServer;
      if (onPostgres) {
        const url = await newPostgresDatabase();
        restore = await tool("restore", [file], { DATABASE_URL: url });
        expect(restore.code, restore.out).toBe(0);
        r = await startTestServer({ databaseUrl: url, seedDemo: false, dbPoolSize: 2 });
      } else {
        const restoredDir = path.join(work, "restored");
        restore = await tool("restore", [file, "--data-dir", restoredDir], {});
        expect(restore.code, restore.out).toBe(0);
        const twice = await tool("restore", [file, "--data-dir", restoredDir], {});
        expect(twice.code).not.toBe(0);
        expect(twice.out).toMatch(/not empty/);
        r = await startTestServer({ databaseUrl: null, dataDir: restoredDir, seedDemo: false });
      }
      cleanups.push(() => r.close());
      expect(restore.out).toContain("✓ quotaCounters");
      await checkRestored(r, ackedBefore, stockBefore);
      console.log(
        `[backup figures] embedded${onPostgres ? " → SQL → PostgreSQL" : ""}: npm run backup ${backup.ms} ms (${backup.out.trim()}), ${fs.statSync(file).size} bytes; ` +
          `restore+check ${restore.ms} ms; orders placed during the run ${load.tally.placed} (${ackedBefore.length} before the backup began)`,
      );
    },
    300_000,
  );
});
