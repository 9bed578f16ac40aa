import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentYear, today } from "../../server/src/shared/dates";
import { INVARIANTS } from "../../server/src/tools/data-checks";
import { graphql } from "./gql";
import type {
  CreateLeadInput,
  Indicator,
  LeadFilter,
  MoveProjectStageInput,
  RecordSiteVisitInput,
} from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
const year = currentYear();
let region: Record<string, string>;
let ent: Record<string, string>; // enterprise ids by name fragment
let jzZhenning: string; // pairing 胶州市—镇宁县
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  region = Object.fromEntries((await s.sql(`SELECT code, id FROM region`)).map((r) => [r.code, r.id]));
  const e = await s.sql(`SELECT id, name FROM enterprise`);
  const find = (frag: string) => e.find((x) => x.name.includes(frag)).id;
  ent = { mask: find("馨思雅"), hongxing: find("红星山海"), kangda: find("康大"), lihe: find("利和") };
  jzZhenning = (
    await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id WHERE e.code = '370281' AND w.code = '520423'`,
    )
  )[0].id;
});
afterAll(() => s?.close());

/** Row counts of everything a refused mutation must not touch. */
const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM investment_lead)::int AS leads, (SELECT count(*) FROM investment_lead_county)::int AS lc,
    (SELECT count(*) FROM lead_interest)::int AS interests, (SELECT count(*) FROM investment_project)::int AS projects,
    (SELECT count(*) FROM project_stage_event)::int AS events, (SELECT count(*) FROM fund_tranche)::int AS tranches,
    (SELECT count(*) FROM project_outcome_report)::int AS outcomes, (SELECT count(*) FROM site_visit)::int AS visits,
    (SELECT count(*) FROM ledger_entry)::int AS ledger, (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];
const expectNothingWritten = async (before: unknown, work: () => Promise<unknown>) => {
  await work();
  expect(await counts()).toEqual(before);
};

/**
 * Reconciliation: per pairing, the module's ledger entries equal what its records say, to the fen.
 * FUND_TRANCHE = the tranches (reversals included); PROJECT_STAGE = projects signed and not dropped;
 * PROJECT_OUTCOME = the latest people lifted of each project. Unpaired projects write nothing.
 */
async function reconcile() {
  return s.sql(`
    WITH rec AS (
      SELECT p.pairing_id, 'FUND_TRANCHE' AS source, COALESCE(SUM(t.amount), 0)::bigint AS amount FROM investment_project p JOIN fund_tranche t ON t.project_id = p.id WHERE p.pairing_id IS NOT NULL GROUP BY 1
      UNION ALL
      SELECT p.pairing_id, 'PROJECT_STAGE', count(*) FILTER (WHERE p.stage IN ('SIGNED', 'FUNDS_ARRIVING', 'IN_PRODUCTION'))::bigint FROM investment_project p WHERE p.pairing_id IS NOT NULL GROUP BY 1
      UNION ALL
      SELECT p.pairing_id, 'PROJECT_OUTCOME', COALESCE(SUM((SELECT o.people_lifted FROM project_outcome_report o WHERE o.project_id = p.id ORDER BY o.reported_on DESC, o.seq DESC LIMIT 1)), 0)::bigint
        FROM investment_project p WHERE p.pairing_id IS NOT NULL GROUP BY 1
    ), led AS (
      SELECT pairing_id, source, SUM(amount)::bigint AS amount FROM ledger_entry WHERE source IN ('FUND_TRANCHE', 'PROJECT_STAGE', 'PROJECT_OUTCOME') GROUP BY 1, 2
    )
    SELECT COALESCE(r.pairing_id, l.pairing_id) AS pairing_id, COALESCE(r.source, l.source) AS source, r.amount AS records, l.amount AS ledger
      FROM rec r FULL JOIN led l ON l.pairing_id = r.pairing_id AND l.source = r.source
     WHERE COALESCE(r.amount, 0) <> COALESCE(l.amount, 0)`);
}

// Operations are typed from the schema (test/api/gql, `npm run codegen -w web`).
const PROGRESS = graphql(`
  query InvestmentPairingProgress($id: ID!, $y: Int!) {
    pairing(id: $id) {
      progress(year: $y) {
        indicator
        delivered
        reported
        recorded
      }
    }
  }
`);
const progressOf = async (indicator: Indicator, y = year, pairingId = jzZhenning) =>
  (await s.gql(PROGRESS, { id: pairingId, y }, t.jiaozhou)).data!.pairing.progress.find(
    (p) => p.indicator === indicator,
  )!;

graphql(`
  fragment InvestmentProjectFields on InvestmentProject {
    id
    name
    stage
    stageSince
    contractAmount
    signedOn
    fundsInPlace
    droppedReason
    allowedNextStages
    pairing {
      name
    }
    timeline {
      fromStage
      toStage
      occurredOn
      note
      recordedBy {
        username
      }
    }
    tranches {
      amount
      reference
      reversesId
      reason
      reversed
      recordedBy {
        username
      }
    }
    outcomes {
      reportedOn
      peopleLifted
      floorPricePerTonne
    }
  }
`);
const PROJECT = graphql(`
  query InvestmentProjectById($id: ID!) {
    investmentProject(id: $id) {
      ...InvestmentProjectFields
    }
  }
`);
const CREATE_LEAD = graphql(`
  mutation InvestmentCreateLead($i: CreateLeadInput!) {
    createInvestmentLead(input: $i) {
      id
      title
      plannedInvestment
      visibility
      enterprise {
        name
      }
      preferredCounties {
        code
      }
    }
  }
`);
const UPDATE_LEAD = graphql(`
  mutation InvestmentUpdateLead($i: UpdateLeadInput!) {
    updateInvestmentLead(input: $i) {
      id
      title
      plannedInvestment
    }
  }
`);
const LEADS = graphql(`
  query InvestmentLeadList($f: LeadFilter, $n: Int) {
    investmentLeads(first: $n, filter: $f) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        title
        plannedInvestment
      }
    }
  }
`);
const LEAD = graphql(`
  query InvestmentLeadById($id: ID!) {
    investmentLead(id: $id) {
      id
      title
      interests {
        county {
          code
        }
        note
      }
      projects {
        id
      }
    }
  }
`);
const INTEREST = graphql(`
  mutation InvestmentExpressInterest($i: ExpressInterestInput!) {
    expressInterest(input: $i) {
      id
      interests {
        county {
          code
        }
      }
    }
  }
`);
const CREATE_PROJECT = graphql(`
  mutation InvestmentCreateProject($i: CreateProjectInput!) {
    createInvestmentProject(input: $i) {
      ...InvestmentProjectFields
    }
  }
`);
const MOVE = graphql(`
  mutation InvestmentMoveProjectStage($i: MoveProjectStageInput!) {
    moveProjectStage(input: $i) {
      __typename
      ... on InvestmentProject {
        ...InvestmentProjectFields
      }
      ... on InvalidStateError {
        code
        message
        state
        entityId
        action
      }
    }
  }
`);
const TRANCHE = graphql(`
  mutation InvestmentRecordFundTranche($i: RecordFundTrancheInput!) {
    recordFundTranche(input: $i) {
      id
      amount
      receivedOn
      reference
    }
  }
`);
const REVERSE = graphql(`
  mutation InvestmentReverseFundTranche($i: ReverseFundTrancheInput!) {
    reverseFundTranche(input: $i) {
      id
      amount
      reversesId
      reason
      receivedOn
    }
  }
`);
const OUTCOME = graphql(`
  mutation InvestmentRecordOutcome($i: RecordOutcomeInput!) {
    recordProjectOutcome(input: $i) {
      id
      reportedOn
      peopleLifted
      guaranteedPurchaseTerms
      floorPricePerTonne
    }
  }
