import pino from "pino";

/**
 * Structured logs. Secrets and personal data never reach them: these paths are redacted wherever
 * they appear, and request variables are not logged at all.
 */
export function createLogger(level: string) {
  return pino({
    level,
    redact: {
      paths: [
        "password", "*.password", "token", "*.token", "authorization", "*.authorization", "headers.authorization",
        "idNumber", "*.idNumber", "phone", "*.phone", "variables", "*.variables",
      ],
      censor: "[redacted]",
    },
  });
}
export type { Logger } from "pino";
