import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creditCodeCheckChar } from "../../server/src/modules/suppliers/credit-code";
import {
  MUST_BE_EAST_REGION,
  MUST_BE_WEST_COUNTY,
  OUTSIDE_YOUR_REGION,
} from "../../server/src/modules/regions/region.service";
import { currentYear, FUTURE_DATE_MESSAGE, today } from "../../server/src/shared/dates";
import { Message } from "../../server/src/shared/messages";
import { graphql } from "./gql";
import type { TypedDocumentString } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

/**
 * Issue 9: one set of domain validators (regions service: east region, west county, the
 * coordinator's own subtree; shared/dates: not in the future). Every write that names a region or
 * states a date answers the same way through every module: BAD_USER_INPUT naming the field, one
 * wording (a domain's own where it says it better: a job's location, a training "once it has
 * ended"), and nothing written. Before, pairings said "east-side region" and orders "The order
 * date": the same rule in other words.
 */
let s: TestServer;
const t: Record<string, string> = {};
let region: Record<string, string>;
let lihaLead: string;
let pingduBuyer: string;
let enterpriseId: string;
let pairingId: string;
let productId: string;
const year = currentYear();
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17)!;
/** Tomorrow in China's calendar: the first day a recorded fact cannot carry. */
const tomorrow = (() => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
})();

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "pingdu", "buyer"]) t[u] = await s.login(u);
  region = Object.fromEntries(
    (await s.sql<{ code: string; id: string }>(`SELECT code, id FROM region`)).map((r) => [r.code, r.id]),
  );
  lihaLead = (
    await s.sql(
      `SELECT l.id FROM investment_lead l JOIN enterprise e ON e.id = l.enterprise_id WHERE e.name LIKE '%利和%'`,
    )
  )[0].id;
  pingduBuyer = (await s.sql(`SELECT id FROM buyer WHERE name = '平度市实验中学'`))[0].id;
  enterpriseId = (await s.sql(`SELECT id FROM enterprise ORDER BY name LIMIT 1`))[0].id;
  pairingId = (await s.sql(`SELECT id FROM pairing ORDER BY id LIMIT 1`))[0].id;
  productId = (await s.sql(`SELECT id FROM product WHERE stock > 0 ORDER BY id LIMIT 1`))[0].id;
}, 120_000);
afterAll(() => s?.close());

const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM buyer)::int AS buyers, (SELECT count(*) FROM enterprise)::int AS enterprises,
    (SELECT count(*) FROM fair)::int AS fairs, (SELECT count(*) FROM sales_centre)::int AS centres, (SELECT count(*) FROM group_target)::int AS targets,
    (SELECT count(*) FROM site_visit)::int AS visits, (SELECT count(*) FROM job_fair)::int AS jobFairs, (SELECT count(*) FROM workshop)::int AS workshops,
    (SELECT count(*) FROM training_session)::int AS trainings, (SELECT count(*) FROM pairing)::int AS pairings, (SELECT count(*) FROM job_posting)::int AS postings,
    (SELECT count(*) FROM supplier)::int AS suppliers, (SELECT count(*) FROM quota)::int AS quotas, (SELECT count(*) FROM investment_project)::int AS projects,
    (SELECT count(*) FROM investment_lead)::int AS leads, (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM purchase_order)::int AS orders,
    (SELECT count(*) FROM ledger_entry)::int AS ledger, (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];

