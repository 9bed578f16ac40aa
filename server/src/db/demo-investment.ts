import { Role } from "../shared/auth";
import type { RequestContext } from "../shared/context";
import { currentYear, today } from "../shared/dates";
import { parseHundredths } from "../shared/money";
import { orThrow } from "../shared/outcomes";
import { Indicator, INDICATOR_UNIT, IndicatorUnit } from "../modules/agreements/indicator";
import { createEnterprise } from "../modules/enterprises/enterprise.service";
import { LeadVisibility } from "../modules/investment/lead.entity";
import { createLead, expressInterest } from "../modules/investment/lead.service";
import { recordOutcome } from "../modules/investment/outcome.service";
import { createProject, moveProjectStage } from "../modules/investment/project.service";
import { ProjectStage } from "../modules/investment/stage";
import { recordFundTranche, reverseFundTranche } from "../modules/investment/tranche.service";
import { recordSiteVisit } from "../modules/investment/visit.service";
import { correctLedgerEntry } from "../modules/ledger/ledger.service";
import { findMostSpecificPairing } from "../modules/pairings/pairing.service";
import { creditCodeCheckChar } from "../modules/suppliers/credit-code";

const yuan = (text: string) => parseHundredths(text)!;

/** A unified social credit code with a correct check character (GB 32100), from its first 17 characters. */
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17)!;

/**
 * The seeds' companies. Names and what they do are the seeds'; the legal-name suffixes, credit
 * codes (91 = company, then the registering region's code) and contacts are illustrative. Home
 * regions: the Jiaozhou report lists the mask maker, Hongxing Shanhai and Meihai among the
 * projects Jiaozhou brought to its partners, so they are registered in Jiaozhou; Kangda and Lihe
 * are among the firms Qingdao brought to Longnan. The seeds do not name a Cele pepper firm (they
 * speak of "100多家辣椒企业"): 胶州湾辣椒食品 stands for them.
 */
const ENTERPRISES: [
  key: string,
  region: string,
  name: string,
  industry: string,
  code17: string,
  contact: [string, string] | null,
][] = [
  ["mask", "370281", "馨思雅妇幼用品有限公司", "医用防护用品", "91370281MA3P7KD4N", ["王经理", "0532-87201234"]],
  ["hongxing", "370281", "红星山海科技有限公司", "辣椒种植加工", "91370281MA3M2HQ8W", ["李经理", "0532-87205678"]],
  ["meihai", "370281", "镁海环保科技有限公司", "环保科技", "91370281MA3T6BN1C", null],
  ["pepper", "370281", "胶州湾辣椒食品有限公司", "辣椒加工出口", "91370281MA3W8EF5K", null],
  ["kangda", "370200", "青岛康大兔业发展有限公司", "兔业养殖加工", "91370200MA3N4GL7P", null],
  ["lihe", "370200", "青岛利和萃取有限公司", "植物提取", "91370200MA3Q9RC2E", null],
];

type Step =
  | [ProjectStage.SITE_VISIT | ProjectStage.NEGOTIATION | ProjectStage.IN_PRODUCTION, date: string]
  | [ProjectStage.SIGNED, date: string, contract: string]
  | [ProjectStage.DROPPED, date: string, reason: string]
  | ["TRANCHE", date: string, amount: string, reference: string]
  | ["REVERSE_LAST", reason: string]
  | [
      "OUTCOME",
      date: string,
      jobs: number,
      poorEmployed: number,
      lifted: number,
      terms?: string,
      floorPerTonne?: string,
    ];

interface Lead {
  enterprise: string;
  title: string;
  industry: string;
  planned: string;
  counties: string[];
  needs: [land: boolean, labour: boolean, raw: boolean, note: string];
  visibility: LeadVisibility;
  /** The projects that came of it: county, who follows it (coordinator), start date, steps. */
  projects: { county: string; by: string; started: string; steps: Step[] }[];
  interestedCounties?: string[];
}

