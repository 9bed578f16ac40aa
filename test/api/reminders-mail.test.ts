import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { codeOf, startTestServer, type TestServer } from "./harness";
import { currentYear } from "../../server/src/shared/dates";
import { runDailyReminders, systemContext } from "../../server/src/modules/notifications/reminders";
import { UserEmailAtRest1763900000046 } from "../../server/src/db/migrations/1763900000046-UserEmailAtRest";

/**
 * Issue 13, "optional e-mail through SMTP when configured": with a fixed clock and an SMTP server
 * inside the test, a buyer behind pace with an e-mail address gets one mail, a second run the same
 * day none, a buyer at 100% none; with the SMTP server down the notification is still written, and
 * the mail goes out at the next run. The address is personal data: masked for others, never in an
 * error, a log line or the stored mail error.
 */
let s: TestServer;
let smtp: SMTPServer;
let smtpPort = 0;
let deadPort = 0;
const t: Record<string, string> = {};
const YEAR = currentYear();
const ADDRESS = "cai.gou@hospital.example.org";
let buyerUser = "";
let hospital = "";

interface Received {
  to: string[];
  raw: string;
}
const received: Received[] = [];
const mailsTo = (address: string) => received.filter((m) => m.to.includes(address));

const SET_QUOTA = `mutation MailSetQuota($i: SetQuotaInput!) { setQuota(input: $i) { id } }`;
const COMPLETION = `query MailCompletion($b: ID!, $y: Int!) { quotaCompletion(buyerId: $b, year: $y) { counted } }`;
const SET_MINE = `mutation MailSetMine($e: String) { setMyEmail(email: $e) { id email } }`;
const SET_USER = `mutation MailSetUser($u: ID!, $e: String) { setUserEmail(userId: $u, email: $e) { id email } }`;
const USERS = `query MailUsers($s: String) { users(first: 5, filter: { search: $s }) { nodes { id username email } } }`;
const ME = `query MailMe { me { id email } }`;

/** A port nothing listens on: opened, read, closed. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
  const port = (srv.address() as AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** The job's context with SMTP at `port` (the server under test is configured with the live one). */
const ctx = (port = smtpPort) =>
  systemContext(s.app.db, { ...s.app.config, smtpUrl: `smtp://127.0.0.1:${port}` }, s.app.log);

const rowOf = async (day: string) =>
  (
    await s.sql(
      `SELECT mailed_at, mail_error FROM notification WHERE kind = 'BUYER_BEHIND_PACE' AND recipient_id = $1 AND subject_id = $2 AND day = $3::date`,
      [buyerUser, hospital, day],
    )
  )[0] as { mailed_at: Date | null; mail_error: string | null } | undefined;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        done();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  deadPort = await closedPort();
  s = await startTestServer(
    { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, mailFrom: "协作平台 <noreply@xiezuo.example.org>" },
    { captureLogs: true },
  );
  for (const u of ["admin", "jiaozhou", "buyer"]) t[u] = await s.login(u);
  [{ id: buyerUser, buyer_id: hospital }] = await s.sql(`SELECT id, buyer_id FROM app_user WHERE username = 'buyer'`);
}, 120_000);
afterAll(async () => {
  await s?.close();
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
});

