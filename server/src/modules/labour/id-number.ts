/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code (GB/T 2260), 8-digit birth date YYYYMMDD,
 * 3-digit sequence (odd for men, even for women), and a check character over the first 17 digits
 * (ISO 7064 MOD 11-2), written "X" for 10.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** The check character for 17 digits, or null when they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export interface IdNumberFacts {
  birthDate: string;
  birthYear: number;
  sex: "MALE" | "FEMALE";
}

/**
 * The facts an ID number carries, or null when it is not a valid 18-character number: wrong
 * length or characters, a birth date that does not exist, or a wrong check character. Upper-case
 * "X" only: callers normalise first (`normaliseIdNumber`).
 */
export function parseIdNumber(id: string): IdNumberFacts | null {
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return null;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    birthYear: y,
    sex: Number(id[16]) % 2 === 1 ? "MALE" : "FEMALE",
  };
}

export const isValidIdNumber = (id: string) => parseIdNumber(id) !== null;

/** Trims spaces and upper-cases the "x" people often type. */
export const normaliseIdNumber = (raw: string) => raw.replace(/\s+/g, "").toUpperCase();

/** "520423199001019915" → "5204**********9915": the address prefix and the last four only. */
export const maskIdNumber = (id: string) => `${id.slice(0, 4)}${"*".repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;

/** 中国大陆手机号: 11 digits starting 13–19. */
export const isValidMobile = (phone: string) => /^1[3-9]\d{9}$/.test(phone);

/** "13800005678" → "138****5678". */
export const maskMobile = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
