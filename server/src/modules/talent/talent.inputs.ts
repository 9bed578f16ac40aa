import { IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";
import { PostingKind, TalentCategory, TalentDirection } from "./talent.entity";

// No class-validator rule on phone: a failure would echo the value; the service checks it and
// answers with a message that never contains it.

/** A new person (人才), when the posting's person is not picked from those already recorded. */
@InputType()
export class NewTalentPersonInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入姓名", "Enter the name") })
  @MaxLength(50)
  name: string;

  @Field({ description: "工作单位" })
  @IsNotEmpty({ message: vmsg("请输入工作单位", "Enter the institution") })
  @MaxLength(100)
  institution: string;

  @Field(() => String, { nullable: true, description: "11-digit mainland mobile number; optional. Never echoed back." })
  phone?: string | null;
}

@InputType({ description: "One posting: `personId` (a person already recorded) or `person` (a new one), not both." })
export class RecordTalentPostingInput {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => NewTalentPersonInput, { nullable: true })
  person?: NewTalentPersonInput | null;

  @Field(() => TalentDirection)
  direction: TalentDirection;

  @Field(() => TalentCategory)
  category: TalentCategory;

  @Field(() => PostingKind)
  kind: PostingKind;

  @Field(() => ID, { nullable: true, description: "The east region; defaults to a coordinator's own." })
  eastRegionId?: string | null;

  @Field(() => ID, { nullable: true, description: "The west county; defaults to a county official's own." })
  countyId?: string | null;

  @Field({ description: "派出单位" })
  @IsNotEmpty({ message: vmsg("请输入派出单位", "Enter the sending unit") })
  @MaxLength(100)
  sendingUnit: string;

  @Field({ description: "接收单位" })
  @IsNotEmpty({ message: vmsg("请输入接收单位", "Enter the receiving unit") })
  @MaxLength(100)
  receivingUnit: string;

  @Field(() => String, { nullable: true, description: "担任职务" })
  @MaxLength(100)
  roleTitle?: string | null;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  plannedEndOn: string;
}

@InputType({ description: "Changes a posting's facts; fields left out keep their value. The count follows." })
export class ChangeTalentPostingInput {
  @Field(() => ID)
  postingId: string;

  @Field(() => TalentCategory, { nullable: true })
  category?: TalentCategory | null;

  @Field(() => PostingKind, { nullable: true })
  kind?: PostingKind | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  sendingUnit?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  receivingUnit?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  roleTitle?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  plannedEndOn?: string | null;
}

@InputType({ description: "提前结束: the last day in post and why." })
export class EndTalentPostingInput {
  @Field(() => ID)
  postingId: string;

  @Field(() => DateScalar)
  endedOn: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请填写原因", "Enter the reason") })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: "撤回: a wrong record leaves the lists and the count; the row and its history stay." })
export class WithdrawTalentPostingInput {
  @Field(() => ID)
  postingId: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请填写原因", "Enter the reason") })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: "A person's own facts; fields left out keep their value, an empty phone removes it." })
export class ChangeTalentPersonInput {
  @Field(() => ID)
  personId: string;

  @Field(() => String, { nullable: true })
  @MaxLength(50)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  institution?: string | null;

  @Field(() => String, { nullable: true, description: "Never echoed back; an empty text removes the number." })
  phone?: string | null;
}

@InputType()
export class TalentPostingFilter {
  @Field(() => Int, { nullable: true, description: "Postings in post at some time in the year." })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  countyId?: string | null;

  @Field(() => TalentCategory, { nullable: true })
  category?: TalentCategory | null;

  @Field(() => TalentDirection, { nullable: true })
  direction?: TalentDirection | null;

  @Field(() => DateScalar, { nullable: true, description: "In post on this day." })
  inPostOn?: string | null;

  @Field({ nullable: true, description: "Only those in post today whose last day is within 30 days." })
  endingSoon?: boolean;

  @Field(() => String, { nullable: true, description: "Name, institution, units or role." })
  @MaxLength(50)
  search?: string | null;

  @Field({ nullable: true, description: "Include withdrawn records (default false)." })
  includeWithdrawn?: boolean;
}
