import type { AuthUser } from "../shared/auth";
import { Role } from "../shared/auth";
import type { RequestContext } from "../shared/context";
import { currentYear, today } from "../shared/dates";
import { parseHundredths } from "../shared/money";
import { BuyerGroup } from "../modules/buyers/buyer.entity";
import { createBuyer } from "../modules/buyers/buyer.service";
import { SubOrder } from "../modules/orders/order.entity";
import { PurchaseOrder } from "../modules/orders/order.entity";
import {
  cancelSubOrder,
  confirmSubOrder,
  placeOrder,
  receiveSubOrder,
  recordPayment,
  refundSubOrder,
  shipSubOrder,
} from "../modules/orders/order.service";
import { createFair, createSalesCentre } from "../modules/channels/channel.service";
import { createProduct } from "../modules/products/product.service";
import { QuotaBasis } from "../modules/quotas/quota.entity";
import { SalesChannel } from "../modules/quotas/quota.inputs";
import { setGroupTarget, setQuota } from "../modules/quotas/quota.service";
import { CanteenKind } from "../modules/quotas/declaration.entity";
import { declareReservedShare } from "../modules/quotas/declaration.service";
import { creditCodeCheckChar } from "../modules/suppliers/credit-code";
import { SupplierStatus } from "../modules/suppliers/supplier.entity";
import { recommendSupplier, reviewSupplier } from "../modules/suppliers/supplier.service";

const yuan = (text: string) => parseHundredths(text)!;
/** A unified social credit code with a correct check character (GB 32100), from its first 17 characters. */
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17)!;

/** Suppliers of the seeds' counties; 93 = 农民专业合作社, 91 = company. The 宁陕 one is still awaiting review. */
const SUPPLIERS: [key: string, county: string, name: string, code17: string, approved: boolean][] = [
  ["honey", "520423", "镇宁布依族苗族自治县蜂之源养殖专业合作社", "93520423MA6DK1XQ0", true],
  ["water", "520423", "镇宁县山泉饮品有限公司", "91520423MA6HXQ3L2", true],
  ["yew", "621227", "徽县红豆杉苗木繁育有限公司", "91621227MA71B9T45", true],
  ["fungi", "621227", "徽县嘉陵江食用菌专业合作社", "93621227MA72D0RW8", true],
  ["pepper", "653225", "策勒县辣椒种植专业合作社", "93653225MA78F2GK6", true],
  ["ningshan", "610923", "宁陕县秦岭山珍专业合作社", "93610923MA6YH8CA3", false],
];

/** Products the seeds name. The mineral water's certificate ran out last year: it sells, but does not count. */
function products(
  year: number,
): [
  supplier: string,
  name: string,
  category: string,
  spec: string,
  unit: string,
  price: string,
  stock: number,
  cert: [no: string, authority: string, from: string, to: string] | null,
][] {
  return [
    [
      "honey",
      "镇宁土蜂蜜",
      "蜂产品",
      "500g/瓶",
      "瓶",
      "68.00",
      3000,
      [`黔扶认〔2020〕520423-017`, "贵州省乡村振兴局", "2020-06-01", `${year + 1}-05-31`],
    ],
    [
      "water",
      "镇宁山泉矿泉水",
      "饮用水",
      "550ml×24瓶/箱",
      "箱",
      "36.00",
      6000,
      [`黔扶认〔2020〕520423-032`, "贵州省乡村振兴局", "2020-06-01", `${year - 1}-12-31`],
    ],
    [
      "yew",
      "徽县红豆杉盆栽",
      "苗木",
      "高60cm/盆",
      "盆",
      "128.00",
      400,
      [`甘扶认〔2020〕621227-005`, "甘肃省乡村振兴局", "2020-09-01", `${year + 2}-08-31`],
    ],
    [
      "yew",
      "徽县绿化苗木",
      "苗木",
      "胸径3cm/株",
      "株",
      "15.50",
      20000,
      [`甘扶认〔2020〕621227-006`, "甘肃省乡村振兴局", "2020-09-01", `${year + 2}-08-31`],
    ],
    [
      "fungi",
      "徽县黑木耳",
      "食用菌",
      "250g/袋",
      "袋",
      "39.90",
      5000,
      [`甘扶认〔2021〕621227-011`, "甘肃省乡村振兴局", "2021-03-01", `${year + 1}-02-28`],
    ],
    [
      "fungi",
      "徽县香菇",
      "食用菌",
      "500g/袋",
      "袋",
      "29.80",
      5000,
      [`甘扶认〔2021〕621227-012`, "甘肃省乡村振兴局", "2021-03-01", `${year + 1}-02-28`],
    ],
    [
      "pepper",
      "策勒辣椒干",
      "调味品",
      "1kg/袋",
      "袋",
      "26.00",
      8000,
      [`新扶认〔2020〕653225-003`, "新疆维吾尔自治区乡村振兴局", "2020-10-01", `${year + 1}-09-30`],
    ],
  ];
}

