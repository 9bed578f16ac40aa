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
import { measure, SECONDS, startScaleServer } from "./lib.mjs";

const { app, gql, login, databaseUrl, build, sqlOf } = await startScaleServer();
const token = await login("buyer");

const PAGE = `query($first: Int!, $after: String, $filter: ProductFilter) {
  products(first: $first, after: $after, filter: $filter) {
    totalCount ${process.env.BENCH_DIST ? "" : "totalCountExact"} pageInfo { hasNextPage endCursor }
    nodes { id name category spec unit price stock certificateNo certificateValidTo certificateStatus countsTowardQuota
            county { id name } supplier { id name } images { id kind url } }
  }
}`;
const [{ n: products }] = await app.db.query(`SELECT count(*)::int AS n FROM product`);
console.log(
  `database: ${new URL(databaseUrl).pathname.slice(1)}, ${products} products; node ${process.version}; ${SECONDS} s each; ${build}`,
);

// A cursor 50 pages in (5,000 products), for the deep page.
let deep = null;
for (let i = 0; i < 50; i++) deep = (await gql(PAGE, { first: 100, after: deep }, token)).products.pageInfo.endCursor;

/** req/s, latency and CPU per request, named with the SQL statements one request costs. */
const run = async (name, concurrency, send) => measure(`${name}  SQL/req ${await sqlOf(send)}`, concurrency, send);

await run("catalogue: first page of 100", 1, () => gql(PAGE, { first: 100 }, token));
await run("catalogue: first page of 100", 4, () => gql(PAGE, { first: 100 }, token));
await run("catalogue: page 51 of 100 (by key)", 4, () => gql(PAGE, { first: 100, after: deep }, token));
await run("catalogue: search 蜂蜜, page of 100", 4, () => gql(PAGE, { first: 100, filter: { search: "蜂蜜" } }, token));
await run("catalogue: page of 10", 4, () => gql(PAGE, { first: 10 }, token));
await run("{ me { id } }", 4, () => gql(`{ me { id } }`, {}, token));
await app.close();
