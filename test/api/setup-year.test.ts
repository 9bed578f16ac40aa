import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHOOSE_PARENT,
  CHOOSE_SIDE,
  CODE_FORMAT,
  CODE_NOT_UNDER_PARENT,
  CODE_TAKEN,
  LEVEL_MISMATCH,
  OUTSIDE_YOUR_REGION,
  PARENT_LEVEL,
  PROVINCE_HAS_NO_PARENT,
  SIDE_FOLLOWS_PARENT,
} from "../../server/src/modules/regions/region.service";
import { NOT_WITHIN_PARENT } from "../../server/src/modules/pairings/pairing.service";
import {
  AGREEMENT_EXISTS,
  NO_AGREEMENT_IN_YEAR,
  PAIRING_HAS_ENDED,
  REASON_REQUIRED,
} from "../../server/src/modules/agreements/agreement.service";
import { currentYear, today } from "../../server/src/shared/dates";
import { Message } from "../../server/src/shared/messages";
import { graphql } from "./gql";
import type { CreateRegionInput, Indicator } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

/**
 * Issue 10, setting up the year (基础设置): regions checked against GB/T 2260, pairings that nest
 * and end, agreements saved whole, copied and changed with a reason and a kept history. Every
 * refusal is checked to write nothing (regions, closure, pairings, agreements, targets, history,
 * audit).
 */
let s: TestServer;
const t: Record<string, string> = {};
let region: Record<string, string>;
const year = currentYear();
const INDICATORS: Indicator[] = [
  "JOINT_MEETINGS",
  "EXCHANGE_VISITS",
  "FISCAL_AID",
  "SOCIAL_DONATIONS",
  "CADRES_SENT",
  "PROFESSIONALS_SENT",
  "PEOPLE_TRAINED",
  "LABOURERS_PLACED",
  "POOR_LABOURERS_PLACED",
  "PROJECTS_LANDED",
  "INVESTMENT_IN_PLACE",
  "CONSUMPTION_ASSISTANCE",
  "WORKSHOPS",
  "PAIRS_FORMED",
  "POOR_PEOPLE_LIFTED",
];
const tomorrow = (() => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
})();

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning"]) t[u] = await s.login(u);
  region = Object.fromEntries(
    (await s.sql<{ code: string; id: string }>(`SELECT code, id FROM region`)).map((r) => [r.code, r.id]),
  );
}, 120_000);
afterAll(() => s?.close());

const pairingId = async (east: string, west: string) =>
  (
    await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id
        WHERE e.code = $1 AND w.code = $2`,
      [east, west],
    )
  )[0]?.id as string;

/** Rows of every table these mutations write. */
const counts = async () =>
  (
    await s.sql(`SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM region_closure)::int AS closure,
      (SELECT count(*) FROM pairing)::int AS pairings, (SELECT count(*) FROM pairing WHERE ended_on IS NOT NULL)::int AS ended,
      (SELECT count(*) FROM agreement)::int AS agreements, (SELECT count(*) FROM agreement_target)::int AS targets,
      (SELECT coalesce(sum(target), 0)::text FROM agreement_target) AS targetSum,
      (SELECT count(*) FROM agreement_target_change)::int AS history, (SELECT count(*) FROM audit_entry)::int AS audit`)
  )[0];

/** Expects `work` to be refused with `code` (naming `field` and saying `message` when given), writing nothing. */
async function refused(
  work: () => Promise<GqlResult>,
  code: string,
  field?: string,
  message?: string | Message,
): Promise<void> {
  const before = await counts();
  const r = await work();
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  if (field) expect(r.errors![0].extensions!.field).toBe(field);
  if (message instanceof Message) expect(r.errors![0].extensions!.messages).toEqual(message.texts);
  else if (message) expect(r.errors![0].message).toBe(message);
  expect(await counts()).toEqual(before);
}

const CREATE_REGION = graphql(`
  mutation SetupCreateRegion($i: CreateRegionInput!) {
    createRegion(input: $i) {
      id
      code
      level
      side
      parent {
        code
      }
    }
  }
