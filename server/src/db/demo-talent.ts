import type { RequestContext } from "../shared/context";
import { today } from "../shared/dates";
import { PostingKind, TalentCategory, TalentDirection } from "../modules/talent/talent.entity";
import { endTalentPosting, recordTalentPosting } from "../modules/talent/talent.service";

/**
 * 人才支援 demo data, through the services. From the seeds: Jiaozhou set up the "Jiaozhou class"
 * (胶州班) at 镇宁县民族中学 (Zhenning Ethnic Middle School, Guizhou) and sends nine teachers a year
 * (每年选派9名全科老师支教); it has sent 259 cadres, teachers and doctors in all. The cohorts here are
 * the school years 2018–2020 (the seeds' years) and the current one, with two teachers who stayed a
 * second year; plus a few cadres (挂职) and doctors (支医), and one Zhenning cadre received in Jiaozhou.
 *
 * Everything here is ILLUSTRATIVE: the names are invented; no phone number is recorded.
 */
const TEACHER_NAMES = [
  ["王立新", "李晓梅", "张建国", "刘海燕", "陈志刚", "杨秀丽", "赵明亮", "孙丽华", "周文博"],
  ["吴春燕", "徐国强", "马晓东", "朱红霞", "胡振华", "郭玉洁", "何永胜", "罗静怡", "高德海"],
  ["林晓光", "郑雅琴", "梁志勇", "宋美玲", "韩立军", "唐秀芳", "冯建平", "于海波", "董丽娜"],
  ["曹文静", "彭国栋", "袁晓丽", "蒋志明", "蔡春花", "贾俊峰", "丁雪梅", "魏振东", "薛玉霞"],
];
const SUBJECTS = ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治"];
const SCHOOLS = ["胶州市第一中学", "胶州市实验中学", "胶州市第二中学", "胶州市第三中学"];

