import type { RequestContext } from "../shared/context";
import { currentYear, today } from "../shared/dates";
import { FiscalSector as S, FiscalTransactionKind as K } from "../modules/fiscal/fiscal.entity";
import {
  createFiscalProject,
  recordFiscalTransaction,
  reportFiscalProgress,
  reverseFiscalTransaction,
} from "../modules/fiscal/fiscal.service";
import { findMostSpecificPairing } from "../modules/pairings/pairing.service";

/**
 * 财政援助项目 demo data, through the services: Jiaozhou's fiscal aid to its partner counties as
 * projects that add up to exactly 2.84亿 allocated (DOMAIN.md: "Jiaozhou: 2.84亿 fiscal"), spread
 * over 2018–2020 and the current year. The per-project split, names, towns and units are
 * ILLUSTRATIVE (the seeds give the total, the 328万 epidemic and disaster aid of 2020, the seedling
 * base, the "Jiaozhou class" and the pepper model); the current year's 乡村振兴示范村 mirrors a
 * published county figure (大姚县 2023: 3,244万 issued, 2,405.4万 spent, use rate 74.14%, works 76.9%).
 *
 * Row: [west county, year, name, sector, town, implementing unit, allocated 万, disbursed ‰ of
 * allocated, spent ‰ of allocated, works %]. Disbursed and spent are whole yuan.
 */
type Row = [string, number, string, S, string | null, string, number, number, number, number | null];
const Y = 0; // the current year
export const FISCAL_DEMO: Row[] = [
  ["520423", 2018, "镇宁县六马镇蜂糖李产业基地", S.INDUSTRY, "六马镇", "镇宁县农业农村局", 1800, 1000, 1000, 100],
  ["621227", 2018, "徽县银杏树乡人居环境整治", S.LIVING, "银杏树乡", "徽县住房和城乡建设局", 1200, 1000, 1000, 100],
  ["653225", 2018, "策勒县辣椒种植示范基地", S.INDUSTRY, "策勒乡", "策勒县农业农村局", 2000, 1000, 985, 100],
  [
    "540202",
    2018,
    "桑珠孜区农牧民技能培训中心",
    S.LABOUR,
    "江当乡",
    "桑珠孜区人力资源和社会保障局",
    1500,
    1000,
    1000,
    100,
  ],
  [
    "610923",
    2018,
    "宁陕县城关镇安全饮水巩固提升工程",
    S.INFRASTRUCTURE,
    "城关镇",
    "宁陕县水利局",
    1000,
    1000,
    1000,
    100,
  ],
  ["420506", 2018, "夷陵区乐天溪镇茶叶加工扶贫车间", S.LABOUR, "乐天溪镇", "夷陵区乡村振兴局", 800, 1000, 1000, 100],
  ["520423", 2019, "镇宁县“胶州班”教学楼建设", S.EDUCATION, "城关镇", "镇宁县教育局", 1700, 1000, 1000, 100],
  ["520423", 2019, "镇宁县苗木种植繁育基地", S.INDUSTRY, "丁旗街道", "镇宁县林业局", 1500, 1000, 960, 100],
  ["621227", 2019, "徽县伏家镇中药材产业园", S.INDUSTRY, "伏家镇", "徽县农业农村局", 1600, 1000, 940, 95],
  ["653225", 2019, "策勒县乡镇卫生院医疗设备配置", S.HEALTH, null, "策勒县卫生健康委员会", 900, 1000, 1000, 100],
  ["540202", 2019, "桑珠孜区边雄乡村道硬化", S.INFRASTRUCTURE, "边雄乡", "桑珠孜区交通运输局", 1400, 1000, 1000, 100],
  ["610923", 2019, "宁陕县食用菌产业扶贫基地", S.INDUSTRY, "筒车湾镇", "宁陕县农业农村局", 1100, 1000, 920, 98],
  ["420506", 2019, "夷陵区易地扶贫搬迁安置点配套", S.LIVING, "分乡镇", "夷陵区发展和改革局", 1000, 1000, 1000, 100],
  ["520423", 2020, "镇宁县疫情灾情防控援助", S.HEALTH, null, "镇宁县卫生健康局", 328, 1000, 1000, 100],
  ["520423", 2020, "镇宁县扶贫车间标准化厂房", S.LABOUR, "募役镇", "镇宁县工业和信息化局", 1200, 950, 870, 92],
  ["621227", 2020, "徽县“8.12”洪灾灾后重建", S.INFRASTRUCTURE, "嘉陵镇", "徽县应急管理局", 1500, 1000, 900, 90],
  ["653225", 2020, "策勒县辣椒深加工扶贫车间", S.LABOUR, "固拉合玛镇", "策勒县工业和信息化局", 1000, 900, 800, 85],
  ["540202", 2020, "桑珠孜区青稞产业提升", S.INDUSTRY, "曲美乡", "桑珠孜区农业农村局", 1072, 1000, 1000, 100],
  ["610923", 2020, "宁陕县学校营养餐改善", S.EDUCATION, null, "宁陕县教育体育局", 600, 1000, 1000, 100],
  ["420506", 2020, "夷陵区柑橘产业冷链物流", S.INDUSTRY, "小溪塔街道", "夷陵区商务局", 900, 1000, 950, 96],
  ["520423", Y, "镇宁县黄果树镇乡村振兴示范村", S.LIVING, "黄果树镇", "镇宁县乡村振兴局", 3244, 800, 0, 77],
  ["621227", Y, "徽县农村供水保障工程", S.INFRASTRUCTURE, "江洛镇", "徽县水务局", 556, 600, 300, 40],
  ["653225", Y, "策勒县职业技能培训", S.LABOUR, null, "策勒县人力资源和社会保障局", 500, 0, 0, null],
  ["610923", Y, "宁陕县村卫生室标准化建设", S.HEALTH, "皇冠镇", "宁陕县卫生健康局", 0, 0, 0, null],
];
/** The one project whose spending is given exactly: 2,405.4万 of 3,244万 → 74.14%. */
const DAYAO_LIKE_SPENT = 24_054_000_00;

