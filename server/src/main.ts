import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { createApp } from "./app";

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`配置错误 / Configuration error: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const app = await createApp(config);
  const url = await app.listen();
  app.log.info({ url, database: config.databaseUrl ? "postgresql" : `embedded (${config.dataDir})` }, "Xiezuo is listening");
  console.log(`\n  协作 Xiezuo is running at ${url}  (GraphQL: ${url}/graphql)\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    // Orchestrators wait 30 s before SIGKILL; finish in-flight requests and close the database by then.
    const timer = setTimeout(() => {
      app.log.error("shutdown did not finish in 25 s");
      process.exit(1);
    }, 25_000);
    timer.unref();
    try {
      await app.close();
      process.exit(0);
    } catch (e) {
      app.log.error({ err: e }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
