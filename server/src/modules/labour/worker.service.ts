import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { FUTURE_DATE_MESSAGE, notInFuture, today } from "../../shared/dates";
import { badInput, conflict, forbidden, isUniqueViolation, notFound } from "../../shared/errors";
import type { Page } from "../../shared/pagination";
import { piiCipher } from "../../shared/pii";
import { recordAudit } from "../audit/audit.service";
import type { Region } from "../regions/region.entity";
import { inSubtree, westCountyOrOwn } from "../regions/region.service";
import { andWhere } from "../../shared/scoped";
import { isValidMobile, maskIdNumber, maskMobile, normaliseIdNumber, parseIdNumber } from "./id-number";
import { CONSENTED, workerScope } from "./labour.scope";
import { Sex, Worker, WorkerIdentity } from "./worker.entity";
import type { PutForwardWorkerInput, RecordWorkerConsentInput, WorkerFilter } from "./worker.inputs";
import { visibleWorkerById } from "./worker.loaders";
import { UUID } from "../../shared/sql";
import { checkCountiesInReach } from "../pairings/pairing.service";
import { msg, type Message } from "../../shared/messages";

/**
 * A west county the caller may record for: a county official its own (FORBIDDEN for another),
 * an admin any; coordinators one paired with their region (`coordinatorToo`): `checkCountiesInReach`.
 */
export async function countyForWrite(
  ctx: RequestContext,
  countyId: string | undefined | null,
  coordinatorToo = false,
): Promise<Region> {
  const user = ctx.user!;
  const county = await westCountyOrOwn(ctx, countyId, "countyId");
  if (user.role === Role.COORDINATOR && !coordinatorToo) throw forbidden();
  await checkCountiesInReach(ctx, [county.id], "countyId");
  return county;
}

export async function listWorkers(
  ctx: RequestContext,
  filter: WorkerFilter | undefined,
  offset: number,
  first: number,
): Promise<Page<Worker>> {
  const { sql, params } = workerScope(ctx);
  const qb = ctx.manager.getRepository(Worker).createQueryBuilder("w").where(sql, params);
  if (filter?.countyId) andWhere(qb, inSubtree("w.county_id", filter.countyId));
  if (filter?.registeredPoor !== undefined && filter.registeredPoor !== null)
    qb.andWhere("w.registered_poor = :rp", { rp: filter.registeredPoor });
  if (filter?.consented === true) qb.andWhere(CONSENTED("w").sql);
  if (filter?.consented === false) qb.andWhere(`NOT ${CONSENTED("w").sql}`);
  if (filter?.search?.trim())
    qb.andWhere("w.name LIKE :s", { s: `%${filter.search.trim().replace(/[\\%_]/g, (c) => "\\" + c)}%` });
  if (filter?.skill?.trim()) qb.andWhere(":skill = ANY(w.skills)", { skill: filter.skill.trim() });
  qb.orderBy("w.created_at", "DESC").addOrderBy("w.id", "ASC");
  const [nodes, totalCount] = await qb.offset(offset).limit(first).getManyAndCount();
  return { nodes, totalCount, offset, first };
}

/** A worker in the caller's scope; NOT_FOUND otherwise (we do not confirm that the person exists). */
export async function getWorker(ctx: RequestContext, id: string, field?: string): Promise<Worker> {
  const w = UUID.test(id) ? await loader(ctx, visibleWorkerById).load(id) : null;
  if (!w) throw notFound(msg("劳动力", "Worker"), field);
  return w;
}

export const WORKER_ALREADY_PUT_FORWARD = msg(
  "此身份证号码的劳动力已登记",
  "A worker with this ID number has already been put forward",
);

export interface WorkerFields {
  name: string;
  idNumber: string;
  /** Optional in a spreadsheet (the ID number carries them); when given they must agree with it. */
  sex?: Sex | null;
  birthYear?: number | null;
  phone: string;
  skills: string[];
  consent: boolean;
  consentOn?: string | null;
}
export interface WorkerFacts {
  name: string;
  idNumber: string;
  sex: Sex;
  birthYear: number;
  phone: string;
  skills: string[];
  consentGivenOn: string | null;
}
export type FieldProblem = { field: string; message: Message };

/**
 * The rules a worker's own fields obey, for the API (the first problem is thrown) and the
 * spreadsheet import (every problem is reported): one place, one wording. No message repeats
 * the ID number or the phone number.
 */
export function checkWorkerFields(
  input: WorkerFields,
): { ok: true; facts: WorkerFacts } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ field: "name", message: msg("请输入姓名", "Enter the name") });
  else if (name.length > 50) problems.push({ field: "name", message: msg("姓名不超过50字", "At most 50 characters") });
  const idNumber = normaliseIdNumber(input.idNumber);
  const facts = parseIdNumber(idNumber);
  if (!facts)
    problems.push({
      field: "idNumber",
      message: msg(
        "身份证号码无效(须为18位且校验位正确)",
        "Invalid ID number (18 characters with a valid check character)",
      ),
    });
  else {
    if (input.birthYear != null && facts.birthYear !== input.birthYear)
      problems.push({
        field: "birthYear",
        message: msg("出生年份与身份证号码不符", "The birth year does not match the ID number"),
      });
    if (input.sex != null && facts.sex !== input.sex)
      problems.push({ field: "sex", message: msg("性别与身份证号码不符", "The sex does not match the ID number") });
  }
  const phone = input.phone.replace(/[\s-]/g, "");
  if (!isValidMobile(phone))
    problems.push({
      field: "phone",
      message: msg("手机号码须为11位大陆手机号", "Enter an 11-digit mainland mobile number"),
    });
  const skills = [...new Set(input.skills.map((s) => s.trim()).filter(Boolean))];
  if (skills.length > 20 || skills.some((s) => s.length > 50))
    problems.push({
      field: "skills",
      message: msg("技能至多20项,每项不超过50字", "At most 20 skills of 50 characters"),
    });
  let consentGivenOn: string | null = null;
  if (input.consent) {
    consentGivenOn = input.consentOn ?? today();
    if (consentGivenOn > today()) problems.push({ field: "consentOn", message: FUTURE_DATE_MESSAGE });
  } else if (input.consentOn) {
    problems.push({ field: "consentOn", message: msg("未同意时不填同意日期", "No consent date without consent") });
  }
  if (problems.length || !facts) return { ok: false, problems };
  return {
    ok: true,
    facts: { name, idNumber, sex: facts.sex as Sex, birthYear: facts.birthYear, phone, skills, consentGivenOn },
  };
}

