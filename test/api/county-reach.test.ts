import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creditCodeCheckChar } from "../../server/src/modules/suppliers/credit-code";
import { currentYear, today } from "../../server/src/shared/dates";
import { graphql } from "./gql";
import type { TypedDocumentString } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

/**
 * Issue 8: every write that names a west county checks that the county is in the caller's reach
 * (`checkCountiesInReach`): a coordinator only counties paired with its region subtree, a county
 * official only its own. Out of reach: FORBIDDEN naming the field (the county exists — regions are
 * public — the caller may not act for it), and nothing written. Pingdu has no pairing in the demo
 * data, so every county is out of its reach; Jiaozhou is paired with Zhenning.
 */
let s: TestServer;
const t: Record<string, string> = {};
const year = currentYear();
let region: Record<string, string>;
let pingduEnterprise: string;
let pingduLead: string;
let pingduBuyer: string;
let lihaLead: string; // 利和: a public lead naming Huixian, Zhenning and Cele
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17)!;

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "jiaozhou", "pingdu", "zhenning"]) t[u] = await s.login(u);
  region = Object.fromEntries(
    (await s.sql<{ code: string; id: string }>(`SELECT code, id FROM region`)).map((r) => [r.code, r.id]),
  );
  const e = await s.gql(
    graphql(`
      mutation CountyReachEnterprise($i: CreateEnterpriseInput!) {
        createEnterprise(input: $i) {
          id
        }
      }
    `),
    {
      i: {
        name: "平度测试机械有限公司",
        industry: "机械",
        creditCode: creditCode("91370283MA3X1Y2K8"),
        homeRegionId: region["370283"],
      },
    },
    t.pingdu,
  );
  pingduEnterprise = e.data!.createEnterprise.id;
  const l = await s.gql(
    graphql(`
      mutation CountyReachLead($i: CreateLeadInput!) {
        createInvestmentLead(input: $i) {
          id
        }
      }
    `),
    {
      i: { enterpriseId: pingduEnterprise, title: "平度机械西部建厂", industry: "机械", plannedInvestment: "10000000" },
    },
    t.admin,
  );
  pingduLead = l.data!.createInvestmentLead.id;
  lihaLead = (
    await s.sql(
      `SELECT l.id FROM investment_lead l JOIN enterprise e ON e.id = l.enterprise_id WHERE e.name LIKE '%利和%'`,
    )
  )[0].id;
  pingduBuyer = (await s.sql(`SELECT id FROM buyer WHERE name = '平度市实验中学'`))[0].id;
}, 120_000);
afterAll(() => s?.close());

const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM site_visit)::int AS visits, (SELECT count(*) FROM investment_project)::int AS projects,
    (SELECT count(*) FROM quota)::int AS quotas, (SELECT count(*) FROM quota_county_split)::int AS splits,
    (SELECT count(*) FROM job_fair)::int AS jobFairs, (SELECT count(*) FROM workshop)::int AS workshops,
    (SELECT count(*) FROM training_session)::int AS trainings, (SELECT count(*) FROM supplier)::int AS suppliers,
    (SELECT count(*) FROM ledger_entry)::int AS ledger, (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];

const VISIT = graphql(`
  mutation CountyReachVisit($i: RecordSiteVisitInput!) {
    recordSiteVisit(input: $i) {
      id
    }
  }
`);
const PROJECT = graphql(`
  mutation CountyReachProject($i: CreateProjectInput!) {
    createInvestmentProject(input: $i) {
      id
    }
  }
`);
const refusal = (r: GqlResult<unknown>) => [codeOf(r), r.errors?.[0]?.extensions?.field];
/** One write with its input checked against the operation's variables. */
const write =
  <R, V>(mutation: TypedDocumentString<R, { i: V }>, input: V) =>
  (token: string) =>
    s.gql(mutation, { i: input }, token);

