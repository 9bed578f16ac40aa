import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idNumberCheckChar } from "../../server/src/modules/labour/id-number";
import { graphql } from "./gql";
import type { UpdateJobPostingInput } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";
import { daysAgo } from "./consumption-fixtures";

/**
 * Issue 11, "no traps": 表达意向 can be withdrawn (by the one who expressed it) and job postings
 * can be edited, closed and reopened (by their employer or its coordinator); a closed posting takes
 * no placement. Every refusal writes nothing.
 */
let s: TestServer;
const t: Record<string, string> = {};
const region: Record<string, string> = {};

const count = async (table: string) => (await s.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const counts = async () => ({
  audit: await count("audit_entry"),
  interest: await count("lead_interest"),
  placement: await count("placement"),
  postings: JSON.stringify(await s.sql(`SELECT * FROM job_posting ORDER BY id`)),
});
async function expectNothingWritten(work: () => Promise<void>) {
  const before = await counts();
  await work();
  expect(await counts()).toEqual(before);
}
const errorOf = (r: GqlResult) => r.errors?.[0]?.extensions as { code?: string; field?: string } | undefined;

/** A user made by the admin with a password of its own, signed in. */
async function userToken(username: string, role: string, extra: Record<string, string>): Promise<string> {
  const password = "Uikit-2026-secret";
  const u = await s.gql(
    graphql(`
      mutation UikitCreateUser($i: CreateUserInput!) {
        createUser(input: $i) {
          id
        }
      }
    `),
    { i: { username, displayName: username, role: role as never, password, ...extra } },
    t.admin,
  );
  expect(u.errors).toBeUndefined();
  const login = await s.gql(
    graphql(`
      mutation UikitLogin($u: String!, $p: String!) {
        login(input: { username: $u, password: $p }) {
          token
        }
      }
    `),
    { u: username, p: password },
  );
  return login.data!.login.token;
}

beforeAll(async () => {
  s = await startTestServer({});
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  for (const r of await s.sql(`SELECT id, code FROM region`)) region[r.code] = r.id;
});
afterAll(() => s?.close());

describe("表达意向 withdrawn (撤回意向)", () => {
  const INTEREST = graphql(`
    mutation UikitExpressInterest($i: ExpressInterestInput!) {
      expressInterest(input: $i) {
        id
        interests {
          mine
          county {
            code
          }
        }
      }
    }
  `);
  const WITHDRAW = graphql(`
    mutation UikitWithdrawInterest($leadId: ID!) {
      withdrawInterest(leadId: $leadId) {
        id
        interests {
          mine
          county {
            code
          }
        }
      }
    }
  `);
  let leadId: string;
  let colleague: string;

  beforeAll(async () => {
    // A lead Zhenning can see and has not yet expressed interest in.
    const [lead] = await s.sql(
      `SELECT l.id FROM investment_lead l WHERE l.visibility = 'PUBLIC'
         AND NOT EXISTS (SELECT 1 FROM lead_interest i WHERE i.lead_id = l.id) ORDER BY l.title LIMIT 1`,
    );
    leadId = lead.id;
    colleague = await userToken("zhenning-2", "COUNTY_OFFICIAL", { regionId: region["520423"] });
  });

  it("the official who expressed it withdraws it: the county's interest is gone, audited with what was withdrawn", async () => {
    const r1 = await s.gql(INTEREST, { i: { leadId, note: "欢迎考察" } }, t.zhenning);
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.expressInterest.interests).toEqual([{ mine: true, county: { code: "520423" } }]);
    // A colleague of the same county sees it, not as its own.
    const seen = await s.gql(INTEREST, { i: { leadId } }, colleague);
    expect(seen.data!.expressInterest.interests).toEqual([{ mine: false, county: { code: "520423" } }]);

    const auditBefore = await count("audit_entry");
    const r = await s.gql(WITHDRAW, { leadId }, t.zhenning);
    expect(r.errors).toBeUndefined();
    expect(r.data!.withdrawInterest.interests).toEqual([]);
    expect(await count("audit_entry")).toBe(auditBefore + 1);
    const [entry] = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [leadId],
    );
    expect(entry.action).toBe("LEAD_INTEREST_WITHDRAWN");
    expect(entry.change).toMatchObject({ countyId: region["520423"], note: "欢迎考察" });
    // Expressed again after a withdrawal: a new interest.
    expect((await s.gql(INTEREST, { i: { leadId } }, t.zhenning)).data!.expressInterest.interests).toHaveLength(1);
  });

  it("refuses: a colleague FORBIDDEN, no interest or a lead out of reach NOT_FOUND, other roles FORBIDDEN; nothing written", async () => {
    await expectNothingWritten(async () => {
      const colleagueTry = await s.gql(WITHDRAW, { leadId }, colleague);
      expect(codeOf(colleagueTry)).toBe("FORBIDDEN");
      // Huixian has expressed nothing on it (and may not even see it): NOT_FOUND either way.
      expect(codeOf(await s.gql(WITHDRAW, { leadId }, t.huixian))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(WITHDRAW, { leadId: "00000000-0000-4000-8000-000000000000" }, t.zhenning))).toBe(
        "NOT_FOUND",
      );
      for (const u of ["jiaozhou", "enterprise", "buyer", "admin"])
        expect(codeOf(await s.gql(WITHDRAW, { leadId }, t[u])), u).toBe("FORBIDDEN");
    });
    // Withdrawn twice: the second time there is nothing to withdraw.
    expect((await s.gql(WITHDRAW, { leadId }, t.zhenning)).errors).toBeUndefined();
    await expectNothingWritten(async () => {
      const again = await s.gql(WITHDRAW, { leadId }, t.zhenning);
      expect(errorOf(again)).toMatchObject({ code: "NOT_FOUND", field: "leadId" });
    });
  });
});