/** Buyers in all five groups plus one "N"; quotas typed in or derived. */
const BUYERS: [key: string, region: string, name: string, group: BuyerGroup, quota: Record<string, unknown> | null][] =
  [
    [
      "hospital",
      "370281",
      "胶州市人民医院",
      BuyerGroup.HEALTHCARE,
      { basis: QuotaBasis.CANTEEN_BUDGET, baseAmount: yuan("3000000"), rateBasisPoints: 1000 },
    ],
    ["school", "370281", "胶州市第一中学", BuyerGroup.EDUCATION, { basis: QuotaBasis.FIXED, amount: yuan("200000") }],
    [
      "mall",
      "370281",
      "胶州利群商厦",
      BuyerGroup.RETAIL,
      {
        basis: QuotaBasis.FIXED,
        amount: yuan("500000"),
        split: [
          ["520423", "200000"],
          ["621227", "150000"],
        ],
      },
    ],
    [
      "agency",
      "370281",
      "胶州市机关事务服务中心",
      BuyerGroup.GOVERNMENT,
      { basis: QuotaBasis.HEADCOUNT, headcount: 420, perHead: yuan("500") },
    ],
    [
      "firm",
      "370281",
      "胶州湾实业集团有限公司",
      BuyerGroup.ENTERPRISE,
      { basis: QuotaBasis.FIXED, amount: yuan("150000") },
    ],
    ["charity", "370281", "胶州市慈善总会", BuyerGroup.OTHER, null],
    [
      "qdhospital",
      "370200",
      "青岛市市立医院",
      BuyerGroup.HEALTHCARE,
      { basis: QuotaBasis.FIXED, amount: yuan("800000") },
    ],
    ["pdschool", "370283", "平度市实验中学", BuyerGroup.EDUCATION, { basis: QuotaBasis.FIXED, amount: yuan("100000") }],
  ];

type Step = "PLACED" | "CONFIRMED" | "PAID" | "SHIPPED" | "RECEIVED" | "CANCELLED" | "REFUNDED";
/** This year's orders: buyer, month/day, channel (fair index), lines (product index, quantity), the state each sub-order reaches. */
/**
 * Where online orders are delivered and whom the invoice names (issue 11, checkout): address,
 * contact, phone and tax number (a unified social credit code with its check character) per buyer.
 * Sales at a fair or the sales centre are handed over on the spot and carry none.
 */
const DELIVERY: Record<string, [address: string, contact: string, phone: string, taxNumber: string]> = {
  hospital: [
    "山东省青岛市胶州市徐州路 29 号 胶州市人民医院后勤楼食堂库房",
    "刘海燕",
    "13853261208",
    "12370281MB1234567B",
  ],
  school: ["山东省青岛市胶州市常州路 186 号 胶州市第一中学学生食堂", "孙立伟", "0532-87216688", "12370281MB2345678W"],
  mall: ["山东省青岛市胶州市福州南路 225 号 利群商厦收货部", "赵明", "13964280417", "91370281MA3CD7E8FB"],
  qdhospital: ["山东省青岛市市南区江苏路 16 号 后勤保障部", "陈静", "13805321196", "12370200MB0987654L"],
  pdschool: ["山东省青岛市平度市扬州路 17 号 平度市实验中学食堂", "高鹏", "13589232701", "12370283MB3456789B"],
};