describe("a user's e-mail address", () => {
  it("is refused when malformed (BAD_USER_INPUT on email, the value not repeated), writing nothing", async () => {
    const bad = "not an address@@example";
    const r = await s.gql(SET_MINE, { e: bad }, t.buyer);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.field).toBe("email");
    expect(JSON.stringify(r.errors)).not.toContain(bad);
    // A masked address sent back is not taken for the address.
    expect(codeOf(await s.gql(SET_MINE, { e: "c***@hospital.example.org" }, t.buyer))).toBe("BAD_USER_INPUT");
    const [stored] = await s.sql(`SELECT email_enc, email_masked FROM app_user WHERE id = $1`, [buyerUser]);
    expect(stored).toEqual({ email_enc: null, email_masked: null });
  });

  it("is set by the user, whole for the user and administrators, masked for others, audited masked", async () => {
    const r = await s.gql(SET_MINE, { e: ` ${ADDRESS} ` }, t.buyer);
    expect(r.errors).toBeUndefined();
    expect(r.data.setMyEmail.email).toBe(ADDRESS);
    expect((await s.gql(ME, {}, t.buyer)).data.me.email).toBe(ADDRESS);
    const asAdmin = await s.gql(USERS, { s: "buyer" }, t.admin);
    expect(asAdmin.data.users.nodes.find((u: { id: string }) => u.id === buyerUser).email).toBe(ADDRESS);
    const asCoordinator = await s.gql(USERS, { s: "buyer" }, t.jiaozhou);
    const seen = asCoordinator.data?.users.nodes.find((u: { id: string }) => u.id === buyerUser);
    if (seen) expect(seen.email).toBe("c***@hospital.example.org");
    const audit = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'USER_EMAIL_CHANGED' AND entity_id = $1::text`,
      [buyerUser],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].change)).not.toContain(ADDRESS);
    expect(audit[0].change.after.email).toBe("c***@hospital.example.org");
    // At rest the address is encrypted (migration 046), its mask beside it; no column holds it plain.
    const [row] = await s.sql(`SELECT to_jsonb(u) AS u FROM app_user u WHERE id = $1`, [buyerUser]);
    expect(JSON.stringify(row.u)).not.toContain(ADDRESS);
    expect(row.u.email_enc).toMatch(/^v1:/);
    expect(row.u.email_masked).toBe("c***@hospital.example.org");
  });

  it("migration 046 encrypted the plain addresses that were there (down and up again, rolled back)", async () => {
    const m = new UserEmailAtRest1763900000046();
    const q = s.app.db.createQueryRunner();
    try {
      await q.startTransaction();
      await m.down(q);
      expect((await q.query(`SELECT email FROM app_user WHERE id = $1`, [buyerUser]))[0].email).toBe(ADDRESS);
      await m.up(q);
      const [row] = await q.query(`SELECT to_jsonb(u) AS u FROM app_user u WHERE id = $1`, [buyerUser]);
      expect(JSON.stringify(row.u)).not.toContain(ADDRESS);
      expect(row.u.email_masked).toBe("c***@hospital.example.org");
      expect(row.u.email_enc).toMatch(/^v1:/);
      expect(row.u).not.toHaveProperty("email");
    } finally {
      if (q.isTransactionActive) await q.rollbackTransaction();
      await q.release();
    }
    expect((await s.gql(ME, {}, t.buyer)).data.me.email).toBe(ADDRESS);
  });

  it("is set for anyone by an administrator only", async () => {
    const [{ id: zhenning }] = await s.sql(`SELECT id FROM app_user WHERE username = 'zhenning'`);
    expect(codeOf(await s.gql(SET_USER, { u: zhenning, e: "z@example.org" }, t.jiaozhou))).toBe("FORBIDDEN");
    const r = await s.gql(SET_USER, { u: zhenning, e: "zhen.ning@example.org" }, t.admin);
    expect(r.data.setUserEmail.email).toBe("zhen.ning@example.org");
    expect((await s.gql(SET_USER, { u: zhenning, e: null }, t.admin)).data.setUserEmail.email).toBeNull();
  });
});

describe("reminders by e-mail, with a fixed clock", () => {
  it("mails a buyer behind pace once a day, and a buyer at 100% nothing", async () => {
    const counted = (await s.gql(COMPLETION, { b: hospital, y: YEAR }, t.buyer)).data.quotaCompletion.counted;
    const quota = (amount: string) =>
      s.gql(SET_QUOTA, { i: { buyerId: hospital, year: YEAR, basis: "FIXED", amount } }, t.jiaozhou);
    expect((await quota("365000.00")).errors).toBeUndefined();

    const d1 = `${YEAR}-12-20`;
    expect((await runDailyReminders(ctx(), d1)).BUYER_BEHIND_PACE).toBe(1);
    expect(mailsTo(ADDRESS)).toHaveLength(1);
    const mail = mailsTo(ADDRESS)[0].raw;
    expect(mail).toMatch(/^Subject: /m);
    expect(mail).toMatch(/^From: .*noreply@xiezuo\.example\.org/m);
    expect((await rowOf(d1))?.mailed_at).toBeInstanceOf(Date);

    // Again the same day: no new notification, no new mail.
    expect((await runDailyReminders(ctx(), d1)).BUYER_BEHIND_PACE).toBe(0);
    expect(mailsTo(ADDRESS)).toHaveLength(1);

    // At 100%: no notification, so no mail.
    expect((await quota(counted)).errors).toBeUndefined();
    expect((await runDailyReminders(ctx(), `${YEAR}-12-21`)).BUYER_BEHIND_PACE).toBe(0);
    expect(mailsTo(ADDRESS)).toHaveLength(1);
    expect((await quota("365000.00")).errors).toBeUndefined();
  });

  it("the mail says what the bell says, in Chinese with the English below, amounts in 万", async () => {
    const raw = mailsTo(ADDRESS)[0].raw;
    // nodemailer encodes non-ASCII bodies (quoted-printable or base64): decode what it chose.
    const body = (() => {
      const [head, ...rest] = raw.split(/\r?\n\r?\n/);
      const text = rest.join("\n\n");
      if (/Content-Transfer-Encoding: base64/i.test(head))
        return Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
      if (/Content-Transfer-Encoding: quoted-printable/i.test(head))
        return Buffer.from(
          text
            .replace(/=\r?\n/g, "")
            .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8");
      return text;
    })();
    expect(body).toContain("消费任务进度落后");
    expect(body).toContain("(¥35.4万)"); // ¥354,000.00 expected by 20 December
    expect(body).toContain("Your purchases are behind your quota's pace");
    expect(body.indexOf("消费任务进度落后")).toBeLessThan(body.indexOf("Your purchases"));
  });

  it("with the SMTP server down, writes the notification anyway and mails it at the next run", async () => {
    const d = `${YEAR}-12-22`;
    const before = mailsTo(ADDRESS).length;
    expect((await runDailyReminders(ctx(deadPort), d)).BUYER_BEHIND_PACE).toBe(1);
    expect(mailsTo(ADDRESS)).toHaveLength(before);
    const failed = await rowOf(d);
    expect(failed?.mailed_at).toBeNull();
    expect(failed?.mail_error).toBeTruthy();
    expect(failed!.mail_error).not.toContain(ADDRESS);

    // The next run (the same day: hourly on the embedded database) mails it, once.
    expect((await runDailyReminders(ctx(), d)).BUYER_BEHIND_PACE).toBe(0);
    expect(mailsTo(ADDRESS)).toHaveLength(before + 1);
    const sent = await rowOf(d);
    expect(sent?.mailed_at).toBeInstanceOf(Date);
    expect(sent?.mail_error).toBeNull();
    await runDailyReminders(ctx(), d);
    expect(mailsTo(ADDRESS)).toHaveLength(before + 1);
  });

  it("never logs the address", () => {
    const logs = s.logs().join("\n");
    expect(logs).toContain("daily reminders mailed");
    expect(logs).toContain("reminder mail failed");
    expect(logs).not.toContain(ADDRESS);
  });
});
