import client from "prom-client";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "./context";

/** Prometheus metrics, one registry per app instance (tests start several in one process). */
export function createMetrics(pool: () => { totalCount: number; idleCount: number; waitingCount: number } | null) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({
    name: "graphql_requests_total",
    help: "GraphQL operations by name and outcome",
    labelNames: ["operation", "type", "outcome"],
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: "graphql_request_duration_seconds",
    help: "GraphQL operation latency",
    labelNames: ["operation", "type"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new client.Counter({
    name: "graphql_errors_total",
    help: "GraphQL errors by code",
    labelNames: ["operation", "code"],
    registers: [registry],
  });
  new client.Gauge({
    name: "db_pool_connections",
    help: "Database pool connections by state",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const p = pool();
      if (!p) return;
      this.set({ state: "total" }, p.totalCount);
      this.set({ state: "idle" }, p.idleCount);
      this.set({ state: "waiting" }, p.waitingCount);
    },
  });

  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      const end = latency.startTimer();
      let operation = "unknown";
      let type = "unknown";
      let failed = false;
      return {
        async didResolveOperation(rc) {
          // Only named operations become labels, so clients cannot blow up label cardinality.
          operation = rc.operationName?.slice(0, 64) || "anonymous";
          type = rc.operation?.operation ?? "unknown";
        },
        async didEncounterErrors(rc) {
          failed = true;
          for (const e of rc.errors)
            errors.inc({ operation, code: String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
        },
        async willSendResponse() {
          end({ operation, type });
          requests.inc({ operation, type, outcome: failed ? "error" : "ok" });
        },
      };
    },
  };
  return { registry, plugin };
}
