// The shared rate-limit store (login limits): cost of one counted attempt in PostgreSQL and in Redis,
// one hot key (everyone guessing one account) and spread keys. Prints figures; not a timed test.
// Run: npm run build -w server && TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//      REDIS_URL=redis://127.0.0.1:6379 BENCH_SECONDS=3 node test/bench/rate-limit.mjs
import { createRequire } from "node:module";
import { measure, startBenchServer } from "./lib.mjs";

const require = createRequire(import.meta.url);
const { PostgresCounterStore, RedisCounterStore } = require("../../server/dist/shared/rate-limit.js");
const { createLogger } = require("../../server/dist/shared/logger.js");

const { app, gql, database, close } = await startBenchServer();
console.log(`database: ${database}; node ${process.version}`);
const pgStore = new PostgresCounterStore(app.db);
const stores = [["PostgreSQL", pgStore]];
if (process.env.REDIS_URL)
  stores.push([
    "Redis",
    new RedisCounterStore(process.env.REDIS_URL, pgStore, createLogger("warn"), `bench:${Date.now()}:`),
  ]);

for (const [name, store] of stores) {
  let i = 0;
  for (const c of [1, 8]) await measure(`${name}: hit, one hot key`, c, () => store.hit("hot", 900_000), "hits/s");
  await measure(`${name}: hit, a new key each time`, 8, () => store.hit(`k${i++}`, 900_000), "hits/s");
  await measure(`${name}: peek`, 8, () => store.peek("hot"), "peeks/s");
}
// A whole failed login (argon2id verify + the limiter's statements), spread over usernames so no lock trips.
let n = 0;
await measure("failed login over HTTP (argon2id + limits)", 4, () =>
  gql(`mutation($u:String!){login(input:{username:$u,password:"wrong-password"}){token}}`, { u: `nobody${n++}` }).catch(
    () => {},
  ),
);
for (const [, store] of stores) await store.close();
await close();