const ORDERS: [
  buyer: string,
  month: number,
  day: number,
  channel: SalesChannel,
  fair: number | null,
  lines: [number, number][],
  step: Step,
][] = [
  [
    "hospital",
    2,
    20,
    SalesChannel.ONLINE,
    null,
    [
      [0, 300],
      [4, 200],
    ],
    "RECEIVED",
  ],
  [
    "hospital",
    5,
    3,
    SalesChannel.FAIR,
    0,
    [
      [1, 100],
      [5, 150],
    ],
    "RECEIVED",
  ],
  ["hospital", 9, 12, SalesChannel.ONLINE, null, [[6, 120]], "PAID"],
  [
    "school",
    3,
    15,
    SalesChannel.SALES_CENTRE,
    null,
    [
      [5, 400],
      [0, 100],
    ],
    "SHIPPED",
  ],
  ["school", 10, 8, SalesChannel.ONLINE, null, [[4, 150]], "PLACED"],
  [
    "mall",
    4,
    2,
    SalesChannel.ONLINE,
    null,
    [
      [2, 60],
      [3, 800],
    ],
    "RECEIVED",
  ],
  [
    "mall",
    9,
    22,
    SalesChannel.FAIR,
    1,
    [
      [0, 500],
      [1, 300],
    ],
    "CONFIRMED",
  ],
  [
    "agency",
    6,
    18,
    SalesChannel.SALES_CENTRE,
    null,
    [
      [0, 150],
      [6, 100],
    ],
    "CONFIRMED",
  ],
  ["agency", 7, 9, SalesChannel.ONLINE, null, [[2, 20]], "CANCELLED"],
  ["firm", 8, 1, SalesChannel.ONLINE, null, [[3, 1500]], "REFUNDED"],
  [
    "charity",
    9,
    23,
    SalesChannel.FAIR,
    1,
    [
      [0, 50],
      [5, 60],
    ],
    "RECEIVED",
  ],
  [
    "qdhospital",
    4,
    28,
    SalesChannel.ONLINE,
    null,
    [
      [0, 800],
      [5, 600],
    ],
    "RECEIVED",
  ],
  ["pdschool", 6, 6, SalesChannel.ONLINE, null, [[6, 300]], "CONFIRMED"],
];

const PATH: Step[] = ["CONFIRMED", "PAID", "SHIPPED", "RECEIVED"];

/**
 * Consumption assistance demo data, through the services (so it obeys their rules): suppliers
 * recommended and approved, certified products (one certificate expired), buyers of every group
 * with quotas (one derived from a canteen budget × 10%), two fairs, and this year's orders in
 * mixed states. Returns the buyers by key so the caller can create the demo buyer user.
 */
