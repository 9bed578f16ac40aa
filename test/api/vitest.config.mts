import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * API tests (test/api) and server unit tests (server/src). With TEST_DATABASE_URL they run on
 * PostgreSQL (one template per run, one database per file); without it each file starts its own
 * embedded PGlite from one seeded image per run. Files run in parallel either way.
 */
export default defineConfig({
  root,
  resolve: {
    // One copy of graphql, or "Cannot use GraphQLObjectType from another module or realm".
    // graphql-query-complexity's ESM build imports "graphql/index.mjs" by name, so it is inlined
    // below and its deep imports are pointed at the same CommonJS copy.
    alias: [
      { find: /^graphql$/, replacement: path.join(root, "node_modules/graphql/index.js") },
      { find: /^graphql\/(.*)\.mjs$/, replacement: path.join(root, "node_modules/graphql/$1.js") },
    ],
  },
  test: {
    include: ["test/api/**/*.test.ts", "server/src/**/*.test.ts"],
    globalSetup: ["test/api/global-setup.ts"],
    environment: "node",
    server: { deps: { inline: ["graphql-query-complexity"] } },
    pool: "forks",
    // One module graph per worker, not per file: importing the server (type-graphql, TypeORM, Apollo)
    // cost each file 3–8 s, 308 s summed over the suite, 26 s shared. The server is built to run several
    // apps in one process (per-app metrics registry, per-app data source), and the files pass either way.
    isolate: false,
    // Vitest's default is one worker less than the cores: one file at a time on 2 cores, while a file
    // spends much of its time waiting on PostgreSQL or on a server it started.
    maxWorkers: Math.max(2, os.availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
  },
});