`);
/** The project a stage move answered, failing the test on an error result. */
const asProject = <T extends { __typename?: string }>(r: T) => {
  if (r.__typename !== "InvestmentProject") throw new Error(`expected an InvestmentProject: ${JSON.stringify(r)}`);
  return r as Extract<T, { __typename?: "InvestmentProject" }>;
};

const projectIdByName = async (name: string) =>
  (await s.sql(`SELECT id FROM investment_project WHERE name = $1`, [name]))[0].id as string;
const leadIdByTitle = async (title: string) =>
  (await s.sql(`SELECT id FROM investment_lead WHERE title = $1`, [title]))[0].id as string;

describe("the demo data", () => {
  it("holds the seeds' projects with their stages, money and outcomes", async () => {
    // Seen by its enterprise, which sees no pairings (they are the offices' business): pairing null.
    const mask = (await s.gql(PROJECT, { id: await projectIdByName("镇宁县口罩生产项目") }, t.enterprise)).data!
      .investmentProject;
    expect(mask).toMatchObject({
      stage: "IN_PRODUCTION",
      contractAmount: "110000000.00",
      fundsInPlace: "110000000.00",
      pairing: null,
      allowedNextStages: [],
    });
    expect(mask.timeline.map((e) => e.toStage)).toEqual([
      "LEAD",
      "SITE_VISIT",
      "NEGOTIATION",
      "SIGNED",
      "FUNDS_ARRIVING",
      "IN_PRODUCTION",
    ]);
    expect(mask.outcomes).toEqual([{ reportedOn: "2020-12-31", peopleLifted: 130, floorPricePerTonne: null }]);
    const hx = (await s.gql(PROJECT, { id: await projectIdByName("镇宁县辣椒种植加工项目") }, t.jiaozhou)).data!
      .investmentProject;
    expect(hx).toMatchObject({
      contractAmount: "380000000.00",
      fundsInPlace: "380000000.00",
      pairing: { name: "胶州市—镇宁县" },
    });
    expect(hx.tranches.filter((x) => x.reversesId)).toHaveLength(1);
    expect(hx.outcomes.at(-1)!.peopleLifted).toBe(7000);
    const meihai = (await s.gql(PROJECT, { id: await projectIdByName("徽县环保科技项目") }, t.huixian)).data!
      .investmentProject;
    expect(meihai).toMatchObject({
      stage: "IN_PRODUCTION",
      fundsInPlace: "60000000.00",
      outcomes: [expect.objectContaining({ peopleLifted: 126 })],
    });
    const cele = await s.sql(`SELECT stage FROM investment_project WHERE name LIKE '策勒县辣椒订单种植%'`);
    expect(cele).toHaveLength(1);
  });

  it("reconciles: the ledger's investment entries equal the records, per pairing", async () => {
    expect(await reconcile()).toEqual([]);
    const unpaired = await s.sql(
      `SELECT count(*)::int AS n FROM ledger_entry l JOIN investment_project p ON l.source_id = p.id::text WHERE p.pairing_id IS NULL`,
    );
    expect(unpaired[0].n).toBe(0);
  });

  it("counts the mask plant once in 2020: the reported figures are superseded by the records", async () => {
    const inv = await progressOf("INVESTMENT_IN_PLACE", 2020);
    expect(inv).toMatchObject({ delivered: "110000000.00", reported: "0.00", recorded: "110000000.00" });
    expect(await progressOf("PROJECTS_LANDED", 2020)).toMatchObject({ delivered: "1", reported: "0" });
    expect(await progressOf("POOR_PEOPLE_LIFTED", 2020)).toMatchObject({ delivered: "130", reported: "0" });
  });

  it("reports the seeds' 65 batches and 306 enterprises of site visits up to 2020", async () => {
    const r = await s.gql(
      graphql(`
        query InvestmentSiteVisitTotals($f: SiteVisitFilter) {
          siteVisitTotals(filter: $f) {
            batches
            enterprises
          }
        }
      `),
      { f: { year: 2020 } },
      t.jiaozhou,
    );
    expect(r.data!.siteVisitTotals).toEqual({ batches: 65, enterprises: 306 });
  });
});

describe("investment leads", () => {
  let leadId: string;
  const lead = (over: Partial<CreateLeadInput> = {}): CreateLeadInput => ({
    title: "镇宁县口罩生产线三期",
    industry: "医用防护用品",
    plannedInvestment: "30000000.00",
    preferredCountyIds: [region["520423"]],
    needsLand: true,
    needsLabour: true,
    needsNote: "用工150人",
    visibility: "PREFERRED_COUNTIES",
    ...over,
  });

  it("refuses negative or zero amounts, east regions as partners and a directed lead without counties; writes nothing", async () => {
    const before = await counts();
    await expectNothingWritten(before, async () => {
      for (const amount of ["-5", "0", "-0.01"]) {
        expect(
          (await s.gql(CREATE_LEAD, { i: lead({ plannedInvestment: amount }) }, t.enterprise)).errors![0].extensions,
        ).toMatchObject({ code: "BAD_USER_INPUT", field: "plannedInvestment" });
      }
      expect(codeOf(await s.gql(CREATE_LEAD, { i: lead({ plannedInvestment: "1.005" }) }, t.enterprise))).toBe(
        "BAD_USER_INPUT",
      );
      expect(
        (await s.gql(CREATE_LEAD, { i: lead({ preferredCountyIds: [region["370281"]] }) }, t.enterprise)).errors![0]
          .extensions,
      ).toMatchObject({ field: "preferredCountyIds" });
      expect(
        (await s.gql(CREATE_LEAD, { i: lead({ preferredCountyIds: [region["520400"]] }) }, t.enterprise)).errors![0]
          .extensions,
      ).toMatchObject({ field: "preferredCountyIds" });
      expect(
        (await s.gql(CREATE_LEAD, { i: lead({ preferredCountyIds: [] }) }, t.enterprise)).errors![0].extensions,
      ).toMatchObject({ field: "preferredCountyIds" });
      expect(codeOf(await s.gql(CREATE_LEAD, { i: lead({ contactPhone: "abc" }) }, t.enterprise))).toBe(
        "BAD_USER_INPUT",
      );
      for (const who of ["jiaozhou", "zhenning", "buyer"])
        expect(codeOf(await s.gql(CREATE_LEAD, { i: lead() }, t[who]))).toBe("FORBIDDEN");
      expect(codeOf(await s.gql(CREATE_LEAD, { i: lead({ enterpriseId: ent.kangda }) }, t.enterprise))).toBe(
        "FORBIDDEN",
      );
    });
  });

  it("an enterprise lists a lead for itself", async () => {
    const r = await s.gql(CREATE_LEAD, { i: lead() }, t.enterprise);
    expect(r.data!.createInvestmentLead).toMatchObject({
      plannedInvestment: "30000000.00",
      visibility: "PREFERRED_COUNTIES",
      enterprise: { name: "馨思雅妇幼用品有限公司" },
      preferredCounties: [{ code: "520423" }],
    });
    leadId = r.data!.createInvestmentLead.id;
    const audit = await s.sql(`SELECT action FROM audit_entry WHERE entity_id = $1`, [leadId]);
    expect(audit.map((a) => a.action)).toEqual(["LEAD_CREATED"]);
  });

  it("an enterprise edits only its own leads: another's is NOT_FOUND, other roles FORBIDDEN; nothing written", async () => {
    const other = await leadIdByTitle("辣椒深加工扩建"); // 红星山海's
    const snapshot = async () =>
      (await s.sql(`SELECT title, planned_investment, updated_at FROM investment_lead WHERE id = $1`, [other]))[0];
    const before = await counts();
    const was = await snapshot();
    await expectNothingWritten(before, async () => {
      expect(codeOf(await s.gql(UPDATE_LEAD, { i: { id: other, title: "改" } }, t.enterprise))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(UPDATE_LEAD, { i: { id: other, title: "改" } }, t.jiaozhou))).toBe("FORBIDDEN");
      expect(codeOf(await s.gql(UPDATE_LEAD, { i: { id: other, title: "改" } }, t.zhenning))).toBe("FORBIDDEN");
      expect(
        (await s.gql(UPDATE_LEAD, { i: { id: leadId, plannedInvestment: "-1" } }, t.enterprise)).errors![0].extensions,
      ).toMatchObject({ code: "BAD_USER_INPUT", field: "plannedInvestment" });
      expect(
        (await s.gql(UPDATE_LEAD, { i: { id: leadId, preferredCountyIds: [] } }, t.enterprise)).errors![0].extensions,
      ).toMatchObject({ field: "preferredCountyIds" });
    });
    expect(await snapshot()).toEqual(was);
    const ok = await s.gql(UPDATE_LEAD, { i: { id: leadId, plannedInvestment: "32000000" } }, t.enterprise);
    expect(ok.data!.updateInvestmentLead.plannedInvestment).toBe("32000000.00");
    // The web form sends null for an emptied optional text: it clears it (was a 500), and leaves the rest.
    const UPDATE_TEXTS = graphql(`
      mutation InvestmentUpdateLeadTexts($i: UpdateLeadInput!) {
        updateInvestmentLead(input: $i) {
          title
          contactName
          contactPhone
          needsNote
        }
      }
    `);
    // Issue 8: null to a field that cannot be null (title: String!) is refused, naming it, rather
    // than read as "unchanged" (one rule for every update input, see docs/hardening.md).
    const titleNull = await s.gql(UPDATE_TEXTS, { i: { id: leadId, contactName: null, title: null } }, t.enterprise);
    expect(titleNull.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "title" });
    const cleared = await s.gql(
      UPDATE_TEXTS,
      { i: { id: leadId, needsNote: null, contactName: null, contactPhone: null } },
      t.enterprise,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateInvestmentLead).toEqual({
      title: "镇宁县口罩生产线三期",
      contactName: null,
      contactPhone: null,
      needsNote: null,
    });
  });

  it("shows a directed lead to its preferred county only; public leads to the partner counties", async () => {
    expect((await s.gql(LEAD, { id: leadId }, t.zhenning)).data!.investmentLead.title).toBe("镇宁县口罩生产线三期");
    expect(codeOf(await s.gql(LEAD, { id: leadId }, t.huixian))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(LEAD, { id: leadId }, t.pingdu))).toBe("NOT_FOUND");
    expect((await s.gql(LEAD, { id: leadId }, t.qingdao)).data!.investmentLead.id).toBe(leadId);
    expect(codeOf(await s.gql(LEADS, {}, t.buyer))).toBe("FORBIDDEN");
    const hui = (await s.gql(LEADS, { n: 100 }, t.huixian)).data!.investmentLeads.nodes.map((l) => l.title);
    expect(hui).toContain("再生资源回收利用二期"); // public, Meihai (Jiaozhou, paired with Hui)
    expect(hui).not.toContain("镇宁县口罩生产线三期");
    const mine = (await s.gql(LEADS, { n: 100 }, t.enterprise)).data!.investmentLeads.nodes.map((l) => l.title);
    expect(mine.sort()).toEqual(["医用防护服生产线", "镇宁县口罩生产线三期", "镇宁县口罩生产项目"].sort());
  });

  it("browses and searches leads by industry, county, text and amount, paginated", async () => {
    const titles = async (f: LeadFilter, token = t.qingdao) =>
      (await s.gql(LEADS, { f, n: 100 }, token)).data!.investmentLeads.nodes.map((l) => l.title).sort();
    expect(await titles({ industry: "环保科技" })).toEqual(["再生资源回收利用二期", "徽县环保科技项目"].sort());
    expect(await titles({ countyId: region["653225"] })).toEqual(
      ["策勒县辣椒订单种植与收购加工(“辣椒扶贫”模式)", "辣椒深加工扩建", "辣椒红色素萃取项目"].sort(),
    );
    expect(await titles({ search: "利和" })).toEqual(["辣椒红色素萃取项目"]);
    expect(await titles({ minAmount: "60000000", maxAmount: "110000000.00" })).toEqual(
      ["徽县环保科技项目", "辣椒红色素萃取项目", "镇宁县口罩生产项目"].sort(),
    );
    expect(
      (await s.gql(LEADS, { f: { minAmount: "10", maxAmount: "5" } }, t.qingdao)).errors![0].extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "maxAmount" });
    const page = await s.gql(LEADS, { n: 3 }, t.qingdao);
    expect(page.data!.investmentLeads.nodes).toHaveLength(3);
    expect(page.data!.investmentLeads.pageInfo.hasNextPage).toBe(true);
  });

  it("a county official expresses interest once (idempotent), listed on the lead", async () => {
    const r1 = await s.gql(INTEREST, { i: { leadId, note: "欢迎考察" } }, t.zhenning);
    expect(r1.data!.expressInterest.interests).toEqual([{ county: { code: "520423" } }]);
    const before = await counts();
    await expectNothingWritten(before, async () => {
      expect((await s.gql(INTEREST, { i: { leadId } }, t.zhenning)).data!.expressInterest.interests).toHaveLength(1);
      expect(codeOf(await s.gql(INTEREST, { i: { leadId } }, t.huixian))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(INTEREST, { i: { leadId } }, t.jiaozhou))).toBe("FORBIDDEN");
    });
    const interested = await s.gql(LEADS, { f: { interestedOnly: true } }, t.zhenning);
    expect(interested.data!.investmentLeads.nodes.map((l) => l.id)).toContain(leadId);
  });
});

describe("the pipeline", () => {
  let leadId: string;
  let projectId: string;
  /** What a move the table does not allow answers: InvalidStateError naming the project's stage and the refused step. */
  const invalidMove = (state: string, action: string) => ({
    __typename: "InvalidStateError",
    code: "INVALID_STATE",
    entityId: projectId,
    state,
    action,
  });
  let firstTranche: string;
  beforeAll(async () => {
    const r = await s.gql(
      CREATE_LEAD,
      {
        i: {
          title: "镇宁县卫生材料项目",
          industry: "医用防护用品",
          plannedInvestment: "15000000",
          preferredCountyIds: [region["520423"], region["621227"]],
        },
      },
      t.enterprise,
    );
    leadId = r.data!.createInvestmentLead.id;
  });

  it("starts a project from a lead for one west county, paired; one per county", async () => {
    const before = await counts();
    await expectNothingWritten(before, async () => {
      expect(codeOf(await s.gql(CREATE_PROJECT, { i: { leadId, countyId: region["621227"] } }, t.zhenning))).toBe(
        "FORBIDDEN",
      );
      expect(
        (await s.gql(CREATE_PROJECT, { i: { leadId, countyId: region["370281"] } }, t.enterprise)).errors![0]
          .extensions,
      ).toMatchObject({ field: "countyId" });
      expect(codeOf(await s.gql(CREATE_PROJECT, { i: { leadId, countyId: region["520423"] } }, t.pingdu))).toBe(
        "NOT_FOUND",
      );
      expect(codeOf(await s.gql(CREATE_PROJECT, { i: { leadId, countyId: region["520423"] } }, t.buyer))).toBe(
        "FORBIDDEN",
      );
    });
    const r = await s.gql(CREATE_PROJECT, { i: { leadId } }, t.zhenning);
    expect(r.data!.createInvestmentProject).toMatchObject({
      name: "镇宁县卫生材料项目",
      stage: "LEAD",
      pairing: { name: "胶州市—镇宁县" },
      allowedNextStages: ["SITE_VISIT", "DROPPED"],
    });
    projectId = r.data!.createInvestmentProject.id;
    expect(codeOf(await s.gql(CREATE_PROJECT, { i: { leadId, countyId: region["520423"] } }, t.enterprise))).toBe(
      "CONFLICT",
    );
  });

  it("refuses a stage jump and funds before signing, writing nothing", async () => {
    const before = await counts();
    await expectNothingWritten(before, async () => {
      const jump = await s.gql(
        MOVE,
        { i: { projectId, stage: "SIGNED", contractAmount: "15000000", signedOn: today() } },
        t.jiaozhou,
      );
      expect(jump.data!.moveProjectStage).toMatchObject(invalidMove("LEAD", "SIGN"));
      expect(
        (await s.gql(MOVE, { i: { projectId, stage: "IN_PRODUCTION" } }, t.jiaozhou)).data!.moveProjectStage,
      ).toMatchObject(invalidMove("LEAD", "START_PRODUCTION"));
      // No step enters LEAD: the refused step is named by its target.
      expect((await s.gql(MOVE, { i: { projectId, stage: "LEAD" } }, t.jiaozhou)).data!.moveProjectStage).toMatchObject(
        invalidMove("LEAD", "LEAD"),
      );
      const early = await s.gql(
        TRANCHE,
        { i: { projectId, amount: "100", receivedOn: today(), reference: "X-1" } },
        t.jiaozhou,
      );
      expect(early.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "projectId" });
      expect(
        (await s.gql(OUTCOME, { i: { projectId, jobsCreated: 1, poorEmployed: 1, peopleLifted: 1 } }, t.jiaozhou))
          .errors![0].extensions,
      ).toMatchObject({ field: "projectId" });
    });
    expect((await s.sql(`SELECT stage FROM investment_project WHERE id = $1`, [projectId]))[0].stage).toBe("LEAD");
  });

  it("is moved by its enterprise, the county and the coordinator in scope; others are refused", async () => {
    const before = await counts();
    await expectNothingWritten(before, async () => {
      expect(codeOf(await s.gql(MOVE, { i: { projectId, stage: "SITE_VISIT" } }, t.pingdu))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(MOVE, { i: { projectId, stage: "SITE_VISIT" } }, t.huixian))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(MOVE, { i: { projectId, stage: "SITE_VISIT" } }, t.buyer))).toBe("FORBIDDEN");
      expect(
        (await s.gql(MOVE, { i: { projectId, stage: "SITE_VISIT", occurredOn: "2099-01-01" } }, t.enterprise))
          .errors![0].extensions,
      ).toMatchObject({ field: "occurredOn" });
    });
    expect(
      asProject((await s.gql(MOVE, { i: { projectId, stage: "SITE_VISIT" } }, t.enterprise)).data!.moveProjectStage)
        .stage,
    ).toBe("SITE_VISIT");
    expect(
      asProject(
        (await s.gql(MOVE, { i: { projectId, stage: "NEGOTIATION", note: "价格谈判" } }, t.zhenning)).data!
          .moveProjectStage,
      ).stage,
    ).toBe("NEGOTIATION");
  });

  it("signing needs the contract amount and date; it lands a project in the agreement", async () => {
    const before = await counts();
    await expectNothingWritten(before, async () => {
      const sign = (over: Partial<MoveProjectStageInput>) =>
        s.gql(
          MOVE,
          { i: { projectId, stage: "SIGNED", contractAmount: "15000000", signedOn: today(), ...over } },
          t.jiaozhou,
        );
      expect((await sign({ contractAmount: undefined })).errors![0].extensions).toMatchObject({
        field: "contractAmount",
      });
      expect((await sign({ contractAmount: "-15000000" })).errors![0].extensions).toMatchObject({
        field: "contractAmount",
      });
      expect((await sign({ signedOn: undefined })).errors![0].extensions).toMatchObject({ field: "signedOn" });
      expect((await sign({ signedOn: "2099-12-31" })).errors![0].extensions).toMatchObject({ field: "signedOn" });
      expect((await sign({ signedOn: "2001-01-01" })).errors![0].extensions).toMatchObject({ field: "signedOn" }); // before the last stage change
    });
    const landed = Number((await progressOf("PROJECTS_LANDED")).delivered);
    const r = await s.gql(
      MOVE,
      { i: { projectId, stage: "SIGNED", contractAmount: "15000000", signedOn: today() } },
      t.jiaozhou,
    );
    expect(r.data!.moveProjectStage).toMatchObject({
      stage: "SIGNED",
      contractAmount: "15000000.00",
      signedOn: today(),
    });
    expect(Number((await progressOf("PROJECTS_LANDED")).delivered)).toBe(landed + 1);
    const entries = await s.sql(`SELECT amount, pairing_id, source FROM ledger_entry WHERE source_id = $1`, [
      projectId,
    ]);
    expect(entries).toEqual([{ amount: 1, pairing_id: jzZhenning, source: "PROJECT_STAGE" }]);
  });

  it("records tranches: positive, dated from signing, a reference once; the first moves it to FUNDS_ARRIVING", async () => {
    const before = await counts();
    await expectNothingWritten(before, async () => {
      for (const amount of ["-100", "0"]) {
        expect(
          (await s.gql(TRANCHE, { i: { projectId, amount, receivedOn: today(), reference: "ZN-1" } }, t.zhenning))
            .errors![0].extensions,
        ).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
      }
      expect(
        (
          await s.gql(
            TRANCHE,
            { i: { projectId, amount: "100", receivedOn: "2020-01-01", reference: "ZN-1" } },
            t.zhenning,
          )
        ).errors![0].extensions,
      ).toMatchObject({ field: "receivedOn" });
      expect(
        codeOf(
          await s.gql(
            TRANCHE,
            { i: { projectId, amount: "100", receivedOn: today(), reference: "ZN-1" } },
            t.enterprise,
          ),
        ),
      ).toBe("FORBIDDEN");
      expect(
        codeOf(
          await s.gql(TRANCHE, { i: { projectId, amount: "100", receivedOn: today(), reference: "ZN-1" } }, t.pingdu),
        ),
      ).toBe("NOT_FOUND");
    });
    const inPlace = Number((await progressOf("INVESTMENT_IN_PLACE")).delivered);
    const r = await s.gql(
      TRANCHE,
      { i: { projectId, amount: "6000000.50", receivedOn: today(), reference: "ZN-2026-001" } },
      t.zhenning,
    );
    expect(r.data!.recordFundTranche).toMatchObject({ amount: "6000000.50", reference: "ZN-2026-001" });
    firstTranche = r.data!.recordFundTranche.id;
    expect(Number((await progressOf("INVESTMENT_IN_PLACE")).delivered)).toBeCloseTo(inPlace + 6000000.5, 2);
    const p = (await s.gql(PROJECT, { id: projectId }, t.jiaozhou)).data!.investmentProject;
    expect(p).toMatchObject({ stage: "FUNDS_ARRIVING", fundsInPlace: "6000000.50" });
    expect(p.timeline.at(-1)).toMatchObject({
      fromStage: "SIGNED",
      toStage: "FUNDS_ARRIVING",
      note: "首笔资金到位",
      recordedBy: { username: "zhenning" },
    });
    expect(p.timeline.map((e) => e.recordedBy?.username)).toEqual([
      "zhenning",
      "enterprise",
      "zhenning",
      "jiaozhou",
      "zhenning",
    ]);
    expect(
      codeOf(
        await s.gql(
          TRANCHE,
          { i: { projectId, amount: "1", receivedOn: today(), reference: "ZN-2026-001" } },
          t.jiaozhou,
        ),
      ),
    ).toBe("CONFLICT");
    expect(
      (
        await s.gql(
          TRANCHE,
          { i: { projectId, amount: "2000000", receivedOn: today(), reference: "ZN-2026-002" } },
          t.jiaozhou,
        )
      ).data!.recordFundTranche.amount,
    ).toBe("2000000.00");
    expect(await reconcile()).toEqual([]);
  });

  it("reverses a tranche once with a correcting entry; a second reversal is refused and writes nothing", async () => {
    const r = await s.gql(REVERSE, { i: { trancheId: firstTranche, reason: "金额录入错误" } }, t.jiaozhou);
    expect(r.data!.reverseFundTranche).toMatchObject({
      amount: "-6000000.50",
      reversesId: firstTranche,
      reason: "金额录入错误",
      receivedOn: today(),
    });
    const ledger = await s.sql(
      `SELECT l.amount, o.source_id AS corrects FROM ledger_entry l LEFT JOIN ledger_entry o ON o.id = l.corrects_id WHERE l.source_id = $1`,
      [r.data!.reverseFundTranche.id],
    );
    expect(ledger).toEqual([{ amount: -600000050, corrects: firstTranche }]);
    const before = await counts();
    await expectNothingWritten(before, async () => {
      expect(codeOf(await s.gql(REVERSE, { i: { trancheId: firstTranche, reason: "再冲" } }, t.jiaozhou))).toBe(
        "CONFLICT",
      );
      expect(
        (await s.gql(REVERSE, { i: { trancheId: r.data!.reverseFundTranche.id, reason: "冲正的冲正" } }, t.jiaozhou))
          .errors![0].extensions,
      ).toMatchObject({ code: "BAD_USER_INPUT", field: "trancheId" });
      expect(codeOf(await s.gql(REVERSE, { i: { trancheId: firstTranche, reason: "x" } }, t.pingdu))).toBe("NOT_FOUND");
      expect(codeOf(await s.gql(REVERSE, { i: { trancheId: firstTranche, reason: "" } }, t.jiaozhou))).toBe(
        "BAD_USER_INPUT",
      );
    });
    const p = (await s.gql(PROJECT, { id: projectId }, t.jiaozhou)).data!.investmentProject;
    expect(p.fundsInPlace).toBe("2000000.00");
    expect(p.tranches.find((x) => x.reference === "ZN-2026-001" && !x.reversesId)!.reversed).toBe(true);
    // The history tables refuse changes in the database itself.
    await expect(s.sql(`UPDATE fund_tranche SET amount = 1 WHERE id = $1`, [firstTranche])).rejects.toThrow(
      /append-only/,
    );
    await expect(s.sql(`DELETE FROM project_stage_event WHERE project_id = $1`, [projectId])).rejects.toThrow(
      /append-only/,
    );
    expect(await reconcile()).toEqual([]);
  });

  it("keeps outcome reports as history; the ledger gets the change in people lifted", async () => {
    const before = await counts();
    await expectNothingWritten(before, async () => {
      expect(
        codeOf(
          await s.gql(OUTCOME, { i: { projectId, jobsCreated: -1, poorEmployed: 0, peopleLifted: 0 } }, t.zhenning),
        ),
      ).toBe("BAD_USER_INPUT");
      expect(
        (
          await s.gql(
            OUTCOME,
            { i: { projectId, jobsCreated: 1, poorEmployed: 0, peopleLifted: 0, floorPricePerTonne: "-1" } },
            t.zhenning,
          )
        ).errors![0].extensions,
      ).toMatchObject({ field: "floorPricePerTonne" });
      expect(
        codeOf(
          await s.gql(OUTCOME, { i: { projectId, jobsCreated: 1, poorEmployed: 0, peopleLifted: 0 } }, t.enterprise),
        ),
      ).toBe("FORBIDDEN");
    });
    const lifted = Number((await progressOf("POOR_PEOPLE_LIFTED")).delivered);
    await s.gql(OUTCOME, { i: { projectId, jobsCreated: 60, poorEmployed: 40, peopleLifted: 50 } }, t.zhenning);
    const r = await s.gql(
      OUTCOME,
      {
        i: {
          projectId,
          jobsCreated: 90,
          poorEmployed: 70,
          peopleLifted: 80,
          guaranteedPurchaseTerms: "原料保底收购",
          floorPricePerTonne: "8500",
        },
      },
      t.jiaozhou,
    );
    expect(r.data!.recordProjectOutcome).toMatchObject({ peopleLifted: 80, floorPricePerTonne: "8500.00" });
    expect(Number((await progressOf("POOR_PEOPLE_LIFTED")).delivered)).toBe(lifted + 80);
    const entries = await s.sql(
      `SELECT l.amount FROM ledger_entry l JOIN project_outcome_report o ON l.source_id = o.id::text WHERE o.project_id = $1 ORDER BY l.seq`,
      [projectId],
    );
    expect(entries.map((e) => e.amount)).toEqual([50, 30]);
    const early = await s.gql(
      OUTCOME,
      { i: { projectId, reportedOn: "2021-01-01", jobsCreated: 1, poorEmployed: 1, peopleLifted: 1 } },
      t.jiaozhou,
    );
    expect(early.errors![0].extensions).toMatchObject({ field: "reportedOn" });
    expect(
      (await s.gql(PROJECT, { id: projectId }, t.jiaozhou)).data!.investmentProject.outcomes.map((o) => o.peopleLifted),
    ).toEqual([50, 80]);
  });

  it("drops a signed project with a reason: −1 project landed, funds stay; a dropped project moves no more", async () => {
    expect((await s.gql(MOVE, { i: { projectId, stage: "DROPPED" } }, t.jiaozhou)).errors![0].extensions).toMatchObject(
      { code: "BAD_USER_INPUT", field: "reason" },
    );
    const landed = Number((await progressOf("PROJECTS_LANDED")).delivered);
    const r = await s.gql(MOVE, { i: { projectId, stage: "DROPPED", reason: "企业资金链紧张" } }, t.enterprise);
    expect(r.data!.moveProjectStage).toMatchObject({
      stage: "DROPPED",
      droppedReason: "企业资金链紧张",
      fundsInPlace: "2000000.00",
      allowedNextStages: [],
    });
    expect(Number((await progressOf("PROJECTS_LANDED")).delivered)).toBe(landed - 1);
    expect(asProject(r.data!.moveProjectStage).timeline.map((e) => e.toStage)).toEqual([
      "LEAD",
      "SITE_VISIT",
      "NEGOTIATION",
      "SIGNED",
      "FUNDS_ARRIVING",
      "DROPPED",
    ]);
    const before = await counts();
    await expectNothingWritten(before, async () => {
      expect(
        (await s.gql(MOVE, { i: { projectId, stage: "IN_PRODUCTION" } }, t.jiaozhou)).data!.moveProjectStage,
      ).toMatchObject(invalidMove("DROPPED", "START_PRODUCTION"));
      expect(
        (await s.gql(TRANCHE, { i: { projectId, amount: "1", receivedOn: today(), reference: "ZN-3" } }, t.jiaozhou))
          .errors![0].extensions,
      ).toMatchObject({ field: "projectId" });
    });
    expect(await reconcile()).toEqual([]);
  });

  it("an unpaired project moves through the pipeline and writes no ledger entry", async () => {
    const lihe = await projectIdByName("辣椒红色素萃取项目"); // Qingdao firm in Cele: no pairing
    const ledger = (await counts()).ledger;
    await s.gql(MOVE, { i: { projectId: lihe, stage: "NEGOTIATION" } }, t.qingdao);
    const signed = await s.gql(
      MOVE,
      { i: { projectId: lihe, stage: "SIGNED", contractAmount: "80000000", signedOn: today() } },
      t.qingdao,
    );
    expect(signed.data!.moveProjectStage).toMatchObject({ stage: "SIGNED", pairing: null });
    await s.gql(
      TRANCHE,
      { i: { projectId: lihe, amount: "1000000", receivedOn: today(), reference: "CL-1" } },
      t.qingdao,
    );
    expect((await counts()).ledger).toBe(ledger);
  });
});

describe("under concurrency", () => {
  it("several first tranches at once: all recorded, one automatic stage change; several reversals of one tranche: one wins", async () => {
    const lead = await s.gql(
      CREATE_LEAD,
      {
        i: {
          title: "并发测试项目",
          industry: "测试",
          plannedInvestment: "1000000",
          preferredCountyIds: [region["520423"]],
        },
      },
      t.enterprise,
    );
    const p = await s.gql(
      CREATE_PROJECT,
      { i: { leadId: lead.data!.createInvestmentLead.id, countyId: region["520423"] } },
      t.jiaozhou,
    );
    const projectId = p.data!.createInvestmentProject.id;
    for (const stage of ["SITE_VISIT", "NEGOTIATION"] as const)
      await s.gql(MOVE, { i: { projectId, stage } }, t.jiaozhou);
    await s.gql(MOVE, { i: { projectId, stage: "SIGNED", contractAmount: "1000000", signedOn: today() } }, t.jiaozhou);

    const tranches = await Promise.all(
      [1, 2, 3].map((n) =>
        s.gql(
          TRANCHE,
          { i: { projectId, amount: `${n}00000`, receivedOn: today(), reference: `C-${n}` } },
          n % 2 ? t.jiaozhou : t.zhenning,
        ),
      ),
    );
    expect(tranches.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const events = await s.sql(
      `SELECT to_stage FROM project_stage_event WHERE project_id = $1 AND to_stage = 'FUNDS_ARRIVING'`,
      [projectId],
    );
    expect(events).toHaveLength(1);

    const target = tranches[1].data!.recordFundTranche.id;
    const reversals = await Promise.all(
      [1, 2, 3, 4].map(() => s.gql(REVERSE, { i: { trancheId: target, reason: "并发冲正" } }, t.jiaozhou)),
    );
    expect(reversals.filter((r) => !r.errors)).toHaveLength(1);
    expect(reversals.filter((r) => codeOf(r) === "CONFLICT")).toHaveLength(3);
    const [{ n }] = await s.sql(`SELECT count(*)::int AS n FROM fund_tranche WHERE reverses_id = $1`, [target]);
    expect(n).toBe(1);
    expect((await s.gql(PROJECT, { id: projectId }, t.jiaozhou)).data!.investmentProject.fundsInPlace).toBe(
      "400000.00",
    );
    expect(await reconcile()).toEqual([]);
  });
});

describe("site visits", () => {
  const RECORD = graphql(`
    mutation InvestmentRecordSiteVisit($i: RecordSiteVisitInput!) {
      recordSiteVisit(input: $i) {
        id
        delegation
        batches
        enterpriseCount
        enterprises {
          name
        }
        counties {
          code
        }
        eastRegion {
          code
        }
      }
    }
  `);
  it("a coordinator records a visit of enterprises in its scope to west counties", async () => {
    const visit = (over: Partial<RecordSiteVisitInput> = {}): RecordSiteVisitInput => ({
      delegation: "胶州市企业家徽县考察团",
      visitedOn: today(),
      enterpriseIds: [ent.mask, ent.hongxing],
      countyIds: [region["621227"]],
      ...over,
    });
    const before = await counts();
    await expectNothingWritten(before, async () => {
      expect(
        (await s.gql(RECORD, { i: visit({ enterpriseIds: [ent.kangda] }) }, t.jiaozhou)).errors![0].extensions,
      ).toMatchObject({ field: "enterpriseIds" });
      expect(
        (await s.gql(RECORD, { i: visit({ countyIds: [region["370283"]] }) }, t.jiaozhou)).errors![0].extensions,
      ).toMatchObject({ field: "countyIds" });
      expect((await s.gql(RECORD, { i: visit({ countyIds: [] }) }, t.jiaozhou)).errors![0].extensions).toMatchObject({
        field: "countyIds",
      });
      expect(
        (await s.gql(RECORD, { i: visit({ enterpriseCount: 1 }) }, t.jiaozhou)).errors![0].extensions,
      ).toMatchObject({ field: "enterpriseCount" });
      expect(
        (await s.gql(RECORD, { i: visit({ visitedOn: "2099-01-01" }) }, t.jiaozhou)).errors![0].extensions,
      ).toMatchObject({ field: "visitedOn" });
      expect(codeOf(await s.gql(RECORD, { i: visit() }, t.zhenning))).toBe("FORBIDDEN");
      expect(codeOf(await s.gql(RECORD, { i: visit() }, t.enterprise))).toBe("FORBIDDEN");
    });
    const r = await s.gql(RECORD, { i: visit() }, t.jiaozhou);
    expect(r.data!.recordSiteVisit).toMatchObject({
      batches: 1,
      enterpriseCount: 2,
      eastRegion: { code: "370281" },
      counties: [{ code: "621227" }],
    });
    const mine = await s.gql(
      graphql(`
        query InvestmentSiteVisitDelegations {
          siteVisits(first: 50) {
            nodes {
              delegation
            }
          }
        }
      `),
      {},
      t.enterprise,
    );
    expect(mine.data!.siteVisits.nodes.map((v) => v.delegation)).toContain("胶州市企业家徽县考察团");
    const hui = await s.gql(
      graphql(`
        query InvestmentSiteVisitCounties {
          siteVisits(first: 50) {
            nodes {
              delegation
              counties {
                code
              }
            }
          }
        }
      `),
      {},
      t.huixian,
    );
    expect(hui.data!.siteVisits.nodes.every((v) => v.counties.some((c) => c.code === "621227"))).toBe(true);
  });
});

const BOARD = graphql(`
  query InvestmentPipelineBoard($y: Int!) {
    pipelineBoard(year: $y) {
      year
      stages {
        stage
        projects
        planned
        contracted
        inPlace
        inPlaceInYear
      }
    }
  }