export async function loadTalentDemo(
  as: (username: string) => RequestContext,
  regionId: (code: string) => Promise<string>,
): Promise<void> {
  const [jiaozhou, zhenning, huixian] = [await regionId("370281"), await regionId("520423"), await regionId("621227")];
  const now = today();
  const y = Number(now.slice(0, 4));
  // The school year in progress (or the last one begun): 1 September to 15 July.
  const current = now >= `${y}-09-01` ? y : y - 1;
  const cohorts = [2018, 2019, 2020, current];
  const people = new Map<string, string>();
  const day = (offset: number) => {
    const d = new Date(`${now}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };

  let previous: string[] = [];
  for (const [i, year] of cohorts.entries()) {
    const cohort: string[] = [];
    for (const [j, name] of TEACHER_NAMES[i].entries()) {
      // Two of the 2018 cohort and two others of the 2019 one stay a second year: the same person, a posting of their own.
      const who = (i === 1 || i === 2) && j < 2 ? previous[j + 2 * (i - 1)] : name;
      cohort.push(who);
      const known = people.get(who);
      const p = await recordTalentPosting(as("jiaozhou"), {
        ...(known ? { personId: known } : { person: { name: who, institution: SCHOOLS[j % SCHOOLS.length] } }),
        direction: TalentDirection.SENT,
        category: TalentCategory.TEACHER,
        kind: PostingKind.TEACHING,
        eastRegionId: jiaozhou,
        countyId: zhenning,
        sendingUnit: "胶州市教育和体育局",
        receivingUnit: "镇宁县民族中学",
        roleTitle: `“胶州班”${SUBJECTS[j]}教师${j === 0 ? "(班主任)" : ""}`,
        startsOn: `${year}-09-01`,
        plannedEndOn: `${year + 1}-07-15`,
      });
      people.set(who, p.personId);
    }
    previous = cohort;
  }

  const others: {
    who: string;
    user: string;
    name: string;
    institution: string;
    category: TalentCategory;
    kind: PostingKind;
    east: string;
    county: string;
    sending: string;
    receiving: string;
    role: string;
    from: string;
    to: string;
    ended?: [string, string];
    direction?: TalentDirection;
  }[] = [
    {
      who: "c1",
      user: "jiaozhou",
      name: "孙浩然",
      institution: "胶州市发展和改革局",
      category: TalentCategory.CADRE,
      kind: PostingKind.GUAZHI,
      east: jiaozhou,
      county: zhenning,
      sending: "中共胶州市委组织部",
      receiving: "镇宁布依族苗族自治县人民政府",
      role: "挂职副县长",
      from: `${y - 1}-03-01`,
      to: `${y + 1}-02-28`,
    },
    {
      who: "c2",
      user: "jiaozhou",
      name: "李振华",
      institution: "胶州市商务局",
      category: TalentCategory.CADRE,
      kind: PostingKind.GUAZHI,
      east: jiaozhou,
      county: huixian,
      sending: "中共胶州市委组织部",
      receiving: "徽县商务局",
      role: "挂职副局长",
      from: `${y - 1}-03-01`,
      to: `${y}-12-20`,
    },
    {
      who: "c3",
      user: "qingdao",
      name: "王海涛",
      institution: "青岛市农业农村局",
      category: TalentCategory.CADRE,
      kind: PostingKind.GUAZHI,
      east: await regionId("370200"),
      county: huixian,
      sending: "中共青岛市委组织部",
      receiving: "徽县农业农村局",
      role: "挂职副局长",
      from: `${y - 2}-04-01`,
      to: `${y}-03-31`,
      ended: [`${y - 1}-10-31`, "工作需要,提前召回"],
    },
    {
      who: "d1",
      user: "jiaozhou",
      name: "张丽君",
      institution: "胶州市人民医院",
      category: TalentCategory.DOCTOR,
      kind: PostingKind.MEDICAL,
      east: jiaozhou,
      county: zhenning,
      sending: "胶州市卫生健康局",
      receiving: "镇宁县人民医院",
      role: "儿科主治医师",
      from: day(-150),
      to: day(20),
    },
    {
      who: "d2",
      user: "jiaozhou",
      name: "刘建军",
      institution: "胶州市中心医院",
      category: TalentCategory.DOCTOR,
      kind: PostingKind.MEDICAL,
      east: jiaozhou,
      county: zhenning,
      sending: "胶州市卫生健康局",
      receiving: "镇宁县人民医院",
      role: "眼科副主任医师(光明行动)",
      from: `${y - 1}-05-01`,
      to: `${y - 1}-10-31`,
    },
    {
      who: "a1",
      user: "jiaozhou",
      name: "陈永辉",
      institution: "胶州市农业农村局",
      category: TalentCategory.AGRI_TECH,
      kind: PostingKind.TECHNICAL,
      east: jiaozhou,
      county: zhenning,
      sending: "胶州市农业农村局",
      receiving: "镇宁县农业农村局",
      role: "辣椒种植技术指导",
      from: day(-210),
      to: day(-20),
    },
    {
      who: "r1",
      user: "zhenning",
      name: "韦国华",
      institution: "镇宁县发展和改革局",
      category: TalentCategory.CADRE,
      kind: PostingKind.GUAZHI,
      east: jiaozhou,
      county: zhenning,
      sending: "中共镇宁县委组织部",
      receiving: "胶州市发展和改革局",
      role: "跟岗学习",
      from: day(-120),
      to: day(60),
      direction: TalentDirection.RECEIVED,
    },
  ];
  for (const o of others) {
    const p = await recordTalentPosting(as(o.user), {
      person: { name: o.name, institution: o.institution },
      direction: o.direction ?? TalentDirection.SENT,
      category: o.category,
      kind: o.kind,
      eastRegionId: o.east,
      countyId: o.county,
      sendingUnit: o.sending,
      receivingUnit: o.receiving,
      roleTitle: o.role,
      startsOn: o.from,
      plannedEndOn: o.to,
    });
    if (o.ended) {
      await endTalentPosting(as(o.user), { postingId: p.id, endedOn: o.ended[0], reason: o.ended[1] });
    }
  }
}