`);
const UPDATE_REGION = graphql(`
  mutation SetupUpdateRegion($id: ID!, $i: UpdateRegionInput!) {
    updateRegion(id: $id, input: $i) {
      name
      shortName
    }
  }
`);
const WITHIN = graphql(`
  query SetupRegionsWithin($id: ID!) {
    regions(first: 100, filter: { withinId: $id }) {
      nodes {
        code
      }
    }
  }
`);
const CREATE_PAIRING = graphql(`
  mutation SetupCreatePairing($i: CreatePairingInput!) {
    createPairing(input: $i) {
      id
      name
      status
      parent {
        name
      }
    }
  }
`);
const END_PAIRING = graphql(`
  mutation SetupEndPairing($i: EndPairingInput!) {
    endPairing(input: $i) {
      status
      endedOn
      endReason
      children {
        name
        status
        endedOn
      }
    }
  }
`);
const SAVE = graphql(`
  mutation SetupSaveAgreement($i: SaveAgreementInput!) {
    saveAgreement(input: $i) {
      id
      year
      signedOn
      targets {
        indicator
        target
      }
    }
  }
`);
const CHANGE = graphql(`
  mutation SetupChangeTarget($i: ChangeAgreementTargetInput!) {
    changeAgreementTarget(input: $i) {
      targets {
        indicator
        target
      }
      targetHistory {
        indicator
        before
        after
        reason
        actor {
          username
        }
      }
    }
  }
`);
const COPY = graphql(`
  mutation SetupCopyAgreement($i: CopyAgreementInput!) {
    copyAgreement(input: $i) {
      year
      signedOn
      targets {
        indicator
        target
      }
      targetHistory {
        indicator
        reason
      }
    }
  }
