import { IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";
import { UnitPairKind, UnitPairStatus } from "./unit-pair.entity";

@InputType()
export class RecordUnitPairInput {
  @Field(() => ID, { description: "The pairing (结对关系) the pair is formed under." })
  pairingId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The west county of the west unit, in the pairing's west side; defaults to a county official's own.",
  })
  countyId?: string;

  @Field(() => UnitPairKind)
  kind: UnitPairKind;

  @Field({ nullable: true, description: "东部单位; for 企村 defaults to the linked enterprise's name." })
  @MaxLength(200)
  eastUnit?: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入西部单位", "Enter the west unit") })
  @MaxLength(200)
  westUnit: string;

  @Field(() => ID, { nullable: true, description: "企村结对 only: the registered east enterprise." })
  enterpriseId?: string;

  @Field(() => DateScalar)
  formedOn: string;

  @Field({ nullable: true, description: "帮扶内容" })
  @MaxLength(1000)
  support?: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "帮扶价值, for information; NOT counted in SOCIAL_DONATIONS.",
  })
  value?: number;
}

@InputType()
export class EndUnitPairInput {
  @Field(() => ID)
  unitPairId: string;

  @Field(() => DateScalar)
  endedOn: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请说明结束原因", "Give the reason") })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class WithdrawUnitPairInput {
  @Field(() => ID)
  unitPairId: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请说明撤销原因", "Give the reason") })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class ChangeUnitPairFormedOnInput {
  @Field(() => ID)
  unitPairId: string;

  @Field(() => DateScalar)
  formedOn: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请说明更改原因", "Give the reason") })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class UnitPairFilter {
  @Field(() => UnitPairKind, { nullable: true })
  kind?: UnitPairKind;

  @Field(() => ID, { nullable: true, description: "A west region: pairs in its subtree." })
  countyId?: string;

  @Field(() => ID, { nullable: true })
  pairingId?: string;

  @Field(() => UnitPairStatus, { nullable: true })
  status?: UnitPairStatus;

  @Field(() => Int, { nullable: true, description: "Formed in this year." })
  year?: number;

  @Field({ nullable: true, description: "Either unit's name contains this." })
  @MaxLength(100)
  search?: string;
}

/** 结对汇总 by kind: formed in the year (not withdrawn: what PAIRS_FORMED counts), active at its end. */
@ObjectType()
export class UnitPairKindCount {
  @Field(() => UnitPairKind)
  kind: UnitPairKind;

  @Field(() => Int, { description: "Formed in the year, not withdrawn (PAIRS_FORMED)." })
  formed: number;

  @Field(() => Int, {
    description: "Active on 31 December of the year (or today for this year): formed, not ended, not withdrawn.",
  })
  activeAtYearEnd: number;
}

@ObjectType()
export class UnitPairSummary {
  @Field(() => Int)
  year: number;

  @Field(() => [UnitPairKindCount], { description: "One row per kind, in the enum's order." })
  byKind: UnitPairKindCount[];

  @Field(() => Int)
  formed: number;

  @Field(() => Int)
  activeAtYearEnd: number;
}
