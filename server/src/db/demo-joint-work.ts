import type { RequestContext } from "../shared/context";
import { today } from "../shared/dates";
import { findMostSpecificPairing } from "../modules/pairings/pairing.service";
import { JointWorkKind, VisitDirection } from "../modules/joint-work/joint-work.entity";
import { recordJointWork, withdrawJointWork } from "../modules/joint-work/joint-work.service";

const { MEETING, VISIT } = JointWorkKind;
const { EAST_TO_WEST: E2W, WEST_TO_EAST: W2E } = VisitDirection;

type Row = [
  pair: "QA" | "JZ",
  heldOn: string,
  kind: JointWorkKind,
  direction: VisitDirection | null,
  title: string,
  place: string,
  leader: string,
  personVisits: number,
];

const QD = ["青岛市委", "青岛市政府", "青岛市扶贫协作工作办公室"];
const AS = ["安顺市委", "安顺市政府", "安顺市扶贫开发办公室"];
const JZ = ["胶州市委", "胶州市政府", "胶州市扶贫协作工作办公室"];
const ZN = ["镇宁县委", "镇宁县政府", "镇宁县扶贫开发办公室"];

/**
 * The seeds (003): "积极协调两地及各结对县区党政主要领导带队共计2014人次交流互访" over the Qingdao–Anshun
 * cooperation since the 2013 work team ("七年奋战", 2013–2020). The rows below are ILLUSTRATIVE (the
 * seeds give the total, not the trips): meetings and visits on 青岛—安顺 and, from 2016, 胶州—镇宁
 * (which 青岛—安顺 encloses) whose person-visits add up to exactly 2,014 in 2013–2020. The meeting
 * names follow the seeds' 党政联席会议, 扶贫办主任联席会 and "一察两会" (每年底到协作地实地调研).
 */
export const HISTORY: Row[] = [
  ["QA", "2013-08-20", VISIT, E2W, "青岛市赴安顺扶贫协作工作队进驻安顺", "安顺市", "市委常委", 30],
  ["QA", "2013-11-12", MEETING, null, "青岛—安顺东西部扶贫协作党政联席会议", "安顺市", "市委书记", 46],
  ["QA", "2014-04-16", VISIT, W2E, "安顺市党政代表团赴青岛学习考察", "青岛市", "市委书记", 52],
  ["QA", "2014-09-23", VISIT, E2W, "青岛市党政代表团赴安顺调研对接", "安顺市", "市长", 48],
  ["QA", "2014-12-05", MEETING, null, "青岛—安顺扶贫协作工作推进会", "青岛市", "市委副书记", 38],
  ["QA", "2015-05-14", MEETING, null, "青岛—安顺东西部扶贫协作党政联席会议", "安顺市", "市委书记", 60],
  ["QA", "2015-10-20", VISIT, W2E, "安顺市各区县党政代表团赴青岛对接", "青岛市", "市长", 74],
  ["QA", "2016-03-24", MEETING, null, "青岛—安顺东西部扶贫协作党政联席会议", "青岛市", "市委书记", 66],
  ["QA", "2016-08-18", VISIT, E2W, "青岛各区市党政主要领导赴安顺结对县区调研", "安顺市", "市委副书记", 96],
  ["JZ", "2016-06-15", VISIT, E2W, "胶州市党政代表团赴镇宁县调研对接", "镇宁县", "市委书记", 24],
  ["JZ", "2016-11-22", MEETING, null, "胶州—镇宁东西部扶贫协作党政联席会议", "镇宁县", "市委书记", 32],
  ["QA", "2017-04-11", MEETING, null, "青岛—安顺东西部扶贫协作党政联席会议", "安顺市", "市委书记", 82],
  ["QA", "2017-07-19", VISIT, W2E, "安顺市党政代表团赴青岛考察", "青岛市", "市委书记", 88],
  ["QA", "2017-10-26", MEETING, null, "青岛—安顺扶贫协作工作推进会", "青岛市", "副市长", 54],
  ["JZ", "2017-05-09", VISIT, W2E, "镇宁县党政代表团赴胶州学习考察", "胶州市", "县委书记", 28],
  ["JZ", "2017-12-13", MEETING, null, "胶州—镇宁扶贫办主任联席会", "胶州市", "扶贫协作办主任", 18],
  ["QA", "2018-03-28", MEETING, null, "青岛—安顺东西部扶贫协作党政联席会议", "青岛市", "市委书记", 96],
  ["QA", "2018-06-21", VISIT, E2W, "青岛市党政代表团赴安顺调研对接", "安顺市", "市长", 112],
  ["QA", "2018-09-13", VISIT, W2E, "安顺市各区县党政主要领导赴青岛对接", "青岛市", "市长", 124],
  ["JZ", "2018-04-17", MEETING, null, "胶州—镇宁东西部扶贫协作党政联席会议", "胶州市", "市委书记", 36],
  ["JZ", "2018-10-30", VISIT, E2W, "胶州市专班赴镇宁实地调研(一察两会)", "镇宁县", "市委副书记", 26],
  ["QA", "2019-04-09", MEETING, null, "青岛—安顺东西部扶贫协作党政联席会议", "安顺市", "市委书记", 118],
  ["QA", "2019-07-16", VISIT, E2W, "青岛各区市党政主要领导赴安顺结对县区调研", "安顺市", "市委副书记", 146],
  ["QA", "2019-11-07", VISIT, W2E, "安顺市党政代表团赴青岛考察", "青岛市", "市委书记", 132],
  ["JZ", "2019-05-22", MEETING, null, "胶州—镇宁东西部扶贫协作党政联席会议", "镇宁县", "市委书记", 40],
  ["JZ", "2019-09-10", VISIT, W2E, "镇宁县代表团赴胶州对接劳务协作", "胶州市", "县长", 30],
  ["QA", "2020-05-19", MEETING, null, "青岛—安顺东西部扶贫协作党政联席会议", "安顺市", "市委书记", 84],
  ["QA", "2020-08-25", VISIT, E2W, "青岛市党政代表团赴安顺调研", "安顺市", "市委书记", 102],
  ["QA", "2020-10-15", MEETING, null, "青岛—安顺扶贫协作工作推进会", "青岛市", "副市长", 70],
  ["JZ", "2020-06-11", MEETING, null, "胶州—镇宁东西部扶贫协作党政联席会议", "胶州市", "市委书记", 34],
  ["JZ", "2020-09-17", VISIT, E2W, "胶州市党政代表团赴镇宁调研", "镇宁县", "市长", 28],
];

