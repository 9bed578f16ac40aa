import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Max, Min } from "class-validator";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { Buyer } from "../buyers/buyer.entity";
import { Region } from "../regions/region.entity";

/**
 * Tables of this module kept by raw SQL alone (no entity class): `reserved_share_declaration`, each
 * buyer's yearly 预留份额申报, and `reserved_share_floor`, the lowest rate per province and year.
 */
export const rawTables = ["reserved_share_declaration", "reserved_share_floor", "reserved_share_reopening"] as const;

/** The floor when a province set none for the year: 10% of the canteen food budget (财库〔2021〕20号). */
export const DEFAULT_FLOOR_BP = 1000;

/** The 832 rule's deadline for the declaration: 30 June of the year (Ministry of Finance, 2021). */
export const declarationDeadline = (year: number) => `${year}-06-30`;

export enum CanteenKind {
  /** 自有食堂: declares the canteen's food budget and the reserved rate. */
  CANTEEN = "CANTEEN",
  /** 无食堂 */
  NO_CANTEEN = "NO_CANTEEN",
  /** 食堂外包 */
  OUTSOURCED_CANTEEN = "OUTSOURCED_CANTEEN",
  /** 共用食堂 */
  SHARED_CANTEEN = "SHARED_CANTEEN",
}
registerEnumType(CanteenKind, {
  name: "CanteenKind",
  description:
    "A unit's canteen: its own (budget × rate is declared), or none / outsourced / shared (declared instead).",
});

/** 预留份额申报: what one buyer declared for one year. */
@ObjectType()
export class ReservedShareDeclaration {
  @Field(() => ID)
  buyerId: string;

  @Field(() => Int)
  year: number;

  @Field(() => CanteenKind)
  kind: CanteenKind;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "CANTEEN: the year's canteen food budget (食堂食材采购预算).",
  })
  canteenBudget: number | null;

  @Field(() => Int, { nullable: true, description: "CANTEEN: the reserved rate in basis points (1000 = 10%)." })
  rateBasisPoints: number | null;

  @Field(() => MoneyScalar, { description: "budget × rate, rounded half up to the fen; 0 without a canteen." })
  canteenShare: number;

  @Field(() => MoneyScalar, { nullable: true, description: "工会份额: the union's share, if declared." })
  unionAmount: number | null;

  @Field(() => MoneyScalar, { description: "canteenShare + unionAmount." })
  reservedTotal: number;

  @Field(() => Date)
  declaredAt: Date;

  @Field({ description: "Declared after 30 June of the year." })
  late: boolean;

  @Field({
    description: "Recorded by a coordinator (or an administrator) on the unit's behalf, not by the unit itself.",
  })
  onBehalf: boolean;
}

@ObjectType({
  description:
    "Whether a buyer may declare the year itself: after 30 June (China's calendar) the year is locked unless a coordinator reopened it for this buyer.",
})
export class ReservedShareLock {
  @Field(() => ID)
  buyerId: string;

  @Field(() => Int)
  year: number;

  @Field(() => DateScalar, { description: "30 June of the year: the last day the unit may declare itself." })
  deadline: string;

  @Field({ description: "The unit may not declare (past the deadline and not reopened); a coordinator may record it." })
  locked: boolean;

  @Field({ description: "A coordinator reopened the locked year for this buyer: its next declaration is accepted." })
  reopened: boolean;
}

@InputType()
export class DeclareReservedShareInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => CanteenKind)
  kind: CanteenKind;

  @Field(() => MoneyScalar, { nullable: true, description: "CANTEEN only." })
  canteenBudget?: number | null;

  @Field(() => Int, { nullable: true, description: "CANTEEN only: basis points, at least the province's floor." })
  rateBasisPoints?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  unionAmount?: number | null;
}

@ObjectType({ description: "The lowest reserved rate a province allows for a year." })
export class ReservedShareFloor {
  @Field(() => Int)
  year: number;

  @Field(() => Region)
  province: Region;

  @Field(() => Int, { description: "Basis points (1000 = 10%)." })
  rateBasisPoints: number;

  @Field({ description: "True when the province set none: 10% (财库〔2021〕20号)." })
  isDefault: boolean;
}

@ObjectType()
export class BuyerDeclarationRow {
  @Field(() => Buyer)
  buyer: Buyer;

  @Field(() => ReservedShareDeclaration, { nullable: true })
  declaration: ReservedShareDeclaration | null;

  @Field({ description: "A coordinator reopened the locked year for this buyer (not yet used by a declaration)." })
  reopened: boolean;
}

@ObjectType({
  description: "Who has declared the year's reserved share, for a coordinator (N-group buyers are not asked).",
})
export class ReservedShareStatus {
  @Field(() => Int)
  year: number;

  @Field(() => DateScalar, { description: "30 June of the year." })
  deadline: string;

  @Field({ description: "Today is after the deadline: the undeclared are late." })
  overdue: boolean;

  @Field(() => Int)
  declared: number;

  @Field(() => Int)
  undeclared: number;

  @Field(() => [BuyerDeclarationRow], { description: "Undeclared first, then by name." })
  rows: BuyerDeclarationRow[];
}
