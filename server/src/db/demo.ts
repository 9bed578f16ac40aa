import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { Role, type AuthUser } from "../shared/auth";
import { currentYear, today } from "../shared/dates";
import { oneQueryAtATime, type RequestContext } from "../shared/context";
import type { Logger } from "../shared/logger";
import { parseHundredths } from "../shared/money";
import { setAgreementTarget } from "../modules/agreements/agreement.service";
import { Indicator } from "../modules/agreements/indicator";
import { recordReportedFigure } from "../modules/ledger/ledger.service";
import { PairingKind } from "../modules/pairings/pairing.entity";
import { loadJointWorkDemo } from "./demo-joint-work";
import { createPairing, findMostSpecificPairing } from "../modules/pairings/pairing.service";
import { RegionLevel, RegionSide } from "../modules/regions/region.entity";
import { createRegion, findRegionByCode } from "../modules/regions/region.service";
import { createUser } from "../modules/users/user.service";
import { loadConsumptionDemo } from "./demo-consumption";
import { loadLabourDemo } from "./demo-labour";
import { loadInvestmentDemo } from "./demo-investment";
import { loadDonationsDemo } from "./demo-donations";
import { loadFiscalDemo } from "./demo-fiscal";
import { loadTalentDemo } from "./demo-talent";
import { loadUnitPairsDemo } from "./demo-unit-pairs";
import { loadGradingDemo } from "./demo-grading";
import { loadEvidenceDemo } from "./demo-evidence";
import { runDailyReminders } from "../modules/notifications/reminders";
import { loadPeriodsDemo } from "./demo-periods";

export const DEMO_PASSWORD = "xiezuo2026";

/** GB/T 2260 codes of the places in the seeds (DOMAIN.md, "Reference data"). */
const REGIONS: [
  code: string,
  name: string,
  short: string,
  side: RegionSide,
  level: RegionLevel,
  parent: string | null,
][] = [
  ["370000", "山东省", "山东", RegionSide.EAST, RegionLevel.PROVINCE, null],
  ["370200", "青岛市", "青岛市", RegionSide.EAST, RegionLevel.PREFECTURE, "370000"],
  ["370281", "胶州市", "胶州市", RegionSide.EAST, RegionLevel.COUNTY, "370200"],
  ["370283", "平度市", "平度市", RegionSide.EAST, RegionLevel.COUNTY, "370200"],
  // Heze is in Shandong but on the receiving side of the within-province pairing with Qingdao.
  ["371700", "菏泽市", "菏泽市", RegionSide.WEST, RegionLevel.PREFECTURE, "370000"],
  ["371721", "曹县", "曹县", RegionSide.WEST, RegionLevel.COUNTY, "371700"],
  ["520000", "贵州省", "贵州", RegionSide.WEST, RegionLevel.PROVINCE, null],
  ["520400", "安顺市", "安顺市", RegionSide.WEST, RegionLevel.PREFECTURE, "520000"],
  ["520423", "镇宁布依族苗族自治县", "镇宁县", RegionSide.WEST, RegionLevel.COUNTY, "520400"],
  ["620000", "甘肃省", "甘肃", RegionSide.WEST, RegionLevel.PROVINCE, null],
  ["621200", "陇南市", "陇南市", RegionSide.WEST, RegionLevel.PREFECTURE, "620000"],
  ["621227", "徽县", "徽县", RegionSide.WEST, RegionLevel.COUNTY, "621200"],
  ["610000", "陕西省", "陕西", RegionSide.WEST, RegionLevel.PROVINCE, null],
  ["610900", "安康市", "安康市", RegionSide.WEST, RegionLevel.PREFECTURE, "610000"],
  ["610923", "宁陕县", "宁陕县", RegionSide.WEST, RegionLevel.COUNTY, "610900"],
  ["650000", "新疆维吾尔自治区", "新疆", RegionSide.WEST, RegionLevel.PROVINCE, null],
  ["653200", "和田地区", "和田地区", RegionSide.WEST, RegionLevel.PREFECTURE, "650000"],
  ["653225", "策勒县", "策勒县", RegionSide.WEST, RegionLevel.COUNTY, "653200"],
  ["540000", "西藏自治区", "西藏", RegionSide.WEST, RegionLevel.PROVINCE, null],
  ["540200", "日喀则市", "日喀则市", RegionSide.WEST, RegionLevel.PREFECTURE, "540000"],
  ["540202", "桑珠孜区", "桑珠孜区", RegionSide.WEST, RegionLevel.COUNTY, "540200"],
  ["420000", "湖北省", "湖北", RegionSide.WEST, RegionLevel.PROVINCE, null],
  ["420500", "宜昌市", "宜昌市", RegionSide.WEST, RegionLevel.PREFECTURE, "420000"],
  ["420506", "夷陵区", "夷陵区", RegionSide.WEST, RegionLevel.COUNTY, "420500"],
];