/**
 * 推荐劳动力: a county official puts forward a worker of its county. The ID number must pass its
 * check character and agree with the birth year and sex given; the same person (same ID number,
 * found by its keyed hash) cannot be put forward twice: CONFLICT. No message repeats the number.
 */
export async function putForwardWorker(ctx: RequestContext, input: PutForwardWorkerInput): Promise<Worker> {
  const county = await countyForWrite(ctx, input.countyId);
  const checked = checkWorkerFields(input);
  if (!checked.ok) throw badInput(checked.problems[0].field, checked.problems[0].message);
  const { name, idNumber, phone, skills, consentGivenOn } = checked.facts;

  const pii = piiCipher(ctx.config.piiSecret);
  let worker: Worker;
  try {
    const inserted = await ctx.manager.getRepository(Worker).insert({
      countyId: county.id,
      name,
      sex: input.sex,
      birthYear: input.birthYear,
      idNumberEnc: pii.encrypt(idNumber),
      idNumberHash: pii.lookupHash(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      phoneEnc: pii.encrypt(phone),
      phoneMasked: maskMobile(phone),
      registeredPoor: input.registeredPoor,
      skills,
      consentGivenOn,
      consentWithdrawnOn: null,
      putForwardById: ctx.user?.id || null,
    });
    worker = await ctx.manager.getRepository(Worker).findOneByOrFail({ id: inserted.identifiers[0].id });
  } catch (e) {
    // The message names neither the number nor the other record.
    if (isUniqueViolation(e)) throw conflict(WORKER_ALREADY_PUT_FORWARD, "idNumber");
    throw e;
  }
  await recordAudit(ctx, {
    action: "WORKER_PUT_FORWARD",
    entityType: "Worker",
    entityId: worker.id,
    change: {
      county: county.code,
      name,
      idNumber: worker.idNumberMasked,
      registeredPoor: input.registeredPoor,
      consentGivenOn,
    },
  });
  return worker;
}

/** A worker the caller may change: a county official of its county, or an admin (others in scope: FORBIDDEN). */
async function workerForWrite(ctx: RequestContext, id: string): Promise<Worker> {
  const w = await getWorker(ctx, id, "workerId");
  const role = ctx.user!.role;
  if (role !== Role.ADMIN && role !== Role.COUNTY_OFFICIAL) throw forbidden();
  return w;
}

/** 同意/撤回: records the worker's consent, or its withdrawal, with its date; the trail keeps every change. */
export async function recordWorkerConsent(ctx: RequestContext, input: RecordWorkerConsentInput): Promise<Worker> {
  const w = await workerForWrite(ctx, input.workerId);
  const on = input.on ?? today();
  notInFuture(on, "on");
  const before = { consentGivenOn: w.consentGivenOn, consentWithdrawnOn: w.consentWithdrawnOn };
  let set: { consentGivenOn: string | null; consentWithdrawnOn: string | null };
  if (input.given) {
    if (w.consented) throw badInput("given", msg("已同意", "Consent already stands"));
    set = { consentGivenOn: on, consentWithdrawnOn: null };
  } else {
    if (!w.consented) throw badInput("given", msg("未同意,无需撤回", "There is no consent to withdraw"));
    if (on < w.consentGivenOn!) throw badInput("on", msg("撤回日期早于同意日期", "Withdrawn before it was given"));
    set = { consentGivenOn: w.consentGivenOn, consentWithdrawnOn: on };
  }
  await ctx.manager.getRepository(Worker).update({ id: w.id }, set);
  await recordAudit(ctx, {
    action: input.given ? "WORKER_CONSENT_GIVEN" : "WORKER_CONSENT_WITHDRAWN",
    entityType: "Worker",
    entityId: w.id,
    change: { before, after: set },
  });
  return Object.assign(w, set);
}

/**
 * The worker's full ID and phone numbers, for the worker's county official, coordinators whose
 * region is paired with that county, and admins (employers are refused by the resolver). Each
 * read writes an audit entry (who, which worker; never the numbers) in the same transaction.
 */
export async function revealWorkerIdentity(ctx: RequestContext, workerId: string): Promise<WorkerIdentity> {
  const w = await getWorker(ctx, workerId, "workerId");
  if (ctx.user!.role === Role.ENTERPRISE) throw forbidden();
  const [row] = await ctx.manager.query(`SELECT id_number_enc, phone_enc FROM worker WHERE id = $1`, [w.id]);
  const pii = piiCipher(ctx.config.piiSecret);
  await recordAudit(ctx, {
    action: "WORKER_IDENTITY_REVEALED",
    entityType: "Worker",
    entityId: w.id,
    change: { fields: ["idNumber", "phone"] },
  });
  return Object.assign(new WorkerIdentity(), {
    workerId: w.id,
    idNumber: pii.decrypt(row.id_number_enc),
    phone: pii.decrypt(row.phone_enc),
  });
}
