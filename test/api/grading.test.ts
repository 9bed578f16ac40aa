import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { today } from "../../server/src/shared/dates";
import { graphql } from "./gql";
import type { SetGradingSchemeInput } from "./gql/graphql";
import { codeOf, startTestServer, type GqlResult, type TestServer } from "./harness";

let s: TestServer;
const t: Record<string, string> = {};
const pairing: Record<string, string> = {};
const region: Record<string, string> = {}; // code → id
const Y = 2017; // no demo agreement, no fiscal aid or labour entry: every figure graded below is the test's own
const thisYear = Number(today().slice(0, 4));

const SET = graphql(`
  mutation GradingSet($i: SetGradingSchemeInput!) {
    setGradingScheme(input: $i) {
      id
      year
      goodFrom
      fairFrom
      averageFrom
      capAt100
      aPlusFrom
      weights {
        indicator
        weight
      }
    }
  }
`);
const SCHEME = graphql(`
  query GradingSchemeOf($y: Int!) {
    gradingScheme(year: $y) {
      year
      capAt100
      weights {
        indicator
        weight
      }
    }
  }
`);
const GRADES = graphql(`
  query GradingGrades($y: Int!) {
    pairingGrades(year: $y) {
      year
      pairings {
        pairing {
          id
        }
        score
        grade
        rank
        countyClass
        classRank
        breakdown {
          indicator
          weight
          completion
          capped
          pointsEarned
          pointsLost
        }
      }
      counties {
        county {
          code
        }
        pairings
        score
        grade
        rank
        countyClass
        classRank
      }
      countyClasses
    }
  }
`);
const SCHEME_CLASSES = graphql(`
  query GradingSchemeClasses($y: Int!) {
    gradingScheme(year: $y) {
      countyClasses {
        name
        counties {
          code
        }
      }
    }
  }
`);
const SCORECARD = graphql(`
  query GradingScorecard($y: Int!) {
    buyerScorecard(year: $y) {
      year
      buyers {
        buyer {
          id
          name
        }
        quota
        counted
        completion
        band
        rank
      }
      groups {
        group
        target
        counted
        completion
        band
        rank
      }
    }
  }
`);
const SAVE_AGREEMENT = graphql(`
  mutation GradingSaveAgreement($i: SaveAgreementInput!) {
    saveAgreement(input: $i) {
      id
    }
  }
`);
const REPORT = graphql(`
  mutation GradingReport($i: RecordReportedFigureInput!) {
    recordReportedFigure(input: $i) {
      id
    }
  }
`);
const SET_QUOTA = graphql(`
  mutation GradingSetQuota($i: SetQuotaInput!) {
    setQuota(input: $i) {
      id
    }
  }
`);

const scheme = (over: Partial<SetGradingSchemeInput> = {}): SetGradingSchemeInput => ({
  year: Y,
  weights: [
    { indicator: "FISCAL_AID" as SetGradingSchemeInput["weights"][0]["indicator"], weight: 60 },
    { indicator: "LABOURERS_PLACED" as SetGradingSchemeInput["weights"][0]["indicator"], weight: 40 },
  ],
  goodFrom: 9000,
  fairFrom: 8000,
  averageFrom: 6000,
  capAt100: true,
  aPlusFrom: 12000,
  aFrom: 10000,
  bFrom: 9000,
  cFrom: 8000,
  dFrom: 7000,
  ...over,
});

const counts = async () => {
  const [r] = await s.sql(
    `SELECT (SELECT count(*)::int FROM grading_scheme) AS schemes, (SELECT count(*)::int FROM ledger_entry) AS ledger,
            (SELECT count(*)::int FROM audit_entry) AS audit`,
  );
  return r as { schemes: number; ledger: number; audit: number };
};
async function refusedWithNothingWritten(work: () => Promise<GqlResult>, code: string, field?: string) {
  const before = await counts();
  const r = await work();
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  if (field) expect(r.errors![0].extensions!.field).toBe(field);
  expect(await counts()).toEqual(before);
  return r;
}

