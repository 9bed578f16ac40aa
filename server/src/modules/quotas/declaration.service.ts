import DataLoader from "dataloader";
import type { RequestContext } from "../../shared/context";
import { loader } from "../../shared/context";
import { today } from "../../shared/dates";
import { AppError, badInput, notFound } from "../../shared/errors";
import { formatFen } from "../../shared/money";
import { UUID, rowsOf } from "../../shared/sql";
import { cond, positional } from "../../shared/scoped";
import { recordAudit } from "../audit/audit.service";
import { type Buyer, BuyerGroup } from "../buyers/buyer.entity";
import { buyerIdsInScope, buyersInScope, getBuyer, loadBuyer } from "../buyers/buyer.service";
import { RegionLevel, RegionSide, type Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { findRegionByCode, listRegions } from "../regions/region.service";
import {
  CanteenKind,
  declarationDeadline,
  DEFAULT_FLOOR_BP,
  type DeclareReservedShareInput,
  type ReservedShareDeclaration,
  type ReservedShareFloor,
  type ReservedShareLock,
  type ReservedShareStatus,
} from "./declaration.entity";
import { MAX_QUOTA } from "./quota.service";
import { msg } from "../../shared/messages";

interface DeclarationRow {
  buyer_id: string;
  year: number;
  kind: CanteenKind;
  canteen_budget: number | null;
  rate_bp: number | null;
  union_amount: number | null;
  declared_at: Date;
  on_behalf: boolean;
}

const COLUMNS = `buyer_id, year, kind, canteen_budget, rate_bp, union_amount, declared_at, on_behalf`;

/** budget × rate in basis points, rounded half up to the fen, in integers (as deriveQuotaAmount does). */
export const canteenShareOf = (budget: number, rateBp: number) =>
  Number((BigInt(budget) * BigInt(rateBp) + 5000n) / 10000n);

function toDeclaration(r: DeclarationRow): ReservedShareDeclaration {
  const budget = r.canteen_budget == null ? null : Number(r.canteen_budget);
  const union = r.union_amount == null ? null : Number(r.union_amount);
  const share = budget != null && r.rate_bp != null ? canteenShareOf(budget, r.rate_bp) : 0;
  const declaredAt = new Date(r.declared_at);
  return {
    buyerId: r.buyer_id,
    year: Number(r.year),
    kind: r.kind,
    canteenBudget: budget,
    rateBasisPoints: r.rate_bp,
    canteenShare: share,
    unionAmount: union,
    reservedTotal: share + (union ?? 0),
    declaredAt,
    late: today(declaredAt) > declarationDeadline(Number(r.year)),
    onBehalf: !!r.on_behalf,
  };
}

/** The province a region lies in (GB/T 2260: the first two digits, then 0000). */
async function provinceOf(ctx: RequestContext, regionId: string): Promise<Region | null> {
  const region = await loader(ctx, regionById).load(regionId);
  if (!region) return null;
  return region.level === RegionLevel.PROVINCE ? region : findRegionByCode(ctx, `${region.code.slice(0, 2)}0000`);
}

async function floorRow(ctx: RequestContext, provinceId: string, year: number): Promise<number | null> {
  const [r] = rowsOf<{ rate_bp: number }>(
    await ctx.manager.query(`SELECT rate_bp FROM reserved_share_floor WHERE year = $1 AND province_id = $2`, [
      year,
      provinceId,
    ]),
  );
  return r ? Number(r.rate_bp) : null;
}

/** The lowest rate a buyer may declare for a year: its province's floor, else 10%. */
export async function floorFor(ctx: RequestContext, buyer: Buyer, year: number): Promise<number> {
  const province = await provinceOf(ctx, buyer.eastRegionId);
  return (province && (await floorRow(ctx, province.id, year))) ?? DEFAULT_FLOOR_BP;
}

/** The floor that applies to a buyer in the caller's scope (a buyer its own; else NOT_FOUND). */
export async function floorForBuyer(ctx: RequestContext, buyerId: string, year: number): Promise<number> {
  return floorFor(ctx, await getBuyer(ctx, buyerId, "buyerId"), year);
}

/** Past 30 June of `year` in China's calendar (the server's today): the unit may no longer declare itself. */
export const pastDeadline = (year: number, now: Date = new Date()) => today(now) > declarationDeadline(year);

async function isReopened(ctx: RequestContext, buyerId: string, year: number): Promise<boolean> {
  const rows = await ctx.manager.query(`SELECT 1 FROM reserved_share_reopening WHERE buyer_id = $1 AND year = $2`, [
    buyerId,
    year,
  ]);
  return rowsOf(rows).length > 0;
}

/** The figures of a declaration, checked (BAD_USER_INPUT naming the field): budget and rate, union share. */
async function checkedFigures(
  ctx: RequestContext,
  buyer: Buyer,
  input: DeclareReservedShareInput,
): Promise<{ budget: number | null; rate: number | null; union: number | null }> {
  if (buyer.group === BuyerGroup.OTHER)
    throw badInput("buyerId", msg("“N”类采购方无需申报", "Buyers of the N group declare no reserved share"));
  let budget: number | null = null;
  let rate: number | null = null;
  if (input.kind === CanteenKind.CANTEEN) {
    if (input.canteenBudget == null)
      throw badInput("canteenBudget", msg("请输入食堂食材采购预算", "Enter the canteen food budget"));
    if (input.canteenBudget <= 0) throw badInput("canteenBudget", msg("预算须大于零", "The budget must be positive"));
    if (input.canteenBudget > MAX_QUOTA * 10) throw badInput("canteenBudget", msg("金额过大", "Amount too large"));
    if (input.rateBasisPoints == null)
      throw badInput("rateBasisPoints", msg("请输入预留比例", "Enter the reserved rate"));
    if (!Number.isInteger(input.rateBasisPoints) || input.rateBasisPoints < 1 || input.rateBasisPoints > 10000)
      throw badInput("rateBasisPoints", msg("比例须在 0.01%–100% 之间", "The rate must be between 0.01% and 100%"));
    const floor = await floorFor(ctx, buyer, input.year);
    if (input.rateBasisPoints < floor)
      throw badInput(
        "rateBasisPoints",
        msg(
          `预留比例不得低于本省下限 ${floor / 100}%`,
          `The rate may not be below the provincial floor of ${floor / 100}%`,
        ),
      );
    budget = input.canteenBudget;
    rate = input.rateBasisPoints;
  } else {
    if (input.canteenBudget != null)
      throw badInput("canteenBudget", msg("无自有食堂时不填预算", "No budget without a canteen of one's own"));
    if (input.rateBasisPoints != null)
      throw badInput("rateBasisPoints", msg("无自有食堂时不填比例", "No rate without a canteen of one's own"));
  }
  const union = input.unionAmount ?? null;
  if (union != null && union < 0) throw badInput("unionAmount", msg("金额不能为负", "Cannot be negative"));
  if (union != null && union > MAX_QUOTA) throw badInput("unionAmount", msg("金额过大", "Amount too large"));
  return { budget, rate, union };
}

/** Writes (or replaces) the year's declaration and audits it with before and after. */
async function writeDeclaration(
  ctx: RequestContext,
  buyer: Buyer,
  input: DeclareReservedShareInput,
  onBehalf: boolean,
  now: Date,
): Promise<ReservedShareDeclaration> {
  const { budget, rate, union } = await checkedFigures(ctx, buyer, input);
  const [before] = rowsOf<DeclarationRow>(
    await ctx.manager.query(`SELECT ${COLUMNS} FROM reserved_share_declaration WHERE buyer_id = $1 AND year = $2`, [
      buyer.id,
      input.year,
    ]),
  );
  const [row] = rowsOf<DeclarationRow>(
    await ctx.manager.query(
      `INSERT INTO reserved_share_declaration (buyer_id, year, kind, canteen_budget, rate_bp, union_amount, declared_by, declared_at, on_behalf)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $9, $8)
       ON CONFLICT (buyer_id, year) DO UPDATE SET kind = EXCLUDED.kind, canteen_budget = EXCLUDED.canteen_budget,
         rate_bp = EXCLUDED.rate_bp, union_amount = EXCLUDED.union_amount, declared_by = EXCLUDED.declared_by,
         declared_at = EXCLUDED.declared_at, on_behalf = EXCLUDED.on_behalf
       RETURNING ${COLUMNS}`,
      [buyer.id, input.year, input.kind, budget, rate, union, ctx.user!.id || null, onBehalf, now],
    ),
  );
  const declaration = toDeclaration(row);
  const summary = (d: ReservedShareDeclaration | null) =>
    d && {
      kind: d.kind,
      canteenBudget: d.canteenBudget != null ? formatFen(d.canteenBudget) : null,
      rateBasisPoints: d.rateBasisPoints,
      unionAmount: d.unionAmount != null ? formatFen(d.unionAmount) : null,
      reservedTotal: formatFen(d.reservedTotal),
    };
  await recordAudit(ctx, {
    action: onBehalf ? "RESERVED_SHARE_RECORDED" : "RESERVED_SHARE_DECLARED",
    entityType: "ReservedShareDeclaration",
    entityId: `${buyer.id}/${input.year}`,
    change: {
      buyerId: buyer.id,
      year: input.year,
      before: summary(before ? toDeclaration(before) : null),
      after: summary(declaration),
    },
  });
  return declaration;
}

/**
 * 预留份额申报: a buyer's own users declare its year. With its own canteen: the canteen's food budget
 * and the rate, which may not be below the province's floor (财库〔2021〕20号: at least 10%; provinces
 * raise it); without one (none, outsourced, shared) they say so and give no budget. A union (工会)
 * share may be added either way. Declaring again replaces the year's declaration; audited with both.
 *
 * After 30 June of the year (the server's today, China's calendar) the year is locked: CONFLICT with
 * `reason: DECLARATION_LOCKED`, nothing written. CONFLICT rather than FORBIDDEN because the buyer is
 * allowed to declare its own year — what refuses it is the year's state, which a coordinator can
 * change by reopening it (a client should say "locked, ask your coordinator", not "no permission").
 * A reopening admits one declaration and is used up by it, in the same transaction. `now` is the
 * moment of the declaration (the demo seed dates its declarations before the deadline).
 */
export async function declareReservedShare(
  ctx: RequestContext,
  input: DeclareReservedShareInput,
  now: Date = new Date(),
): Promise<ReservedShareDeclaration> {
  const user = ctx.user!;
  if (!user.buyerId) throw badInput("buyerId", msg("该用户未关联采购单位", "This user acts for no buyer"));
  const buyer = (await loadBuyer(ctx, user.buyerId))!;
  if (pastDeadline(input.year, now)) {
    const used = rowsOf(
      await ctx.manager.query(`DELETE FROM reserved_share_reopening WHERE buyer_id = $1 AND year = $2 RETURNING 1`, [
        buyer.id,
        input.year,
      ]),
    );
    if (!used.length)
      throw new AppError(
        "CONFLICT",
        msg(
          `${input.year} 年预留份额申报已于 ${declarationDeadline(input.year)} 截止并锁定；如需补报，请联系协作办重新开放或代为登记`,
          `The ${input.year} declaration closed on ${declarationDeadline(input.year)} and is locked; ask your coordinator to reopen it or to record it for you`,
        ),
        { reason: "DECLARATION_LOCKED", deadline: declarationDeadline(input.year) },
      );
    // A refusal below rolls the transaction back, the reopening with it: it is not lost to a typo.
  }
  return writeDeclaration(ctx, buyer, input, false, now);
}

/**
 * 代为登记: a coordinator (its region's buyers) or an administrator records a unit's declaration on
 * its behalf, locked or not — the way a late declaration still gets in. Marked `onBehalf`, and
 * `late` once past the deadline; the same checks as the unit's own. NOT_FOUND outside the scope.
 */
export async function recordReservedShare(
  ctx: RequestContext,
  buyerId: string,
  input: DeclareReservedShareInput,
): Promise<ReservedShareDeclaration> {
  const buyer = await getBuyer(ctx, buyerId, "buyerId");
  return writeDeclaration(ctx, buyer, input, true, new Date());
}

/** Whether the unit may declare the year itself (see declareReservedShare). */
export async function reservedShareLock(
  ctx: RequestContext,
  buyerId: string,
  year: number,
): Promise<ReservedShareLock> {
  const buyer = await getBuyer(ctx, buyerId, "buyerId");
  const reopened = await isReopened(ctx, buyer.id, year);
  return {
    buyerId: buyer.id,
    year,
    deadline: declarationDeadline(year),
    locked: pastDeadline(year) && !reopened,
    reopened,
  };
}

/**
 * 重新开放: a coordinator (its region's buyers) or an administrator lets a unit declare a locked year
 * once more. Only a locked year can be reopened (before the deadline it is open anyway: CONFLICT);
 * reopening twice is the same as once. Audited.
 */
export async function reopenReservedShare(
  ctx: RequestContext,
  buyerId: string,
  year: number,
): Promise<ReservedShareLock> {
  const buyer = await getBuyer(ctx, buyerId, "buyerId");
  if (buyer.group === BuyerGroup.OTHER)
    throw badInput("buyerId", msg("“N”类采购方无需申报", "Buyers of the N group declare no reserved share"));
  if (!pastDeadline(year))
    throw new AppError(
      "CONFLICT",
      msg(`${year} 年的申报尚未截止，无需重新开放`, `The ${year} declaration has not closed yet; nothing to reopen`),
      { reason: "DECLARATION_OPEN" },
    );
  const inserted = rowsOf(
    await ctx.manager.query(
      `INSERT INTO reserved_share_reopening (buyer_id, year, reopened_by) VALUES ($1, $2, $3)
       ON CONFLICT (buyer_id, year) DO NOTHING RETURNING 1`,
      [buyer.id, year, ctx.user!.id || null],
    ),
  );
  if (inserted.length)
    await recordAudit(ctx, {
      action: "RESERVED_SHARE_REOPENED",
      entityType: "ReservedShareDeclaration",
      entityId: `${buyer.id}/${year}`,
      change: { buyerId: buyer.id, year },
    });
  return { buyerId: buyer.id, year, deadline: declarationDeadline(year), locked: false, reopened: true };
}

/** A buyer's declaration for a year, or null; the buyer must be in the caller's scope (else NOT_FOUND). */
export async function getDeclaration(
  ctx: RequestContext,
  buyerId: string,
  year: number,
): Promise<ReservedShareDeclaration | null> {
  const buyer = await getBuyer(ctx, buyerId, "buyerId");
  return loader(ctx, declarationByBuyerYear).load(`${buyer.id}|${year}`);
}

/**
 * Buyer.reservedShare(year): the declarations of the buyers on a page in one statement, within the
 * caller's buyer scope (a county official reaching a buyer through a sub-order sees none). Keys are
 * "buyerId|year".
 */
export function declarationByBuyerYear(ctx: RequestContext) {
  return new DataLoader<string, ReservedShareDeclaration | null>(async (keys) => {
    const pairs = keys.map((k) => k.split("|"));
    const buyerIds = [...new Set(pairs.map(([b]) => b))].filter((b) => UUID.test(b));
    const years = [...new Set(pairs.map(([, y]) => Number(y)))];
    const scope = positional(cond`d.buyer_id IN ${buyerIdsInScope(ctx)}`, 3);
    const rows = rowsOf<DeclarationRow>(
      await ctx.manager.query(
        `SELECT ${COLUMNS} FROM reserved_share_declaration d
          WHERE d.buyer_id = ANY($1::uuid[]) AND d.year = ANY($2::int[]) AND ${scope.sql}`,
        [buyerIds, years, ...scope.params],
      ),
    );
    const map = new Map(rows.map((r) => [`${r.buyer_id}|${r.year}`, toDeclaration(r)]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/**
 * Who has declared the year (a coordinator its region's buyers, an administrator all; N-group
 * buyers are not asked): undeclared first, each part by name; overdue once 30 June has passed.
 */
export async function reservedShareStatus(ctx: RequestContext, year: number): Promise<ReservedShareStatus> {
  const buyers = (await buyersInScope(ctx)).filter((b) => b.group !== BuyerGroup.OTHER);
  const declarations = await loader(ctx, declarationByBuyerYear).loadMany(buyers.map((b) => `${b.id}|${year}`));
  const reopened = new Set(
    rowsOf<{ buyer_id: string }>(
      await ctx.manager.query(
        `SELECT buyer_id FROM reserved_share_reopening WHERE year = $1 AND buyer_id = ANY($2::uuid[])`,
        [year, buyers.map((b) => b.id)],
      ),
    ).map((r) => r.buyer_id),
  );
  const rows = buyers.map((buyer, i) => ({
    buyer,
    declaration: declarations[i] as ReservedShareDeclaration | null,
    reopened: reopened.has(buyer.id),
  }));
  const undeclared = rows.filter((r) => !r.declaration);
  const deadline = declarationDeadline(year);
  return {
    year,
    deadline,
    overdue: pastDeadline(year),
    declared: rows.length - undeclared.length,
    undeclared: undeclared.length,
    rows: [...undeclared, ...rows.filter((r) => r.declaration)],
  };
}

/** The floors of a year for every eastern province (the default where none was set). */
export async function reservedShareFloors(ctx: RequestContext, year: number): Promise<ReservedShareFloor[]> {
  const provinces = (await listRegions(ctx, { side: RegionSide.EAST, level: RegionLevel.PROVINCE }, undefined, 0, 100))
    .nodes;
  const rows = rowsOf<{ province_id: string; rate_bp: number }>(
    await ctx.manager.query(`SELECT province_id, rate_bp FROM reserved_share_floor WHERE year = $1`, [year]),
  );
  const set = new Map(rows.map((r) => [r.province_id, Number(r.rate_bp)]));
  return provinces.map((province) => ({
    year,
    province,
    rateBasisPoints: set.get(province.id) ?? DEFAULT_FLOOR_BP,
    isDefault: !set.has(province.id),
  }));
}

/**
 * An administrator sets a province's floor for a year (at least 10%, 财库〔2021〕20号; provinces raise
 * it to 15%, 20%, 30%). Declarations already made keep their rate; audited with before and after.
 */
export async function setReservedShareFloor(
  ctx: RequestContext,
  year: number,
  provinceId: string,
  rateBasisPoints: number,
): Promise<ReservedShareFloor> {
  const province = UUID.test(provinceId) ? await loader(ctx, regionById).load(provinceId) : null;
  if (!province) throw notFound(msg("省份", "Province"), "provinceId");
  if (province.level !== RegionLevel.PROVINCE) throw badInput("provinceId", msg("请选择省级地区", "Choose a province"));
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < DEFAULT_FLOOR_BP || rateBasisPoints > 10000)
    throw badInput(
      "rateBasisPoints",
      msg("下限须在 10%–100% 之间(财库〔2021〕20号)", "The floor must be between 10% and 100% (Caiku [2021] No. 20)"),
    );
  const before = await floorRow(ctx, province.id, year);
  await ctx.manager.query(
    `INSERT INTO reserved_share_floor (year, province_id, rate_bp) VALUES ($1, $2, $3)
     ON CONFLICT (year, province_id) DO UPDATE SET rate_bp = EXCLUDED.rate_bp`,
    [year, province.id, rateBasisPoints],
  );
  await recordAudit(ctx, {
    action: "RESERVED_SHARE_FLOOR_SET",
    entityType: "ReservedShareFloor",
    entityId: `${province.code}/${year}`,
    change: { year, provinceId: province.id, before: before ?? DEFAULT_FLOOR_BP, after: rateBasisPoints },
  });
  return { year, province, rateBasisPoints, isDefault: false };
}