export async function loadConsumptionDemo(
  ctx: RequestContext,
  asUser: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<Map<string, string>> {
  const year = currentYear();
  const todayText = today();
  const admin = asUser("admin");
  const jiaozhou = asUser("jiaozhou");

  const suppliers = new Map<string, string>();
  for (const [key, county, name, code17, approved] of SUPPLIERS) {
    const s = await recommendSupplier(admin, {
      name,
      creditCode: creditCode(code17),
      countyId: await regionId(county),
      contact: "0851-0000000",
    });
    if (approved)
      await reviewSupplier(jiaozhou, { supplierId: s.id, status: SupplierStatus.APPROVED, note: "县级推荐,审核通过" });
    suppliers.set(key, s.id);
  }
  const productIds: string[] = [];
  for (const [sup, name, category, spec, unit, price, stock, cert] of products(year)) {
    const p = await createProduct(admin, {
      supplierId: suppliers.get(sup)!,
      name,
      category,
      spec,
      unit,
      price: yuan(price),
      stock,
      certificateNo: cert?.[0],
      certificateAuthority: cert?.[1],
      certificateValidFrom: cert?.[2],
      certificateValidTo: cert?.[3],
    });
    productIds.push(p.id);
  }

  const buyers = new Map<string, string>();
  for (const [key, region, name, group, quota] of BUYERS) {
    const coordinator = asUser(region === "370281" ? "jiaozhou" : region === "370283" ? "pingdu" : "qingdao");
    const b = await createBuyer(coordinator, { name, eastRegionId: await regionId(region), group });
    buyers.set(key, b.id);
    if (quota) {
      const { split, ...rest } = quota as { split?: [string, string][] };
      const countySplits = split
        ? await Promise.all(split.map(async ([c, a]) => ({ countyId: await regionId(c), amount: yuan(a) })))
        : undefined;
      await setQuota(coordinator, { buyerId: b.id, year, ...(rest as { basis: QuotaBasis }), countySplits });
    }
  }
  const jz = await regionId("370281");
  for (const [group, amount] of [
    [BuyerGroup.HEALTHCARE, "400000"],
    [BuyerGroup.EDUCATION, "300000"],
    [BuyerGroup.RETAIL, "600000"],
    [BuyerGroup.GOVERNMENT, "250000"],
    [BuyerGroup.ENTERPRISE, "200000"],
  ] as const) {
    await setGroupTarget(jiaozhou, { eastRegionId: jz, group, year, amount: yuan(amount) });
  }

  // Every approved supplier takes part in both fairs; a fair sale is only from its participants.
  const exhibitors = SUPPLIERS.filter(([, , , , approved]) => approved).map(([key]) => suppliers.get(key)!);
  const fairs = [
    await createFair(jiaozhou, {
      name: `${year}年东西部协作农特产品展销大集(春季)`,
      venue: "胶州市少海国家湿地公园广场",
      startsOn: `${year}-05-01`,
      endsOn: `${year}-05-05`,
      eastRegionId: jz,
      supplierIds: exhibitors,
    }),
    await createFair(jiaozhou, {
      name: `${year}年东西部协作农特产品展销大集(秋季)`,
      venue: "胶州市体育中心",
      startsOn: `${year}-09-20`,
      endsOn: `${year}-09-26`,
      eastRegionId: jz,
      supplierIds: exhibitors,
    }),
  ];
  // The "1": a permanent hall per city (names and addresses illustrative).
  const centre = await createSalesCentre(jiaozhou, {
    name: "胶州市东西部协作消费帮扶专馆",
    address: "胶州市常州路 1 号",
    eastRegionId: jz,
    openedOn: "2020-09-18",
  });
  await createSalesCentre(asUser("qingdao"), {
    name: "青岛市东西部扶贫协作产品展销中心",
    address: "青岛市市北区连云港路 1 号",
    eastRegionId: await regionId("370200"),
    openedOn: "2019-11-08",
  });

  const date = (m: number, d: number) => `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const actAs = (buyerId: string): RequestContext => {
    const user: AuthUser = {
      id: "",
      username: "demo-buyer",
      displayName: "demo",
      role: Role.BUYER,
      regionId: null,
      buyerId,
    };
    return { ...ctx, user, loaders: new Map() };
  };
  const demoCheckout = (buyer: string) => {
    const [deliveryAddress, deliveryContact, deliveryPhone, taxNumber] = DELIVERY[buyer];
    const invoiceTitle = BUYERS.find(([key]) => key === buyer)![2];
    return { deliveryAddress, deliveryContact, deliveryPhone, invoiceTitle, taxNumber };
  };
  // 预留份额申报 (issue 11): two units have declared this year's reserved share, the others not yet
  // (the coordinator's 未申报 tab lists them): Jiaozhou's agency outsources its canteen and declares
  // its union share (420 staff × ¥500); Qingdao's hospital its canteen budget × 10%.
  // They declared in May (or today, earlier in the year), before the 30 June lock.
  const declaredOn = new Date(Math.min(Date.now(), Date.parse(`${year}-05-20T02:00:00Z`)));
  await declareReservedShare(
    actAs(buyers.get("agency")!),
    { year, kind: CanteenKind.OUTSOURCED_CANTEEN, unionAmount: yuan("210000") },
    declaredOn,
  );
  await declareReservedShare(
    actAs(buyers.get("qdhospital")!),
    { year, kind: CanteenKind.CANTEEN, canteenBudget: yuan("8000000"), rateBasisPoints: 1000 },
    declaredOn,
  );
  let n = 0;
  for (const [buyer, m, d, channel, fair, lines, step] of ORDERS) {
    const orderedOn = date(m, d);
    if (orderedOn > todayText) continue;
    const buyerCtx = actAs(buyers.get(buyer)!);
    const order = (await placeOrder(buyerCtx, {
      idempotencyKey: `demo-${year}-${++n}`,
      channel,
      fairId: fair === null ? undefined : fairs[fair].id,
      salesCentreId: channel === SalesChannel.SALES_CENTRE ? centre.id : undefined,
      orderedOn,
      lines: lines.map(([i, quantity]) => ({ productId: productIds[i], quantity })),
      ...(channel === SalesChannel.ONLINE && DELIVERY[buyer] ? demoCheckout(buyer) : {}),
    })) as PurchaseOrder;
    const subs = await ctx.manager
      .getRepository(SubOrder)
      .find({ where: { orderId: order.id }, order: { seq: "ASC" } });
    for (const sub of subs) {
      const subOrderId = sub.id;
      if (step === "CANCELLED") {
        await cancelSubOrder(buyerCtx, { subOrderId, reason: "采购计划调整" });
        continue;
      }
      const target = step === "REFUNDED" ? "RECEIVED" : step;
      for (const s of PATH.slice(0, PATH.indexOf(target as Step) + 1)) {
        if (s === "CONFIRMED") await confirmSubOrder(admin, { subOrderId });
        if (s === "PAID")
          await recordPayment(buyerCtx, { subOrderId, paymentReference: `BOC${year}${String(n).padStart(4, "0")}` });
        if (s === "SHIPPED")
          await shipSubOrder(admin, {
            subOrderId,
            carrier: "顺丰速运",
            waybillNumber: `SF${year}${String(n).padStart(6, "0")}${sub.position}`,
          });
        if (s === "RECEIVED")
          await receiveSubOrder(buyerCtx, {
            subOrderId,
            invoiceNumber: `No.${37020000 + n}`,
            inspectionNote: "数量、质量与发票相符",
            rating: 5,
          });
      }
      if (step === "REFUNDED") await refundSubOrder(admin, { subOrderId, reason: "部分苗木运输途中损坏,全额退款" });
    }
  }
  return buyers;
}