// The hand-computed table (weights FISCAL_AID 60, LABOURERS_PLACED 40; 好 ≥ 90%, 较好 ≥ 80%, 一般 ≥ 60%).
// pairing (west)        fiscal delivered/target  labourers    capped score       uncapped score
// 520423 镇宁           90 / 100                 9 / 10       90.00 好 (on the boundary)
// 621227 徽县           150 / 100                5 / 10       (60+20) 80.00 较好  (90+20) 110.00 好
// 371721 单县           80 / 100                 8 / 10       80.00 较好 (ties 徽县 when capped)
// 610923 紫阳           100 / 300                2 / 3        (20+26.66…) 46.66 差
// 653225 策勒           59.99 / 100              —            59.99 差 (just below 一般)
const FIGURES: [west: string, fiscal: [string, string], labour: [string, string] | null][] = [
  ["520423", ["90.00", "100.00"], ["9", "10"]],
  ["621227", ["150.00", "100.00"], ["5", "10"]],
  ["371721", ["80.00", "100.00"], ["8", "10"]],
  ["610923", ["100.00", "300.00"], ["2", "3"]],
  ["653225", ["59.99", "100.00"], null],
];

beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "huixian", "buyer", "enterprise"])
    t[u] = await s.login(u);
  for (const r of await s.sql(
    `SELECT p.id, e.code AS east, w.code AS west FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id`,
  ))
    pairing[`${r.east}-${r.west}`] = r.id;
  for (const r of await s.sql(`SELECT id, code FROM region`)) region[r.code] = r.id;
  const mine = FIGURES.map(([west]) => pairing[`370281-${west}`]);
  expect(
    await s.sql(
      `SELECT 1 FROM ledger_entry WHERE occurred_on >= '${Y}-01-01' AND occurred_on < '${Y + 1}-01-01'
          AND indicator IN ('FISCAL_AID', 'LABOURERS_PLACED') AND pairing_id = ANY($1::uuid[])`,
      [mine],
    ),
  ).toEqual([]);
  for (const [west, fiscal, labour] of FIGURES) {
    const pairingId = pairing[`370281-${west}`];
    const targets = [{ indicator: "FISCAL_AID", target: fiscal[1] }];
    if (labour) targets.push({ indicator: "LABOURERS_PLACED", target: labour[1] });
    const a = await s.gql(
      SAVE_AGREEMENT,
      { i: { pairingId, year: Y, signedOn: `${Y}-03-01`, targets: targets as never } },
      t.jiaozhou,
    );
    expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    const figures: [string, string][] = [["FISCAL_AID", fiscal[0]]];
    if (labour) figures.push(["LABOURERS_PLACED", labour[0]]);
    for (const [indicator, amount] of figures) {
      const r = await s.gql(
        REPORT,
        {
          i: {
            pairingId,
            indicator: indicator as never,
            amount,
            occurredOn: `${Y}-06-01`,
            sourceDocument: "胶协办〔2017〕1号",
          },
        },
        t.jiaozhou,
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
  }
});
afterAll(() => s?.close());

type Grades = NonNullable<Awaited<ReturnType<typeof grades>>>;
const grades = async (who: string, year = Y) => {
  const r = await s.gql(GRADES, { y: year }, t[who]);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.pairingGrades;
};
const byWest = (g: Grades, west: string) => g.pairings.find((p) => p.pairing.id === pairing[`370281-${west}`])!;

