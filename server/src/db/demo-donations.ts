import type { RequestContext } from "../shared/context";
import { parseHundredths } from "../shared/money";
import { DonationKind, DonorKind, EmergencyAid } from "../modules/donations/donation.entity";
import { recordDonation, reverseDonation } from "../modules/donations/donation.service";

/**
 * 社会帮扶资金 demo data, through the service: Jiaozhou's "社会捐款及捐助折款达4295万元" since 2016
 * (seed 000) as a plausible set of donations to its seven partner counties, adding up to exactly
 * ¥42,950,000.00, of which ¥3,280,000.00 is the 2020 epidemic aid (疫情防控援助资金328万元). The
 * split among donors, counties and years is ILLUSTRATIVE; the enterprises are the seeds' Jiaozhou
 * companies, the organisations Jiaozhou's usual ones, individuals are counted and never named.
 * One donation is recorded wrong, reversed and recorded again under the same receipt.
 */
type Donor = ["ENT", key: string] | ["ENT_NAME", name: string] | ["ORG", name: string] | ["IND", count: number];
type Row = [
  date: string,
  county: string,
  donor: Donor,
  yuan: string,
  purpose: string,
  goods?: [description: string, basis: string],
  emergency?: EmergencyAid,
];

const CHARITY = "胶州市慈善总会";
const RED_CROSS = "胶州市红十字会";
const CHAMBER = "胶州市工商业联合会";
const EDUCATION = "胶州市教育发展基金会";
const YOUNG = "胶州市青年企业家协会";
const E = EmergencyAid.EPIDEMIC;

export const DONATIONS: Row[] = [
  ["2016-09-10", "520423", ["ORG", CHARITY], "2000000", "镇宁县贫困学生助学"],
  ["2016-11-20", "621227", ["ENT_NAME", "胶州市城市发展投资有限公司"], "1500000", "徽县村级道路硬化"],
  ["2017-04-18", "371721", ["ORG", CHAMBER], "3000000", "曹县扶贫车间建设"],
  ["2017-06-01", "653225", ["ENT", "hongxing"], "1200000", "策勒县辣椒育苗基地", ["辣椒育苗设备一套", "采购合同价"]],
  ["2017-09-01", "610923", ["ORG", EDUCATION], "1800000", "宁陕县“胶州班”助学"],
  ["2018-03-15", "540202", ["ORG", CHARITY], "2500000", "桑珠孜区农村饮水安全"],
  ["2018-05-20", "420506", ["ENT", "meihai"], "1000000", "夷陵区村庄环境整治"],
  ["2018-08-08", "520423", ["IND", 3520], "860000", "“一日捐”活动"],
  ["2018-10-17", "621227", ["ENT", "pepper"], "1450000", "扶贫日冬衣捐赠", ["冬衣、棉被 4,800 件套", "市场价评估"]],
  ["2019-04-10", "371721", ["ENT", "mask"], "2000000", "曹县乡镇卫生院设备"],
  ["2019-06-12", "653225", ["ORG", YOUNG], "1600000", "策勒县产业帮扶"],
  ["2019-10-17", "610923", ["IND", 2410], "740000", "扶贫日募捐"],
  ["2019-11-05", "420506", ["ORG", RED_CROSS], "1300000", "村卫生室医疗器械", ["医疗器械 12 类", "采购发票"]],
  // 2020 疫情防控援助: ¥3,280,000.00 in all.
  ["2020-02-05", "520423", ["ORG", CHARITY], "1000000", "疫情防控", undefined, E],
  ["2020-02-08", "520423", ["ENT", "mask"], "600000", "疫情防控", ["医用口罩 20 万只", "出厂价"], E],
  ["2020-02-10", "621227", ["ORG", RED_CROSS], "500000", "疫情防控", undefined, E],
  ["2020-02-12", "653225", ["ENT", "hongxing"], "300000", "疫情防控", undefined, E],
  ["2020-02-15", "371721", ["IND", 1286], "280000", "疫情防控", undefined, E],
  ["2020-02-20", "610923", ["ORG", CHAMBER], "400000", "疫情防控", ["医用防护服 2,000 套", "采购发票"], E],
  ["2020-03-02", "540202", ["ENT", "pepper"], "200000", "疫情防控", undefined, E],
  ["2020-06-18", "520423", ["ENT", "hongxing"], "2200000", "镇宁县蜂糖李产业"],
  ["2020-09-01", "621227", ["ORG", CHARITY], "1900000", "徽县学校设施"],
  ["2020-10-17", "371721", ["IND", 1950], "520000", "扶贫日募捐"],
  ["2021-03-20", "540202", ["ENT", "meihai"], "1100000", "村道照明", ["太阳能路灯 400 盏", "采购合同价"]],
  ["2021-07-01", "420506", ["ORG", CHAMBER], "1500000", "乡村振兴示范村"],
  ["2021-09-10", "653225", ["ORG", EDUCATION], "1400000", "策勒县助学"],
  ["2022-05-15", "520423", ["ENT", "mask"], "1800000", "镇宁县卫生院"],
  ["2022-08-08", "610923", ["ENT_NAME", "胶州市城市发展投资有限公司"], "1200000", "宁陕县产业路"],
  ["2023-04-12", "621227", ["ORG", YOUNG], "900000", "徽县农机具", ["小型农机具 150 台", "市场价"]],
  ["2023-10-17", "540202", ["IND", 860], "300000", "扶贫日募捐"],
  ["2024-06-01", "371721", ["ENT", "pepper"], "1000000", "曹县乡村振兴"],
  ["2024-09-01", "420506", ["ORG", CHARITY], "800000", "夷陵区助老"],
  ["2025-05-20", "653225", ["ENT", "hongxing"], "2100000", "策勒县辣椒加工车间"],
  ["2025-09-01", "520423", ["ORG", CHARITY], "2000000", "镇宁县助学"],
];

