import { IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { Housing } from "./posting.entity";
import { vmsg } from "../../shared/messages";

@InputType()
export class CreateJobPostingInput {
  @Field(() => ID, {
    nullable: true,
    description: "Enterprise users: their own (the default); coordinators and admins name it.",
  })
  enterpriseId?: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入岗位名称", "Enter the position") })
  @MaxLength(100)
  position: string;

  @Field(() => Int)
  places: number;

  @Field(() => MoneyScalar)
  wageMin: number;

  @Field(() => MoneyScalar)
  wageMax: number;

  @Field(() => ID, { description: "An east region (where the job is)." })
  locationRegionId: string;

  @Field(() => Housing)
  housing: Housing;

  @Field(() => DateScalar)
  opensOn: string;

  @Field(() => DateScalar, { nullable: true })
  closesOn?: string;

  @Field({ nullable: true })
  @MaxLength(2000)
  description?: string;
}

/** 修改岗位: only the fields given change; `closesOn: null` makes the posting open until filled. */
@InputType()
export class UpdateJobPostingInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @MaxLength(100)
  position?: string;

  @Field(() => Int, { nullable: true, description: "Not below the places already filled." })
  places?: number;

  @Field(() => MoneyScalar, { nullable: true })
  wageMin?: number;

  @Field(() => MoneyScalar, { nullable: true })
  wageMax?: number;

  @Field(() => ID, { nullable: true, description: "An east region (where the job is)." })
  locationRegionId?: string;

  @Field(() => Housing, { nullable: true })
  housing?: Housing;

  @Field(() => DateScalar, { nullable: true })
  opensOn?: string;

  @Field(() => DateScalar, { nullable: true, description: "null: open until filled." })
  closesOn?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class JobPostingFilter {
  @Field(() => ID, { nullable: true, description: "Jobs located in this region or below it." })
  locationRegionId?: string;

  @Field(() => ID, { nullable: true })
  enterpriseId?: string;

  @Field(() => Housing, { nullable: true })
  housing?: Housing;

  @Field(() => DateScalar, { nullable: true, description: "Open for placements on this day." })
  openOn?: string;

  @Field({ nullable: true, description: "Only postings with places left." })
  hasPlacesLeft?: boolean;

  @Field({ nullable: true, description: "true: only open postings; false: only closed ones." })
  open?: boolean;

  @Field({ nullable: true, description: "Part of the position's name." })
  @MaxLength(50)
  search?: string;
}