describe("the grading scheme", () => {
  it("a year without a scheme answers null, and so do its grades and scorecard", async () => {
    expect((await s.gql(SCHEME, { y: Y }, t.admin)).data!.gradingScheme).toBeNull();
    expect(await grades("admin")).toBeNull();
    expect((await s.gql(SCORECARD, { y: Y }, t.admin)).data!.buyerScorecard).toBeNull();
  });

  it("refuses a coordinator, a county official, a buyer: FORBIDDEN, nothing written", async () => {
    for (const who of ["qingdao", "zhenning", "buyer", "enterprise"])
      await refusedWithNothingWritten(() => s.gql(SET, { i: scheme() }, t[who]), "FORBIDDEN");
  });

  it("refuses bad input naming the field, without echoing the value, nothing written", async () => {
    const cases: [Partial<SetGradingSchemeInput>, string][] = [
      [{ fairFrom: 9000 }, "fairFrom"],
      [{ averageFrom: 8123 + 1000 }, "averageFrom"],
      [{ averageFrom: 0 }, "averageFrom"],
      [{ goodFrom: 100_001 }, "goodFrom"],
      [{ aFrom: 12000 }, "aFrom"],
      [{ dFrom: 8000 }, "dFrom"],
      [{ dFrom: -5 }, "dFrom"],
      [{ weights: [{ indicator: "FISCAL_AID" as never, weight: -7 }] }, "weights"],
      [{ weights: [{ indicator: "FISCAL_AID" as never, weight: 0 }] }, "weights"],
      [
        {
          weights: [
            { indicator: "FISCAL_AID" as never, weight: 3 },
            { indicator: "FISCAL_AID" as never, weight: 4 },
          ],
        },
        "weights",
      ],
      [{ year: 1999 }, "year"],
    ];
    for (const [over, field] of cases) {
      const r = await refusedWithNothingWritten(
        () => s.gql(SET, { i: scheme(over) }, t.admin),
        "BAD_USER_INPUT",
        field,
      );
      for (const v of Object.values(over))
        if (typeof v === "number" && Math.abs(v) >= 100) expect(r.errors![0].message).not.toContain(String(v));
    }
  });

  it("an administrator sets it (audited); everyone with grades reads it", async () => {
    const before = await counts();
    const r = await s.gql(SET, { i: scheme() }, t.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.setGradingScheme).toMatchObject({ year: Y, goodFrom: 9000, capAt100: true, aPlusFrom: 12000 });
    expect(await counts()).toEqual({ ...before, schemes: before.schemes + 1, audit: before.audit + 1 });
    const [audit] = await s.sql(
      `SELECT action, entity_type, change FROM audit_entry WHERE entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [r.data!.setGradingScheme.id],
    );
    expect(audit).toMatchObject({ action: "GRADING_SCHEME_SET", entity_type: "GradingScheme" });
    expect(audit.change.after.weights).toEqual({ FISCAL_AID: 60, LABOURERS_PLACED: 40 });
    for (const who of ["admin", "qingdao", "pingdu", "zhenning"]) {
      const read = await s.gql(SCHEME, { y: Y }, t[who]);
      expect(read.errors).toBeUndefined();
      expect(read.data!.gradingScheme!.weights.find((w) => w.indicator === "FISCAL_AID")!.weight).toBe(60);
      expect(read.data!.gradingScheme!.weights.find((w) => w.indicator === "CADRES_SENT")!.weight).toBe(0);
    }
    for (const who of ["buyer", "enterprise"]) expect(codeOf(await s.gql(SCHEME, { y: Y }, t[who]))).toBe("FORBIDDEN");
  });
});

describe("pairing grades (capped at 100%)", () => {
  it("match the hand-computed table: exact at the boundaries, ties share a rank", async () => {
    const g = (await grades("admin"))!;
    expect(g.pairings).toHaveLength(5); // only the pairings with an agreement in 2017
    const table = FIGURES.map(([west]) => {
      const p = byWest(g, west);
      return [west, p.score, p.grade, p.rank];
    });
    expect(table).toEqual([
      ["520423", "90.00", "GOOD", 1],
      ["621227", "80.00", "FAIR", 2],
      ["371721", "80.00", "FAIR", 2],
      ["610923", "46.66", "POOR", 5],
      ["653225", "59.99", "POOR", 4],
    ]);
    // Best first.
    expect(g.pairings.map((p) => p.rank)).toEqual([1, 2, 2, 4, 5]);
  });

  it("breaks each score down: completion, points earned and lost, capping shown", async () => {
    const g = (await grades("admin"))!;
    expect(byWest(g, "610923").breakdown).toEqual([
      {
        indicator: "FISCAL_AID",
        weight: 60,
        completion: "33.33",
        capped: false,
        pointsEarned: "20.00",
        pointsLost: "40.00",
      },
      {
        indicator: "LABOURERS_PLACED",
        weight: 40,
        completion: "66.66",
        capped: false,
        pointsEarned: "26.66",
        pointsLost: "13.33",
      },
    ]);
    expect(byWest(g, "621227").breakdown[0]).toEqual({
      indicator: "FISCAL_AID",
      weight: 60,
      completion: "150.00",
      capped: true,
      pointsEarned: "60.00",
      pointsLost: "0.00",
    });
    // An indicator without a target is left out of the score (策勒: fiscal aid only, weight 60 of 60).
    expect(byWest(g, "653225").breakdown).toEqual([
      {
        indicator: "FISCAL_AID",
        weight: 60,
        completion: "59.99",
        capped: false,
        pointsEarned: "59.99",
        pointsLost: "40.01",
      },
    ]);
  });

  it("ranks the west counties by their pairings' scores", async () => {
    const g = (await grades("admin"))!;
    expect(g.counties.map((c) => [c.county.code, c.score, c.grade, c.rank, c.pairings])).toEqual([
      ["520423", "90.00", "GOOD", 1, 1],
      ["371721", "80.00", "FAIR", 2, 1],
      ["621227", "80.00", "FAIR", 2, 1],
      ["653225", "59.99", "POOR", 4, 1],
      ["610923", "46.66", "POOR", 5, 1],
    ]);
  });
});

describe("pairing grades uncapped", () => {
  it("turning the cap off changes 徽县's score as computed by hand (110.00, 好) and the ranks", async () => {
    expect((await s.gql(SET, { i: scheme({ capAt100: false }) }, t.admin)).errors).toBeUndefined();
    const g = (await grades("admin"))!;
    expect(byWest(g, "621227")).toMatchObject({ score: "110.00", grade: "GOOD", rank: 1 });
    expect(byWest(g, "621227").breakdown[0]).toMatchObject({
      capped: false,
      pointsEarned: "90.00",
      pointsLost: "0.00",
    });
    expect(byWest(g, "520423")).toMatchObject({ score: "90.00", grade: "GOOD", rank: 2 });
    expect(byWest(g, "371721")).toMatchObject({ score: "80.00", grade: "FAIR", rank: 3 });
    expect((await s.gql(SET, { i: scheme() }, t.admin)).errors).toBeUndefined();
    expect(byWest((await grades("admin"))!, "621227").score).toBe("80.00");
  });

  it("a scheme change is audited with before and after", async () => {
    const rows = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'GRADING_SCHEME_SET' ORDER BY at DESC, id LIMIT 1`,
    );
    expect(rows[0].change.before.capAt100).toBe(false);
    expect(rows[0].change.after.capAt100).toBe(true);
  });
});

