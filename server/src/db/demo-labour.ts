import type { RequestContext } from "../shared/context";
import { today } from "../shared/dates";
import { parseHundredths } from "../shared/money";
import { idNumberCheckChar } from "../modules/labour/id-number";
import { recordJobFair } from "../modules/labour/jobfair.service";
import { orThrow } from "../shared/outcomes";
import {
  placeWorker,
  recordEmployment,
  recordLeft,
  recordStable,
  addMonths,
} from "../modules/labour/placement.service";
import { Housing } from "../modules/labour/posting.entity";
import { createJobPosting } from "../modules/labour/posting.service";
import { recordTraining } from "../modules/labour/training.service";
import { Sex } from "../modules/labour/worker.entity";
import { putForwardWorker } from "../modules/labour/worker.service";
import { registerWorkshop, reportWorkshopEmployment } from "../modules/labour/workshop.service";

/**
 * 劳务协作 demo data, through the services: the last twelve months of placements from the seeds'
 * counties into the seeds' eastern companies, with trainings, workshops and a job fair.
 *
 * Everything here is ILLUSTRATIVE (the seeds give yearly totals, not people): the workers are
 * invented. Their ID numbers are valid in form (right county code, right check character) but
 * fictitious: every birth date is 1 January and every sequence number is 9xx; phone numbers are
 * 139 0000 0xxx. The 2020 figures of the seeds (Longnan's 795 placed, 8434 trained, 341 workshops)
 * stay REPORTED entries in demo.ts and are not re-created here: these records are the current
 * period's and add to this year's progress through the ledger, beside the reported figures.
 */
const COUNTIES: [code: string, official: string, workers: number][] = [
  ["520423", "zhenning", 22], // 镇宁
  ["621227", "huixian", 16], // 徽县
  ["653225", "admin", 4], // 策勒
  ["371721", "admin", 4], // 曹县
  ["610923", "admin", 3], // 宁陕
];

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林";
const GIVEN = [
  "建华",
  "秀英",
  "志强",
  "海燕",
  "国庆",
  "丽娟",
  "文军",
  "春梅",
  "小龙",
  "玉兰",
  "德明",
  "桂芳",
  "永刚",
  "晓燕",
  "成林",
  "红梅",
];
const SKILLS = ["缝纫", "电焊", "叉车", "食品加工", "电工", "普工", "包装", "厨师"];
const LEFT_REASONS = ["返乡照顾家人", "工资待遇不满意", "身体原因", "回乡创业"];

/** Postings of the seeds' companies (key from demo-investment.ts), located where the company is. */
const POSTINGS: [
  enterprise: string,
  location: string,
  position: string,
  places: number,
  wage: [string, string],
  housing: Housing,
][] = [
  ["mask", "370281", "口罩生产线操作工", 40, ["4500", "6500"], Housing.MEALS_AND_LODGING],
  ["pepper", "370281", "辣椒分拣包装工", 25, ["4000", "5500"], Housing.MEALS_AND_LODGING],
  ["hongxing", "370281", "食品加工操作工", 20, ["4200", "6000"], Housing.LODGING],
  ["kangda", "370200", "肉兔加工工人", 20, ["4800", "6800"], Housing.MEALS_AND_LODGING],
  ["lihe", "370200", "提取车间操作工", 15, ["5000", "7000"], Housing.MEALS],
];