const BUYER = graphql(`
  mutation ValidatorsBuyer($i: CreateBuyerInput!) {
    createBuyer(input: $i) {
      __typename
    }
  }
`);
const ENTERPRISE = graphql(`
  mutation ValidatorsEnterprise($i: CreateEnterpriseInput!) {
    createEnterprise(input: $i) {
      __typename
    }
  }
`);
const FAIR = graphql(`
  mutation ValidatorsFair($i: CreateFairInput!) {
    createFair(input: $i) {
      __typename
    }
  }
`);
const CENTRE = graphql(`
  mutation ValidatorsSalesCentre($i: CreateSalesCentreInput!) {
    createSalesCentre(input: $i) {
      __typename
    }
  }
`);
const TARGET = graphql(`
  mutation ValidatorsGroupTarget($i: SetGroupTargetInput!) {
    setGroupTarget(input: $i) {
      __typename
    }
  }
`);
const VISIT = graphql(`
  mutation ValidatorsSiteVisit($i: RecordSiteVisitInput!) {
    recordSiteVisit(input: $i) {
      __typename
    }
  }
`);
const JOB_FAIR = graphql(`
  mutation ValidatorsJobFair($i: RecordJobFairInput!) {
    recordJobFair(input: $i) {
      __typename
    }
  }
`);
const WORKSHOP = graphql(`
  mutation ValidatorsWorkshop($i: RegisterWorkshopInput!) {
    registerWorkshop(input: $i) {
      __typename
    }
  }
`);
const TRAINING = graphql(`
  mutation ValidatorsTraining($i: RecordTrainingInput!) {
    recordTraining(input: $i) {
      __typename
    }
  }
`);
const PAIRING = graphql(`
  mutation ValidatorsPairing($i: CreatePairingInput!) {
    createPairing(input: $i) {
      __typename
    }
  }
`);
const POSTING = graphql(`
  mutation ValidatorsJobPosting($i: CreateJobPostingInput!) {
    createJobPosting(input: $i) {
      __typename
    }
  }
`);
const SUPPLIER = graphql(`
  mutation ValidatorsSupplier($i: RecommendSupplierInput!) {
    recommendSupplier(input: $i) {
      __typename
    }
  }
`);
const QUOTA = graphql(`
  mutation ValidatorsQuota($i: SetQuotaInput!) {
    setQuota(input: $i) {
      __typename
    }
  }
`);
const PROJECT = graphql(`
  mutation ValidatorsProject($i: CreateProjectInput!) {
    createInvestmentProject(input: $i) {
      __typename
    }
  }
`);
const LEAD = graphql(`
  mutation ValidatorsLead($i: CreateLeadInput!) {
    createInvestmentLead(input: $i) {
      __typename
    }
  }
`);
const USER = graphql(`
  mutation ValidatorsUser($i: CreateUserInput!) {
    createUser(input: $i) {
      __typename
    }
  }
`);
const ORDER = graphql(`
  mutation ValidatorsOrder($i: PlaceOrderInput!) {
    placeOrder(input: $i) {
      __typename
    }
  }
`);
const FIGURE = graphql(`
  mutation ValidatorsFigure($i: RecordReportedFigureInput!) {
    recordReportedFigure(input: $i) {
      __typename
    }
  }
`);

/** One write with its input checked against the operation's variables. */
const write =
  <R, V>(mutation: TypedDocumentString<R, { i: V }>, input: V) =>
  (token: string) =>
    s.gql(mutation, { i: input }, token);

type Case = [
  what: string,
  send: (token: string) => Promise<GqlResult<unknown>>,
  user: string,
  field: string,
  message?: string | RegExp | Message,
];

const fair = (eastRegionId: string) => ({
  name: "校验大集",
  venue: "胶州",
  startsOn: today(),
  endsOn: today(),
  eastRegionId,
});
const jobFair = (eastRegionId: string, countyId: string, heldOn = today()) => ({
  countyId,
  eastRegionId,
  name: "校验专场",
  venue: "镇宁",
  heldOn,
  enterpriseIds: [],
  attendance: 10,
  offers: 1,
});
const workshop = (eastRegionId: string, countyId: string, registeredOn = today()) => ({
  countyId,
  eastRegionId,
  name: "校验车间",
  registeredOn,
  employed: 10,
  poorEmployed: 2,
});
const training = (eastRegionId: string, countyId: string, endsOn = today()) => ({
  countyId,
  eastRegionId,
  title: "校验培训",
  startsOn: today(),
  endsOn,
  headcount: 5,
});
const visit = (eastRegionId: string, countyIds: string[], visitedOn = today()) => ({
  eastRegionId,
  delegation: "校验考察团",
  visitedOn,
  countyIds,
  enterpriseIds: [],
});
const posting = (locationRegionId: string) => ({
  enterpriseId,
  position: "校验岗位",
  places: 2,
  wageMin: "3000",
  wageMax: "5000",
  housing: "NONE" as const,
  opensOn: today(),
  locationRegionId,
});

async function expectRefusals(cases: Case[]) {
  const before = await counts();
  for (const [what, send, user, field, message] of cases) {
    const r = await send(t[user]);
    expect([codeOf(r), r.errors?.[0]?.extensions?.field], what).toEqual(["BAD_USER_INPUT", field]);
    // A server message: both languages, apart (extensions.messages), and `message` in the default zh-CN.
    if (message instanceof Message) expect(r.errors![0].extensions?.messages, what).toEqual(message.texts);
    else if (message) expect(r.errors![0].message, what).toMatch(message);
  }
  expect(await counts()).toEqual(before);
}