`);

const SERIES = graphql(`
  query InvestmentFundsInPlaceSeries($y: Int!) {
    fundsInPlaceSeries(year: $y) {
      month
      amount
      cumulative
    }
  }
`);

describe("coordinator's board, chart and export", () => {
  it("puts each project at the stage its events say it stood at on 31 December, in every year (the current stage read from the project row when it began by then)", async () => {
    const years = (
      await s.sql(`SELECT DISTINCT EXTRACT(YEAR FROM occurred_on)::int AS y FROM project_stage_event ORDER BY 1`)
    ).map((r) => r.y as number);
    expect(years.length).toBeGreaterThan(2);
    for (const y of [years[0] - 1, ...years]) {
      const byEvents = await s.sql(
        `SELECT last.to_stage AS stage, count(*)::int AS projects, SUM(p.planned_investment)::bigint AS planned
           FROM investment_project p
           JOIN LATERAL (SELECT e.to_stage, e.occurred_on FROM project_stage_event e WHERE e.project_id = p.id AND e.occurred_on <= $2
                          ORDER BY e.occurred_on DESC, e.seq DESC LIMIT 1) last ON TRUE
          WHERE last.to_stage NOT IN ('IN_PRODUCTION', 'DROPPED') OR last.occurred_on >= $1
          GROUP BY 1`,
        [`${y}-01-01`, `${y}-12-31`],
      );
      const want = new Map(byEvents.map((r) => [r.stage, { projects: r.projects, planned: Number(r.planned) }]));
      const got = (await s.gql(BOARD, { y }, t.admin)).data!.pipelineBoard.stages;
      for (const r of got)
        expect({ stage: r.stage, projects: r.projects, planned: Math.round(Number(r.planned) * 100) }).toEqual({
          stage: r.stage,
          ...(want.get(r.stage) ?? { projects: 0, planned: 0 }),
        });
    }
  });

  it("sums per stage in scope; the year's funds equal the chart's and the tranches", async () => {
    const board = (await s.gql(BOARD, { y: 2020 }, t.jiaozhou)).data!.pipelineBoard;
    expect(board.stages.map((r) => r.stage)).toEqual([
      "LEAD",
      "SITE_VISIT",
      "NEGOTIATION",
      "SIGNED",
      "FUNDS_ARRIVING",
      "IN_PRODUCTION",
      "DROPPED",
    ]);
    const prod = board.stages.find((r) => r.stage === "IN_PRODUCTION");
    // Finished in 2020: the mask plant and Meihai (Hongxing was in production from 2018).
    expect(prod).toMatchObject({
      projects: 2,
      contracted: "170000000.00",
      inPlace: "170000000.00",
      inPlaceInYear: "135000000.00",
    });
    const series = (await s.gql(SERIES, { y: 2020 }, t.jiaozhou)).data!.fundsInPlaceSeries;
    expect(series).toHaveLength(12);
    expect(series.find((m) => m.month === 4)!.amount).toBe("60000000.00");
    expect(series.at(-1)!.cumulative).toBe("135000000.00");

    const now = (await s.gql(BOARD, { y: year }, t.jiaozhou)).data!.pipelineBoard.stages;
    const nowSeries = (await s.gql(SERIES, { y: year }, t.jiaozhou)).data!.fundsInPlaceSeries;
    const sumFen = (xs: string[]) => xs.reduce((a, x) => a + Math.round(Number(x) * 100), 0);
    expect(sumFen(now.map((r) => r.inPlaceInYear))).toBe(sumFen([nowSeries.at(-1)!.cumulative]));
    const [{ fen }] = await s.sql(
      `SELECT COALESCE(SUM(t.amount), 0)::bigint AS fen FROM fund_tranche t JOIN investment_project p ON p.id = t.project_id JOIN enterprise e ON e.id = p.enterprise_id
      JOIN region_closure c ON c.descendant_id = e.home_region_id AND c.ancestor_id = $1 WHERE t.received_on >= $2 AND t.received_on <= $3`,
      [region["370281"], `${year}-01-01`, `${year}-12-31`],
    );
    expect(sumFen([nowSeries.at(-1)!.cumulative])).toBe(Number(fen));
  });

  it("keeps to the scope and the roles", async () => {
    const total = async (token: string) =>
      (await s.gql(BOARD, { y: year }, token)).data!.pipelineBoard.stages.reduce((n, r) => n + r.projects, 0);
    expect(await total(t.qingdao)).toBeGreaterThan(await total(t.jiaozhou));
    expect(await total(t.pingdu)).toBe(0);
    expect(await total(t.huixian)).toBeGreaterThan(0);
    expect(codeOf(await s.gql(BOARD, { y: year }, t.enterprise))).toBe("FORBIDDEN");
    expect((await s.gql(BOARD, { y: 1999 }, t.jiaozhou)).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "year",
    });
  });

  it("exports the board, the months and the projects to .xlsx with the API's auth and scope", async () => {
    const download = (token: string | null, y: unknown = year) =>
      fetch(`${s.url}/exports/investment-pipeline.xlsx?year=${y}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await download(null)).status).toBe(401);
    expect((await download(t.zhenning)).status).toBe(403);
    expect((await download(t.enterprise)).status).toBe(403);
    expect((await download(t.jiaozhou, "20x6")).status).toBe(400);
    const res = await download(t.qingdao, 2020);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["按阶段", "到位资金走势", "项目清单"]);
    const api = (await s.gql(BOARD, { y: 2020 }, t.qingdao)).data!.pipelineBoard.stages;
    const stages = wb.getWorksheet("按阶段")!;
    api.forEach((r, i) => {
      expect(stages.getRow(i + 2).getCell(2).value).toBe(r.projects);
      expect((stages.getRow(i + 2).getCell(5).value as number).toFixed(2)).toBe(r.inPlace);
    });
    const projects = wb.getWorksheet("项目清单")!;
    const COUNT = graphql(`
      query InvestmentProjectCount {
        investmentProjects {
          totalCount
        }
      }
    `);
    const count = (await s.gql(COUNT, {}, t.qingdao)).data!.investmentProjects.totalCount;
    expect(projects.rowCount - 1).toBe(count);
  });
});

