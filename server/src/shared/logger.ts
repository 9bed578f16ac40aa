import pino, { type DestinationStream } from "pino";

/** Where secrets and personal data may appear in a log object; each is replaced, wherever it is. */
export const REDACTED_PATHS = [
  "password", "*.password", "token", "*.token", "authorization", "*.authorization", "headers.authorization",
  "idNumber", "*.idNumber", "phone", "*.phone", "variables", "*.variables",
  // Workers' personal data one level deeper too (e.g. { input: { worker: { idNumber } } }), and its stored forms.
  "*.*.idNumber", "*.*.phone", "idNumberEnc", "*.idNumberEnc", "phoneEnc", "*.phoneEnc", "idNumberHash", "*.idNumberHash",
];

/** Structured logs. Request variables are never logged; the paths above are redacted. */
export function createLogger(level: string, destination?: DestinationStream) {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, destination);
}
export type { Logger } from "pino";
