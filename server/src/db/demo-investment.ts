import type { RequestContext } from "../shared/context";
import { createEnterprise } from "../modules/enterprises/enterprise.service";
import { creditCodeCheckChar } from "../modules/suppliers/credit-code";

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
const ENTERPRISES: [key: string, region: string, name: string, industry: string, code17: string, contact: [string, string] | null][] = [
  ["mask", "370281", "馨思雅妇幼用品有限公司", "医用防护用品", "91370281MA3P7KD4N", ["王经理", "0532-87201234"]],
  ["hongxing", "370281", "红星山海科技有限公司", "辣椒种植加工", "91370281MA3M2HQ8W", ["李经理", "0532-87205678"]],
  ["meihai", "370281", "镁海环保科技有限公司", "环保科技", "91370281MA3T6BN1C", null],
  ["pepper", "370281", "胶州湾辣椒食品有限公司", "辣椒加工出口", "91370281MA3W8EF5K", null],
  ["kangda", "370200", "青岛康大兔业发展有限公司", "兔业养殖加工", "91370200MA3N4GL7P", null],
  ["lihe", "370200", "青岛利和萃取有限公司", "植物提取", "91370200MA3Q9RC2E", null],
];

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
      name, industry, creditCode: creditCode(code17), homeRegionId: await regionId(region),
      contactName: contact?.[0], contactPhone: contact?.[1],
    });
    enterprises.set(key, e.id);
  }
  return enterprises;
}