describe("one set of domain validators, every module", () => {
  it("an east region where one is required: one wording, naming the field", async () => {
    const west = region["520423"]; // 镇宁县, a west county
    const east = region["370281"];
    const same = MUST_BE_EAST_REGION;
    await expectRefusals([
      [
        "buyer",
        write(BUYER, { name: "校验采购单位", group: "EDUCATION", eastRegionId: west }),
        "admin",
        "eastRegionId",
        same,
      ],
      [
        "enterprise",
        write(ENTERPRISE, {
          name: "校验企业",
          industry: "机械",
          creditCode: creditCode("91370281MA3X9Y2K7"),
          homeRegionId: west,
        }),
        "admin",
        "homeRegionId",
        same,
      ],
      ["fair", write(FAIR, fair(west)), "admin", "eastRegionId", same],
      [
        "sales centre",
        write(CENTRE, { name: "校验展销中心", address: "胶州", eastRegionId: west }),
        "admin",
        "eastRegionId",
        same,
      ],
      [
        "group target",
        write(TARGET, { eastRegionId: west, group: "EDUCATION", year, amount: "1000" }),
        "admin",
        "eastRegionId",
        same,
      ],
      ["site visit", write(VISIT, visit(west, [west])), "admin", "eastRegionId", same],
      ["job fair", write(JOB_FAIR, jobFair(west, west)), "admin", "eastRegionId", same],
      ["workshop", write(WORKSHOP, workshop(west, west)), "admin", "eastRegionId", same],
      ["training", write(TRAINING, training(west, west)), "admin", "eastRegionId", same],
      // Before issue 9 pairings said "Must be an east-side region".
      [
        "pairing",
        write(PAIRING, { eastRegionId: west, westRegionId: west, kind: "EAST_WEST", since: today() }),
        "admin",
        "eastRegionId",
        same,
      ],
      [
        "pairing's west side",
        write(PAIRING, { eastRegionId: east, westRegionId: east, kind: "EAST_WEST", since: today() }),
        "admin",
        "westRegionId",
        "须为受援方地区",
      ],
      // The domain's own wording where it says more.
      ["job posting", write(POSTING, posting(west)), "admin", "locationRegionId", "工作地点须在东部协作地区"],
      [
        "coordinator account",
        write(USER, {
          username: "check-coord",
          displayName: "校验",
          password: "Xiezuo#2026check",
          role: "COORDINATOR",
          regionId: west,
        }),
        "admin",
        "regionId",
        "协调员须属于支援方地区",
      ],
    ]);
  });

  it("a coordinator names east regions of its own subtree only", async () => {
    const jiaozhou = region["370281"]; // Pingdu's sibling under Qingdao
    const out = OUTSIDE_YOUR_REGION;
    await expectRefusals([
      [
        "buyer",
        write(BUYER, { name: "校验采购单位", group: "EDUCATION", eastRegionId: jiaozhou }),
        "pingdu",
        "eastRegionId",
        out,
      ],
      [
        "enterprise",
        write(ENTERPRISE, {
          name: "校验企业",
          industry: "机械",
          creditCode: creditCode("91370281MA3X9Y2K7"),
          homeRegionId: jiaozhou,
        }),
        "pingdu",
        "homeRegionId",
        out,
      ],
      ["fair", write(FAIR, fair(jiaozhou)), "pingdu", "eastRegionId", out],
      [
        "sales centre",
        write(CENTRE, { name: "校验展销中心", address: "胶州", eastRegionId: jiaozhou }),
        "pingdu",
        "eastRegionId",
        out,
      ],
      [
        "group target",
        write(TARGET, { eastRegionId: jiaozhou, group: "EDUCATION", year, amount: "1000" }),
        "pingdu",
        "eastRegionId",
        out,
      ],
      ["site visit", write(VISIT, visit(jiaozhou, [region["520423"]])), "pingdu", "eastRegionId", out],
    ]);
  });

  it("a west county where one is required: one wording, naming the field", async () => {
    const pingdu = region["370283"]; // an east county
    const guizhou = region["520000"]; // a west province: west side, not a county
    const jiaozhou = region["370281"];
    const same = MUST_BE_WEST_COUNTY;
    await expectRefusals([
      [
        "supplier",
        write(SUPPLIER, { countyId: pingdu, name: "校验合作社", creditCode: creditCode("93370283MA7X9Y2K3") }),
        "admin",
        "countyId",
        same,
      ],
      [
        "quota split",
        write(QUOTA, {
          buyerId: pingduBuyer,
          year,
          amount: "100000",
          countySplits: [{ countyId: guizhou, amount: "50000" }],
        }),
        "admin",
        "countyId",
        same,
      ],
      ["project", write(PROJECT, { leadId: lihaLead, countyId: pingdu }), "admin", "countyId", same],
      ["job fair", write(JOB_FAIR, jobFair(jiaozhou, guizhou)), "admin", "countyId", same],
      ["workshop", write(WORKSHOP, workshop(jiaozhou, pingdu)), "admin", "countyId", same],
      ["training", write(TRAINING, training(jiaozhou, pingdu)), "admin", "countyId", same],
      // A list names the county that is not one, so a person can find it among several.
      [
        "site visit",
        write(VISIT, visit(jiaozhou, [region["520423"], pingdu])),
        "admin",
        "countyIds",
        /^平度市不是受援县$/,
      ],
      [
        "lead",
        write(LEAD, {
          enterpriseId,
          title: "校验线索",
          industry: "机械",
          plannedInvestment: "1000000",
          preferredCountyIds: [guizhou],
        }),
        "admin",
        "preferredCountyIds",
        /^贵州不是受援县$/,
      ],
      [
        "county official account",
        write(USER, {
          username: "check-county",
          displayName: "校验",
          password: "Xiezuo#2026check",
          role: "COUNTY_OFFICIAL",
          regionId: guizhou,
        }),
        "admin",
        "regionId",
        "县级干部须属于受援县",
      ],
    ]);
  });

  it("a recorded fact is not dated in the future (China's calendar): one wording, naming the field", async () => {
    const jiaozhou = region["370281"];
    const zhenning = region["520423"];
    await expectRefusals([
      // Before issue 9 orders said "The order date cannot be in the future".
      [
        "order",
        write(ORDER, {
          idempotencyKey: `check-${Date.now()}`,
          channel: "ONLINE",
          lines: [{ productId, quantity: 1 }],
          orderedOn: tomorrow,
        }),
        "buyer",
        "orderedOn",
        FUTURE_DATE_MESSAGE,
      ],
      [
        "reported figure",
        write(FIGURE, {
          pairingId,
          indicator: "FISCAL_AID",
          amount: "1",
          occurredOn: tomorrow,
          sourceDocument: "校验",
        }),
        "admin",
        "occurredOn",
        FUTURE_DATE_MESSAGE,
      ],
      ["site visit", write(VISIT, visit(jiaozhou, [zhenning], tomorrow)), "admin", "visitedOn", FUTURE_DATE_MESSAGE],
      [
        "project",
        write(PROJECT, { leadId: lihaLead, countyId: zhenning, startedOn: tomorrow }),
        "admin",
        "startedOn",
        FUTURE_DATE_MESSAGE,
      ],
      [
        "workshop",
        write(WORKSHOP, workshop(jiaozhou, zhenning, tomorrow)),
        "admin",
        "registeredOn",
        FUTURE_DATE_MESSAGE,
      ],
      ["training", write(TRAINING, training(jiaozhou, zhenning, tomorrow)), "admin", "endsOn", "只记录已结束的培训"],
      ["job fair", write(JOB_FAIR, jobFair(jiaozhou, zhenning, tomorrow)), "admin", "heldOn", "只记录已举办的招聘会"],
    ]);
  });

  it("the same writes with valid regions and today's date are accepted (the validators refuse only what they should)", async () => {
    const jiaozhou = region["370281"];
    const zhenning = region["520423"];
    for (const [what, send] of [
      ["site visit", write(VISIT, visit(jiaozhou, [zhenning]))],
      ["workshop", write(WORKSHOP, workshop(jiaozhou, zhenning))],
      [
        "reported figure",
        write(FIGURE, { pairingId, indicator: "FISCAL_AID", amount: "1", occurredOn: today(), sourceDocument: "校验" }),
      ],
    ] as const) {
      const r = await send(t.admin);
      expect(r.errors, what).toBeUndefined();
    }
  });
});