describe("lists and DataLoaders", () => {
  // The small pages already hold rows with every kind of relation (a loader no row needs is not
  // called at all). Two-step relations (links, then the rows) may split one batch in two depending
  // on when their first step resolves, so "flat" is: 50 rows cost at most one statement more than
  // 6, where per-row queries would add dozens.
  const flat = async (query: (n: number) => Promise<unknown>, small: number) => {
    const few = await s.countQueries(() => query(small));
    const many = await s.countQueries(() => query(50));
    expect(many - few).toBeLessThanOrEqual(1);
  };
  it("keep a constant number of SQL statements whatever the page size", async () => {
    await flat(
      (n) =>
        s.gql(
          graphql(`
            query InvestmentProjectsLoaded($n: Int!) {
              investmentProjects(first: $n) {
                nodes {
                  name
                  lead {
                    title
                    enterprise {
                      name
                    }
                  }
                  enterprise {
                    name
                    homeRegion {
                      name
                    }
                  }
                  county {
                    name
                  }
                  pairing {
                    name
                  }
                  timeline {
                    toStage
                  }
                  tranches {
                    amount
                    reversed
                  }
                  fundsInPlace
                  outcomes {
                    peopleLifted
                  }
                  latestOutcome {
                    jobsCreated
                  }
                  siteVisits {
                    delegation
                  }
                }
              }
            }
          `),
          { n },
          t.qingdao,
        ),
      6,
    );
    await flat(
      (n) =>
        s.gql(
          graphql(`
            query InvestmentLeadsLoaded($n: Int!) {
              investmentLeads(first: $n) {
                nodes {
                  title
                  enterprise {
                    name
                  }
                  preferredCounties {
                    name
                  }
                  interests {
                    county {
                      name
                    }
                  }
                  projects {
                    name
                  }
                }
              }
            }
          `),
          { n },
          t.qingdao,
        ),
      6,
    );
    await flat(
      (n) =>
        s.gql(
          graphql(`
            query InvestmentSiteVisitsLoaded($n: Int!) {
              siteVisits(first: $n) {
                nodes {
                  delegation
                  eastRegion {
                    name
                  }
                  enterprises {
                    name
                  }
                  counties {
                    name
                  }
                  projects {
                    name
                  }
                }
              }
            }
          `),
          { n },
          t.qingdao,
        ),
      3,
    );
    const FIRST_50 = graphql(`
      query InvestmentProjectsFirst50 {
        investmentProjects(first: 50) {
          totalCount
        }
      }
    `);
    const all = (await s.gql(FIRST_50, {}, t.qingdao)).data!.investmentProjects.totalCount;
    expect(all).toBeGreaterThan(8);
  });
});

