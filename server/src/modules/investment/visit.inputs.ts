import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { DateScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";

@InputType()
export class RecordSiteVisitInput {
  @Field({ description: "考察团, e.g. 胶州市企业家镇宁考察团." })
  @IsNotEmpty({ message: vmsg("请输入考察团名称", "Enter the delegation's name") })
  @MaxLength(100)
  delegation: string;

  @Field(() => DateScalar)
  visitedOn: string;

  @Field(() => ID, { nullable: true, description: "The organising east region; defaults to the coordinator's." })
  eastRegionId?: string;

  @Field(() => [ID], { description: "Enterprises taking part (in the coordinator's scope)." })
  @ArrayMaxSize(500)
  enterpriseIds: string[];

  @Field(() => [ID], { description: "West counties visited (at least one)." })
  @ArrayMaxSize(50)
  countyIds: string[];

  @Field(() => [ID], { defaultValue: [], description: "Projects the visit was about (optional)." })
  @ArrayMaxSize(100)
  projectIds: string[];

  @Field(() => Int, {
    nullable: true,
    description: "How many enterprises took part, at least those listed; defaults to the number listed.",
  })
  @Min(0)
  @Max(100_000)
  enterpriseCount?: number;

  @Field(() => Int, { defaultValue: 1, description: "批次: more than one only for a row carrying a reported total." })
  @Min(1, { message: vmsg("批次至少为 1", "At least one batch") })
  @Max(10_000)
  batches: number = 1;

  @Field({ nullable: true })
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class SiteVisitFilter {
  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => ID, { nullable: true })
  enterpriseId?: string;
}

@ObjectType({ description: "考察对接 totals: batches and enterprises, recorded visits and reported totals together." })
export class SiteVisitTotals {
  @Field(() => Int)
  batches: number;

  @Field(() => Int)
  enterprises: number;
}
