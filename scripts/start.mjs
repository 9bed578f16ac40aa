// `npm start`: builds what changed since the last build, then runs the server (node server/dist/main.js).
// Each build leaves a stamp in its output (a hash of its inputs' paths, sizes and contents); when the
// inputs hash the same, it is skipped. The server's tsc also keeps its incremental build info in
// server/dist. No type check of the web app here (`npm run build` and CI do it): the bundle is the same.
//   XIEZUO_REBUILD=1 builds both whatever the stamps say.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

/** A hash of every file under the given paths (folders walked; node_modules and dist left out). */
function hashOf(inputs) {
  const h = createHash("sha256");
  const add = (p) => {
    if (!existsSync(p)) return h.update(`missing ${p}\n`);
    if (statSync(p).isDirectory()) {
      for (const e of readdirSync(p).sort()) if (e !== "node_modules" && e !== "dist") add(path.join(p, e));
      return;
    }
    h.update(`${path.relative(ROOT, p)}\n`).update(readFileSync(p));
  };
  for (const i of inputs) add(path.join(ROOT, i));
  return h.digest("hex");
}

/** Runs a build; resolves when it succeeded (a failed build ends the start with its exit code). */
function run(label, command, args, cwd = ROOT) {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: "inherit" });
    child.on("exit", (code) => {
      if (code !== 0) process.exit(code ?? 1);
      console.log(`${label}: built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      resolve();
    });
  });
}

const LOCK = ["package-lock.json", "tsconfig.json"];
const builds = [
  {
    label: "server",
    stamp: "server/dist/.build-stamp",
    output: "server/dist/main.js",
    inputs: [...LOCK, "server/src", "server/tsconfig.json", "server/package.json"],
    build: () =>
      run("server", bin("tsc"), [
        "-p",
        "server/tsconfig.json",
        "--incremental",
        "--tsBuildInfoFile",
        "server/dist/.tsbuildinfo",
      ]),
  },
  {
    label: "web",
    stamp: "web/dist/.build-stamp",
    output: "web/dist/index.html",
    inputs: [
      ...LOCK,
      "web/src",
      "web/public",
      "web/index.html",
      "web/vite.config.mts",
      "web/tsconfig.json",
      "web/package.json",
    ],
    build: () => run("web", bin("vite"), ["build"], path.join(ROOT, "web")),
  },
];

const force = /^(1|true|yes)$/i.test(process.env.XIEZUO_REBUILD ?? "");
// Both at once when both changed: tsc is one thread, vite uses the others.
await Promise.all(
  builds.map(async (b) => {
    const want = hashOf(b.inputs);
    const stamp = path.join(ROOT, b.stamp);
    const have = existsSync(stamp) && existsSync(path.join(ROOT, b.output)) ? readFileSync(stamp, "utf8").trim() : null;
    if (!force && have === want) return console.log(`${b.label}: unchanged since the last build, not rebuilt`);
    await b.build();
    writeFileSync(stamp, `${want}\n`);
  }),
);

// The server in this very process (no child to lose to a signal): main.js owns SIGTERM/SIGINT.
const require = createRequire(import.meta.url);
require(path.join(ROOT, "server/dist/main.js"));
