// `npm start` times (issue 14): from `node scripts/start.mjs` to /readyz answering ready, on the embedded
// default with a new data folder. First with no builds at all (server/dist and web/dist removed, as after
// a fresh `npm ci`), then again with nothing changed (builds skipped, the data folder reopened).
// Run: `node test/bench/start.mjs` (REMOVES server/dist and web/dist, then builds them again).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "xiezuo-start-"));

async function timedStart(label) {
  const t = Date.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`start exited ${child.exitCode}:\n${out}`);
      const ready = await fetch(`http://127.0.0.1:${PORT}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const builds = out.split("\n").filter((l) => /^(server|web): /.test(l));
    console.log(`${label}: ready in ${((Date.now() - t) / 1000).toFixed(1)} s (${builds.join("; ")})`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

rmSync(path.join(ROOT, "server/dist"), { recursive: true, force: true });
rmSync(path.join(ROOT, "web/dist"), { recursive: true, force: true });
try {
  await timedStart("first start (no builds, new data folder)");
  await timedStart("second start (nothing changed)");
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