describe("a write naming a county out of the caller's reach is FORBIDDEN, nothing written", () => {
  it("every write that names a west county", async () => {
    const zhenning = region["520423"];
    const pingdu = region["370283"];
    const cases: [string, (token: string) => Promise<GqlResult<unknown>>, string, string][] = [
      [
        "site visit",
        write(VISIT, {
          eastRegionId: pingdu,
          delegation: "平度考察团",
          visitedOn: today(),
          countyIds: [zhenning],
          enterpriseIds: [pingduEnterprise],
        }),
        "pingdu",
        "countyIds",
      ],
      ["project", write(PROJECT, { leadId: pingduLead, countyId: zhenning }), "pingdu", "countyId"],
      [
        "quota split",
        write(
          graphql(`
            mutation CountyReachQuota($i: SetQuotaInput!) {
              setQuota(input: $i) {
                id
              }
            }
          `),
          { buyerId: pingduBuyer, year, amount: "100000", countySplits: [{ countyId: zhenning, amount: "50000" }] },
        ),
        "pingdu",
        "countyId",
      ],
      [
        "job fair",
        write(
          graphql(`
            mutation CountyReachJobFair($i: RecordJobFairInput!) {
              recordJobFair(input: $i) {
                id
              }
            }
          `),
          {
            countyId: zhenning,
            eastRegionId: pingdu,
            name: "平度专场",
            venue: "镇宁",
            heldOn: today(),
            enterpriseIds: [],
            attendance: 10,
            offers: 1,
          },
        ),
        "pingdu",
        "countyId",
      ],
      [
        "workshop",
        write(
          graphql(`
            mutation CountyReachWorkshop($i: RegisterWorkshopInput!) {
              registerWorkshop(input: $i) {
                id
              }
            }
          `),
          {
            countyId: zhenning,
            eastRegionId: pingdu,
            name: "平度车间",
            registeredOn: today(),
            employed: 10,
            poorEmployed: 2,
          },
        ),
        "pingdu",
        "countyId",
      ],
      [
        "training",
        write(
          graphql(`
            mutation CountyReachTraining($i: RecordTrainingInput!) {
              recordTraining(input: $i) {
                id
              }
            }
          `),
          {
            countyId: zhenning,
            eastRegionId: pingdu,
            title: "平度培训",
            startsOn: today(),
            endsOn: today(),
            headcount: 5,
          },
        ),
        "pingdu",
        "countyId",
      ],
      [
        "supplier (another county)",
        write(
          graphql(`
            mutation CountyReachSupplier($i: RecommendSupplierInput!) {
              recommendSupplier(input: $i) {
                id
              }
            }
          `),
          { countyId: region["621227"], name: "徽县测试合作社", creditCode: creditCode("93621227MA7X1Y2K8") },
        ),
        "zhenning",
        "countyId",
      ],
      [
        "project (another county)",
        write(PROJECT, { leadId: lihaLead, countyId: region["621227"] }),
        "zhenning",
        "countyId",
      ],
    ];
    const before = await counts();
    for (const [what, send, user, field] of cases) {
      const r = await send(t[user]);
      expect(refusal(r), what).toEqual(["FORBIDDEN", field]);
    }
    expect(await counts()).toEqual(before);
  });

  it("a county paired with the coordinator's region is accepted (the check refuses only what it should)", async () => {
    const r = await s.gql(
      VISIT,
      { i: { delegation: "胶州考察团", visitedOn: today(), countyIds: [region["520423"]], enterpriseIds: [] } },
      t.jiaozhou,
    );
    expect(r.errors).toBeUndefined();
    // An admin names any county.
    const a = await s.gql(
      VISIT,
      {
        i: {
          eastRegionId: region["370283"],
          delegation: "平度考察团",
          visitedOn: today(),
          countyIds: [region["520423"]],
          enterpriseIds: [],
        },
      },
      t.admin,
    );
    expect(a.errors).toBeUndefined();
  });
});