/**
 * The seeds' projects, through the services, so stages, tranches, outcomes and their ledger
 * entries obey the same rules as the API. What the seeds state: the mask plant (馨思雅, Zhenning,
 * 1.1亿, in production in 2020, 130+ registered-poor employed and lifted); Hongxing Shanhai's
 * pepper planting and processing (Zhenning, 3.8亿, 7000+ lifted); Meihai (Hui County, 6000万, built
 * and in production, 126 registered-poor in stable jobs); the Cele pepper model (order farming with
 * guaranteed purchase). Illustrative: every date but the mask plant's year, how the money is split
 * into tranches, jobs created where the seeds give none, the Cele project's amounts and floor price
 * (the seeds give none), Hongxing's yearly split of the 7000, and this year's projects.
 *
 * Double counting: demo.ts records the mask plant's 2020 figures (1.1亿 in place, 1 project, 130
 * lifted) and this year's Cele figures (1800万 in place, 210 lifted) as REPORTED entries. Those
 * same facts are now records here, whose ledger entries carry them; the reported entries are
 * therefore corrected to zero (supersedeReported below: a CORRECTION entry each, the original kept)
 * so each fact counts once and the agreements' totals stay what they were. Hongxing's and Meihai's
 * dates fall in 2018–2020 outside what demo.ts reports.
 */