/**
 * The pipeline board's summary (pipeline_tally, migration 42) against the board read from the
 * projects themselves: the same numbers for every year and scope, through stage moves, tranches and
 * reversals, events dated years back or on one day, multi-row statements and scope changes (the
 * enterprise's home region, the project's county). Rows are written by SQL so that the odd cases
 * the API refuses (an event inserted after later ones) are covered too: the summary must equal the
 * query whatever the rows.
 */
const BOARD_USERS = ["admin", "qingdao", "jiaozhou", "zhenning", "huixian"] as const;

/** Each user's projects as a condition on `p` (projectScope written out in SQL; $3 the user's region). */
const SCOPE: Record<string, string> = {
  ADMIN: `TRUE OR $3::uuid IS NULL`,
  COUNTY_OFFICIAL: `p.county_id IN (SELECT descendant_id FROM region_closure WHERE ancestor_id = $3)`,
  COORDINATOR: `p.enterprise_id IN (SELECT e.id FROM enterprise e
                  WHERE e.home_region_id IN (SELECT descendant_id FROM region_closure WHERE ancestor_id = $3))`,
};

/** The board from the projects, their events and tranches: board.service's query before the summary. */
async function fromProjects(username: string, year: number) {
  const [u] = await s.sql(`SELECT role, region_id FROM app_user WHERE lower(username) = $1`, [username]);
  const lastEvent = (column: string) =>
    `SELECT e.${column} FROM project_stage_event e WHERE e.project_id = p.id AND e.occurred_on <= $2
      ORDER BY e.occurred_on DESC, e.seq DESC LIMIT 1`;
  const rows = await s.sql(
    `WITH scoped AS (
       SELECT p.id, p.planned_investment, CASE WHEN p.signed_on <= $2 THEN p.contract_amount END AS contracted,
              CASE WHEN p.stage_since <= $2 THEN p.stage ELSE (${lastEvent("to_stage")}) END AS stage,
              CASE WHEN p.stage_since <= $2 THEN p.stage_since ELSE (${lastEvent("occurred_on")}) END AS since
         FROM investment_project p
        WHERE ${SCOPE[u.role]}
     ), funds AS (
       SELECT t.project_id, SUM(t.amount) AS total, SUM(t.amount) FILTER (WHERE t.received_on >= $1) AS in_year
         FROM fund_tranche t WHERE t.received_on <= $2 AND t.project_id IN (SELECT id FROM scoped) GROUP BY t.project_id
     )
     SELECT s.stage, count(*)::int AS projects, COALESCE(SUM(s.planned_investment), 0)::bigint AS planned,
            COALESCE(SUM(s.contracted), 0)::bigint AS contracted, COALESCE(SUM(f.total), 0)::bigint AS in_place,
            COALESCE(SUM(f.in_year), 0)::bigint AS in_year
       FROM scoped s LEFT JOIN funds f ON f.project_id = s.id
      WHERE s.stage IS NOT NULL AND (s.stage NOT IN ('IN_PRODUCTION', 'DROPPED') OR s.since >= $1)
      GROUP BY s.stage`,
    [`${year}-01-01`, `${year}-12-31`, u.region_id],
  );
  return new Map(
    rows.map((r) => [
      r.stage as string,
      [r.projects, r.planned, r.contracted, r.in_place, r.in_year].map((x) => BigInt(x)),
    ]),
  );
}