/** The seeds' pairings. Qingdao–Anshun since 1996, Qingdao–Longnan since October 2016, Jiaozhou's seven "since 2016". */
const PAIRINGS: [east: string, west: string, kind: PairingKind, since: string][] = [
  ["370200", "520400", PairingKind.EAST_WEST, "1996-01-01"],
  ["370200", "621200", PairingKind.EAST_WEST, "2016-10-01"],
  ["370200", "371700", PairingKind.WITHIN_PROVINCE, "2016-01-01"],
  ["370281", "520423", PairingKind.EAST_WEST, "2016-01-01"],
  ["370281", "621227", PairingKind.EAST_WEST, "2016-01-01"],
  ["370281", "371721", PairingKind.WITHIN_PROVINCE, "2016-01-01"],
  ["370281", "610923", PairingKind.EAST_WEST, "2016-01-01"],
  ["370281", "653225", PairingKind.EAST_WEST, "2016-01-01"],
  ["370281", "540202", PairingKind.EAST_WEST, "2016-01-01"],
  ["370281", "420506", PairingKind.EAST_WEST, "2016-01-01"],
];

const USERS: [username: string, name: string, role: Role, region: string | null][] = [
  ["admin", "系统管理员", Role.ADMIN, null],
  ["qingdao", "青岛市扶贫协作办 协调员", Role.COORDINATOR, "370200"],
  ["jiaozhou", "胶州市扶贫协作办 协调员", Role.COORDINATOR, "370281"],
  ["pingdu", "平度市扶贫办 协调员", Role.COORDINATOR, "370283"],
  ["zhenning", "镇宁县 东西部协作干部", Role.COUNTY_OFFICIAL, "520423"],
  ["huixian", "徽县 东西部协作干部", Role.COUNTY_OFFICIAL, "621227"],
  // Created after the buyer organisations and enterprises (below): they act for 胶州市人民医院 and 馨思雅.
  ["buyer", "胶州市人民医院 食堂采购", Role.BUYER, null],
  ["enterprise", "馨思雅妇幼用品有限公司", Role.ENTERPRISE, null],
];

type Targets = Partial<Record<Indicator, string>>;

/**
 * 2020 targets are illustrative (the seeds report what was delivered, not the agreements);
 * Longnan's are set below what the seed says it delivered, as it "超额完成全年国家协议任务".
 */
const TARGETS_2020: [east: string, west: string, Targets][] = [
  [
    "370200",
    "621200",
    {
      JOINT_MEETINGS: "4",
      EXCHANGE_VISITS: "600",
      FISCAL_AID: "450000000",
      SOCIAL_DONATIONS: "30000000",
      CADRES_SENT: "18",
      PROFESSIONALS_SENT: "150",
      PEOPLE_TRAINED: "2000",
      LABOURERS_PLACED: "700",
      PROJECTS_LANDED: "10",
      INVESTMENT_IN_PLACE: "200000000",
      CONSUMPTION_ASSISTANCE: "600000000",
      WORKSHOPS: "60",
      PAIRS_FORMED: "120",
      POOR_PEOPLE_LIFTED: "12000",
    },
  ],
  [
    "370200",
    "520400",
    {
      JOINT_MEETINGS: "4",
      EXCHANGE_VISITS: "500",
      FISCAL_AID: "300000000",
      SOCIAL_DONATIONS: "25000000",
      CADRES_SENT: "15",
      PROFESSIONALS_SENT: "120",
      PEOPLE_TRAINED: "3000",
      LABOURERS_PLACED: "600",
      PROJECTS_LANDED: "8",
      INVESTMENT_IN_PLACE: "400000000",
      CONSUMPTION_ASSISTANCE: "280000000",
      WORKSHOPS: "20",
      PAIRS_FORMED: "100",
      POOR_PEOPLE_LIFTED: "8000",
    },
  ],
  [
    "370281",
    "520423",
    {
      JOINT_MEETINGS: "2",
      EXCHANGE_VISITS: "60",
      FISCAL_AID: "20000000",
      SOCIAL_DONATIONS: "3000000",
      CADRES_SENT: "3",
      PROFESSIONALS_SENT: "12",
      PEOPLE_TRAINED: "300",
      LABOURERS_PLACED: "200",
      PROJECTS_LANDED: "2",
      INVESTMENT_IN_PLACE: "100000000",
      CONSUMPTION_ASSISTANCE: "20000000",
      WORKSHOPS: "3",
      PAIRS_FORMED: "20",
      POOR_PEOPLE_LIFTED: "500",
    },
  ],
];

