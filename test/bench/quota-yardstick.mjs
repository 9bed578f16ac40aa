// The quota board's second yardstick (issue 14, quota.mjs), as progress-yardstick.mjs is the progress
// screen's: the SAME answer the board gives — its totals, groups, the first page of buyers, the
// counties and the channels, every field the bench asks for — read from one small table that holds it
// ready (one row per line of the answer, nothing to sum, rank or look up), and served by bare Apollo
// (bare-apollo.mjs) after the same sign-in SQL our server runs. `groupTargets`, quota.mjs's first
// yardstick, answers a few bytes; this one the board's ~5 KB.
//
// The table (bench_quota_board, in the bench database) is filled from the real server's own answer
// for the same user, so the two answers hold the same values, byte for byte.
import pg from "pg";
import { startBareApollo } from "./bare-apollo.mjs";

const ROW = `quota counted confirmed remaining completion buyer { id name group }`;

/** The board as the coordinator's page asks it (groups, totals, counties, channels, the first 20 buyers). */
export const QUOTA_BOARD = `query($y: Int!) { quotaBoard(year: $y) {
  year counted confirmed countsFrom daysLeft
  groups { group buyers target counted confirmed completion }
  buyers(first: 20) { totalCount nodes { ${ROW} } }
  byCounty { counted county { id name } } byChannel { channel counted } } }`;

// The answer's lines, by part: one row each, in the answer's order.
const TOTALS = 0;
const GROUP = 1;
const BUYER = 2;
const COUNTY = 3;
const CHANNEL = 4;

/**
 * Fills bench_quota_board for `year` from `answer` (the real server's answer to QUOTA_BOARD) and
 * starts the bare server on it. Returns its URL and close().
 */
export async function startQuotaYardstick({ databaseUrl, tokenSecret, year, answer, poolSize }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_quota_board (
      year int NOT NULL, part int NOT NULL, pos int NOT NULL,
      key text, name text, grp text, n int, total int, a text, b text, c text, d text, f float8,
      PRIMARY KEY (year, part, pos))`);
  await pool.query(`DELETE FROM bench_quota_board WHERE year = $1`, [year]);
  const b = answer.quotaBoard;
  // [part, pos, key, name, grp, n, total, a, b, c, d, f]
  const rows = [
    [TOTALS, 0, b.countsFrom, null, null, b.daysLeft, b.buyers.totalCount, b.counted, b.confirmed, null, null, null],
    ...b.groups.map((g, i) => [
      GROUP,
      i,
      null,
      null,
      g.group,
      g.buyers,
      null,
      g.target,
      g.counted,
      g.confirmed,
      null,
      g.completion,
    ]),
    ...b.buyers.nodes.map((q, i) => [
      BUYER,
      i,
      q.buyer.id,
      q.buyer.name,
      q.buyer.group,
      null,
      null,
      q.quota,
      q.counted,
      q.confirmed,
      q.remaining,
      q.completion,
    ]),
    ...b.byCounty.map((c, i) => [
      COUNTY,
      i,
      c.county.id,
      c.county.name,
      null,
      null,
      null,
      null,
      c.counted,
      null,
      null,
      null,
    ]),
    ...b.byChannel.map((c, i) => [CHANNEL, i, c.channel, null, null, null, null, null, c.counted, null, null, null]),
  ];
  await pool.query(
    `INSERT INTO bench_quota_board VALUES ${rows.map((_, r) => `($1, ${Array.from({ length: 12 }, (_, c) => `$${r * 12 + c + 2}`).join(",")})`).join(",")}`,
    [year, ...rows.flat()],
  );
  await pool.query(`ANALYZE bench_quota_board`);

  const enumOf = (values) => [...new Set(values)].join(" ");
  const bare = await startBareApollo({
    pool,
    tokenSecret,
    typeDefs: `
      scalar Money
      enum BuyerGroup { ${enumOf([...b.groups.map((g) => g.group), ...b.buyers.nodes.map((q) => q.buyer.group)])} }
      enum SalesChannel { ${enumOf(b.byChannel.map((c) => c.channel))} }
      enum CountingPoint { ${b.countsFrom} }
      type Buyer { id: ID! name: String! group: BuyerGroup! }
      type Region { id: ID! name: String! }
      type QuotaCompletion { quota: Money counted: Money! confirmed: Money! remaining: Money! completion: Float buyer: Buyer! }
      type QuotaCompletionConnection { totalCount: Int! nodes: [QuotaCompletion!]! }
      type GroupCompletion { group: BuyerGroup! buyers: Int! target: Money counted: Money! confirmed: Money! completion: Float }
      type CountyCount { counted: Money! county: Region! }
      type ChannelCount { channel: SalesChannel! counted: Money! }
      type QuotaBoard { year: Int! counted: Money! confirmed: Money! countsFrom: CountingPoint! daysLeft: Int!
        groups: [GroupCompletion!]! buyers(first: Int! = 20): QuotaCompletionConnection!
        byCounty: [CountyCount!]! byChannel: [ChannelCount!]! }
      type Query { quotaBoard(year: Int!): QuotaBoard! }`,
    resolvers: {
      Query: {
        quotaBoard: async (_p, { year }, ctx) => {
          if (!ctx.user) throw new Error("signed out");
          const { rows } = await pool.query({
            name: "board",
            text: `SELECT part, key, name, grp, n, total, a, b, c, d, f FROM bench_quota_board WHERE year = $1 ORDER BY part, pos`,
            values: [year],
          });
          const board = { year, groups: [], byCounty: [], byChannel: [], nodes: [] };
          for (const r of rows) {
            if (r.part === TOTALS)
              Object.assign(board, {
                countsFrom: r.key,
                daysLeft: r.n,
                totalCount: r.total,
                counted: r.a,
                confirmed: r.b,
              });
            else if (r.part === GROUP)
              board.groups.push({
                group: r.grp,
                buyers: r.n,
                target: r.a,
                counted: r.b,
                confirmed: r.c,
                completion: r.f,
              });
            else if (r.part === BUYER)
              board.nodes.push({
                quota: r.a,
                counted: r.b,
                confirmed: r.c,
                remaining: r.d,
                completion: r.f,
                buyer: { id: r.key, name: r.name, group: r.grp },
              });
            else if (r.part === COUNTY) board.byCounty.push({ counted: r.b, county: { id: r.key, name: r.name } });
            else board.byChannel.push({ channel: r.key, counted: r.b });
          }
          return board;
        },
      },
      QuotaBoard: {
        buyers: (board, { first }) => ({ totalCount: board.totalCount, nodes: board.nodes.slice(0, first) }),
      },
    },
  });
  return {
    url: bare.url,
    async close() {
      await bare.close();
      await pool.end();
    },
  };
}
