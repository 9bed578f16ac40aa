import type { RequestContext } from "../shared/context";
import { today } from "../shared/dates";
import { findMostSpecificPairing } from "../modules/pairings/pairing.service";
import { UnitPairKind } from "../modules/unit-pairs/unit-pair.entity";
import { endUnitPair, insertUnitPairs, type CheckedUnitPair } from "../modules/unit-pairs/unit-pair.service";

/**
 * 结对帮扶 demo data: Jiaozhou's 467 pairs (the seeds: "完成各类主体结对467个", 2016 onwards) over its
 * seven partner counties, written in one bulk insert through the service (`insertUnitPairs`, the
 * import's path), with a few ended. ILLUSTRATIVE: the towns and townships are real (GB/T 2260
 * names of the seeds' counties), the villages, schools, firms and organisations are invented in
 * their naming style; the spread by type and year is plausible, not reported.
 */
const JIAOZHOU_TOWNS = [
  "阜安街道",
  "中云街道",
  "三里河街道",
  "九龙街道",
  "胶东街道",
  "胶北街道",
  "胶莱街道",
  "胶西街道",
  "李哥庄镇",
  "铺集镇",
  "里岔镇",
  "洋河镇",
];

/** Partner county code → its towns, and how many of the 467 pairs it holds. */
const COUNTIES: [code: string, towns: string[], weight: number][] = [
  [
    "520423",
    [
      "城关镇",
      "丁旗街道",
      "黄果树镇",
      "募役镇",
      "江龙镇",
      "六马镇",
      "扁担山镇",
      "革利乡",
      "沙子乡",
      "良田镇",
      "本庄镇",
      "简嘎乡",
    ],
    30,
  ],
  [
    "621227",
    [
      "城关镇",
      "伏家镇",
      "江洛镇",
      "泥阳镇",
      "柳林镇",
      "嘉陵镇",
      "永宁镇",
      "银杏树镇",
      "水阳镇",
      "栗川镇",
      "麻沿河镇",
      "高桥镇",
      "虞关乡",
    ],
    26,
  ],
  ["371721", ["倪集街道", "青菏街道", "普连集镇", "庄寨镇", "魏湾镇", "青岗集镇", "古营集镇", "韩集镇", "大集镇"], 10],
  [
    "610923",
    [
      "城关镇",
      "四亩地镇",
      "江口回族镇",
      "广货街镇",
      "龙王镇",
      "筒车湾镇",
      "金川镇",
      "皇冠镇",
      "太山庙镇",
      "梅子镇",
      "新场镇",
    ],
    10,
  ],
  ["653225", ["策勒镇", "策勒乡", "固拉哈玛镇", "达玛沟乡", "恰哈乡", "乌鲁克萨依乡", "奴尔乡", "博斯坦乡"], 9],
  ["540202", ["城南街道", "城北街道", "年木乡", "东嘎乡", "聂日雄乡", "甲措雄乡", "曲布雄乡", "纳尔乡"], 7],
  [
    "420506",
    [
      "小溪塔街道",
      "樟村坪镇",
      "雾渡河镇",
      "分乡镇",
      "太平溪镇",
      "三斗坪镇",
      "乐天溪镇",
      "龙泉镇",
      "鸦鹊岭镇",
      "黄花镇",
      "下堡坪乡",
      "邓村乡",
    ],
    8,
  ],
];
const COUNTY_NAMES: Record<string, string> = {
  "520423": "镇宁县",
  "621227": "徽县",
  "371721": "曹县",
  "610923": "宁陕县",
  "653225": "策勒县",
  "540202": "桑珠孜区",
  "420506": "夷陵区",
};

/** By type (seven county–county pairs, one per partner), adding up to 467. */
export const DEMO_PAIRS_BY_KIND: [UnitPairKind, number][] = [
  [UnitPairKind.COUNTY_COUNTY, 7],
  [UnitPairKind.TOWN_TOWN, 70],
  [UnitPairKind.VILLAGE_VILLAGE, 160],
  [UnitPairKind.ENTERPRISE_VILLAGE, 120],
  [UnitPairKind.SCHOOL_SCHOOL, 60],
  [UnitPairKind.HOSPITAL_HOSPITAL, 30],
  [UnitPairKind.ORGANISATION_VILLAGE, 20],
];
export const DEMO_PAIRS = 467;

const VILLAGE_STEMS = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林石田龙杜";
const VILLAGE_ENDS = ["家村", "家寨", "坪村", "沟村", "湾村", "岭村", "河村", "庄村", "坝村", "山村"];
const COMMUNITIES = ["社区", "村"];
const FIRMS = ["农业科技", "食品", "纺织", "机械", "服饰", "物流", "电子", "建材", "生物科技", "包装"];
const ORGS = [
  "胶州市慈善总会",
  "胶州市红十字会",
  "胶州市青年企业家协会",
  "胶州市工商联",
  "胶州市女企业家协会",
  "胶州市志愿者协会",
  "胶州市律师协会",
  "胶州市个体劳动者协会",
];
const EAST_HOSPITALS = ["胶州市人民医院", "胶州市中医医院", "胶州市妇幼保健院", "胶州市中心医院", "胶州市第三人民医院"];
const SUPPORT = ["产业帮扶", "消费帮扶", "教育帮扶", "医疗帮扶", "劳务协作", "捐资助学", "基础设施", "人才培训"];

