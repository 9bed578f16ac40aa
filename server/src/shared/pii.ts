import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal data at rest (ID numbers, phone numbers): AES-256-GCM with a random 96-bit nonce per
 * value, and a keyed HMAC-SHA-256 for equality lookups (uniqueness) without decrypting. Both keys
 * are derived from the configured PII_SECRET with HKDF, one per purpose, so the lookup hash
 * reveals nothing about the encryption key. Stored text: "v1:" + base64(nonce ‖ tag ‖ ciphertext).
 * Losing PII_SECRET loses the data; changing it needs a re-encryption run (not built).
 */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed hash (hex) of a normalised value, for unique indexes and lookups. */
  lookupHash(plain: string): string;
}

const ciphers = new Map<string, PiiCipher>();

export function piiCipher(secret: string): PiiCipher {
  const cached = ciphers.get(secret);
  if (cached) return cached;
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", secret, "xiezuo-pii", info, 32));
  const encKey = derive("aes-256-gcm");
  const macKey = derive("hmac-sha256");
  const c: PiiCipher = {
    encrypt(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, nonce);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `v1:${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64")}`;
    },
    decrypt(stored) {
      if (!stored.startsWith("v1:")) throw new Error("unknown PII encoding");
      const raw = Buffer.from(stored.slice(3), "base64");
      const decipher = createDecipheriv("aes-256-gcm", encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    },
    lookupHash(plain) {
      return createHmac("sha256", macKey).update(plain, "utf8").digest("hex");
    },
  };
  ciphers.set(secret, c);
  return c;
}

/**
 * A phone number as shown to those who need not see it whole: the first three and last four
 * characters around "****" ("13800005678" → "138****5678", "0532-88886666" → "053****6666"), as
 * for workers and the checkout's delivery phone. Shorter numbers (the enterprise form accepts
 * five characters) show their last two only, so the mask never gives away most of the number.
 */
export function maskPhone(phone: string): string {
  return phone.length >= 9 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : `****${phone.slice(-2)}`;
}

/**
 * A contact phone as the forms accept it (digits, +, -, spaces; 5–20 characters). A masked number
 * sent back ("138****5678") does not match, so it is refused rather than stored as the number.
 */
export const PHONE_PATTERN = /^[0-9+\- ]{5,20}$/;

/**
 * The stored columns of a personal value at rest (null clears both): encrypted, and its mask beside
 * it (a phone's by default; `maskEmail` for an address).
 */
export function piiAtRest(
  secret: string,
  value: string | null,
  mask: (v: string) => string = maskPhone,
): { enc: string | null; masked: string | null } {
  return value ? { enc: piiCipher(secret).encrypt(value), masked: mask(value) } : { enc: null, masked: null };
}

/** The value a reader gets: whole for those who may see it, else the stored mask; null when none. */
export function piiFor(secret: string, stored: { enc: string | null; masked: string | null }, whole: boolean) {
  if (!stored.enc) return null;
  return whole ? piiCipher(secret).decrypt(stored.enc) : stored.masked;
}

/**
 * The fields of a patch as the audit trail keeps them (`from` is the record before, or the patch
 * after): a phone's mask under the field's own name, never its ciphertext. The trail is read by more
 * people than may see the number, and exported.
 */
export function auditedFields<T extends object>(
  keys: (keyof T)[],
  from: Partial<T>,
  phone: { enc: keyof T; masked: keyof T; as: string },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (k === phone.enc) continue;
    out[k === phone.masked ? phone.as : String(k)] = from[k];
  }
  return out;
}

/** The stored columns of a record's contact phone (enterprises, investment leads): one shape for both. */
export interface ContactPhoneColumns {
  contactPhoneEnc: string | null;
  contactPhoneMasked: string | null;
}

/** A contact phone (null clears it) as its record stores it: encrypted, its mask beside it. */
export function contactPhoneAtRest(secret: string, phone: string | null): ContactPhoneColumns {
  const { enc, masked } = piiAtRest(secret, phone);
  return { contactPhoneEnc: enc, contactPhoneMasked: masked };
}

/** How the audit trail keeps a contact phone (`auditedFields`): its mask, under `contactPhone`. */
export const CONTACT_PHONE_FIELDS = {
  enc: "contactPhoneEnc",
  masked: "contactPhoneMasked",
  as: "contactPhone",
} as const;

/**
 * An e-mail address as the forms accept it: one @, a dot in the domain, no spaces or angle
 * brackets (it goes into a mail header), at most 254 characters (RFC 5321's path limit). A masked
 * address sent back ("a***@example.com") is refused: `*` is not accepted before the @.
 */
export const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * An e-mail address as shown to those who need not see it: the first character of the local part,
 * "***", and the domain ("zhang.san@example.com" → "z***@example.com"), as people know it from
 * other services. The domain stays: it tells a colleague which mail system without naming the person.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

/** Addresses standing in a text (a log line, an SMTP server's reply quoting the recipient). */
const EMAIL_IN_TEXT = /[A-Za-z0-9.!#$%&'+/=?^_`{|}~-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** Every address in a text replaced by its mask (the first character kept, "***@domain"). */
export function maskEmailsIn(text: string): string {
  if (!text.includes("@")) return text;
  return text.replace(EMAIL_IN_TEXT, (whole, domain: string) => `${whole[0]}***@${domain}`);
}
