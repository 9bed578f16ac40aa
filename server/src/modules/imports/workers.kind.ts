import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { AppError } from "../../shared/errors";
import { insertWorkers, workerCountiesByKey, workerKey } from "../labour/worker.bulk";
import { Sex } from "../labour/worker.entity";
import { checkWorkerFields, WORKER_ALREADY_PUT_FORWARD, type WorkerFacts } from "../labour/worker.service";
import { checkCountiesInReach } from "../pairings/pairing.service";
import { findRegionByCode, mustBeWestCounty } from "../regions/region.service";
import { ImportKindName } from "./import-batch.entity";
import type { ImportColumn, ImportKind, RowVerdict } from "./kinds";
import { parseDateCell, parseYesNo } from "./cells";
import { msg, type Message } from "../../shared/messages";

const COLUMNS: ImportColumn[] = [
  { header: "姓名", key: "name", required: true, rule: "必填,不超过50字", example: "王小丽", width: 12 },
  {
    header: "身份证号",
    key: "idNumber",
    required: true,
    text: true,
    rule: "必填,18位居民身份证号,校验位须正确(末位X大小写均可);以文本填写。同一身份证号只登记一次,重复导入不会重复登记",
    example: "520423199203150025",
    width: 22,
  },
  { header: "性别", key: "sex", required: false, rule: "选填:男 / 女;填写时须与身份证号一致", example: "女", width: 8 },
  {
    header: "手机号",
    key: "phone",
    required: true,
    text: true,
    rule: "必填,11位大陆手机号;以文本填写",
    example: "13800005678",
    width: 14,
  },
  {
    header: "县(区)代码",
    key: "county",
    required: false,
    text: true,
    rule: "6位行政区划代码(GB/T 2260)。县级账号可不填(默认本县),只能填本县;管理员必填",
    example: "520423",
    width: 12,
  },
  { header: "建档立卡", key: "poor", required: true, rule: "必填:是 / 否", example: "是", width: 10 },
  {
    header: "技能",
    key: "skills",
    required: false,
    rule: "选填,多项用顿号或逗号分隔,至多20项,每项不超过50字",
    example: "缝纫、电商",
    width: 20,
  },
  {
    header: "同意共享",
    key: "consent",
    required: false,
    rule: "选填:是 / 否(默认否),本人同意向用工企业共享信息",
    example: "是",
    width: 10,
  },
  {
    header: "同意日期",
    key: "consentOn",
    required: false,
    rule: "选填,日期(如 2026-03-01),不晚于今天;同意共享为“是”且不填时为导入当天",
    example: "2026-03-01",
    width: 12,
  },
];

const headerOf = (key: string) => COLUMNS.find((c) => c.key === key)!.header;
/** `checkWorkerFields`' field names → the template's columns. */
const FIELD_COLUMN: Record<string, string> = {
  name: "name",
  idNumber: "idNumber",
  sex: "sex",
  birthYear: "idNumber",
  phone: "phone",
  skills: "skills",
  consentOn: "consentOn",
};

interface WorkerRow {
  countyId: string;
  facts: WorkerFacts;
  registeredPoor: boolean;
}

/**
 * 劳动力 (county officials, admins): the rules of `putForwardWorker` (checkWorkerFields; the county
 * as `countyForWrite`: a west county in the caller's reach). Natural key: the ID number (its keyed
 * hash). A number already registered in the same county is "unchanged"; in another county it is
 * the API's CONFLICT, reported on the row without saying where.
 */
export const workersKind: ImportKind<WorkerRow> = {
  name: ImportKindName.WORKERS,
  label: "劳动力",
  roles: [Role.COUNTY_OFFICIAL, Role.ADMIN],
  columns: COLUMNS,
  async check(ctx: RequestContext, rows) {
    const user = ctx.user!;
    // Each distinct county code is resolved and its reach checked once for the whole file.
    const counties = new Map<string, { id?: string; reason?: Message }>();
    const countyOf = async (code: string) => {
      let hit = counties.get(code);
      if (!hit) {
        try {
          const region = /^\d{6}$/.test(code) ? await findRegionByCode(ctx, code) : null;
          if (!region) throw new AppError("BAD_USER_INPUT", msg("地区不存在", "Unknown region"));
          mustBeWestCounty(region, "county");
          await checkCountiesInReach(ctx, [region.id], "county");
          hit = { id: region.id };
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          hit = { reason: e.texts };
        }
        counties.set(code, hit);
      }
      return hit;
    };

    const verdicts: (RowVerdict<WorkerRow> & { key?: string })[] = [];
    for (const { cells } of rows) {
      const problems: { column: string; reason: Message }[] = [];
      const add = (key: string, reason: Message) => problems.push({ column: headerOf(key), reason });
      let countyId: string | undefined;
      if (cells.county) {
        const c = await countyOf(cells.county);
        if (c.reason) add("county", c.reason);
        countyId = c.id;
      } else if (user.role === Role.COUNTY_OFFICIAL && user.regionId) countyId = user.regionId;
      else add("county", msg("请填写县(区)代码", "Enter the county code"));

      let sex: Sex | null = null;
      if (cells.sex === "男") sex = Sex.MALE;
      else if (cells.sex === "女") sex = Sex.FEMALE;
      else if (cells.sex) add("sex", msg("须为“男”或“女”", "Must be 男 or 女"));
      const poor = parseYesNo(cells.poor);
      if (poor === null) add("poor", cells.poor ? msg("须为“是”或“否”", "Must be 是 or 否") : msg("必填", "Required"));
      const consent = cells.consent ? parseYesNo(cells.consent) : false;
      if (consent === null) add("consent", msg("须为“是”或“否”", "Must be 是 or 否"));
      const consentOn = cells.consentOn ? parseDateCell(cells.consentOn) : null;
      if (consentOn === undefined) add("consentOn", msg("日期格式须为 2026-03-01", "Date like 2026-03-01"));

      const checked = checkWorkerFields({
        name: cells.name,
        idNumber: cells.idNumber,
        sex,
        phone: cells.phone,
        skills: cells.skills ? cells.skills.split(/[、,,;;]/) : [],
        consent: consent === true,
        consentOn: consentOn ?? null,
      });
      if (!checked.ok) for (const p of checked.problems) add(FIELD_COLUMN[p.field] ?? p.field, p.message);
      if (problems.length || !checked.ok) verdicts.push({ problems });
      else
        verdicts.push({
          problems,
          value: { countyId: countyId!, facts: checked.facts, registeredPoor: poor! },
          key: workerKey(ctx, checked.facts.idNumber),
        });
    }

    // Duplicates inside the file, then numbers already registered: one query for the whole file.
    const firstRow = new Map<string, number>();
    verdicts.forEach((v, i) => {
      if (!v.key) return;
      const first = firstRow.get(v.key);
      if (first === undefined) firstRow.set(v.key, rows[i].row);
      else {
        v.problems.push({
          column: headerOf("idNumber"),
          reason: msg(`与第${first}行重复`, `Same ID number as row ${first}`),
        });
        v.value = undefined;
      }
    });
    const existing = await workerCountiesByKey(ctx, [...firstRow.keys()]);
    for (const v of verdicts) {
      if (!v.value || !v.key) continue;
      const county = existing.get(v.key);
      if (county === undefined) continue;
      if (county === v.value.countyId) v.unchanged = true;
      else {
        v.problems.push({ column: headerOf("idNumber"), reason: WORKER_ALREADY_PUT_FORWARD });
        v.value = undefined;
      }
    }
    return verdicts.map(({ key: _key, ...v }) => v);
  },
  write: (ctx, values) => insertWorkers(ctx, values),
};
