import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/config";

describe("configuration", () => {
  it("refuses to start in production without its secret", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", TOKEN_SECRET: "short" })).toThrow(/TOKEN_SECRET/);
    expect(() => loadConfig({ NODE_ENV: "production", TOKEN_SECRET: "s".repeat(32) })).toThrow(/PII_SECRET/);
    expect(() => loadConfig({ NODE_ENV: "production", TOKEN_SECRET: "s".repeat(32), PII_SECRET: "short" })).toThrow(
      /PII_SECRET/,
    );
    expect(
      loadConfig({ NODE_ENV: "production", TOKEN_SECRET: "s".repeat(32), PII_SECRET: "p".repeat(32) }).seedDemo,
    ).toBe(false);
  });
  it("validates values and names the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_DEMO: "maybe" })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig({ DATABASE_URL: "postgres://p/x", DATABASE_READ_URL: "mysql://r" })).toThrow(
      /DATABASE_READ_URL/,
    );
    expect(() => loadConfig({ DATABASE_READ_URL: "postgres://r/x" })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(loadConfig({ DATABASE_URL: "postgres://p/x", DATABASE_READ_URL: "postgres://r/x" }).databaseReadUrl).toBe(
      "postgres://r/x",
    );
    const dev = loadConfig({});
    expect(dev).toMatchObject({
      env: "development",
      port: 4000,
      databaseUrl: null,
      databaseReadUrl: null,
      seedDemo: true,
      graphqlIde: true,
    });
  });
});