/** The chart from the tranches: board.service's query before the summary (migration 49), in yuan as the API prints it. */
async function seriesFromTranches(username: string, year: number) {
  const [u] = await s.sql(`SELECT role, region_id FROM app_user WHERE lower(username) = $1`, [username]);
  const rows = await s.sql(
    `SELECT EXTRACT(MONTH FROM t.received_on)::int AS month, SUM(t.amount)::bigint AS amount
       FROM fund_tranche t JOIN investment_project p ON p.id = t.project_id
      WHERE t.received_on >= $1 AND t.received_on <= $2 AND (${SCOPE[u.role]})
      GROUP BY 1`,
    [`${year}-01-01`, `${year}-12-31`, u.region_id],
  );
  const byMonth = new Map(rows.map((r) => [Number(r.month), BigInt(r.amount)]));
  let cumulative = 0n;
  const yuan = (f: bigint) =>
    `${f < 0n ? "-" : ""}${(f < 0n ? -f : f) / 100n}.${String((f < 0n ? -f : f) % 100n).padStart(2, "0")}`;
  return Array.from({ length: 12 }, (_, i) => {
    const amount = byMonth.get(i + 1) ?? 0n;
    cumulative += amount;
    return { month: i + 1, amount: yuan(amount), cumulative: yuan(cumulative) };
  });
}