`);

const laixi = { code: "370285", name: "莱西市", shortName: "莱西市" };
const regionInput = (i: Partial<CreateRegionInput>): CreateRegionInput => ({
  ...laixi,
  parentId: region["370200"],
  ...i,
});

describe("regions (GB/T 2260)", () => {
  it("refuses each rule of the code, naming the field, with nothing written", async () => {
    const admin = (i: Partial<CreateRegionInput>) => () => s.gql(CREATE_REGION, { i: regionInput(i) }, t.admin);
    await refused(admin({ code: "37028" }), "BAD_USER_INPUT", "code", CODE_FORMAT);
    await refused(admin({ code: "37a285" }), "BAD_USER_INPUT", "code", CODE_FORMAT);
    await refused(admin({ code: "000085" }), "BAD_USER_INPUT", "code", CODE_FORMAT);
    // The level follows from the code: 370285 is a county-level code.
    await refused(admin({ level: "PREFECTURE" }), "BAD_USER_INPUT", "level", LEVEL_MISMATCH);
    // A county's code extends its prefecture's four digits; a prefecture's its province's two.
    await refused(admin({ code: "520499" }), "BAD_USER_INPUT", "code", CODE_NOT_UNDER_PARENT);
    await refused(admin({ code: "520300", parentId: region["370000"] }), "BAD_USER_INPUT", "code");
    // One level below the parent: no prefecture under a prefecture, no county under a county.
    await refused(admin({ code: "370300" }), "BAD_USER_INPUT", "parentId", PARENT_LEVEL);
    await refused(admin({ code: "370286", parentId: region["370281"] }), "BAD_USER_INPUT", "parentId", PARENT_LEVEL);
    // A county sits under its prefecture when there is one, not beside it under the province.
    await refused(admin({ parentId: region["370000"] }), "BAD_USER_INPUT", "parentId");
    // A province has no parent and needs a side; others need a parent.
    await refused(admin({ code: "380000" }), "BAD_USER_INPUT", "parentId", PROVINCE_HAS_NO_PARENT);
    await refused(admin({ code: "380000", parentId: null }), "BAD_USER_INPUT", "side", CHOOSE_SIDE);
    await refused(admin({ parentId: null }), "BAD_USER_INPUT", "parentId", CHOOSE_PARENT);
    // The side is the parent's.
    await refused(admin({ side: "WEST" }), "BAD_USER_INPUT", "side", SIDE_FOLLOWS_PARENT);
    await refused(admin({ name: "  " }), "BAD_USER_INPUT", "name");
    await refused(admin({ parentId: "00000000-0000-0000-0000-000000000000" }), "BAD_USER_INPUT", "parentId");
    await refused(admin({ code: "370281" }), "CONFLICT", "code", CODE_TAKEN);
  });

  it("adds a county under its prefecture: level and side follow, the closure places it in the tree, audited", async () => {
    const r = await s.gql(CREATE_REGION, { i: regionInput({ side: "EAST", level: "COUNTY" }) }, t.admin);
    expect(r.data!.createRegion).toMatchObject({
      code: "370285",
      level: "COUNTY",
      side: "EAST",
      parent: { code: "370200" },
    });
    region["370285"] = r.data!.createRegion.id;
    const within = (await s.gql(WITHIN, { id: region["370000"] }, t.admin)).data!.regions.nodes.map((n) => n.code);
    expect(within).toContain("370285");
    const [audit] = await s.sql(`SELECT change FROM audit_entry WHERE action = 'REGION_CREATED' AND entity_id = $1`, [
      region["370285"],
    ]);
    expect(audit.change).toMatchObject({ before: null, after: { code: "370285", parentId: region["370200"] } });
    // A district of a municipality directly under the province: allowed when no prefecture has its prefix.
    const d = await s.gql(
      CREATE_REGION,
      { i: regionInput({ code: "379901", name: "测试区", shortName: "测试区", parentId: region["370000"] }) },
      t.admin,
    );
    expect(d.data!.createRegion).toMatchObject({ level: "COUNTY", parent: { code: "370000" } });
    // A province of its own side.
    const p = await s.gql(
      CREATE_REGION,
      { i: { code: "150000", name: "内蒙古自治区", shortName: "内蒙古", side: "WEST" } },
      t.admin,
    );
    expect(p.data!.createRegion).toMatchObject({ level: "PROVINCE", side: "WEST", parent: null });
  });

  it("a coordinator adds east regions below its own only; west regions are the administrator's", async () => {
    const ok = await s.gql(
      CREATE_REGION,
      { i: regionInput({ code: "370214", name: "城阳区", shortName: "城阳区" }) },
      t.qingdao,
    );
    expect(ok.data!.createRegion.code).toBe("370214");
    await refused(
      () =>
        s.gql(CREATE_REGION, { i: regionInput({ code: "370215", name: "即墨区", shortName: "即墨区" }) }, t.jiaozhou),
      "BAD_USER_INPUT",
      "parentId",
      OUTSIDE_YOUR_REGION,
    );
    await refused(
      () => s.gql(CREATE_REGION, { i: regionInput({ code: "520424", parentId: region["520400"] }) }, t.qingdao),
      "BAD_USER_INPUT",
      "parentId",
      OUTSIDE_YOUR_REGION,
    );
    await refused(
      () => s.gql(CREATE_REGION, { i: { code: "160000", name: "省", shortName: "省", side: "EAST" } }, t.qingdao),
      "BAD_USER_INPUT",
      "parentId",
    );
    await refused(() => s.gql(CREATE_REGION, { i: regionInput({ code: "370215" }) }, t.zhenning), "FORBIDDEN");
  });

  it("renames: administrators any region, a coordinator those below its own", async () => {
    const r = await s.gql(UPDATE_REGION, { id: region["370285"], i: { name: "莱西市(县级市)" } }, t.qingdao);
    expect(r.data!.updateRegion).toEqual({ name: "莱西市(县级市)", shortName: "莱西市" });
    await refused(() => s.gql(UPDATE_REGION, { id: region["370200"], i: { name: "x" } }, t.jiaozhou), "FORBIDDEN");
    await refused(() => s.gql(UPDATE_REGION, { id: region["370200"], i: { name: "x" } }, t.qingdao), "FORBIDDEN");
    await refused(() => s.gql(UPDATE_REGION, { id: region["520423"], i: { name: "x" } }, t.qingdao), "FORBIDDEN");
    await refused(
      () => s.gql(UPDATE_REGION, { id: region["370285"], i: { shortName: "" } }, t.admin),
      "BAD_USER_INPUT",
      "shortName",
    );
    expect(
      (await s.gql(UPDATE_REGION, { id: region["370285"], i: { name: "莱西市" } }, t.admin)).data!.updateRegion.name,
    ).toBe("莱西市");
  });
});

describe("pairings: create nested, end with a date", () => {
  it("nests a new pairing in its parent; refuses a parent that does not enclose it", async () => {
    const anshun = await pairingId("370200", "520400");
    const longnan = await pairingId("370200", "621200");
    const input = {
      eastRegionId: region["370285"],
      westRegionId: region["520423"],
      kind: "EAST_WEST" as const,
      since: "2025-01-01",
    };
    await refused(
      () => s.gql(CREATE_PAIRING, { i: { ...input, parentId: longnan } }, t.qingdao),
      "BAD_USER_INPUT",
      "parentId",
      NOT_WITHIN_PARENT,
    );
    // The same pair as the parent is not nested in it.
    await refused(
      () =>
        s.gql(
          CREATE_PAIRING,
          { i: { ...input, eastRegionId: region["370200"], westRegionId: region["520400"], parentId: anshun } },
          t.admin,
        ),
      "BAD_USER_INPUT",
      "parentId",
    );
    // Jiaozhou's coordinator may not pair Qingdao's new city, nor see Qingdao's pairings to nest in.
    await refused(
      () => s.gql(CREATE_PAIRING, { i: input }, t.jiaozhou),
      "BAD_USER_INPUT",
      "eastRegionId",
      OUTSIDE_YOUR_REGION,
    );
    await refused(
      () =>
        s.gql(
          CREATE_PAIRING,
          { i: { ...input, eastRegionId: region["370281"], westRegionId: region["520400"], parentId: anshun } },
          t.jiaozhou,
        ),
      "NOT_FOUND",
      "parentId",
    );
    await refused(() => s.gql(CREATE_PAIRING, { i: input }, t.zhenning), "FORBIDDEN");
    const r = await s.gql(CREATE_PAIRING, { i: { ...input, parentId: anshun } }, t.qingdao);
    expect(r.data!.createPairing).toMatchObject({
      name: "莱西市—镇宁县",
      status: "ACTIVE",
      parent: { name: "青岛市—安顺市" },
    });
    await refused(() => s.gql(CREATE_PAIRING, { i: input }, t.admin), "CONFLICT");
  });

  it("Pingdu's coordinator pairs its own city (the way forward from 暂无任何年度协议)", async () => {
    const r = await s.gql(
      CREATE_PAIRING,
      { i: { eastRegionId: region["370283"], westRegionId: region["621227"], kind: "EAST_WEST", since: "2026-01-01" } },
      t.pingdu,
    );
    // Stored under 青岛–陇南, which Pingdu's coordinator does not see (so `parent` is null for it).
    expect(r.data!.createPairing).toMatchObject({ name: "平度市—徽县", parent: null });
    const [row] = await s.sql(`SELECT parent_id FROM pairing WHERE id = $1`, [r.data!.createPairing.id]);
    expect(row.parent_id).toBe(await pairingId("370200", "621200"));
  });

  it("ends a pairing on a date with a reason, and the pairings nested in it; refuses bad dates and foreign pairings", async () => {
    const heze = await pairingId("370200", "371700");
    const end = (i: { endedOn?: string; reason?: string; id?: string }, who = t.qingdao) =>
      s.gql(END_PAIRING, { i: { id: heze, endedOn: "2025-12-31", reason: "省内协作调整", ...i } }, who);
    await refused(() => end({ endedOn: "2015-12-31" }), "BAD_USER_INPUT", "endedOn");
    await refused(() => end({ endedOn: tomorrow }), "BAD_USER_INPUT", "endedOn");
    await refused(() => end({ reason: " " }), "BAD_USER_INPUT", "reason");
    await refused(() => end({}, t.jiaozhou), "NOT_FOUND");
    await refused(() => end({}, t.pingdu), "NOT_FOUND");
    await refused(() => end({}, t.zhenning), "FORBIDDEN");
    const r = await end({});
    expect(r.data!.endPairing).toMatchObject({
      status: "ENDED",
      endedOn: "2025-12-31",
      endReason: "省内协作调整",
      children: [{ name: "胶州市—曹县", status: "ENDED", endedOn: "2025-12-31" }],
    });
    const audits = await s.sql(`SELECT change FROM audit_entry WHERE action = 'PAIRING_ENDED'`);
    expect(audits).toHaveLength(2);
    await refused(() => end({}), "CONFLICT");
    // An ended pairing takes no new agreement; its existing ones stay.
    const caoxian = await pairingId("370281", "371721");
    await refused(
      () =>
        s.gql(
          SAVE,
          { i: { pairingId: caoxian, year: year + 1, targets: [{ indicator: "FISCAL_AID", target: "1" }] } },
          t.jiaozhou,
        ),
      "BAD_USER_INPUT",
      "pairingId",
      PAIRING_HAS_ENDED,
    );
  });
});

describe("agreements: saved whole, changed with a reason, copied", () => {
  let laixiZhenning: string;
  beforeAll(async () => {
    laixiZhenning = await pairingId("370285", "520423");
  });

  it("saves every target and the signing date in one go; refuses bad targets and foreign pairings, writing nothing", async () => {
    const i = {
      pairingId: laixiZhenning,
      year,
      signedOn: today(),
      targets: [
        { indicator: "FISCAL_AID" as const, target: "1234567.89" },
        { indicator: "CADRES_SENT" as const, target: "3" },
      ],
    };
    await refused(
      () => s.gql(SAVE, { i: { ...i, targets: [...i.targets, i.targets[1]] } }, t.qingdao),
      "BAD_USER_INPUT",
      "targets",
    );
    await refused(
      () => s.gql(SAVE, { i: { ...i, targets: [{ indicator: "CADRES_SENT", target: "1.5" }] } }, t.qingdao),
      "BAD_USER_INPUT",
      "targets.0.target",
    );
    await refused(
      () => s.gql(SAVE, { i: { ...i, targets: [{ indicator: "FISCAL_AID", target: "-1" }] } }, t.qingdao),
      "BAD_USER_INPUT",
    );
    await refused(() => s.gql(SAVE, { i: { ...i, signedOn: tomorrow } }, t.qingdao), "BAD_USER_INPUT", "signedOn");
    await refused(() => s.gql(SAVE, { i }, t.jiaozhou), "NOT_FOUND", "pairingId");
    await refused(() => s.gql(SAVE, { i }, t.pingdu), "NOT_FOUND", "pairingId");
    await refused(() => s.gql(SAVE, { i }, t.zhenning), "FORBIDDEN");
    const r = await s.gql(SAVE, { i }, t.qingdao);
    expect(r.data!.saveAgreement).toMatchObject({
      year,
      signedOn: today(),
      targets: [
        { indicator: "FISCAL_AID", target: "1234567.89" },
        { indicator: "CADRES_SENT", target: "3" },
      ],
    });
    const [fen] = await s.sql(
      `SELECT target::text FROM agreement_target WHERE agreement_id = $1 AND indicator = 'FISCAL_AID'`,
      [r.data!.saveAgreement.id],
    );
    expect(fen.target).toBe("123456789");
    // A whole agreement is a handful of statements, whatever the number of targets (one per step, batched).
    const all = INDICATORS.map((indicator) => ({ indicator, target: "7" }));
    const n = await s.countQueries(() =>
      s.gql(SAVE, { i: { ...i, year: year + 5, signedOn: null, targets: all } }, t.qingdao),
    );
    console.log(`saveAgreement with ${all.length} targets: ${n} statements`);
    expect(n).toBeLessThanOrEqual(20);
    // Saving the same again changes nothing: no history, no audit entry.
    const same = await counts();
    expect((await s.gql(SAVE, { i }, t.qingdao)).errors).toBeUndefined();
    expect(await counts()).toEqual(same);
    // Saving again with a target removed from a signed agreement needs a reason.
    await refused(
      () => s.gql(SAVE, { i: { ...i, targets: [i.targets[0]] } }, t.qingdao),
      "BAD_USER_INPUT",
      "reason",
      REASON_REQUIRED,
    );
  });

  it("changes a target of a signed agreement only with a reason, and keeps the history", async () => {
    const i = { pairingId: laixiZhenning, year, indicator: "CADRES_SENT" as const, target: "4" };
    await refused(() => s.gql(CHANGE, { i }, t.qingdao), "BAD_USER_INPUT", "reason", REASON_REQUIRED);
    await refused(() => s.gql(CHANGE, { i: { ...i, reason: "   " } }, t.qingdao), "BAD_USER_INPUT", "reason");
    await refused(() => s.gql(CHANGE, { i: { ...i, reason: "增派" } }, t.jiaozhou), "NOT_FOUND");
    const r = await s.gql(CHANGE, { i: { ...i, reason: "增派一名干部" } }, t.qingdao);
    expect(r.data!.changeAgreementTarget.targets).toContainEqual({ indicator: "CADRES_SENT", target: "4" });
    expect(r.data!.changeAgreementTarget.targetHistory[0]).toEqual({
      indicator: "CADRES_SENT",
      before: "3",
      after: "4",
      reason: "增派一名干部",
      actor: { username: "qingdao" },
    });
    expect(r.data!.changeAgreementTarget.targetHistory).toHaveLength(3);
    // A target the signed agreement lacked is filled in without a reason (未设目标 → a target).
    const filled = await s.gql(CHANGE, { i: { ...i, indicator: "WORKSHOPS", target: "2" } }, t.qingdao);
    expect(filled.data!.changeAgreementTarget.targets).toContainEqual({ indicator: "WORKSHOPS", target: "2" });
    const [audit] = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'AGREEMENT_TARGET_SET' AND change->>'indicator' = 'CADRES_SENT' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit.change).toMatchObject({
      before: { target: "3" },
      after: { target: "4" },
      reason: "增派一名干部",
      year,
    });
  });

  it("copies a year's targets into a new, unsigned agreement; refuses a year that has one", async () => {
    const i = { pairingId: laixiZhenning, fromYear: year, toYear: year + 1 };
    await refused(
      () => s.gql(COPY, { i: { ...i, fromYear: year - 1 } }, t.qingdao),
      "BAD_USER_INPUT",
      "fromYear",
      NO_AGREEMENT_IN_YEAR,
    );
    await refused(() => s.gql(COPY, { i: { ...i, toYear: year } }, t.qingdao), "BAD_USER_INPUT", "toYear");
    await refused(() => s.gql(COPY, { i }, t.pingdu), "NOT_FOUND");
    const r = await s.gql(COPY, { i }, t.qingdao);
    expect(r.data!.copyAgreement).toMatchObject({
      year: year + 1,
      signedOn: null,
      targets: [
        { indicator: "FISCAL_AID", target: "1234567.89" },
        { indicator: "CADRES_SENT", target: "4" },
        { indicator: "WORKSHOPS", target: "2" },
      ],
    });
    expect(r.data!.copyAgreement.targetHistory[0].reason).toContain(String(year));
    await refused(() => s.gql(COPY, { i }, t.qingdao), "CONFLICT", "toYear", AGREEMENT_EXISTS);
    // An unsigned copy is revised freely, without a reason.
    const c = await s.gql(
      CHANGE,
      { i: { pairingId: laixiZhenning, year: year + 1, indicator: "CADRES_SENT", target: "5" } },
      t.qingdao,
    );
    expect(c.data!.changeAgreementTarget.targets).toContainEqual({ indicator: "CADRES_SENT", target: "5" });
  });
});
