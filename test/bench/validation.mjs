// The worst GraphQL documents we can build, and how long the server takes to accept or refuse each
// (issue 8, "query guards that cost nothing to run"). Prints figures; asserts nothing.
//
//   npm run build -w server && node test/bench/validation.mjs
//   node test/bench/validation.mjs --dist <other>/server/dist --timeout 60 --no-http   # e.g. main's build
//
// Part 1 (in process, against the real schema of the chosen build): parse with the server's parse
// options, validate with graphql's rules plus the server's, then the server's pre-execution check
// (the cost with the request's variables) — what Apollo does before executing. Each document runs in
// a worker thread that is stopped after --timeout seconds (default 30), so a document that would
// stall the old rules for minutes prints "> 30 s" instead.
// Part 2 (--no-http skips it): the real server over HTTP on an embedded database: each document is
// POSTed while /healthz is probed every 5 ms; prints the status, code and reason of the answer, its
// time, and the slowest /healthz answer meanwhile.
import "./production.mjs";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;
/** "1 MB" documents: as large as fits in the server's 1 MB JSON body with the JSON around them. */
const BODY = MB - 4096;

/** Repeats `unit(i)` until the text would pass `bytes`. */
function fill(bytes, unit) {
  const parts = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (size + u.length > bytes) break;
    parts.push(u);
    size += u.length;
  }
  return parts;
}

/** Fragment F0 on Query, then F1…Fn each spreading the previous one `times` times; the query spreads Fn. */
function fragmentBomb(n, times) {
  const defs = ["fragment F0 on Query { agreementYears }"];
  for (let i = 1; i <= n; i++)
    defs.push(
      `fragment F${i} on Query { ${Array(times)
        .fill(`...F${i - 1}`)
        .join(" ")} }`,
    );
  return `query Bomb { ...F${n} }\n${defs.join("\n")}`;
}

/** The largest fragment bomb with `fragments` fragments that stays under `bytes`. */
function fragmentBombOfSize(bytes, fragments) {
  let times = 2;
  while (fragmentBomb(fragments, times + 1).length <= bytes) times = Math.ceil(times * 1.2);
  while (fragmentBomb(fragments, times).length > bytes) times--;
  return fragmentBomb(fragments, times);
}

/** The web app's largest operation (most tokens), printed from its generated documents. */
function largestWebOperation(graphql) {
  const src = fs.readFileSync(path.join(here, "../../web/src/gql/graphql.ts"), "utf8");
  let best = null;
  for (const m of src.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    const text = graphql.print(JSON.parse(m[2]));
    const lexer = new graphql.Lexer(new graphql.Source(text));
    let tokens = 0;
    while (lexer.advance().kind !== graphql.TokenKind.EOF) tokens++;
    if (!best || tokens > best.tokens) best = { name: m[1], text, tokens };
  }
  return best;
}

