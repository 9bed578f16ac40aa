import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loader, type RequestContext } from "./context";
import { databaseUnavailable } from "./db-errors";
import { badInput, notFound, rethrowUnlessRefused } from "./errors";
import { createErrorFormatter } from "./format-error";
import { msg } from "./messages";

/** What pg, pg-pool, Node and TypeORM raise when the database cannot answer (shapes as they arrive). */
const pgError = (code: string, message = "x") => Object.assign(new Error(message), { code, severity: "ERROR" });
const queryFailed = (driverError: Error) =>
  Object.assign(new Error(driverError.message), {
    name: "QueryFailedError",
    driverError,
    code: (driverError as { code?: string }).code,
  });

describe("database unavailability", () => {
  it("classifies timeouts, lock waits and a full pool as busy; lost or refused connections as down", () => {
    expect(databaseUnavailable(queryFailed(pgError("57014", "canceling statement due to statement timeout")))).toBe(
      "busy",
    );
    expect(databaseUnavailable(queryFailed(pgError("55P03", "canceling statement due to lock timeout")))).toBe("busy");
    expect(databaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    expect(databaseUnavailable(pgError("57P01", "terminating connection due to administrator command"))).toBe("down");
    expect(databaseUnavailable(pgError("57P03", "the database system is starting up"))).toBe("down");
    expect(databaseUnavailable(pgError("53300", "sorry, too many clients already"))).toBe("down");
    expect(databaseUnavailable(pgError("08006"))).toBe("down");
    expect(
      databaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 10.1.2.3:5432"), { code: "ECONNREFUSED" })),
    ).toBe("down");
    expect(
      databaseUnavailable(
        new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })]),
      ),
    ).toBe("down");
    expect(databaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe("down");
    // Wrapped by graphql-js as a resolver error.
    expect(databaseUnavailable(new GraphQLError("x", { originalError: queryFailed(pgError("55P03")) }))).toBe("busy");
  });

  it("leaves everything else alone: constraint violations, syntax errors, our own refusals", () => {
    expect(databaseUnavailable(queryFailed(pgError("23505", "duplicate key")))).toBeNull();
    expect(databaseUnavailable(queryFailed(pgError("42P01", 'relation "x" does not exist')))).toBeNull();
    expect(databaseUnavailable(badInput("productId", msg("产品不存在", "Unknown product")))).toBeNull();
    expect(databaseUnavailable(new TypeError("x is undefined"))).toBeNull();
  });

  it("formats as SERVICE_UNAVAILABLE with a retry hint and without the driver's message (host, port)", () => {
    const f = createErrorFormatter(false, pino({ level: "silent" }));
    const cause = Object.assign(new Error("connect ECONNREFUSED 10.1.2.3:5432"), { code: "ECONNREFUSED" });
    const out = f(
      {
        message: cause.message,
        path: ["me"],
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at net.js"] },
      },
      new GraphQLError(cause.message, { originalError: cause }),
    );
    expect(out.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 5 });
    expect(out.path).toEqual(["me"]);
    expect(JSON.stringify(out)).not.toMatch(/10\.1\.2\.3|5432|ECONN/);
  });

  it("a refusal may be re-worded; a database failure is rethrown as it is", () => {
    expect(() => rethrowUnlessRefused(notFound(msg("地区", "Region")))).not.toThrow();
    const failure = queryFailed(pgError("57P01"));
    expect(() => rethrowUnlessRefused(failure)).toThrow(failure);
  });

  it("a loader's failed batch rejects loadMany instead of resolving to Error values read as 'not found'", async () => {
    const ctx = { loaders: new Map() } as unknown as RequestContext;
    const failure = queryFailed(pgError("55P03"));
    const failing = () =>
      new DataLoader<string, string | null>(async () => {
        throw failure;
      });
    await expect(loader(ctx, failing).loadMany(["a", "b"])).rejects.toBe(failure);
    const found = () =>
      new DataLoader<string, string | null>(async (ids) => ids.map((id) => (id === "a" ? "A" : null)));
    expect(await loader(ctx, found).loadMany(["a", "b"])).toEqual(["A", null]);
  });
});
