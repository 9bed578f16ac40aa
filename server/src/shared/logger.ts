import pino, { type DestinationStream, type Logger } from "pino";
import { maskEmailsIn } from "./pii";

/** Where secrets and personal data may appear in a log object; each is replaced, wherever it is. */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "idNumber",
  "*.idNumber",
  "phone",
  "*.phone",
  "variables",
  "*.variables",
  // Workers' personal data one level deeper too (e.g. { input: { worker: { idNumber } } }), and its stored forms.
  "*.*.idNumber",
  "*.*.phone",
  "idNumberEnc",
  "*.idNumberEnc",
  "phoneEnc",
  "*.phoneEnc",
  "idNumberHash",
  "*.idNumberHash",
  // Users' e-mail addresses (reminders by mail): never logged, not even an SMTP server's reply quoting one.
  "email",
  "*.email",
  "*.*.email",
];

/**
 * 居民身份证号 (GB 11643: 17 digits and a check character, digit or X) and mainland mobile numbers
 * (1[3-9] and nine digits), standing alone: not inside a longer run of letters or digits (a UUID,
 * a timestamp in milliseconds). Anything shaped like one is masked, checked or not: a typo of an
 * ID number is still personal data.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])(1[3-9]\d)\d{4}(\d{4})(?![0-9A-Za-z])/g;

/**
 * Masks ID and mobile numbers wherever they occur in a text, the way the product shows them
 * (`520423********123X`, `139****5678`). Used on every log line and on every error message.
 */
export function maskPersonalData(text: string): string {
  const masked = maskEmailsIn(text); // e-mail addresses ("z***@example.com"): only when the text has an @
  if (!/\d{11}/.test(masked)) return masked; // the common case: nothing long enough to be either
  return masked.replace(ID_NUMBER, "$1********$2").replace(MOBILE, "$1****$2");
}

/**
 * Structured logs. Request variables are never logged; the paths above are redacted; and every
 * line, message and error text included, passes through maskPersonalData just before it is
 * written, so a number quoted inside a message (a driver error, a coercion error) never reaches
 * the log either.
 */
export function createLogger(level: string, destination?: DestinationStream) {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" }, hooks: { streamWrite: maskPersonalData } },
    destination,
  );
}
export type { Logger } from "pino";

/**
 * A logger made by `make` only when first used: a request's child logger costs a redaction and a
 * serialisation of its bindings when made (pino's child), and most requests never log. Every
 * property is the real logger's, so it logs the same lines; copies of the context (spread, or
 * Apollo's per-request clone) share the one logger made.
 */
export function lazyLogger(make: () => Logger): Logger {
  let real: Logger | undefined;
  const target = () => (real ??= make());
  return new Proxy({} as Logger, {
    get(_, key) {
      const value = Reflect.get(target(), key);
      return typeof value === "function" ? value.bind(target()) : value;
    },
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
  });
}