/** Yuan as the API prints it ("1700.00") to fen. */
const fen = (yuan: string) => BigInt(yuan.replace(".", ""));

const YEARS = Array.from({ length: 13 }, (_, i) => 2016 + i);

/**
 * The summaries equal the rows, and every user's board and chart equal the ones from the projects
 * and tranches, in every year.
 */
async function check() {
  expect(await s.sql(INVARIANTS.pipelineTally)).toEqual([]);
  expect(await s.sql(INVARIANTS.fundsInPlaceMonth)).toEqual([]);
  for (const user of BOARD_USERS)
    for (const y of YEARS) {
      expect({ user, y, series: (await s.gql(SERIES, { y }, t[user])).data!.fundsInPlaceSeries }).toEqual({
        user,
        y,
        series: await seriesFromTranches(user, y),
      });
      const want = await fromProjects(user, y);
      const got = (await s.gql(BOARD, { y }, t[user])).data!.pipelineBoard.stages;
      for (const r of got)
        expect({
          user,
          y,
          stage: r.stage,
          sums: [BigInt(r.projects), ...[r.planned, r.contracted, r.inPlace, r.inPlaceInYear].map(fen)],
        }).toEqual({
          user,
          y,
          stage: r.stage,
          sums: want.get(r.stage) ?? [0n, 0n, 0n, 0n, 0n],
        });
    }
}

