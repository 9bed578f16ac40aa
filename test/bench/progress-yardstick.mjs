// The progress screen's second yardstick (issue 14, boards.mjs): the SAME figures the screen shows —
// its page of pairings (10 at data.mjs's scale, the demo's real ones) × 14 indicators, every field the
// bench asks for — read from one small summary table that holds them ready (one row per pairing, year
// and indicator, nothing to add up or roll up), and served by bare Apollo (bare-apollo.mjs) after the
// same sign-in SQL our server runs. The floor for that answer (28 KB): what PostgreSQL and a GraphQL
// server cannot go under. `groupTargets`, boards.mjs's first yardstick, answers a few bytes.
//
// The table (bench_pairing_progress, in the bench database) is filled from the real server's own
// answer for the administrator, so the two answers hold the same values, byte for byte in the data.
import pg from "pg";
import { startBareApollo } from "./bare-apollo.mjs";

const FIELDS = "indicator delivered reported target ratio entryCount projected projectionMethod atRisk";

/** The screen's query, as boards.mjs sends it to both servers. */
export const PROGRESS_SCREEN = `query($y: Int!) { pairings(first: 100, filter: {}) { totalCount nodes { id name progress(year: $y) { ${FIELDS} } } } }`;

/**
 * Fills bench_pairing_progress for `year` from `answer` (the real server's answer to PROGRESS_SCREEN)
 * and starts the bare server on it. Returns its URL and close().
 */
export async function startProgressYardstick({ databaseUrl, tokenSecret, year, answer, poolSize }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_pairing_progress (
      year int NOT NULL, seq int NOT NULL, pos int NOT NULL, pairing_id uuid NOT NULL, name text NOT NULL, indicator text NOT NULL,
      delivered text NOT NULL, reported text NOT NULL, target text, ratio float8, entry_count int NOT NULL,
      projected text, projection_method text NOT NULL, at_risk boolean NOT NULL,
      PRIMARY KEY (year, seq, pos))`);
  await pool.query(`DELETE FROM bench_pairing_progress WHERE year = $1`, [year]);
  const rows = answer.pairings.nodes.flatMap((p, seq) =>
    p.progress.map((c, pos) => [
      year,
      seq,
      pos,
      p.id,
      p.name,
      c.indicator,
      c.delivered,
      c.reported,
      c.target,
      c.ratio,
      c.entryCount,
      c.projected,
      c.projectionMethod,
      c.atRisk,
    ]),
  );
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await pool.query(
      `INSERT INTO bench_pairing_progress VALUES ${chunk.map((_, r) => `(${Array.from({ length: 14 }, (_, c) => `$${r * 14 + c + 1}`).join(",")})`).join(",")}`,
      chunk.flat(),
    );
  }
  await pool.query(`ANALYZE bench_pairing_progress`);

  const cells = answer.pairings.nodes.flatMap((p) => p.progress);
  const indicators = [...new Set(cells.map((c) => c.indicator))];
  const methods = [...new Set(cells.map((c) => c.projectionMethod))];
  const bare = await startBareApollo({
    pool,
    tokenSecret,
    typeDefs: `
      enum Indicator { ${indicators.join(" ")} }
      enum ProjectionMethod { ${methods.join(" ")} }
      type IndicatorProgress { indicator: Indicator! delivered: String! reported: String! target: String ratio: Float
        entryCount: Int! projected: String projectionMethod: ProjectionMethod! atRisk: Boolean! }
      type Pairing { id: ID! name: String! progress(year: Int!): [IndicatorProgress!]! }
      type PairingPage { totalCount: Int! nodes: [Pairing!]! }
      input PairingFilter { regionId: ID }
      type Query { pairings(first: Int!, filter: PairingFilter): PairingPage! }`,
    resolvers: {
      Query: {
        pairings: async (_p, { first }, ctx, info) => {
          if (!ctx.user) throw new Error("signed out");
          // The year is the nested field's argument: read once for the page, as a DataLoader would.
          const year = info.variableValues.y;
          const [{ rows }, { rows: count }] = await Promise.all([
            pool.query({
              name: "page",
              text: `SELECT pairing_id, name, indicator, delivered, reported, target, ratio, entry_count, projected,
                            projection_method, at_risk
                       FROM bench_pairing_progress WHERE year = $1 AND seq < $2 ORDER BY seq, pos`,
              values: [year, first],
            }),
            pool.query({ name: "count", text: `SELECT count(*)::int AS n FROM pairing` }),
          ]);
          const nodes = [];
          let last = null;
          for (const r of rows) {
            if (last?.id !== r.pairing_id) nodes.push((last = { id: r.pairing_id, name: r.name, progress: [] }));
            last.progress.push({
              indicator: r.indicator,
              delivered: r.delivered,
              reported: r.reported,
              target: r.target,
              ratio: r.ratio,
              entryCount: r.entry_count,
              projected: r.projected,
              projectionMethod: r.projection_method,
              atRisk: r.at_risk,
            });
          }
          return { totalCount: count[0].n, nodes };
        },
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
