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