describe("the pipeline board's and the funds chart's summaries (pipeline_tally, migration 42; funds_in_place_month, migration 49)", () => {
  it("equal the board from the projects and the chart from the tranches for every year and scope, through moves, tranches, reversals, back-dated events and scope changes", async () => {
    await check(); // the demo data, as migrated (the backfill)

    // Two new projects of an enterprise at home in 胶州 (under 青岛), in 镇宁 and in 惠水... any west county.
    const [home] = await s.sql(`SELECT e.id FROM enterprise e WHERE e.home_region_id = $1 ORDER BY e.name LIMIT 1`, [
      region["370281"],
    ]);
    const [other] = await s.sql(
      `SELECT p.county_id AS id FROM investment_project p WHERE p.county_id <> $1 ORDER BY p.seq LIMIT 1`,
      [region["520423"]],
    );
    const newProject = async (county: string, since: string) => {
      const [lead] = await s.sql(
        `INSERT INTO investment_lead (enterprise_id, title, industry, planned_investment, visibility)
         VALUES ($1, '汇总测试线索', '食品加工', 100000000, 'PUBLIC') RETURNING id`,
        [home.id],
      );
      const [p] = await s.sql(
        `INSERT INTO investment_project (lead_id, enterprise_id, county_id, name, planned_investment, stage, stage_since)
         VALUES ($1, $2, $3, '汇总测试项目', 300000000, 'LEAD', $4) RETURNING id`,
        [lead.id, home.id, county, since],
      );
      await s.sql(`INSERT INTO project_stage_event (project_id, to_stage, occurred_on) VALUES ($1, 'LEAD', $2)`, [
        p.id,
        since,
      ]);
      return p.id as string;
    };
    /** A move as project.service makes it: the project row, then its event. */
    const move = async (id: string, stage: string, on: string, signed?: number) => {
      await s.sql(
        `UPDATE investment_project SET stage = $2, stage_since = $3,
                contract_amount = COALESCE($4, contract_amount), signed_on = CASE WHEN $4::bigint IS NULL THEN signed_on ELSE $3::date END,
                dropped_reason = CASE WHEN $2 = 'DROPPED' THEN '测试' END
          WHERE id = $1`,
        [id, stage, on, signed ?? null],
      );
      await s.sql(
        `INSERT INTO project_stage_event (project_id, from_stage, to_stage, occurred_on)
         SELECT $1, (SELECT to_stage FROM project_stage_event WHERE project_id = $1 ORDER BY occurred_on DESC, seq DESC LIMIT 1), $2, $3`,
        [id, stage, on],
      );
    };
    const tranche = async (id: string, amount: number, on: string) =>
      (
        await s.sql(
          `INSERT INTO fund_tranche (project_id, amount, received_on, reference) VALUES ($1, $2, $3, gen_random_uuid()::text) RETURNING id`,
          [id, amount, on],
        )
      )[0].id as string;

    const a = await newProject(region["520423"], "2018-03-01");
    const b = await newProject(other.id, "2019-12-31");
    await move(a, "SITE_VISIT", "2018-11-01");
    await move(a, "NEGOTIATION", "2020-01-01");
    await move(b, "DROPPED", "2020-06-30");
    await check();

    // Signed on the year's last day; a tranche before the move into FUNDS_ARRIVING and one on the
    // same day as two moves; a reversal in a later year; then in production.
    await move(a, "SIGNED", "2021-12-31", 250000000);
    const first = await tranche(a, 40000000, "2021-12-31");
    await move(a, "FUNDS_ARRIVING", "2022-01-01");
    await tranche(a, 60000000, "2022-01-01");
    await s.sql(
      `INSERT INTO fund_tranche (project_id, amount, received_on, reference, reverses_id, reason)
       VALUES ($1, -40000000, '2023-02-01', 'R', $2, '金额有误')`,
      [a, first],
    );
    await move(a, "IN_PRODUCTION", "2023-06-01");
    await check();

    // Two events of one project in one statement (the refresh runs twice, adding once), one of them
    // dated before every other (an event the API would refuse: the summary follows the rows).
    const c = await newProject(region["520423"], "2024-05-05");
    await s.sql(`UPDATE investment_project SET stage = 'NEGOTIATION', stage_since = '2024-07-01' WHERE id = $1`, [c]);
    await s.sql(
      `INSERT INTO project_stage_event (project_id, to_stage, occurred_on)
       VALUES ($1, 'SITE_VISIT', '2017-04-01'), ($1, 'NEGOTIATION', '2024-07-01')`,
      [c],
    );
    await tranche(c, 5000000, "2016-08-08");
    await check();

    // Scope changes: the planned amount, the project's county, the enterprise's home region (from
    // 胶州 to 平度, both under 青岛: jiaozhou no longer sees them, qingdao still does).
    await s.sql(`UPDATE investment_project SET planned_investment = 310000000 WHERE id = $1`, [c]);
    await s.sql(`UPDATE investment_project SET county_id = $2 WHERE id = $1`, [b, region["520423"]]);
    await s.sql(`UPDATE enterprise SET home_region_id = $2 WHERE id = $1`, [home.id, region["370283"]]);
    await check();
    await s.sql(`UPDATE enterprise SET home_region_id = $2 WHERE id = $1`, [home.id, region["370281"]]);
    await check();

    // Projects with tranches moving: one to another county, one to an enterprise at home elsewhere
    // and another county in the same statement (their months move from one key to the other).
    await s.sql(`UPDATE investment_project SET county_id = $2 WHERE id = $1`, [a, other.id]);
    const [elsewhere] = await s.sql(
      `SELECT e.id FROM enterprise e WHERE e.home_region_id NOT IN (SELECT descendant_id FROM region_closure WHERE ancestor_id = $1)
        ORDER BY e.name LIMIT 1`,
      [region["370281"]],
    );
    await s.sql(`UPDATE investment_project SET enterprise_id = $2, county_id = $3 WHERE id = $1`, [
      c,
      elsewhere.id,
      other.id,
    ]);
    await check();
  }, 180_000); // 13 years × 5 users × 7 checks, each board and chart read twice (API and rows)
});
