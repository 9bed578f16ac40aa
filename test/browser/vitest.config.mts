// Browser tests: headless Chromium (Debian's, never a downloaded one) driven by playwright-core against
// the BUILT server (server/dist + web/dist) with a fresh database of its own per file. See harness.ts.
// Run through `node test/run-tests.mjs browser` (builds first) or, on an existing build,
// `npx vitest run --config test/browser/vitest.config.mts`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/browser/**/*.test.ts"],
    globalSetup: ["test/browser/global-setup.ts"],
    environment: "node",
    pool: "forks",
    // Each file starts its own server and browser; on 2 cores, one at a time.
    fileParallelism: false,
    // One worker process for the files, not a new one each: the fork and its imports (vitest,
    // playwright-core, the harness) took ~10 s between files under CI's load (26 files, ~260 s of
    // the stage's 1,121 s at stop 26), 2.5 s quiet. Each file still starts its own server on its own
    // database copy and its own browser context (harness.ts), so nothing a file leaves reaches the next.
    isolate: false,
    // 2 cores shared with the API stages under CI: a slow step is not a failure (see harness.ts).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // expect.poll waits 1 s by default: a sign-in refused under CI's load (the password hash on a
    // shared core) showed its message after more than that (logs.test.ts, and the three tests after it
    // in cascade), and most polls here name no timeout of their own. A poll is a wait for the app like
    // a locator's: the same 30 s (harness.ts, setDefaultTimeout).
    expect: { poll: { timeout: 30_000 } },
    // A real browser and a real server: a failure is a failure, no retries hiding flakiness.
    retry: 0,
  },
});
