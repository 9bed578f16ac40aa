import { randomInt } from "node:crypto";
import { badInput } from "../../shared/errors";
import COMMON_PASSWORDS from "./common-passwords.json";
import { msg, type Message } from "../../shared/messages";

/**
 * The one password policy, applied wherever a password is set (createUser, changePassword; the
 * one-time passwords of a reset are generated to pass it). Not applied at login: accounts whose
 * password predates the policy keep signing in.
 *
 * common-passwords.json (~3,200 entries, lower case): passwords typical of Chinese users
 * (123456789, qwertyuiop, woaini1314, a123456789, 5201314, pinyin names + digits, …) written for
 * Xiezuo, then every entry of 10 or more characters and the 1,500 most frequent of any length
 * from the frequency-ordered list shipped in @zxcvbn-ts/language-common 4.1.3 (MIT).
 */
export const MIN_PASSWORD_LENGTH = 10;
const COMMON = new Set<string>(COMMON_PASSWORDS as string[]);

/** Character classes: lower case, upper case, digits, everything else (symbols, CJK, spaces). */
function classesOf(password: string): number {
  let mask = 0;
  for (const ch of password) {
    if (/[a-z]/.test(ch)) mask |= 1;
    else if (/[A-Z]/.test(ch)) mask |= 2;
    else if (/[0-9]/.test(ch)) mask |= 4;
    else mask |= 8;
  }
  return (mask & 1) + ((mask >> 1) & 1) + ((mask >> 2) & 1) + ((mask >> 3) & 1);
}

/** Why `password` is refused for `username`, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): Message | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return msg(`密码至少 ${MIN_PASSWORD_LENGTH} 位`, `A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && lower.includes(name)) return msg("密码不能包含用户名", "The password must not contain the username");
  if (COMMON.has(lower))
    return msg("该密码过于常见,容易被猜中,请换一个", "This password is too common and easy to guess; choose another");
  if (classesOf(password) < 2) {
    return msg(
      "密码须混合至少两类字符:小写字母、大写字母、数字、符号",
      "Mix at least two kinds of characters: lower-case, upper-case, digits, symbols",
    );
  }
  return null;
}

/** Throws BAD_USER_INPUT naming `field` (never repeating the password) when the policy refuses it. */
export function assertPasswordAcceptable(password: string, username: string, field: "password" | "newPassword"): void {
  const problem = passwordProblem(password, username);
  if (problem) throw badInput(field, problem);
}

/** Letters and digits a person can read off a screen and type without confusion (no 0/O, 1/l/I). */
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A one-time password for an administrator's reset: 16 characters from 55 (~92 bits) in groups
 * of four, e.g. `k7Qm-x3Pa-…`; regenerated in the rare case the policy refuses it.
 */
export function generateOneTimePassword(username: string): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    const otp = chars.match(/.{4}/g)!.join("-");
    if (!passwordProblem(otp, username) && /\d/.test(otp) && /[a-z]/i.test(otp)) return otp;
  }
}