describe("county classes (一类/二类/三类县) ranked separately", () => {
  const cls = (name: string, ...codes: string[]) => ({ name, countyIds: codes.map((c) => region[c]) });
  // 一类县: 徽县 80.00, 单县 80.00 (a tie), 紫阳 46.66; 二类县: 镇宁 90.00, 策勒 59.99.
  // A function: the region ids are read in beforeAll, after this block is collected.
  const classes = () => [cls("一类县", "621227", "371721", "610923"), cls("二类县", "520423", "653225")];

  it("refuses a county in two classes, an unknown or non-county or east region, a bad name: naming countyClasses, nothing written", async () => {
    const unknown = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    const cases: { name: string; countyIds: string[] }[][] = [
      [cls("一类县", "621227"), cls("二类县", "621227")],
      [cls("一类县", "621227", "621227")],
      [{ name: "一类县", countyIds: [unknown] }],
      [cls("一类县", "520400")], // 安顺: a prefecture, not a county
      [cls("一类县", "370281")], // 胶州: an east county
      [cls("  ", "621227")],
      [cls("一类县", "621227"), cls("一类县", "520423")],
      [cls("一类县")],
    ];
    for (const countyClasses of cases) {
      const r = await refusedWithNothingWritten(
        () => s.gql(SET, { i: scheme({ countyClasses }) }, t.admin),
        "BAD_USER_INPUT",
        "countyClasses",
      );
      expect(r.errors![0].message).not.toContain(unknown);
      expect(r.errors![0].message).not.toContain("not-an-id");
      expect(r.errors![0].message).not.toContain(region["621227"]);
    }
    // A malformed id is refused by the API's id rule before the service, naming the list it is in.
    const r = await refusedWithNothingWritten(
      () => s.gql(SET, { i: scheme({ countyClasses: [{ name: "一类县", countyIds: ["not-an-id-12345"] }] }) }, t.admin),
      "BAD_USER_INPUT",
      "countyIds",
    );
    expect(r.errors![0].message).not.toContain("not-an-id");
  });

  it("an administrator sets them (audited with before and after); everyone reads them", async () => {
    const r = await s.gql(SET, { i: scheme({ countyClasses: classes() }) }, t.admin);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const [audit] = await s.sql(
      `SELECT change FROM audit_entry WHERE action = 'GRADING_SCHEME_SET' ORDER BY at DESC, id LIMIT 1`,
    );
    expect(audit.change.before.countyClasses).toEqual([]);
    expect(audit.change.after.countyClasses).toEqual(classes());
    const read = await s.gql(SCHEME_CLASSES, { y: Y }, t.zhenning);
    expect(read.errors).toBeUndefined();
    expect(read.data!.gradingScheme!.countyClasses.map((c) => [c.name, c.counties.map((x) => x.code)])).toEqual([
      ["一类县", ["621227", "371721", "610923"]],
      ["二类县", ["520423", "653225"]],
    ]);
  });

  it("pairings and counties carry their class and rank within it (ties share); the overall rank and the boundary stay exact", async () => {
    const g = (await grades("admin"))!;
    expect(g.countyClasses).toEqual(["一类县", "二类县"]);
    expect(
      FIGURES.map(([west]) => byWest(g, west)).map((p) => [p.score, p.grade, p.rank, p.countyClass, p.classRank]),
    ).toEqual([
      ["90.00", "GOOD", 1, "二类县", 1],
      ["80.00", "FAIR", 2, "一类县", 1],
      ["80.00", "FAIR", 2, "一类县", 1],
      ["46.66", "POOR", 5, "一类县", 3],
      ["59.99", "POOR", 4, "二类县", 2],
    ]);
    expect(g.counties.map((c) => [c.county.code, c.rank, c.countyClass, c.classRank])).toEqual([
      ["520423", 1, "二类县", 1],
      ["371721", 2, "一类县", 1],
      ["621227", 2, "一类县", 1],
      ["653225", 4, "二类县", 2],
      ["610923", 5, "一类县", 3],
    ]);
    // Within the caller's scope, as the overall rank: 徽县's official sees its pairing first in its class.
    const hx = (await grades("huixian"))!;
    expect(hx.pairings.map((p) => [p.countyClass, p.classRank])).toEqual([["一类县", 1]]);
  });
});

