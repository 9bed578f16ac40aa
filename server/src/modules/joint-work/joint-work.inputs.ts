import { ArrayMaxSize, IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";
import { JointWorkKind, VisitDirection } from "./joint-work.entity";

@InputType()
export class RecordJointWorkInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => JointWorkKind)
  kind: JointWorkKind;

  @Field(() => DateScalar)
  heldOn: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter the title") })
  @MaxLength(200)
  title: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入地点", "Enter the place") })
  @MaxLength(200)
  place: string;

  @Field(() => VisitDirection, { nullable: true, description: "Required for a visit; none for a meeting." })
  direction?: VisitDirection | null;

  @Field(() => [String], { defaultValue: [], description: "东部参会单位." })
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  eastOffices: string[];

  @Field(() => [String], { defaultValue: [], description: "西部参会单位." })
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  westOffices: string[];

  @Field({ description: "带队领导 by title and level, e.g. 市委书记." })
  @IsNotEmpty({ message: vmsg("请输入带队领导职务", "Enter the leader's title") })
  @MaxLength(100)
  leader: string;

  @Field(() => Int, { description: "人次, at least 1." })
  personVisits: number;

  @Field({ nullable: true, description: "会议纪要 / 文件编号." })
  @MaxLength(200)
  documentRef?: string;

  @Field({ nullable: true })
  @MaxLength(2000)
  outcome?: string;
}

@InputType()
export class WithdrawJointWorkInput {
  @Field(() => ID)
  id: string;

  @Field({ description: "撤销原因." })
  @IsNotEmpty({ message: vmsg("请说明撤销原因", "Give the reason for withdrawing it") })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class JointWorkFilter {
  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => JointWorkKind, { nullable: true })
  kind?: JointWorkKind;

  @Field(() => ID, { nullable: true, description: "The pairing and those it encloses." })
  pairingId?: string;

  @Field(() => ID, { nullable: true, description: "Records of pairings whose west side lies in this region." })
  countyId?: string;

  @Field({ nullable: true, description: "Title, place, leader or offices containing this text." })
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: "Include withdrawn records (default true: they are shown, marked)." })
  includeWithdrawn?: boolean;
}

@ObjectType({ description: "组织领导 totals of one pairing in one year (withdrawn records left out)." })
export class JointWorkSummaryRow {
  @Field(() => Int)
  year: number;

  @Field(() => ID)
  pairingId: string;

  @Field(() => Int, { description: "召开联席会议" })
  meetings: number;

  @Field(() => Int, { description: "领导互访 / 调研对接" })
  visits: number;

  @Field(() => Int, { description: "互访调研人次 (meetings' and visits')" })
  personVisits: number;
}

@ObjectType({ description: "组织领导 totals in scope: per year and pairing, and overall." })
export class JointWorkSummary {
  @Field(() => [JointWorkSummaryRow])
  rows: JointWorkSummaryRow[];

  @Field(() => Int)
  meetings: number;

  @Field(() => Int)
  visits: number;

  @Field(() => Int)
  personVisits: number;
}
