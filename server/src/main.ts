import "reflect-metadata";
import http from "node:http";
import { ConfigError, loadConfig, type Config } from "./config";
import { createApp } from "./app";
import { serviceUnavailableError } from "./shared/db-errors";
import { localeOf, msg } from "./shared/messages";

const STARTING_MESSAGE = msg("服务正在启动,请稍后重试", "The service is starting, please retry shortly");

/**
 * While the server waits for its database (createApp retries with back-off), something must answer
 * on the port: /healthz says the process is up, /readyz and everything else say 503 + Retry-After,
 * so an orchestrator neither kills the process nor sends it traffic. Closed just before the app listens.
 */
function listenWhileStarting(config: Config): Promise<http.Server | null> {
  if (config.port === 0) return Promise.resolve(null); // a random port could not be handed over to the app
  const server = http.createServer((req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Connection", "close");
    if (req.url?.split("?")[0] === "/healthz") {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ status: "ok", starting: true }));
      return;
    }
    res.writeHead(503, { "Content-Type": "application/json", "Retry-After": "5" });
    // A GraphQL error as the app's own 503s are (a Message put in `message` went out as {"zh", "en"}: stop 29).
    res.end(
      JSON.stringify({
        status: "starting",
        errors: [serviceUnavailableError(STARTING_MESSAGE, 5, localeOf(req.headers))],
      }),
    );
  });
  return new Promise((resolve) => {
    // The port taken: let the app's own listen report it as before.
    server.once("error", () => resolve(null));
    server.listen(config.port, config.host, () => resolve(server));
  });
}

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
  // Until the app's own handlers are set, a signal ends the process at once (nothing to drain yet).
  const early = (signal: string) => {
    console.error(`${signal} while starting: exiting`);
    process.exit(0);
  };
  process.once("SIGTERM", early);
  process.once("SIGINT", early);
  const starting = await listenWhileStarting(config);
  const app = await createApp(config);
  if (starting) {
    starting.closeAllConnections();
    await new Promise<void>((r) => starting.close(() => r()));
  }
  process.off("SIGTERM", early);
  process.off("SIGINT", early);
  const url = await app.listen();
  app.log.info(
    { url, database: config.databaseUrl ? "postgresql" : `embedded (${config.dataDir})` },
    "Xiezuo is listening",
  );
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