describe("grades.xlsx", () => {
  const download = (path: string, token?: string) =>
    fetch(`${s.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const workbook = async (res: Response) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    return wb.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return { name: ws.name, rows };
    });
  };
  const NAMES = graphql(`
    query GradingExportNames($y: Int!) {
      pairingGrades(year: $y) {
        pairings {
          pairing {
            id
            name
          }
        }
      }
    }
  `);

  it("refuses without a session (401), buyers and enterprises (403), a bad year (400), a year without a scheme (404)", async () => {
    expect((await download(`/exports/grades.xlsx?year=${Y}`)).status).toBe(401);
    for (const who of ["buyer", "enterprise"])
      expect((await download(`/exports/grades.xlsx?year=${Y}`, t[who])).status).toBe(403);
    const bad = await download(`/exports/grades.xlsx?year=19x7`, t.admin);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).not.toContain("19x7");
    expect((await download(`/exports/grades.xlsx?year=2016`, t.admin)).status).toBe(404);
  });

  it("two sheets whose figures are the API's, in the caller's scope and the screen's words", async () => {
    for (const who of ["admin", "zhenning"]) {
      const g = (await grades(who))!;
      const names = new Map(
        (await s.gql(NAMES, { y: Y }, t[who])).data!.pairingGrades!.pairings.map((p) => [p.pairing.id, p.pairing.name]),
      );
      const res = await download(`/exports/grades.xlsx?year=${Y}`, t[who]);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toContain(encodeURIComponent(`考核评级-${Y}.xlsx`));
      const [pairings, counties] = await workbook(res);
      expect(pairings.name).toBe(`结对评级 ${Y}`);
      expect(counties.name).toBe(`县(区)排名 ${Y}`);
      const [head, ...body] = pairings.rows;
      expect(head.slice(0, 7)).toEqual([
        "名次",
        "结对",
        "县类别",
        "类别内名次",
        "得分",
        "等次",
        "财政援助资金 完成率(%)",
      ]);
      const BAND = { GOOD: "好", FAIR: "较好", AVERAGE: "一般", POOR: "差" } as const;
      expect(body.map((r) => [r[0], r[1], r[2], r[3], Number(r[4]).toFixed(2), r[5]])).toEqual(
        g.pairings.map((p) => [p.rank, names.get(p.pairing.id), p.countyClass, p.classRank, p.score, BAND[p.grade!]]),
      );
      // The breakdown per indicator: completion, earned, lost — the API's strings as numbers.
      g.pairings.forEach((p, n) => {
        for (const b of p.breakdown) {
          const at = head.indexOf(`${b.indicator === "FISCAL_AID" ? "财政援助资金" : "劳务协作就业"} 完成率(%)`);
          expect(body[n].slice(at, at + 3).map((v) => Number(v).toFixed(2))).toEqual([
            b.completion,
            b.pointsEarned,
            b.pointsLost,
          ]);
        }
      });
      const [chead, ...cbody] = counties.rows;
      expect(chead).toEqual(["名次", "县(区)", "代码", "县类别", "类别内名次", "结对数", "得分", "等次"]);
      expect(cbody.map((r) => [r[0], r[2], r[3], r[4], r[5], Number(r[6]).toFixed(2), r[7]])).toEqual(
        g.counties.map((c) => [c.rank, c.county.code, c.countyClass, c.classRank, c.pairings, c.score, BAND[c.grade!]]),
      );
    }
  });
});

describe("scope", () => {
  it("coordinators see their subtree's pairings, county officials their county's; buyers and enterprises nothing", async () => {
    const ids = (g: Grades | null) => (g ? g.pairings.map((p) => p.pairing.id).sort() : null);
    const all = ids(await grades("admin"));
    expect(ids(await grades("qingdao"))).toEqual(all);
    expect(ids(await grades("jiaozhou"))).toEqual(all);
    expect((await grades("pingdu"))!.pairings).toEqual([]);
    const zn = (await grades("zhenning"))!;
    expect(zn.pairings.map((p) => [p.pairing.id, p.score, p.rank])).toEqual([[pairing["370281-520423"], "90.00", 1]]);
    expect(zn.counties.map((c) => c.county.code)).toEqual(["520423"]);
    const hx = (await grades("huixian"))!;
    expect(hx.pairings.map((p) => p.pairing.id)).toEqual([pairing["370281-621227"]]);
    for (const who of ["buyer", "enterprise"]) expect(codeOf(await s.gql(GRADES, { y: Y }, t[who]))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(GRADES, { y: Y }, null))).toBe("UNAUTHENTICATED");
  });

  it("the scorecard is the quota board's scope: county officials, buyers, enterprises refused", async () => {
    for (const who of ["zhenning", "buyer", "enterprise"])
      expect(codeOf(await s.gql(SCORECARD, { y: Y }, t[who]))).toBe("FORBIDDEN");
  });
});

describe("the buyers' scorecard", () => {
  it("119.99% is A, not A+; 120% and more is A+; ties share a rank; groups ranked", async () => {
    expect((await s.gql(SET, { i: scheme({ year: thisYear }) }, t.admin)).errors).toBeUndefined();
    const counted = await s.sql<{ buyer_id: string; c: string }>(
      `SELECT buyer_id, SUM(counted)::bigint::text AS c FROM quota_counter WHERE year = $1
        GROUP BY buyer_id HAVING SUM(counted) >= 200000 ORDER BY SUM(counted) DESC, buyer_id LIMIT 2`,
      [thisYear],
    );
    expect(counted.length).toBe(2);
    const [a, b] = counted.map((r) => ({ id: r.buyer_id, c: BigInt(r.c) }));
    // a: the smallest quota that keeps counted ÷ quota below 120% (≥ 119.99% since counted ≥ ¥2000).
    const qa = (a.c * 10n) / 12n + 1n;
    // b: the largest quota with counted ÷ quota ≥ 120%.
    const qb = (b.c * 10n) / 12n;
    const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
    for (const [id, q] of [
      [a.id, qa],
      [b.id, qb],
    ] as const) {
      const r = await s.gql(SET_QUOTA, { i: { buyerId: id, year: thisYear, amount: yuan(q) } }, t.admin);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    const r = await s.gql(SCORECARD, { y: thisYear }, t.admin);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const card = r.data!.buyerScorecard!;
    const rowA = card.buyers.find((x) => x.buyer.id === a.id)!;
    const rowB = card.buyers.find((x) => x.buyer.id === b.id)!;
    expect(rowA).toMatchObject({ completion: "119.99", band: "A" });
    expect(rowB.band).toBe("A_PLUS");
    expect(rowB.rank!).toBeLessThan(rowA.rank!);
    // Ranks: ties share one, the next skips (1, 1, 3); unranked (no quota) last.
    const ranked = card.buyers.filter((x) => x.rank !== null);
    ranked.forEach((x, i) => {
      if (i === 0) expect(x.rank).toBe(1);
      else if (x.completion === ranked[i - 1].completion) expect(x.rank).toBe(ranked[i - 1].rank);
      else expect(x.rank).toBe(i + 1);
    });
    expect(card.buyers.slice(ranked.length).every((x) => x.rank === null && x.band === null)).toBe(true);
    expect(card.groups.length).toBeGreaterThan(0);
    const groupRanks = card.groups.filter((g) => g.rank !== null).map((g) => g.rank);
    expect(groupRanks[0]).toBe(1);
    // A coordinator sees its own region's buyers only, as on the quota board.
    const pd = await s.gql(SCORECARD, { y: thisYear }, t.pingdu);
    expect(pd.errors).toBeUndefined();
    const mine = new Set(pd.data!.buyerScorecard!.buyers.map((x) => x.buyer.id));
    expect(mine.size).toBeLessThan(card.buyers.length);
  });

  it("a tie of buyers shares a rank (1, 1, 3)", async () => {
    // Two buyers with a quota and nothing counted in 2017: both 0.00%, F, the same rank.
    const buyers = await s.sql<{ id: string }>(
      `SELECT id FROM buyer WHERE buyer_group <> 'OTHER' ORDER BY name LIMIT 2`,
    );
    for (const { id } of buyers)
      expect(
        (await s.gql(SET_QUOTA, { i: { buyerId: id, year: Y, amount: "1000.00" } }, t.admin)).errors,
      ).toBeUndefined();
    const card = (await s.gql(SCORECARD, { y: Y }, t.admin)).data!.buyerScorecard!;
    const rows = card.buyers.filter((x) => buyers.some((b) => b.id === x.buyer.id));
    expect(rows.map((x) => [x.completion, x.band, x.rank])).toEqual([
      ["0.00", "F", 1],
      ["0.00", "F", 1],
    ]);
  });
});
