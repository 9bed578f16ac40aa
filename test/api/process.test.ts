import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startBuiltServer } from "./harness";

const root = path.resolve(__dirname, "../..");
const main = path.join(root, "server/dist/main.js");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "xiezuo-process-"));

/** Starts the built server as `npm start` does (embedded database in `dataDir`) and waits for its URL. */
const start = () => startBuiltServer({ DATA_DIR: dataDir, LOG_LEVEL: "info" });

const exited = (child: ChildProcess) => new Promise<number | null>((r) => child.on("exit", (code) => r(code)));

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(!fs.existsSync(main))("the built server (npm start)", () => {
  it("seeds an empty embedded database once, keeps data across restarts, and stops cleanly on SIGTERM", async () => {
    const first = await start();
    expect(first.output()).toContain("演示账号 Demo logins");
    const login = await fetch(`${first.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { login(input: { username: "jiaozhou", password: "xiezuo2026" }) { token } }`,
      }),
    }).then((r) => r.json());
    const token = login.data.login.token as string;
    first.child.kill("SIGTERM");
    expect(await exited(first.child), first.output()).toBe(0);
    expect(first.output()).toContain("database closed");
    // No password or token in anything the server printed.
    expect(first.output()).not.toContain(token);

    const second = await start();
    expect(second.output()).not.toContain("演示账号 Demo logins");
    const me = await fetch(`${second.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ me { username } pairings { totalCount } }` }),
    }).then((r) => r.json());
    expect(me.data).toEqual({ me: { username: "jiaozhou" }, pairings: { totalCount: 7 } });
    second.child.kill("SIGTERM");
    expect(await exited(second.child), second.output()).toBe(0);
  }, 180_000);

  it("refuses to start in production without TOKEN_SECRET", async () => {
    const child = spawn(process.execPath, [main], {
      cwd: root,
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: "postgres://x@127.0.0.1:1/x" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr!.on("data", (b) => (err += b));
    expect(await exited(child)).toBe(2);
    expect(err).toMatch(/TOKEN_SECRET/);
  });
});