const WAN = 1_000_000; // fen in 1万 yuan
const clamp = (d: string) => (d > today() ? today() : d);

/** Loads the projects as `jiaozhou` (allocations) and the county officials or the coordinator (the rest). */
export async function loadFiscalDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<void> {
  const jiaozhou = await regionId("370281");
  const officialOf = (county: string) =>
    county === "520423" ? "zhenning" : county === "621227" ? "huixian" : "jiaozhou";
  const thisYear = currentYear();
  let n = 0;
  for (const [county, y, name, sector, town, unit, wan, dPermille, sPermille, works] of FISCAL_DEMO) {
    n += 1;
    const year = y || thisYear;
    const countyId = await regionId(county);
    const pairing = (await findMostSpecificPairing(as("jiaozhou"), jiaozhou, countyId))!;
    const d = (m: number, day: number) =>
      clamp(`${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
    const project = await createFiscalProject(as("jiaozhou"), {
      pairingId: pairing.id,
      year,
      countyId,
      town: town ?? undefined,
      name,
      sector,
      implementingUnit: unit,
      plannedBeneficiaries: 800 + ((n * 337) % 4200),
      plannedPoorBeneficiaries: 200 + ((n * 131) % 600),
      startsOn: d(3, 1),
      plannedEndOn: `${year}-12-31`,
    });
    if (!wan) continue;
    const allocated = wan * WAN;
    const doc = `胶财协〔${year}〕${10 + n}号`;
    if (n === 16) {
      // A typing mistake reversed (冲正) and entered again: the ledger shows both, nets to the right amount.
      const wrong = await recordFiscalTransaction(as("jiaozhou"), {
        projectId: project.id,
        kind: K.ALLOCATED,
        amount: allocated / 10,
        occurredOn: d(4, 20),
        reference: doc,
      });
      await reverseFiscalTransaction(as("jiaozhou"), { transactionId: wrong.id, reason: "金额录入错误(少录一位)" });
    }
    await recordFiscalTransaction(as("jiaozhou"), {
      projectId: project.id,
      kind: K.ALLOCATED,
      amount: allocated,
      occurredOn: d(4, 20),
      reference: doc,
    });
    const official = as(officialOf(county));
    const yuan = (fen: number) => Math.floor(fen / 100) * 100;
    const disbursed = yuan((allocated * dPermille) / 1000);
    const spent = y === Y && county === "520423" ? DAYAO_LIKE_SPENT : yuan((allocated * sPermille) / 1000);
    // Disbursed in two tranches (60% in May, the rest in August), spent in two (July, November).
    const first = yuan((disbursed * 6) / 10);
    for (const [amount, on, ref] of [
      [first, d(5, 18), `${county}拨〔${year}〕${n}-1`],
      [disbursed - first, d(8, 16), `${county}拨〔${year}〕${n}-2`],
    ] as const)
      if (amount > 0)
        await recordFiscalTransaction(official, {
          projectId: project.id,
          kind: K.DISBURSED,
          amount,
          occurredOn: on,
          reference: ref,
        });
    const firstSpent = Math.min(yuan((spent * 55) / 100), first);
    for (const [amount, on, ref] of [
      [firstSpent, d(7, 25), `${county}支〔${year}〕${n}-1`],
      [spent - firstSpent, d(11, 20), `${county}支〔${year}〕${n}-2`],
    ] as const)
      if (amount > 0)
        await recordFiscalTransaction(official, {
          projectId: project.id,
          kind: K.SPENT,
          amount,
          occurredOn: on,
          reference: ref,
        });
    if (works != null) {
      const half = Math.round(works / 2);
      await reportFiscalProgress(official, { projectId: project.id, reportedOn: d(7, 1), percent: half });
      await reportFiscalProgress(official, {
        projectId: project.id,
        reportedOn: d(11, 25),
        percent: works,
        note: works === 100 ? "竣工验收" : undefined,
      });
    }
  }
}