function random(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    x ^= x + Math.imul(x ^ (x >>> 7), 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadUnitPairsDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<void> {
  const ctx = as("jiaozhou");
  const rnd = random(467);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const jiaozhou = await regionId("370281");
  const counties = await Promise.all(
    COUNTIES.map(async ([code, towns, weight]) => {
      const countyId = await regionId(code);
      const pairing = (await findMostSpecificPairing(ctx, jiaozhou, countyId))!;
      return { code, towns, weight, countyId, pairingId: pairing.id };
    }),
  );
  const totalWeight = COUNTIES.reduce((s, c) => s + c[2], 0);
  const pickCounty = () => {
    let r = rnd() * totalWeight;
    for (const c of counties) if ((r -= c.weight) < 0) return c;
    return counties[0];
  };
  const now = today();
  const thisYear = Number(now.slice(0, 4));
  // Most pairs formed in 2016–2020 (the seeds' years), a few in each later year.
  const years = [2016, 2017, 2017, 2018, 2018, 2018, 2019, 2019, 2019, 2020, 2020, 2020, 2021];
  for (let y = 2022; y <= thisYear; y++) years.push(y);
  const dateIn = (year: number) => {
    const last = year === thisYear ? now : `${year}-12-31`;
    const month = 1 + Math.floor(rnd() * (year === thisYear ? Number(now.slice(5, 7)) : 12));
    const day = 1 + Math.floor(rnd() * 28);
    const d = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return d > last ? last : d;
  };
  const village = (n: number) =>
    `${VILLAGE_STEMS[n % VILLAGE_STEMS.length]}${VILLAGE_ENDS[Math.floor(n / VILLAGE_STEMS.length) % VILLAGE_ENDS.length]}`;

  const pairs: CheckedUnitPair[] = [];
  let n = 0;
  for (const [kind, count] of DEMO_PAIRS_BY_KIND) {
    for (let i = 0; i < count; i++, n++) {
      const c = kind === UnitPairKind.COUNTY_COUNTY ? counties[i] : pickCounty();
      const town = pick(c.towns);
      const eastTown = pick(JIAOZHOU_TOWNS);
      const countyName = COUNTY_NAMES[c.code];
      let eastUnit: string;
      let westUnit: string;
      switch (kind) {
        case UnitPairKind.COUNTY_COUNTY:
          [eastUnit, westUnit] = ["胶州市", countyName];
          break;
        case UnitPairKind.TOWN_TOWN:
          [eastUnit, westUnit] = [eastTown, `${countyName}${town}`];
          break;
        case UnitPairKind.VILLAGE_VILLAGE:
          [eastUnit, westUnit] = [
            `${eastTown}${village(n * 7 + 3)}${pick(COMMUNITIES)}`.replace(/村(社区|村)$/, "$1"),
            `${countyName}${town}${village(n)}`,
          ];
          break;
        case UnitPairKind.ENTERPRISE_VILLAGE:
          [eastUnit, westUnit] = [
            `青岛${village(n * 3 + 1).slice(0, 1)}${"信达丰瑞恒源鑫泰"[i % 8]}${pick(FIRMS)}有限公司`,
            `${countyName}${town}${village(n)}`,
          ];
          break;
        case UnitPairKind.SCHOOL_SCHOOL:
          [eastUnit, westUnit] = [
            i % 3 === 0 ? `胶州市第${"一二三四五六七八九"[i % 9]}中学` : `胶州市${eastTown}中心小学`,
            i % 3 === 0 ? `${countyName}第${"一二三四五"[i % 5]}中学` : `${countyName}${town}中心学校`,
          ];
          break;
        case UnitPairKind.HOSPITAL_HOSPITAL:
          [eastUnit, westUnit] = [
            i % 2 ? EAST_HOSPITALS[i % EAST_HOSPITALS.length] : `胶州市${eastTown}卫生院`,
            i % 2 ? `${countyName}人民医院` : `${countyName}${town}卫生院`,
          ];
          break;
        default:
          [eastUnit, westUnit] = [ORGS[i % ORGS.length], `${countyName}${town}${village(n)}`];
      }
      const year = kind === UnitPairKind.COUNTY_COUNTY ? 2016 : pick(years);
      pairs.push({
        pairingId: c.pairingId,
        countyId: c.countyId,
        kind,
        eastUnit,
        westUnit: `${westUnit}`,
        enterpriseId: null,
        formedOn: kind === UnitPairKind.COUNTY_COUNTY ? "2016-03-01" : dateIn(year),
        support: pick(SUPPORT),
        value: rnd() < 0.3 ? (5 + Math.floor(rnd() * 200)) * 100_00 : null,
      });
    }
  }
  // Names repeat by chance (the same town pair twice): number the repeats, as offices do (二组, 三组).
  const seen = new Map<string, number>();
  for (const p of pairs) {
    const key = `${p.pairingId}|${p.kind}|${p.eastUnit}|${p.westUnit}`;
    const k = (seen.get(key) ?? 0) + 1;
    seen.set(key, k);
    if (k > 1) p.westUnit = `${p.westUnit}(第${k}组)`;
  }
  const written = await insertUnitPairs(ctx, pairs);
  // A few pairs ended (the unit merged, the village was relocated): they still count in the year formed.
  const reasons = ["村庄合并", "易地扶贫搬迁整村安置", "企业经营调整", "学校撤并"];
  for (const p of written
    .filter((p) => p.kind !== UnitPairKind.COUNTY_COUNTY && p.formedOn < "2020-01-01")
    .slice(0, 12)) {
    const endedOn = `${Number(p.formedOn.slice(0, 4)) + 2}-06-30`;
    await endUnitPair(ctx, { unitPairId: p.id, endedOn, reason: pick(reasons) });
  }
}