/** What the seeds say was delivered in 2020, with where they say it. */
const REPORTED_2020: [
  east: string,
  west: string,
  Indicator,
  amount: string,
  date: string,
  doc: string,
  note: string,
][] = [
  [
    "370200",
    "621200",
    Indicator.LABOURERS_PLACED,
    "795",
    "2020-12-31",
    "青岛日报 2021-02-25",
    "2020年新吸纳陇南就业795名,超额完成全年国家协议任务",
  ],
  [
    "370200",
    "621200",
    Indicator.CONSUMPTION_ASSISTANCE,
    "754000000",
    "2020-12-31",
    "青岛日报 2021-02-25",
    "2020年助推完成消费扶贫额7.54亿元",
  ],
  [
    "370200",
    "621200",
    Indicator.FISCAL_AID,
    "17070000",
    "2020-08-31",
    "青岛日报 2021-02-25",
    "“8.12”防汛抢险救灾援助财政资金1707万元",
  ],
  [
    "370200",
    "621200",
    Indicator.SOCIAL_DONATIONS,
    "39015000",
    "2020-12-31",
    "青岛日报 2021-02-25",
    "2020年直接协调社会力量捐款捐物3901.5万元",
  ],
  [
    "370200",
    "520400",
    Indicator.CONSUMPTION_ASSISTANCE,
    "306000000",
    "2020-12-31",
    "青岛日报 2021-02-25",
    "青岛2020年消费扶贫10.6亿元,扣除陇南7.54亿元后的部分",
  ],
  [
    "370281",
    "520423",
    Indicator.INVESTMENT_IN_PLACE,
    "110000000",
    "2020-06-30",
    "胶州市脱贫攻坚报道",
    "馨思雅妇幼用品有限公司口罩生产项目投资1.1亿元,已投产",
  ],
  [
    "370281",
    "520423",
    Indicator.PROJECTS_LANDED,
    "1",
    "2020-06-30",
    "胶州市脱贫攻坚报道",
    "馨思雅口罩生产项目落地镇宁县",
  ],
  [
    "370281",
    "520423",
    Indicator.POOR_PEOPLE_LIFTED,
    "130",
    "2020-12-31",
    "胶州市脱贫攻坚报道",
    "口罩项目带动130多名建档立卡贫困人口就业脱贫",
  ],
  [
    "370281",
    "520423",
    Indicator.PROFESSIONALS_SENT,
    "9",
    "2020-09-01",
    "胶州市扶贫协作办事迹",
    "“胶州班”每年选派9名全科老师支教",
  ],
];

