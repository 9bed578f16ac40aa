import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { clusterRoot, copyDatabase, pgBinDir, startPrimary, startStandby, type PrivateCluster } from "./scaleout-tools";

/**
 * Boards read a streaming replica (DATABASE_READ_URL, docs/scaling.md). The test makes a primary of
 * its own in a temporary directory (never the machine's cluster), loads the run's seeded template
 * into it, `pg_basebackup -R`s a standby and starts the server on both. With WAL replay paused on
 * the standby, a figure written through the API is on the primary but not on the board another user
 * reads (the board reads the standby), while the writer reads its own write (read-your-writes);
 * replay resumed, the board shows it. With the standby stopped, every board answers
 * SERVICE_UNAVAILABLE while sign-in, `me` and writes go on: writes never touch the standby.
 * PostgreSQL only.
 */
const bin = pgBinDir();
const template = inject("templateDatabase");
const ready = !!(bin && template && process.env.TEST_DATABASE_URL);
if (!ready) console.warn("\n  ⚠ no PostgreSQL binaries or no PostgreSQL template: replica.test.ts is skipped\n");

const YEAR = 2020;
const BOARDS = {
  progressSummary: `query($y: Int!) { progressSummary(year: $y) { indicator delivered } }`,
  quotaBoard: `query($y: Int!) { quotaBoard(year: $y) { counted buyers { nodes { counted } } } }`,
  pipelineBoard: `query($y: Int!) { pipelineBoard(year: $y) { stages { stage projects } } }`,
  fundsInPlaceSeries: `query($y: Int!) { fundsInPlaceSeries(year: $y) { month amount } }`,
  labourRetention: `query($y: Int!) { labourRetention(year: $y) { placed } }`,
};
const RECORD = `mutation($i: RecordReportedFigureInput!) { recordReportedFigure(input: $i) { id } }`;

let root: string;
let primary: PrivateCluster | null = null;
let standby: PrivateCluster | null = null;
let s: TestServer;
const t: Record<string, string> = {};
let pairingId: string;

async function onStandby<T = any>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: standby!.url("xiezuo") });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  if (!ready) return;
  root = clusterRoot();
  primary = await startPrimary(bin!, root);
  const admin = new pg.Client({ connectionString: primary.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE xiezuo");
  await admin.end();
  const source = new URL(process.env.TEST_DATABASE_URL!);
  source.pathname = `/${template}`;
  copyDatabase(bin!, source.toString(), primary.url("xiezuo"));
  standby = await startStandby(bin!, root, primary);
  s = await startTestServer({ databaseUrl: primary.url("xiezuo"), databaseReadUrl: standby.url("xiezuo") });
  for (const u of ["qingdao", "jiaozhou"]) t[u] = await s.login(u);
  [{ id: pairingId }] = await s.sql(
    `SELECT p.id FROM pairing p JOIN region w ON w.id = p.west_region_id JOIN region e ON e.id = p.east_region_id
      WHERE w.code = '520423' AND e.code = '370281'`,
  );
}, 240_000);

afterAll(async () => {
  await s?.close();
  for (const c of [standby, primary]) {
    try {
      c?.stop();
    } catch {
      // already stopped
    }
  }
  if (root) fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

const delivered = async (token: string, indicator = "LABOURERS_PLACED") => {
  const r = await s.gql(BOARDS.progressSummary, { y: YEAR }, token);
  expect(r.errors).toBeUndefined();
  return Number(r.data.progressSummary.find((p: { indicator: string }) => p.indicator === indicator).delivered);
};

describe.skipIf(!ready)("boards on a streaming replica", () => {
  it("every board answers from the standby", async () => {
    expect(await onStandby(`SELECT pg_is_in_recovery() AS r`)).toEqual([{ r: true }]);
    for (const [name, query] of Object.entries(BOARDS)) {
      const r = await s.gql(query, { y: YEAR }, t.qingdao);
      expect(r.errors, name).toBeUndefined();
    }
  });

  it("with replay paused, another user's board does not see a new figure until it replays; the writer reads its own", async () => {
    const before = await delivered(t.qingdao);
    const mineBefore = await delivered(t.jiaozhou);
    await onStandby(`SELECT pg_wal_replay_pause()`);
    try {
      const w = await s.gql(
        RECORD,
        {
          i: {
            pairingId,
            indicator: "LABOURERS_PLACED",
            amount: "25",
            occurredOn: `${YEAR}-07-01`,
            sourceDocument: "胶协办〔2020〕12号",
          },
        },
        t.jiaozhou,
      );
      expect(w.errors).toBeUndefined(); // a standby refuses writes: this one went to the primary
      const [{ n }] = await s.sql(`SELECT count(*)::int AS n FROM ledger_entry WHERE id = $1`, [
        w.data.recordReportedFigure.id,
      ]);
      expect(n).toBe(1);
      expect(await delivered(t.qingdao)).toBe(before); // read on the paused standby
      expect(await delivered(t.jiaozhou)).toBe(mineBefore + 25); // just wrote: reads the primary
    } finally {
      await onStandby(`SELECT pg_wal_replay_resume()`);
    }
    let now = before;
    for (let i = 0; i < 50 && now === before; i++) {
      await new Promise((r) => setTimeout(r, 100));
      now = await delivered(t.qingdao);
    }
    expect(now).toBe(before + 25);
  });

  it("with the standby down, boards answer SERVICE_UNAVAILABLE while sign-in, me and writes go on", async () => {
    standby!.stop();
    for (const [name, query] of Object.entries(BOARDS)) {
      const r = await s.gql(query, { y: YEAR }, t.qingdao);
      expect(codeOf(r), name).toBe("SERVICE_UNAVAILABLE");
    }
    const me = await s.gql(`{ me { username } }`, {}, t.qingdao);
    expect(me.data.me.username).toBe("qingdao");
    expect(await s.login("zhenning")).toBeTruthy();
    const w = await s.gql(
      RECORD,
      {
        i: {
          pairingId,
          indicator: "LABOURERS_PLACED",
          amount: "3",
          occurredOn: `${YEAR}-08-01`,
          sourceDocument: "胶协办〔2020〕13号",
        },
      },
      t.jiaozhou,
    );
    expect(w.errors).toBeUndefined();
  });
});