describe("job postings edited, closed and reopened", () => {
  graphql(`
    fragment UikitPosting on JobPosting {
      id
      position
      places
      filled
      wageMin
      wageMax
      housing
      opensOn
      closesOn
      description
      open
      closedAt
      location {
        code
      }
    }
  `);
  const POST = graphql(`
    mutation UikitCreatePosting($i: CreateJobPostingInput!) {
      createJobPosting(input: $i) {
        ...UikitPosting
      }
    }
  `);
  const UPDATE = graphql(`
    mutation UikitUpdatePosting($i: UpdateJobPostingInput!) {
      updateJobPosting(input: $i) {
        ...UikitPosting
      }
    }
  `);
  const CLOSE = graphql(`
    mutation UikitClosePosting($id: ID!) {
      closeJobPosting(id: $id) {
        ...UikitPosting
      }
    }
  `);
  const REOPEN = graphql(`
    mutation UikitReopenPosting($id: ID!) {
      reopenJobPosting(id: $id) {
        ...UikitPosting
      }
    }
  `);
  const LIST = graphql(`
    query UikitPostings($f: JobPostingFilter) {
      jobPostings(first: 100, filter: $f) {
        nodes {
          id
          open
        }
      }
    }
  `);
  const PLACE = graphql(`
    mutation UikitPlaceWorker($i: PlaceWorkerInput!) {
      placeWorker(input: $i) {
        __typename
        ... on ErrorResult {
          code
          message
        }
        ... on InvalidStateError {
          entityId
          state
          action
        }
        ... on Placement {
          id
        }
      }
    }
  `);
  const PUT = graphql(`
    mutation UikitPutForward($i: PutForwardWorkerInput!) {
      putForwardWorker(input: $i) {
        id
      }
    }
  `);
  let seq = 701; // odd: a man's ID number
  async function newWorker(): Promise<string> {
    const first17 = `520423${1994}0101${String((seq += 2)).padStart(3, "0")}`;
    const idNumber = first17 + idNumberCheckChar(first17);
    const r = await s.gql(
      PUT,
      {
        i: {
          name: "赵测试",
          sex: "MALE",
          birthYear: 1994,
          idNumber,
          phone: "13900007777",
          registeredPoor: true,
          skills: ["缝纫"],
          consent: true,
        },
      },
      t.zhenning,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.putForwardWorker.id;
  }
  let posting: string;

  beforeAll(async () => {
    const r = await s.gql(
      POST,
      {
        i: {
          position: "包装工",
          places: 3,
          wageMin: "4000",
          wageMax: "5000",
          locationRegionId: region["370281"],
          housing: "MEALS",
          opensOn: daysAgo(100),
        },
      },
      t.enterprise,
    );
    expect(r.errors).toBeUndefined();
    posting = r.data!.createJobPosting.id;
  });

  it("the employer edits its posting: only what changed is audited, before and after, the wage as a range", async () => {
    const r = await s.gql(
      UPDATE,
      {
        i: {
          id: posting,
          position: " 包装工(夜班) ",
          places: 4,
          wageMax: "5500.50",
          housing: "MEALS_AND_LODGING",
          description: "两班倒",
        },
      },
      t.enterprise,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateJobPosting).toMatchObject({
      position: "包装工(夜班)",
      places: 4,
      wageMin: "4000.00",
      wageMax: "5500.50",
      housing: "MEALS_AND_LODGING",
      description: "两班倒",
      open: true,
      closedAt: null,
    });
    const [entry] = await s.sql(
      `SELECT action, change FROM audit_entry WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [posting],
    );
    expect(entry.action).toBe("JOB_POSTING_UPDATED");
    expect(entry.change.before).toEqual({
      position: "包装工",
      places: 3,
      wage: "4000.00–5000.00",
      housing: "MEALS",
      description: null,
    });
    expect(entry.change.after).toMatchObject({ wage: "4000.00–5500.50", places: 4 });
    // A coordinator of the employer's region may edit too; an unchanged edit writes nothing.
    const byCoordinator = await s.gql(UPDATE, { i: { id: posting, closesOn: daysAgo(-30) } }, t.jiaozhou);
    expect(byCoordinator.data!.updateJobPosting.closesOn).toBe(daysAgo(-30));
    await expectNothingWritten(async () => {
      expect((await s.gql(UPDATE, { i: { id: posting, places: 4 } }, t.enterprise)).errors).toBeUndefined();
    });
    // closesOn: null makes it open until filled again.
    expect(
      (await s.gql(UPDATE, { i: { id: posting, closesOn: null } }, t.enterprise)).data!.updateJobPosting.closesOn,
    ).toBeNull();
  });

  it("refuses bad values (BAD_USER_INPUT naming the field), other employers (NOT_FOUND), other regions and roles (FORBIDDEN)", async () => {
    const worker = await newWorker();
    const placed = await s.gql(PLACE, { i: { workerId: worker, postingId: posting } }, t.zhenning);
    expect(placed.data!.placeWorker.__typename).toBe("Placement");
    const cases: [Partial<UpdateJobPostingInput>, string][] = [
      [{ position: "  " }, "position"],
      [{ places: 0 }, "places"],
      [{ places: 100_001 }, "places"],
      [{ wageMin: "9000" }, "wageMax"],
      [{ wageMin: "0" }, "wageMin"],
      [{ closesOn: daysAgo(200) }, "closesOn"],
      [{ opensOn: daysAgo(1), closesOn: daysAgo(2) }, "closesOn"],
      [{ locationRegionId: region["520423"] }, "locationRegionId"],
    ];
    const [hongxing] = await s.sql(`SELECT id FROM enterprise WHERE name = '红星山海科技有限公司'`);
    const other = await userToken("hongxing-uikit", "ENTERPRISE", { enterpriseId: hongxing.id });
    await expectNothingWritten(async () => {
      for (const [over, field] of cases) {
        const r = await s.gql(UPDATE, { i: { id: posting, ...over } }, t.enterprise);
        expect(errorOf(r), JSON.stringify(over)).toMatchObject({ code: "BAD_USER_INPUT", field });
      }
      // Another employer: the posting does not exist for it.
      for (const op of [
        () => s.gql(UPDATE, { i: { id: posting, places: 9 } }, other),
        () => s.gql(CLOSE, { id: posting }, other),
      ])
        expect(codeOf(await op())).toBe("NOT_FOUND");
      // Pingdu's coordinator reads every posting but does not manage this employer.
      expect(codeOf(await s.gql(UPDATE, { i: { id: posting, places: 9 } }, t.pingdu))).toBe("FORBIDDEN");
      expect(codeOf(await s.gql(CLOSE, { id: posting }, t.pingdu))).toBe("FORBIDDEN");
      for (const u of ["zhenning", "buyer"]) {
        expect(codeOf(await s.gql(UPDATE, { i: { id: posting, places: 9 } }, t[u])), u).toBe("FORBIDDEN");
        expect(codeOf(await s.gql(CLOSE, { id: posting }, t[u])), u).toBe("FORBIDDEN");
      }
    });
    expect(errorOf(await s.gql(UPDATE, { i: { id: posting, places: 0 } }, t.enterprise))?.field).toBe("places");
  });

  it("a closed posting takes no placement (InvalidStateError, nothing written); reopened, it does", async () => {
    const closed = await s.gql(CLOSE, { id: posting }, t.enterprise);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeJobPosting).toMatchObject({ open: false, filled: 1 });
    expect(closed.data!.closeJobPosting.closedAt).toBeTruthy();
    const [entry] = await s.sql(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq DESC LIMIT 1`, [
      posting,
    ]);
    expect(entry.action).toBe("JOB_POSTING_CLOSED");
    // The list tells open from closed.
    const open = await s.gql(LIST, { f: { open: true } }, t.enterprise);
    expect(open.data!.jobPostings.nodes.map((p) => p.id)).not.toContain(posting);
    const shut = await s.gql(LIST, { f: { open: false } }, t.enterprise);
    expect(shut.data!.jobPostings.nodes).toEqual([{ id: posting, open: false }]);

    const worker = await newWorker();
    await expectNothingWritten(async () => {
      const r = await s.gql(PLACE, { i: { workerId: worker, postingId: posting } }, t.zhenning);
      expect(r.data!.placeWorker).toMatchObject({
        __typename: "InvalidStateError",
        code: "INVALID_STATE",
        entityId: posting,
        state: "CLOSED",
        action: "PLACE",
      });
      // Closing twice: CONFLICT.
      expect(codeOf(await s.gql(CLOSE, { id: posting }, t.enterprise))).toBe("CONFLICT");
    });
    // Editing a closed posting is allowed (to correct it before reopening).
    expect((await s.gql(UPDATE, { i: { id: posting, places: 5 } }, t.enterprise)).errors).toBeUndefined();

    const reopened = await s.gql(REOPEN, { id: posting }, t.jiaozhou);
    expect(reopened.data!.reopenJobPosting).toMatchObject({ open: true, closedAt: null });
    expect(codeOf(await s.gql(REOPEN, { id: posting }, t.enterprise))).toBe("CONFLICT");
    const r = await s.gql(PLACE, { i: { workerId: worker, postingId: posting } }, t.zhenning);
    expect(r.data!.placeWorker.__typename).toBe("Placement");
    const actions = await s.sql(
      `SELECT action FROM audit_entry WHERE entity_id = $1 AND action LIKE 'JOB_POSTING_%' ORDER BY seq`,
      [posting],
    );
    expect(actions.map((a) => a.action)).toEqual([
      "JOB_POSTING_CREATED",
      "JOB_POSTING_UPDATED",
      "JOB_POSTING_UPDATED",
      "JOB_POSTING_UPDATED",
      "JOB_POSTING_CLOSED",
      "JOB_POSTING_UPDATED",
      "JOB_POSTING_REOPENED",
    ]);
  });
});
