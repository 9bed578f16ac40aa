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
  it("takes SMTP_URL and MAIL_FROM together, never quoting the URL (it may carry a password)", () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: null, mailFrom: null });
    const ok = loadConfig({
      SMTP_URL: "smtp://u:secret@mail.example.org:587",
      MAIL_FROM: "协作平台 <noreply@example.org>",
    });
    expect(ok).toMatchObject({
      smtpUrl: "smtp://u:secret@mail.example.org:587",
      mailFrom: "协作平台 <noreply@example.org>",
    });
    expect(() => loadConfig({ SMTP_URL: "smtp://mail.example.org" })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_FROM: "noreply@example.org" })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: "http://u:secret@x", MAIL_FROM: "a@b.org" })).toThrow(/SMTP_URL/);
    try {
      loadConfig({ SMTP_URL: "ftp://u:secret@x", MAIL_FROM: "a@b.org" });
    } catch (e) {
      expect(String(e)).not.toContain("secret");
    }
    expect(() => loadConfig({ SMTP_URL: "smtps://mail.example.org", MAIL_FROM: "not an address" })).toThrow(
      /MAIL_FROM/,
    );
  });
});