/** A small deterministic generator, so every fresh demo database holds the same story. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const daysAgo = (n: number) => new Date(Date.parse(today()) - n * 86_400_000).toISOString().slice(0, 10);

export async function loadLabourDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
  enterprises: Map<string, string>,
): Promise<void> {
  const rnd = random(20201231);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

  const postings: { id: string; location: string }[] = [];
  for (const [key, location, position, places, [min, max], housing] of POSTINGS) {
    const p = await createJobPosting(as(location === "370281" ? "jiaozhou" : "qingdao"), {
      enterpriseId: enterprises.get(key)!,
      position,
      places,
      wageMin: parseHundredths(min)!,
      wageMax: parseHundredths(max)!,
      locationRegionId: await regionId(location),
      housing,
      opensOn: daysAgo(365),
      description: "东西部劳务协作定向招聘,优先录用建档立卡贫困劳动力",
    });
    postings.push({ id: p.id, location });
  }

  let seq = 901;
  let phone = 1;
  const workers: { id: string; county: string; official: string }[] = [];
  for (const [code, official, n] of COUNTIES) {
    for (let i = 0; i < n; i++) {
      const sex = rnd() < 0.55 ? Sex.MALE : Sex.FEMALE;
      if ((seq % 2 === 1) !== (sex === Sex.MALE)) seq++;
      const birthYear = 1975 + Math.floor(rnd() * 28);
      const first17 = `${code}${birthYear}0101${String(seq++).padStart(3, "0")}`;
      const consent = rnd() > 0.12; // some have not (yet) agreed to share their data with employers
      const w = await putForwardWorker(as(official), {
        countyId: official === "admin" ? await regionId(code) : undefined,
        name: `${pick(SURNAMES.split(""))}${pick(GIVEN)}`,
        sex,
        birthYear,
        idNumber: first17 + idNumberCheckChar(first17)!,
        phone: `1390000${String(phone++).padStart(4, "0")}`,
        registeredPoor: rnd() < 0.6,
        skills: [pick(SKILLS)],
        consent,
        consentOn: consent ? daysAgo(340 + Math.floor(rnd() * 20)) : undefined,
      });
      workers.push({ id: w.id, county: code, official });
    }
  }

  // Placements over the last eleven months; a few workers are not placed yet.
  for (const w of workers) {
    if (rnd() < 0.1) continue;
    // Cele, Ningshan and Cao County are Jiaozhou's partners only: their workers go to Jiaozhou's jobs.
    const choices = ["520423", "621227"].includes(w.county)
      ? postings
      : postings.filter((p) => p.location === "370281");
    const posting = pick(choices);
    const coordinator = as(posting.location === "370281" ? "jiaozhou" : "qingdao");
    const placedAgo = 20 + Math.floor(rnd() * 310);
    const p = orThrow(
      await placeWorker(as(w.official), { workerId: w.id, postingId: posting.id, placedOn: daysAgo(placedAgo) }),
    );
    if (placedAgo < 30 && rnd() < 0.7) continue; // just placed, not at work yet
    const startAgo = placedAgo - 3 - Math.floor(rnd() * 7);
    const start = daysAgo(startAgo);
    orThrow(await recordEmployment(coordinator, { placementId: p.id, on: start }));
    const due = addMonths(start, 6);
    const fate = rnd();
    if (fate < 0.15) {
      const leftAgo = Math.max(0, startAgo - 20 - Math.floor(rnd() * Math.max(1, startAgo - 20)));
      orThrow(await recordLeft(coordinator, { placementId: p.id, on: daysAgo(leftAgo), reason: pick(LEFT_REASONS) }));
    } else if (due <= today() && fate < 0.85) {
      orThrow(await recordStable(coordinator, { placementId: p.id, on: due }));
    }
  }

  // 培训 (person-times), supported by the eastern partners.
  const trainings: [official: string, east: string, title: string, ago: number, days: number, headcount: number][] = [
    ["zhenning", "370281", "缝纫工岗前技能培训(胶州—镇宁)", 200, 5, 48],
    ["zhenning", "370281", "电商直播带货培训", 90, 3, 35],
    ["huixian", "370281", "家政服务员培训", 150, 7, 40],
    ["huixian", "370200", "电焊工职业技能培训", 60, 10, 26],
  ];
  for (const [official, east, title, ago, days, headcount] of trainings) {
    const county = official === "zhenning" ? "520423" : "621227";
    const attendees = workers
      .filter((w) => w.county === county)
      .slice(0, 6)
      .map((w) => w.id);
    await recordTraining(as(official), {
      eastRegionId: await regionId(east),
      title,
      startsOn: daysAgo(ago),
      endsOn: daysAgo(ago - days + 1),
      workerIds: attendees,
      headcount,
    });
  }

  // 扶贫车间 with a later employment report each.
  const workshops: [
    official: string,
    east: string,
    name: string,
    ago: number,
    employed: number,
    poor: number,
    later: [number, number],
  ][] = [
    ["zhenning", "370281", "镇宁县六马镇扶贫车间(服装加工)", 300, 45, 28, [58, 33]],
    ["zhenning", "370281", "镇宁县城关镇帮扶车间(来料加工)", 120, 30, 21, [36, 24]],
    ["huixian", "370281", "徽县伏家镇帮扶车间(电子元件)", 250, 52, 31, [61, 35]],
  ];
  for (const [official, east, name, ago, employed, poorEmployed, [e2, p2]] of workshops) {
    const ws = await registerWorkshop(as(official), {
      eastRegionId: await regionId(east),
      name,
      registeredOn: daysAgo(ago),
      employed,
      poorEmployed,
    });
    await reportWorkshopEmployment(as(official), {
      workshopId: ws.id,
      reportedOn: daysAgo(Math.floor(ago / 3)),
      employed: e2,
      poorEmployed: p2,
    });
  }

  // 专场招聘: the Jiaozhou–Zhenning job fair behind this year's reported "96" in demo.ts.
  const fairDay = `${today().slice(0, 4)}-05-18` <= today() ? `${today().slice(0, 4)}-05-18` : daysAgo(30);
  await recordJobFair(as("zhenning"), {
    eastRegionId: await regionId("370281"),
    name: "胶州—镇宁劳务协作专场招聘会",
    heldOn: fairDay,
    venue: "镇宁县人力资源市场",
    enterpriseIds: ["mask", "pepper", "hongxing"].map((k) => enterprises.get(k)!),
    attendance: 420,
    offers: 96,
  });
}
