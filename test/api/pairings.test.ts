import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql";
import type { Indicator, PairingPagesQuery } from "./gql/graphql";
import { codeOf, startTestServer, type TestServer } from "./harness";

let s: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ["admin", "qingdao", "jiaozhou", "pingdu", "zhenning", "buyer", "enterprise"])
    tokens[u] = await s.login(u);
});
afterAll(() => s?.close());

// Operations are typed from the schema (test/api/gql, `npm run codegen -w web`): a field renamed or
// removed in the schema fails codegen here rather than passing as `undefined`.
const NAMES = graphql(`
  query PairingNames {
    pairings(first: 100) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);
const names = async (user: string) => (await s.gql(NAMES, {}, tokens[user])).data!.pairings.nodes.map((p) => p.name);
const idOf = async (name: string) =>
  (
    await s.sql(
      `SELECT p.id FROM pairing p JOIN region e ON e.id = p.east_region_id JOIN region w ON w.id = p.west_region_id
    WHERE e.short_name || '—' || w.short_name = $1`,
      [name],
    )
  )[0].id as string;

describe("pairings and scope", () => {
  it("a Qingdao coordinator sees Qingdao's pairings and Jiaozhou's below them", async () => {
    const n = await names("qingdao");
    expect(n).toHaveLength(10);
    expect(n).toContain("青岛市—安顺市");
    expect(n).toContain("胶州市—镇宁县");
  });

  it("a Jiaozhou coordinator sees its seven partner counties only", async () => {
    expect((await names("jiaozhou")).sort()).toEqual(
      [
        "胶州市—镇宁县",
        "胶州市—徽县",
        "胶州市—曹县",
        "胶州市—宁陕县",
        "胶州市—策勒县",
        "胶州市—桑珠孜区",
        "胶州市—夷陵区",
      ].sort(),
    );
  });

  it("Pingdu sees none of Jiaozhou's; a county official sees its own county's pairing", async () => {
    expect(await names("pingdu")).toEqual([]);
    expect(await names("zhenning")).toEqual(["胶州市—镇宁县"]);
  });

  it("a pairing outside the scope answers NOT_FOUND, and buyers and enterprises are FORBIDDEN", async () => {
    const anshun = await idOf("青岛市—安顺市");
    const q = graphql(`
      query PairingName($id: ID!) {
        pairing(id: $id) {
          name
        }
      }
    `);
    expect(codeOf(await s.gql(q, { id: anshun }, tokens.jiaozhou))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(q, { id: anshun }, tokens.pingdu))).toBe("NOT_FOUND");
    expect(codeOf(await s.gql(q, { id: "00000000-0000-0000-0000-000000000000" }, tokens.qingdao))).toBe("NOT_FOUND");
    expect((await s.gql(q, { id: anshun }, tokens.qingdao)).data?.pairing.name).toBe("青岛市—安顺市");
    expect(codeOf(await s.gql(NAMES, {}, tokens.buyer))).toBe("FORBIDDEN");
    expect(codeOf(await s.gql(NAMES, {}, tokens.enterprise))).toBe("FORBIDDEN");
  });

  it("nests pairings: Jiaozhou–Zhenning lies inside Qingdao–Anshun, shown only to those who may see it", async () => {
    const zn = await idOf("胶州市—镇宁县");
    const q = graphql(`
      query PairingFamily($id: ID!) {
        pairing(id: $id) {
          parent {
            name
          }
          children {
            name
          }
        }
      }
    `);
    expect((await s.gql(q, { id: zn }, tokens.qingdao)).data?.pairing.parent?.name).toBe("青岛市—安顺市");
    expect((await s.gql(q, { id: zn }, tokens.jiaozhou)).data?.pairing.parent).toBeNull();
    const kids = await s.gql(q, { id: await idOf("青岛市—陇南市") }, tokens.qingdao);
    expect(kids.data?.pairing.children).toEqual([{ name: "胶州市—徽县" }]);
  });

  it("rolls progress up the pairing tree, counting each entry once", async () => {
    const q = graphql(`
      query PairingProgress($id: ID!) {
        pairing(id: $id) {
          progress(year: 2020) {
            indicator
            target
            delivered
            reported
            recorded
            ratio
            entryCount
          }
        }
      }
    `);
    const anshun = (await s.gql(q, { id: await idOf("青岛市—安顺市") }, tokens.qingdao)).data!.pairing.progress;
    const zhenning = (await s.gql(q, { id: await idOf("胶州市—镇宁县") }, tokens.qingdao)).data!.pairing.progress;
    const get = (rows: typeof anshun, i: Indicator) => rows.find((r) => r.indicator === i);
    // The mask plant's ¥1.1亿 (Jiaozhou–Zhenning) counts for Qingdao–Anshun too.
    expect(get(zhenning, "INVESTMENT_IN_PLACE")).toMatchObject({
      target: "100000000.00",
      delivered: "110000000.00",
      ratio: 1.1,
    });
    expect(get(anshun, "INVESTMENT_IN_PLACE")).toMatchObject({
      target: "400000000.00",
      delivered: "110000000.00",
      ratio: 0.275,
    });
    expect(get(anshun, "CONSUMPTION_ASSISTANCE")).toMatchObject({
      delivered: "306000000.00",
      reported: "306000000.00",
      recorded: "0.00",
      entryCount: 1,
    });
    expect(get(anshun, "POOR_PEOPLE_LIFTED")).toMatchObject({ target: "8000", delivered: "130" });
    expect(anshun).toHaveLength(15); // every indicator, POOR_LABOURERS_PLACED and the joint-work ones included
  });

  it("paginates with cursors and totalCount, filters and sorts", async () => {
    const q = graphql(`
      query PairingPages($after: String) {
        pairings(first: 4, after: $after, orderBy: { field: NAME, direction: ASC }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              name
            }
          }
        }
      }
    `);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: PairingPagesQuery["pairings"] = (await s.gql(q, { after }, tokens.qingdao)).data!.pairings;
      expect(r.totalCount).toBe(10);
      seen.push(...r.edges.map((e) => e.node.name));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    const search = await s.gql(
      graphql(`
        query PairingSearch {
          pairings(filter: { search: "镇宁" }) {
            nodes {
              name
            }
          }
        }
      `),
      {},
      tokens.qingdao,
    );
    expect(search.data!.pairings.nodes).toEqual([{ name: "胶州市—镇宁县" }]);
    const top = await s.gql(
      graphql(`
        query PairingTopLevel {
          pairings(filter: { topLevelOnly: true }) {
            totalCount
          }
        }
      `),
      {},
      tokens.qingdao,
    );
    expect(top.data!.pairings.totalCount).toBe(3 + 4); // Qingdao's three, and Jiaozhou's four with no Qingdao pairing above
    const count = graphql(`
      query PairingCount($first: Int, $after: String) {
        pairings(first: $first, after: $after) {
          totalCount
        }
      }
    `);
    // A page past the end has no row to carry the count beside it: the count is still all that match.
    const pastEnd = Buffer.from("o:20").toString("base64url");
    expect((await s.gql(count, { after: pastEnd }, tokens.qingdao)).data!.pairings.totalCount).toBe(10);
    expect(codeOf(await s.gql(count, { first: 101 }, tokens.qingdao))).toBe("BAD_USER_INPUT");
    expect(codeOf(await s.gql(count, { after: "bm9wZQ" }, tokens.qingdao))).toBe("BAD_USER_INPUT");
  });

  it("loads a page's relations with a fixed number of statements, whatever the page size", async () => {
    const q = graphql(`
      query PairingPageRelations($n: Int!) {
        pairings(first: $n) {
          nodes {
            name
            kind
            eastRegion {
              name
              parent {
                name
              }
            }
            westRegion {
              code
            }
            parent {
              name
            }
            children {
              name
            }
            agreement(year: 2020) {
              year
              targets {
                indicator
                target
              }
            }
            progress(year: 2020) {
              indicator
              delivered
              target
            }
          }
        }
      }
    `);
    const small = await s.countQueries(() => s.gql(q, { n: 2 }, tokens.qingdao));
    const large = await s.countQueries(() => s.gql(q, { n: 10 }, tokens.qingdao));
    expect(large).toBe(small);
    expect(large).toBeLessThan(20);
  });

  it("lists regions with filters (public reference data)", async () => {
    const r = await s.gql(
      graphql(`
        query PairingWestCounties {
          regions(first: 50, filter: { level: COUNTY, side: WEST }, orderBy: { field: CODE }) {
            totalCount
            nodes {
              code
              shortName
              parent {
                name
              }
            }
          }
        }
      `),
      {},
      tokens.buyer,
    );
    expect(r.data!.regions.totalCount).toBe(7); // 曹县 镇宁县 徽县 宁陕县 策勒县 桑珠孜区 夷陵区
    expect(r.data!.regions.nodes.map((x) => x.code)).toContain("520423");
    const within = await s.gql(
      graphql(`
        query PairingRegionsWithin($id: ID!) {
          regions(filter: { withinId: $id }) {
            totalCount
          }
        }
      `),
      { id: (await s.sql<{ id: string }>(`SELECT id FROM region WHERE code='370200'`))[0].id },
      tokens.buyer,
    );
    expect(within.data!.regions.totalCount).toBe(3);
  });
});