/** The seeds' figure the history adds up to. */
export const SEED_PERSON_VISITS = 2014;

const offices = (pair: "QA" | "JZ") => (pair === "QA" ? { east: QD, west: AS } : { east: JZ, west: ZN });

/**
 * 组织领导 demo data through the service, as the real users: the history above by the coordinators,
 * and a few this year (a visit east recorded by Zhenning's official, and one wrong entry withdrawn).
 */
export async function loadJointWorkDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<void> {
  const ctx = as("admin");
  const pairing = {
    QA: (await findMostSpecificPairing(ctx, await regionId("370200"), await regionId("520400")))!.id,
    JZ: (await findMostSpecificPairing(ctx, await regionId("370281"), await regionId("520423")))!.id,
  };
  const record = (username: string, [pair, heldOn, kind, direction, title, place, leader, personVisits]: Row) =>
    recordJointWork(as(username), {
      pairingId: pairing[pair],
      kind,
      heldOn,
      title,
      place,
      direction,
      eastOffices: offices(pair).east,
      westOffices: offices(pair).west,
      leader,
      personVisits,
      documentRef:
        kind === MEETING ? `${heldOn.slice(0, 4)}年${title.includes("推进会") ? "推进会" : "联席会议"}纪要` : undefined,
      outcome: kind === MEETING ? "研究确定年度协作计划和重点任务" : undefined,
    });
  for (const row of HISTORY) await record(row[0] === "QA" ? "qingdao" : "jiaozhou", row);

  // This year: dated early in the year, never after today.
  const now = today();
  const year = now.slice(0, 4);
  const day = (md: string) => (`${year}-${md}` <= now ? `${year}-${md}` : now);
  await record("qingdao", [
    "QA",
    day("01-16"),
    MEETING,
    null,
    "青岛—安顺东西部协作党政联席会议",
    "青岛市",
    "市委书记",
    72,
  ]);
  await record("qingdao", ["QA", day("02-27"), VISIT, E2W, "青岛市党政代表团赴安顺调研对接", "安顺市", "市长", 56]);
  await record("jiaozhou", [
    "JZ",
    day("01-23"),
    MEETING,
    null,
    "胶州—镇宁东西部协作党政联席会议",
    "镇宁县",
    "市委书记",
    30,
  ]);
  await record("zhenning", [
    "JZ",
    day("02-12"),
    VISIT,
    W2E,
    "镇宁县党政代表团赴胶州考察对接",
    "胶州市",
    "县委书记",
    18,
  ]);
  const wrong = await record("jiaozhou", [
    "JZ",
    day("01-23"),
    VISIT,
    E2W,
    "胶州市党政代表团赴镇宁调研",
    "镇宁县",
    "市委书记",
    30,
  ]);
  await withdrawJointWork(as("jiaozhou"), { id: wrong.id, reason: "与联席会议重复登记" });
}