function documents(graphql, maxTokens) {
  const tokens = (text) => {
    const lexer = new graphql.Lexer(new graphql.Source(text));
    let n = 0;
    while (lexer.advance().kind !== graphql.TokenKind.EOF) n++;
    return n;
  };
  /** The largest n for which `build(n)` stays inside the token limit: the worst a guard after the parser sees. */
  const withinTokens = (build) => {
    let lo = 1;
    let hi = maxTokens;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (tokens(build(mid)) <= maxTokens) lo = mid;
      else hi = mid - 1;
    }
    return build(lo);
  };
  const web = largestWebOperation(graphql);
  const nest = (levels) => `{ regions { nodes { ${"parent { ".repeat(levels)}id${" }".repeat(levels)} } } }`;
  const aliases = (n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: agreementYears`).join(" ")} }`;
  const operations = (n) => Array.from({ length: n }, (_, i) => `query Q${i} { agreementYears }`).join("\n");
  const progress = "nodes { progress(year: 2020) { indicator target delivered reported recorded ratio } }";
  /** `fragments` fragments of `fields` identical fields, all spread in one selection set: graphql's field-merging rule compares every pair. */
  const overlapping = (fragments, fields) =>
    [
      `{ ${Array.from({ length: fragments }, (_, i) => `...O${i}`).join(" ")} }`,
      ...Array.from({ length: fragments }, (_, i) => `fragment O${i} on Query { ${"agreementYears ".repeat(fields)}}`),
    ].join("\n");
  return [
    {
      name: `web app's largest operation (${web.name}, ${web.tokens} tokens)`,
      text: web.text,
      variables: { first: 100, year: 2020, id: "00000000-0000-0000-0000-000000000000" },
    },
    { name: "fragment bomb: 40 fragments, each spreads the previous twice", text: fragmentBomb(40, 2) },
    { name: "fragment bomb: 25 fragments, each spreads the previous 3 times", text: fragmentBomb(25, 3) },
    { name: "fragment bomb: 90 fragments, each spreads the previous twice", text: fragmentBomb(90, 2) },
    {
      name: "fragment bomb: 1 MB (2000 fragments, each spreads the previous n times)",
      text: fragmentBombOfSize(BODY, 2000),
    },
    {
      name: "alias flood: 1 MB of a<i>: agreementYears",
      text: `{ ${fill(BODY, (i) => `a${i}: agreementYears `).join("")}}`,
    },
    { name: "alias flood: as many aliases as the token limit allows", text: withinTokens(aliases) },
    {
      name: "same field repeated, no alias: as many as the token limit allows",
      text: withinTokens((n) => `{ ${"agreementYears ".repeat(n)}}`),
    },
    { name: "30 fragments of 60 identical fields spread together", text: overlapping(30, 60) },
    { name: "token flood: 1 MB of one field repeated", text: `{ ${"agreementYears ".repeat(Math.floor(BODY / 15))}}` },
    { name: "token flood: 1 MB of commas around one field", text: `{ agreementYears ${",".repeat(BODY - 30)} }` },
    { name: "deep nesting: 1 MB of parent { … }", text: nest(Math.floor((BODY - 40) / 11)) },
    { name: "deep nesting: as deep as the token limit allows", text: withinTokens(nest) },
    {
      name: "directive spam: 1 MB of @include(if: true) on one field",
      text: `{ agreementYears ${"@include(if: true) ".repeat(Math.floor((BODY - 30) / 19))}}`,
    },
    {
      name: "directive spam: @include on one field, as many as the token limit allows",
      text: withinTokens((n) => `{ agreementYears ${"@include(if: true) ".repeat(n)}}`),
    },
    {
      name: "@include and @skip on every field, as many fields as the token limit allows",
      text: withinTokens((n) => `{ ${"agreementYears @include(if: true) @skip(if: false) ".repeat(n)}}`),
    },
    {
      name: "many operations: 1 MB of query Q<i> { agreementYears }",
      text: fill(BODY, (i) => `query Q${i} { agreementYears } `).join(""),
    },
    { name: "many operations: as many as the token limit allows", text: withinTokens(operations) },
    {
      name: "50 operations × a chain of 49 fragments",
      text: [
        ...Array.from({ length: 50 }, (_, i) => `query Q${i} { ...F48 }`),
        "fragment F0 on Query { agreementYears }",
        ...Array.from({ length: 48 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} agreementYears }`),
      ].join("\n"),
      operationName: "Q0",
    },
    {
      name: "a 1 MB string argument",
      text: `{ pairings(filter: { search: "${"x".repeat(BODY - 80)}" }) { totalCount } }`,
    },
    {
      name: "cost: 30 aliases of pairings(first: 100) with progress",
      text: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: pairings(first: 100) { ${progress} }`).join(" ")} }`,
    },
    {
      name: "cost: the same with first: $n, n = 100 (known only with the variables)",
      text: `query($n: Int!) { ${Array.from({ length: 30 }, (_, i) => `a${i}: pairings(first: $n) { ${progress} }`).join(" ")} }`,
      variables: { n: 100 },
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Worker: loads the chosen build, builds its schema, then times each document it is given.
if (!isMainThread) {
  const { dist, docs, start } = workerData;
  const require = createRequire(path.join(dist, "app.js"));
  require("reflect-metadata");
  const graphql = require("graphql");
  const { createSchema } = require(path.join(dist, "shared/schema.js"));
  const { resolvers } = require(path.join(dist, "modules/index.js"));
  const { loadConfig } = require(path.join(dist, "config.js"));
  const limitsModule = require(path.join(dist, "shared/limits.js"));
  const config = loadConfig({ NODE_ENV: "test" });
  // Wired as app.ts wires them: the current build has queryGuards, main's had depthLimit + costLimit.
  let parseOptions = {};
  let rules;
  let plugin;
  if (limitsModule.queryGuards) {
    const limits = {
      maxDepth: config.maxQueryDepth,
      maxCost: config.maxQueryCost,
      maxAliases: config.maxQueryAliases,
      maxTokens: config.maxQueryTokens,
    };
    parseOptions = limitsModule.parseOptions(limits);
    rules = [limitsModule.queryGuards(limits)];
    plugin = limitsModule.queryGuardsPlugin(limits, false);
  } else {
    rules = [limitsModule.depthLimit(config.maxQueryDepth)];
    plugin = limitsModule.costLimit(config.maxQueryCost);
  }
  const schema = await createSchema(resolvers);
  const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
  /** One pass through what Apollo does before execution; times in ms per phase. */
  async function once({ text, variables }) {
    const r = {};
    let t = process.hrtime.bigint();
    let document;
    try {
      document = graphql.parse(text, parseOptions);
      r.parse = ms(t);
    } catch (e) {
      r.parse = ms(t);
      r.outcome = `parse: ${e.message.slice(0, 70)}`;
      return r;
    }
    t = process.hrtime.bigint();
    const errors = graphql.validate(schema, document, [...graphql.specifiedRules, ...rules]);
    r.validate = ms(t);
    if (errors.length) {
      r.outcome = `${errors.length} error(s): ${[...new Set(errors.map((e) => e.extensions?.reason ?? e.message.slice(0, 50)))].slice(0, 2).join("; ")}`;
      return r;
    }
    t = process.hrtime.bigint();
    try {
      const operation =
        graphql.getOperationAST(document, null) ?? document.definitions.find((d) => d.kind === "OperationDefinition");
      const hooks = await plugin.requestDidStart({});
      await hooks.didResolveOperation({ request: { variables: variables ?? {} }, document, schema, operation });
      r.outcome = "accepted";
    } catch (e) {
      r.outcome = `refused before execution: ${e.extensions?.reason ?? e.message.slice(0, 50)}`;
    }
    r.cost = ms(t);
    return r;
  }
  const median = (xs) => (xs.includes(undefined) ? undefined : xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  for (let i = start; i < docs.length; i++) {
    parentPort.postMessage({ i, started: true });
    const runs = [await once(docs[i])];
    // Fast documents run five times (median): the first run also pays for JIT warm-up.
    const total = (r) => (r.parse ?? 0) + (r.validate ?? 0) + (r.cost ?? 0);
    while (runs.length < 5 && total(runs[0]) < 1000) runs.push(await once(docs[i]));
    const r = { i, outcome: runs[0].outcome, runs: runs.length };
    for (const k of ["parse", "validate", "cost"]) r[k] = median(runs.map((x) => x[k]));
    parentPort.postMessage(r);
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------
// Main thread.
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const dist = path.resolve(option("--dist", path.join(here, "../../server/dist")));
const timeoutMs = Number(option("--timeout", 30)) * 1000;
const require = createRequire(path.join(dist, "app.js"));
const graphql = require("graphql");
const { loadConfig } = require(path.join(dist, "config.js"));
// main's build had no token limit: its documents are sized for today's default.
const maxTokens = loadConfig({ NODE_ENV: "test" }).maxQueryTokens ?? 3000;
const docs = documents(graphql, maxTokens);

console.log(
  `build: ${dist}; node ${process.version}; token limit ${maxTokens}; timeout per document ${timeoutMs / 1000} s`,
);
const fmt = (v) => (v === undefined ? "" : v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);
const kb = (n) => (n >= MB * 0.9 ? `${(n / MB).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`);
const results = [];

/** Runs the documents from `start` in one worker; a document past the timeout stops the worker and the next worker goes on. */
async function runFrom(start) {
  return new Promise((resolve) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { dist, docs, start } });
    let timer = null;
    let current = start;
    let next = docs.length; // where the next worker starts: past the end unless one is stopped
    worker.on("message", (m) => {
      if (m.started) {
        current = m.i;
        clearTimeout(timer);
        timer = setTimeout(() => {
          results[current] = { i: current, outcome: `still running after ${timeoutMs / 1000} s: stopped` };
          next = current + 1;
          void worker.terminate();
        }, timeoutMs);
        return;
      }
      clearTimeout(timer);
      results[m.i] = m;
    });
    worker.on("error", (e) => {
      results[current] = { i: current, outcome: `worker failed: ${e.message.slice(0, 60)}` };
      next = current + 1;
    });
    worker.on("exit", () => {
      clearTimeout(timer);
      resolve(next);
    });
  });
}
for (let next = 0; next < docs.length;) next = await runFrom(next);

console.log("\nparse + validate + pre-execution cost check, in process:");
console.log(`| document | size | parse | validate | cost check | outcome |\n|---|---|---|---|---|---|`);
for (const [i, d] of docs.entries()) {
  const r = results[i] ?? {};
  console.log(
    `| ${d.name} | ${kb(d.text.length)} | ${fmt(r.parse)} | ${fmt(r.validate)} | ${fmt(r.cost)} | ${r.outcome ?? "?"} |`,
  );
}

if (!args.includes("--no-http")) {
  require("reflect-metadata");
  const { createApp } = require(path.join(dist, "app.js"));
  const app = await createApp({
    ...loadConfig({ NODE_ENV: "test" }),
    host: "127.0.0.1",
    port: 0,
    databaseUrl: null,
    dataDir: "memory",
    seedDemo: false,
  });
  const url = await app.listen();
  // Warm up (JIT, Apollo's caches) so the first document's figure is not the server's first request.
  for (let i = 0; i < 20; i++)
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: docs[0].text, variables: docs[0].variables }),
    });
  console.log("\nover HTTP (the real server, embedded database), /healthz probed every 5 ms meanwhile:");
  console.log(`| document | status | code / reason | answer | slowest /healthz |\n|---|---|---|---|---|`);
  for (const d of docs) {
    let probing = true;
    let slowest = 0;
    const probe = (async () => {
      while (probing) {
        const t = performance.now();
        await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
        slowest = Math.max(slowest, performance.now() - t);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await new Promise((r) => setTimeout(r, 20));
    const t = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: d.text, variables: d.variables, operationName: d.operationName }),
      signal: AbortSignal.timeout(timeoutMs),
    }).catch((e) => ({ status: `no answer (${e.name})`, json: async () => ({}) }));
    const body = await res.json().catch(() => ({}));
    const took = performance.now() - t;
    probing = false;
    await probe;
    const e = body.errors?.[0]?.extensions ?? {};
    console.log(
      `| ${d.name} | ${res.status} | ${e.code ?? (body.errors ? "?" : "data")}${e.reason ? ` ${e.reason}` : ""} | ${fmt(took)} | ${fmt(slowest)} |`,
    );
  }
  await app.close();
}
process.exit(0);
