// The buyer's catalogue at the generated scale (issue 14): req/s, server CPU and SQL statements per
// request for the catalogue page (100 products with supplier, county and images), a search, a deep
// page by key, and `{ me { id } }`.
//
//   npm run build -w server && node test/bench/data.mjs --scale 0.05 && node test/bench/catalogue.mjs
//   BENCH_DIST=/work/main/server/dist node test/bench/catalogue.mjs   # the same on main's build
//   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/xiezuo_bench), BENCH_SECONDS (5)
//
// The server (HTTP + Apollo + TypeORM) runs in this process on that database; the load comes from
// the same process, so "CPU/req" is the process's CPU (server and client) over requests.
import { createRequire } from "node:module";
import { DEMO_PASSWORD, SECONDS } from "./lib.mjs";

const require = createRequire(import.meta.url);
// BENCH_DIST: another build's server/dist (the "before" figures: main's build, e.g. /work/main/server/dist)
const dist = process.env.BENCH_DIST ?? "../../server/dist";
const { createApp } = require(`${dist}/app.js`);
const { loadConfig } = require(`${dist}/config.js`);

const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/xiezuo_bench";
let statements = 0;
const app = await createApp(
  { ...loadConfig({ NODE_ENV: "test" }), host: "127.0.0.1", port: 0, databaseUrl, dataDir: "memory", seedDemo: false },
  { onQuery: () => void statements++ },
);
const url = await app.listen();
const gql = async (query, variables, token) => {
  const r = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const token = (
  await gql(`mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){token}}`, {
    u: "buyer",
    p: DEMO_PASSWORD,
  })
).login.token;

const PAGE = `query($first: Int!, $after: String, $filter: ProductFilter) {
  products(first: $first, after: $after, filter: $filter) {
    totalCount ${process.env.BENCH_DIST ? "" : "totalCountExact"} pageInfo { hasNextPage endCursor }
    nodes { id name category spec unit price stock certificateNo certificateValidTo certificateStatus countsTowardQuota
            county { id name } supplier { id name } images { id kind url } }
  }
}`;
const [{ n: products }] = await app.db.query(`SELECT count(*)::int AS n FROM product`);
console.log(
  `database: ${new URL(databaseUrl).pathname.slice(1)}, ${products} products; node ${process.version}; ${SECONDS} s each`,
);

// A cursor 50 pages in (5,000 products), for the deep page.
let deep = null;
for (let i = 0; i < 50; i++) deep = (await gql(PAGE, { first: 100, after: deep }, token)).products.pageInfo.endCursor;

async function run(name, concurrency, send) {
  await send(); // warm
  statements = 0;
  const one = await send().then(() => statements);
  let done = 0;
  const lat = [];
  const cpu0 = process.cpuUsage();
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const s = performance.now();
        await send();
        lat.push(performance.now() - s);
        done++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  lat.sort((a, b) => a - b);
  const p = (q) => lat[Math.floor(lat.length * q)].toFixed(1);
  console.log(
    `${name.padEnd(52)} c=${concurrency}  ${(done / SECONDS).toFixed(0).padStart(5)} req/s  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  ` +
      `CPU/req ${((cpu.user + cpu.system) / 1000 / done).toFixed(2)} ms  SQL/req ${one}`,
  );
}

await run("catalogue: first page of 100", 1, () => gql(PAGE, { first: 100 }, token));
await run("catalogue: first page of 100", 4, () => gql(PAGE, { first: 100 }, token));
await run("catalogue: page 51 of 100 (by key)", 4, () => gql(PAGE, { first: 100, after: deep }, token));
await run("catalogue: search 蜂蜜, page of 100", 4, () => gql(PAGE, { first: 100, filter: { search: "蜂蜜" } }, token));
await run("catalogue: page of 10", 4, () => gql(PAGE, { first: 10 }, token));
await run("{ me { id } }", 4, () => gql(`{ me { id } }`, {}, token));
await app.close();