function leads(year: number): Lead[] {
  const d = (m: number, day: number) => `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return [
    {
      enterprise: "mask",
      title: "镇宁县口罩生产项目",
      industry: "医用防护用品",
      planned: "110000000",
      counties: ["520423"],
      needs: [true, true, false, "标准厂房约1万平方米,用工200人左右"],
      visibility: LeadVisibility.PREFERRED_COUNTIES,
      projects: [
        {
          county: "520423",
          by: "jiaozhou",
          started: "2020-02-20",
          steps: [
            [ProjectStage.SITE_VISIT, "2020-02-28"],
            [ProjectStage.NEGOTIATION, "2020-03-05"],
            [ProjectStage.SIGNED, "2020-03-18", "110000000"],
            ["TRANCHE", "2020-04-10", "60000000", "镇宁招商-2020-XSY-01"],
            ["TRANCHE", "2020-06-30", "50000000", "镇宁招商-2020-XSY-02"],
            [ProjectStage.IN_PRODUCTION, "2020-07-01"],
            ["OUTCOME", "2020-12-31", 180, 130, 130, undefined, undefined],
          ],
        },
      ],
    },
    {
      enterprise: "hongxing",
      title: "镇宁县辣椒种植加工项目",
      industry: "辣椒种植加工",
      planned: "380000000",
      counties: ["520423"],
      needs: [true, true, true, "订单种植基地、加工厂房用地;鲜椒原料"],
      visibility: LeadVisibility.PUBLIC,
      projects: [
        {
          county: "520423",
          by: "jiaozhou",
          started: "2017-11-06",
          steps: [
            [ProjectStage.SITE_VISIT, "2017-11-20"],
            [ProjectStage.NEGOTIATION, "2018-01-15"],
            [ProjectStage.SIGNED, "2018-04-16", "380000000"],
            ["TRANCHE", "2018-06-15", "200000000", "镇宁招商-2018-HXSH-01"],
            ["TRANCHE", "2018-09-03", "50000000", "镇宁招商-2018-HXSH-02"],
            ["REVERSE_LAST", "重复录入:与第一笔为同一到账 / entered twice"],
            [ProjectStage.IN_PRODUCTION, "2018-10-08"],
            ["TRANCHE", "2019-05-20", "180000000", "镇宁招商-2019-HXSH-03"],
            ["OUTCOME", "2018-12-31", 650, 420, 3000, "订单种植,鲜椒保底收购", undefined],
            ["OUTCOME", "2019-12-31", 1100, 860, 7000, "订单种植,鲜椒保底收购", undefined],
          ],
        },
      ],
    },
    {
      enterprise: "meihai",
      title: "徽县环保科技项目",
      industry: "环保科技",
      planned: "60000000",
      counties: ["621227"],
      needs: [true, true, false, "工业用地约50亩"],
      visibility: LeadVisibility.PUBLIC,
      projects: [
        {
          county: "621227",
          by: "jiaozhou",
          started: "2019-03-12",
          steps: [
            [ProjectStage.SITE_VISIT, "2019-03-26"],
            [ProjectStage.NEGOTIATION, "2019-04-18"],
            [ProjectStage.SIGNED, "2019-06-06", "60000000"],
            ["TRANCHE", "2019-08-20", "35000000", "徽县招商-2019-MH-01"],
            ["TRANCHE", "2020-03-16", "25000000", "徽县招商-2020-MH-02"],
            [ProjectStage.IN_PRODUCTION, "2020-05-18"],
            ["OUTCOME", "2020-05-31", 160, 126, 126, undefined, undefined],
          ],
        },
      ],
    },
    {
      enterprise: "pepper",
      title: "策勒县辣椒订单种植与收购加工(“辣椒扶贫”模式)",
      industry: "辣椒加工出口",
      planned: "30000000",
      counties: ["653225"],
      needs: [true, true, true, "订单种植,保底收购;收购站和烘干线用地"],
      visibility: LeadVisibility.PUBLIC,
      projects: [
        {
          county: "653225",
          by: "jiaozhou",
          started: `${year - 1}-09-01`,
          steps: [
            [ProjectStage.SITE_VISIT, `${year - 1}-09-20`],
            [ProjectStage.NEGOTIATION, `${year - 1}-11-10`],
            [ProjectStage.SIGNED, d(3, 8), "30000000"],
            ["TRANCHE", d(8, 15), "18000000", `策勒招商-${year}-JZW-01`],
            ["OUTCOME", d(10, 31), 260, 180, 210, "订单种植,按保底价收购辣椒干,市场价高于保底价时随行就市", "12000"],
          ],
        },
      ],
    },
    {
      enterprise: "mask",
      title: "医用防护服生产线",
      industry: "医用防护用品",
      planned: "20000000",
      counties: ["520423"],
      needs: [false, true, false, "利用现有厂房,新增用工80人"],
      visibility: LeadVisibility.PREFERRED_COUNTIES,
      projects: [
        {
          county: "520423",
          by: "jiaozhou",
          started: d(1, 12),
          steps: [
            [ProjectStage.SITE_VISIT, d(2, 26)],
            [ProjectStage.NEGOTIATION, d(3, 20)],
            [ProjectStage.SIGNED, d(5, 20), "20000000"],
            ["TRANCHE", d(7, 1), "8000000", `镇宁招商-${year}-XSY-03`],
          ],
        },
      ],
    },
    {
      enterprise: "kangda",
      title: "陇南“麻辣兔”养殖加工项目",
      industry: "兔业养殖加工",
      planned: "45000000",
      counties: ["621227"],
      needs: [true, true, true, "养殖基地和屠宰加工厂用地;饲草原料"],
      visibility: LeadVisibility.PUBLIC,
      projects: [
        {
          county: "621227",
          by: "qingdao",
          started: d(3, 2),
          steps: [
            [ProjectStage.SITE_VISIT, d(6, 10)],
            [ProjectStage.NEGOTIATION, d(9, 15)],
          ],
        },
      ],
    },
    {
      enterprise: "lihe",
      title: "辣椒红色素萃取项目",
      industry: "植物提取",
      planned: "80000000",
      counties: ["621227", "520423", "653225"],
      needs: [true, false, true, "稳定的辣椒原料供应"],
      visibility: LeadVisibility.PUBLIC,
      // Qingdao's firm in Cele: no pairing covers Qingdao–Cele, so this project counts for no agreement.
      projects: [{ county: "653225", by: "qingdao", started: d(4, 1), steps: [[ProjectStage.SITE_VISIT, d(5, 12)]] }],
      interestedCounties: ["621227", "520423"],
    },
    {
      enterprise: "hongxing",
      title: "辣椒深加工扩建",
      industry: "辣椒种植加工",
      planned: "50000000",
      counties: ["653225"],
      needs: [true, false, true, "辣椒酱生产线"],
      visibility: LeadVisibility.PUBLIC,
      projects: [
        {
          county: "653225",
          by: "jiaozhou",
          started: d(1, 8),
          steps: [
            [ProjectStage.SITE_VISIT, d(2, 18)],
            [ProjectStage.NEGOTIATION, d(3, 25)],
            [ProjectStage.DROPPED, d(6, 30), "原料运输成本过高,企业暂缓投资"],
          ],
        },
      ],
    },
    {
      enterprise: "meihai",
      title: "再生资源回收利用二期",
      industry: "环保科技",
      planned: "35000000",
      counties: ["621227"],
      needs: [true, true, false, "二期用地约30亩"],
      visibility: LeadVisibility.PUBLIC,
      projects: [],
    },
  ];
}

/**
 * 企业 and 招商引资 demo data, through the services. Returns the enterprises' ids by key (the demo
 * `enterprise` user acts for "mask", the Zhenning mask plant's company).
 */
export async function loadInvestmentDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<Map<string, string>> {
  const enterprises = new Map<string, string>();
  for (const [key, region, name, industry, code17, contact] of ENTERPRISES) {
    const coordinator = region === "370281" ? "jiaozhou" : "qingdao";
    const e = await createEnterprise(as(coordinator), {
      name,
      industry,
      creditCode: creditCode(code17),
      homeRegionId: await regionId(region),
      contactName: contact?.[0],
      contactPhone: contact?.[1],
    });
    enterprises.set(key, e.id);
  }
  const asEnterprise = (key: string): RequestContext => ({
    ...as("admin"),
    user: {
      id: "",
      username: "demo-enterprise",
      displayName: "demo",
      role: Role.ENTERPRISE,
      regionId: null,
      buyerId: null,
      enterpriseId: enterprises.get(key)!,
    },
  });
  const officials: Record<string, string> = { "520423": "zhenning", "621227": "huixian" };

  const year = currentYear();
  const now = today();
  const projects = new Map<string, string>();
  for (const lead of leads(year)) {
    const l = await createLead(asEnterprise(lead.enterprise), {
      title: lead.title,
      industry: lead.industry,
      plannedInvestment: yuan(lead.planned),
      preferredCountyIds: await Promise.all(lead.counties.map(regionId)),
      needsLand: lead.needs[0],
      needsLabour: lead.needs[1],
      needsRawMaterial: lead.needs[2],
      needsNote: lead.needs[3],
      visibility: lead.visibility,
    });
    for (const county of lead.interestedCounties ?? [])
      await expressInterest(as(officials[county]), { leadId: l.id, note: "欢迎来我县考察 / welcome to visit" });
    for (const pr of lead.projects) {
      if (pr.started > now) continue;
      const by = as(pr.by);
      const p = await createProject(by, { leadId: l.id, countyId: await regionId(pr.county), startedOn: pr.started });
      projects.set(lead.title, p.id);
      let lastTranche: string | null = null;
      for (const step of pr.steps) {
        if (step[0] !== "REVERSE_LAST" && step[1] > now) break; // this year's script stops at today
        switch (step[0]) {
          case "TRANCHE":
            lastTranche = (
              await recordFundTranche(by, {
                projectId: p.id,
                receivedOn: step[1],
                amount: yuan(step[2]),
                reference: step[3],
              })
            ).id;
            break;
          case "REVERSE_LAST":
            await reverseFundTranche(by, { trancheId: lastTranche!, reason: step[1] });
            break;
          case "OUTCOME":
            await recordOutcome(by, {
              projectId: p.id,
              reportedOn: step[1],
              jobsCreated: step[2],
              poorEmployed: step[3],
              peopleLifted: step[4],
              guaranteedPurchaseTerms: step[5],
              floorPricePerTonne: step[6] ? yuan(step[6]) : undefined,
            });
            break;
          case ProjectStage.SIGNED:
            orThrow(
              await moveProjectStage(by, {
                projectId: p.id,
                stage: step[0],
                signedOn: step[1],
                contractAmount: yuan(step[2]),
              }),
            );
            break;
          case ProjectStage.DROPPED:
            orThrow(
              await moveProjectStage(by, { projectId: p.id, stage: step[0], occurredOn: step[1], reason: step[2] }),
            );
            break;
          default:
            orThrow(await moveProjectStage(by, { projectId: p.id, stage: step[0], occurredOn: step[1] }));
        }
      }
    }
  }

  // 考察对接: a few visits one by one, and the seeds' cumulative "65批次306家企业" (Jiaozhou, by the
  // end of 2020) as one reported row for the batches not recorded singly (64 batches, 304 firms).
  const d = (m: number, day: number) => `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const visits: [
    by: string,
    delegation: string,
    on: string,
    firms: string[],
    counties: string[],
    projects: string[],
    batches: number,
    firmCount: number | undefined,
    note: string | undefined,
  ][] = [
    [
      "jiaozhou",
      "胶州市企业家镇宁考察团",
      "2020-02-28",
      ["mask", "hongxing"],
      ["520423"],
      ["镇宁县口罩生产项目"],
      1,
      undefined,
      undefined,
    ],
    [
      "jiaozhou",
      "胶州市2016—2020年考察对接(汇总)",
      "2020-12-31",
      [],
      ["520423", "621227", "371721", "610923", "653225", "540202", "420506"],
      [],
      64,
      304,
      "胶州市脱贫攻坚报道:先后组织65批次306家企业到协作地考察对接;已单独登记的1批次2家不重复计入",
    ],
    [
      "jiaozhou",
      `${year}年胶州市招商推介考察团(策勒、徽县)`,
      d(4, 16),
      ["pepper", "hongxing", "meihai"],
      ["653225", "621227"],
      [],
      1,
      5,
      "另有2家企业未在平台登记",
    ],
    [
      "qingdao",
      `${year}年青岛市企业陇南考察团`,
      d(6, 10),
      ["kangda", "lihe"],
      ["621227"],
      ["陇南“麻辣兔”养殖加工项目"],
      1,
      undefined,
      undefined,
    ],
  ];
  for (const [by, delegation, visitedOn, firms, counties, linked, batches, enterpriseCount, note] of visits) {
    if (visitedOn > now) continue;
    await recordSiteVisit(as(by), {
      delegation,
      visitedOn,
      enterpriseIds: firms.map((k) => enterprises.get(k)!),
      countyIds: await Promise.all(counties.map(regionId)),
      projectIds: linked.map((t) => projects.get(t)).filter((x): x is string => !!x),
      batches,
      enterpriseCount,
      note,
    });
  }

  await supersedeReported(as("jiaozhou"), regionId, [
    ["370281", "520423", Indicator.INVESTMENT_IN_PLACE, "2020-06-30"],
    ["370281", "520423", Indicator.PROJECTS_LANDED, "2020-06-30"],
    ["370281", "520423", Indicator.POOR_PEOPLE_LIFTED, "2020-12-31"],
    ["370281", "653225", Indicator.INVESTMENT_IN_PLACE, d(8, 15)],
    ["370281", "653225", Indicator.POOR_PEOPLE_LIFTED, d(10, 31)],
  ]);
  return enterprises;
}

/**
 * Corrects to zero the REPORTED entries whose facts the project records above now carry (see the
 * comment on leads()): one CORRECTION each, the original kept, through the ledger's service.
 */
async function supersedeReported(
  ctx: RequestContext,
  regionId: (code: string) => Promise<string>,
  which: [east: string, west: string, Indicator, on: string][],
) {
  for (const [east, west, indicator, on] of which) {
    const pairing = (await findMostSpecificPairing(ctx, await regionId(east), await regionId(west)))!;
    const rows: { id: string; amount: number }[] = await ctx.manager.query(
      `SELECT id, amount FROM ledger_entry WHERE pairing_id = $1 AND indicator = $2 AND occurred_on = $3 AND source = 'REPORTED'`,
      [pairing.id, indicator, on],
    );
    for (const r of rows) {
      const hundredths = INDICATOR_UNIT[indicator] === IndicatorUnit.YUAN ? Number(r.amount) : Number(r.amount) * 100;
      await correctLedgerEntry(ctx, {
        entryId: r.id,
        amount: -hundredths,
        reason: "改由招商项目台账记录(项目、到位资金、成效),避免重复计算 / now recorded from the project's records",
      });
    }
  }
}
