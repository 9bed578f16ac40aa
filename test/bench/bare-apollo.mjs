// The benches' floor: bare Apollo (@apollo/server 5 on express 5 and node:http, graphql-js's default
// resolvers) signing each request in with the same SQL our server runs, prepared as ours is (the users
// module's signedInThrough: the bearer token's HMAC looked up in user_session). fixed-cost.mjs serves
// `{ me { id } }` from it, progress-yardstick.mjs the progress screen's figures from one table.
import { createHmac } from "node:crypto";
import { createRequire } from "node:module";
import http from "node:http";

const require = createRequire(import.meta.url);

/** The users module's sign-in read, word for word. */
export const AUTH_SQL = `SELECT s.id AS session_id, u.id, u.username, u.display_name, u.role, u.region_id, u.buyer_id, u.enterprise_id,
            u.must_change_password
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`;

/**
 * Starts bare Apollo on `pool` (a pg.Pool) with `typeDefs` and `resolvers`; each request's context is
 * `{ user }` (null without a valid bearer token). Resolves with its URL and close() (the pool stays the
 * caller's).
 */
export async function startBareApollo({ pool, tokenSecret, typeDefs, resolvers }) {
  const { ApolloServer } = require("@apollo/server");
  const { ApolloServerPluginCacheControlDisabled } = require("@apollo/server/plugin/disabled");
  const { expressMiddleware } = require("@as-integrations/express5");
  const express = require("express");
  // As ours (app.ts): with cache control on, Apollo wraps every field's resolver to track cache hints.
  const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const app = express();
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers.authorization ?? "";
        const token = header.startsWith("Bearer ") ? header.slice(7).trim() : null;
        if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { user: null };
        const hash = createHmac("sha256", tokenSecret).update(token).digest("base64url");
        const { rows } = await pool.query({ name: "xz_auth", text: AUTH_SQL, values: [hash] });
        return { user: rows[0] ?? null };
      },
    }),
  );
  const server = http.createServer(app);
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    async close() {
      await apollo.stop();
      await new Promise((r) => server.close(r));
    },
  };
}