/** Records the demo donations as the Jiaozhou coordinator; returns how many. */
export async function loadDonationsDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
  enterprises: Map<string, string>,
): Promise<number> {
  const jiaozhou = await regionId("370281");
  let n = 0;
  for (const [date, county, donor, yuan, purpose, goods, emergency] of DONATIONS) {
    n += 1;
    const receiptNo = `JZJZ-${date.slice(0, 4)}-${String(n).padStart(3, "0")}`;
    const base = {
      countyId: await regionId(county),
      eastRegionId: jiaozhou,
      kind: goods ? DonationKind.GOODS : DonationKind.MONEY,
      donorKind:
        donor[0] === "IND" ? DonorKind.INDIVIDUAL : donor[0] === "ORG" ? DonorKind.ORGANISATION : DonorKind.ENTERPRISE,
      enterpriseId: donor[0] === "ENT" ? enterprises.get(donor[1]) : undefined,
      donorName: donor[0] === "ORG" || donor[0] === "ENT_NAME" ? donor[1] : undefined,
      donorCount: donor[0] === "IND" ? donor[1] : undefined,
      goodsDescription: goods?.[0],
      valuationBasis: goods?.[1],
      purpose,
      emergency: emergency ?? EmergencyAid.NONE,
      receivedOn: date,
      receiptNo,
    };
    const ctx = as(county === "520423" ? "zhenning" : county === "621227" ? "huixian" : "jiaozhou");
    if (n === DONATIONS.length) {
      // Typed one zero short, reversed, then recorded again under the same receipt.
      const wrong = await recordDonation(ctx, { ...base, amount: parseHundredths(yuan)! / 10 });
      await reverseDonation(as("jiaozhou"), { donationId: wrong.id, reason: "金额少录一个零" });
    }
    await recordDonation(ctx, { ...base, amount: parseHundredths(yuan)! });
  }
  return n;
}