/** This year's demo agreements: the same shape, for the screens to have a current year. */
function currentYearPlan(year: number): { targets: [string, string, Targets][]; reported: typeof REPORTED_2020 } {
  const d = (m: number, day: number) => `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const doc = `演示数据 ${year}`;
  const jiaozhouTargets: Targets = {
    JOINT_MEETINGS: "2",
    EXCHANGE_VISITS: "40",
    FISCAL_AID: "8000000",
    SOCIAL_DONATIONS: "1000000",
    CADRES_SENT: "2",
    PROFESSIONALS_SENT: "9",
    PEOPLE_TRAINED: "200",
    LABOURERS_PLACED: "150",
    PROJECTS_LANDED: "2",
    INVESTMENT_IN_PLACE: "50000000",
    CONSUMPTION_ASSISTANCE: "12000000",
    WORKSHOPS: "2",
    PAIRS_FORMED: "10",
    POOR_PEOPLE_LIFTED: "300",
  };
  const targets: [string, string, Targets][] = [
    ...TARGETS_2020.filter(([e]) => e === "370200"),
    ...["520423", "621227", "371721", "610923", "653225", "540202", "420506"].map((w): [string, string, Targets] => [
      "370281",
      w,
      jiaozhouTargets,
    ]),
  ];
  const reported: typeof REPORTED_2020 = [
    ["370200", "621200", Indicator.FISCAL_AID, "210000000", d(3, 15), doc, "第一批财政援助资金拨付"],
    ["370200", "621200", Indicator.LABOURERS_PLACED, "420", d(6, 30), doc, "上半年输转就业"],
    ["370200", "621200", Indicator.CONSUMPTION_ASSISTANCE, "286500000", d(9, 30), doc, "前三季度消费帮扶"],
    ["370200", "520400", Indicator.FISCAL_AID, "150000000", d(4, 10), doc, "财政援助资金拨付"],
    ["370200", "520400", Indicator.PEOPLE_TRAINED, "1850", d(8, 20), doc, "党政干部和专业技术人员培训"],
    ["370281", "520423", Indicator.LABOURERS_PLACED, "96", d(5, 20), doc, "胶州—镇宁劳务协作专场招聘"],
    ["370281", "520423", Indicator.PROFESSIONALS_SENT, "9", d(9, 1), doc, "“胶州班”选派全科老师支教"],
    ["370281", "520423", Indicator.FISCAL_AID, "5000000", d(3, 31), doc, "财政援助资金"],
    ["370281", "621227", Indicator.CONSUMPTION_ASSISTANCE, "4235050", d(7, 31), doc, "红豆杉、土蜂蜜采购"],
    ["370281", "621227", Indicator.FISCAL_AID, "3000000", d(4, 30), doc, "财政援助资金"],
    ["370281", "653225", Indicator.POOR_PEOPLE_LIFTED, "210", d(10, 31), doc, "辣椒订单种植带动"],
    ["370281", "653225", Indicator.INVESTMENT_IN_PLACE, "18000000", d(8, 15), doc, "辣椒加工项目到位资金"],
    // PAIRS_FORMED is no longer typed in: Jiaozhou's pairs are records (demo-unit-pairs.ts) and feed the ledger.
  ];
  return { targets, reported: reported.filter(([, , , , date]) => date <= today()) };
}

/**
 * Loads the demo data into an empty database, through the same services the API uses. A database
 * that already has users is left alone: the demo never reseeds real data.
 */
export async function loadDemoData(db: DataSource, config: Config, log: Logger): Promise<boolean> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM app_user`);
  if (n > 0) return false;
  const started = Date.now();
  const system: AuthUser = {
    id: "",
    username: "system",
    displayName: "system",
    role: Role.ADMIN,
    regionId: null,
    buyerId: null,
  };
  await db.transaction(async (manager) => {
    const ctx: RequestContext = {
      config,
      db,
      manager: oneQueryAtATime(manager),
      user: null,
      log,
      ip: "127.0.0.1",
      requestId: "demo-seed",
      token: null,
      loaders: new Map(),
      inTransaction: true,
    };
    const asAdmin = (): RequestContext => ({ ...ctx, user: system, loaders: new Map() });
    for (const [code, name, shortName, side, level, parentCode] of REGIONS) {
      await createRegion(ctx, { code, name, shortName, side, level, parentCode });
    }
    const regionId = async (code: string) => (await findRegionByCode(ctx, code))!.id;
    for (const [east, west, kind, since] of PAIRINGS) {
      await createPairing(asAdmin(), {
        eastRegionId: await regionId(east),
        westRegionId: await regionId(west),
        kind,
        since,
      });
    }
    const users = new Map<string, AuthUser>();
    for (const [username, displayName, role, region] of USERS) {
      if (role === Role.BUYER || role === Role.ENTERPRISE) continue;
      const u = await createUser(asAdmin(), {
        username,
        displayName,
        role,
        password: DEMO_PASSWORD,
        regionId: region ? await regionId(region) : undefined,
      });
      users.set(username, { id: u.id, username, displayName, role, regionId: u.regionId, buyerId: null });
    }
    // From here on the demo acts as the real coordinators, so the trail shows who did what.
    const as = (username: string): RequestContext => ({ ...ctx, user: users.get(username)!, loaders: new Map() });
    const coordinatorFor = (east: string) => (east === "370281" ? "jiaozhou" : "qingdao");
    const pairingId = async (east: string, west: string) =>
      (await findMostSpecificPairing(ctx, await regionId(east), await regionId(west)))!.id;

    const year = currentYear();
    const plan = currentYearPlan(year);
    for (const [y, targets] of [
      [2020, TARGETS_2020],
      [year, plan.targets],
    ] as const) {
      for (const [east, west, t] of targets) {
        const pid = await pairingId(east, west);
        for (const [indicator, value] of Object.entries(t)) {
          await setAgreementTarget(as(coordinatorFor(east)), {
            pairingId: pid,
            year: y,
            indicator: indicator as Indicator,
            target: parseHundredths(value!)!,
            signedOn: `${y}-03-01`,
          });
        }
      }
    }
    for (const [east, west, indicator, amount, occurredOn, sourceDocument, note] of [
      ...REPORTED_2020,
      ...plan.reported,
    ]) {
      await recordReportedFigure(as(coordinatorFor(east)), {
        pairingId: await pairingId(east, west),
        indicator,
        amount: parseHundredths(amount)!,
        occurredOn,
        sourceDocument,
        note,
      });
    }

    // 消费帮扶: suppliers, certified products, buyers and quotas, fairs, this year's orders.
    const buyers = await loadConsumptionDemo(ctx, (u) => (u === "admin" ? asAdmin() : as(u)), regionId);
    for (const [username, displayName, role] of USERS.filter(([, , r]) => r === Role.BUYER)) {
      await createUser(asAdmin(), {
        username,
        displayName,
        role,
        password: DEMO_PASSWORD,
        buyerId: buyers.get("hospital"),
      });
    }

    // 企业 and 招商引资 (demo-investment.ts); the demo `enterprise` user acts for the mask maker.
    const enterprises = await loadInvestmentDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId);
    for (const [username, displayName, role] of USERS.filter(([, , r]) => r === Role.ENTERPRISE)) {
      await createUser(asAdmin(), {
        username,
        displayName,
        role,
        password: DEMO_PASSWORD,
        enterpriseId: enterprises.get("mask"),
      });
    }
    await loadLabourDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId, enterprises); // 劳务协作 (demo-labour.ts)
    await loadJointWorkDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId); // 组织领导 (demo-joint-work.ts)
    await loadDonationsDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId, enterprises); // 社会帮扶资金 (demo-donations.ts)
    await loadFiscalDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId); // 财政援助项目 (demo-fiscal.ts)
    await loadTalentDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId); // 人才支援 (demo-talent.ts)
    await loadUnitPairsDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId); // 结对帮扶 (demo-unit-pairs.ts)
    await loadGradingDemo(asAdmin, [2020, year]); // 考核评级 (demo-grading.ts)
    await loadEvidenceDemo((u) => (u === "admin" ? asAdmin() : as(u)), regionId); // 佐证材料 (demo-evidence.ts)
    // 预警与提醒: today's reminders at once, so the demo buyer (behind its quota's pace) and the
    // county official whose photo was rejected see them at first sign-in (the daily job repeats it).
    await runDailyReminders(ctx, today());
    await loadPeriodsDemo(as, regionId); // 报送与审核 (demo-periods.ts)
  });
  log.info({ ms: Date.now() - started }, "demo data loaded");
  console.log(
    `\n  演示账号 Demo logins (password "${DEMO_PASSWORD}"):\n` +
      USERS.map(([u, name, role]) => `    ${u.padEnd(11)} ${role.padEnd(16)} ${name}`).join("\n") +
      "\n",
  );
  return true;
}
