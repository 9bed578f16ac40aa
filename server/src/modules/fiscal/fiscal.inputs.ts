import { IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";
import { Region } from "../regions/region.entity";
import { FiscalProject, FiscalProjectStatus, FiscalSector, FiscalTransactionKind } from "./fiscal.entity";

const YEAR_MESSAGE = vmsg("年份须在 2000–2100 之间", "Year must be 2000–2100");
const COUNT_MESSAGE = vmsg("人数须为非负整数", "Must be a whole number ≥ 0");

@InputType({ description: "立项: a fiscal aid project of one pairing's year, in a west county of the pairing." })
export class CreateFiscalProjectInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year: number;

  @Field(() => ID, { description: "A west county within the pairing's west side." })
  countyId: string;

  @Field({ nullable: true, description: "乡镇." })
  @MaxLength(100)
  town?: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入项目名称", "Enter the name") })
  @MaxLength(200)
  name: string;

  @Field(() => FiscalSector)
  sector: FiscalSector;

  @Field({ description: "实施单位." })
  @IsNotEmpty({ message: vmsg("请输入实施单位", "Enter the implementing unit") })
  @MaxLength(200)
  implementingUnit: string;

  @Field(() => Int)
  @Min(0, { message: COUNT_MESSAGE })
  @Max(10_000_000)
  plannedBeneficiaries: number;

  @Field(() => Int, { description: "Registered-poor among the beneficiaries (≤ plannedBeneficiaries)." })
  @Min(0, { message: COUNT_MESSAGE })
  @Max(10_000_000)
  plannedPoorBeneficiaries: number;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar, { description: "Not before startsOn." })
  plannedEndOn: string;
}

@InputType({
  description:
    "A dated money movement. ALLOCATED by coordinators and admins; DISBURSED and SPENT also by the county's officials.",
})
export class RecordFiscalTransactionInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => FiscalTransactionKind)
  kind: FiscalTransactionKind;

  @Field(() => MoneyScalar, { description: "More than zero." })
  amount: number;

  @Field(() => DateScalar, { description: "Not in the future." })
  occurredOn: string;

  @Field({ description: "Document reference (文号/凭证号)." })
  @IsNotEmpty({ message: vmsg("请输入文号或凭证号", "Enter the document reference") })
  @MaxLength(100)
  reference: string;
}

@InputType()
export class ReverseFiscalTransactionInput {
  @Field(() => ID)
  transactionId: string;

  @Field({ description: "冲正原因." })
  @IsNotEmpty({ message: vmsg("请说明冲正原因", "Give the reason for the reversal") })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class ReportFiscalProgressInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => DateScalar, { description: "Not in the future, not before the project starts." })
  reportedOn: string;

  @Field(() => Int, { description: "Works complete, % (0–100)." })
  @Min(0, { message: vmsg("进度须在 0–100 之间", "Progress must be 0–100") })
  @Max(100, { message: vmsg("进度须在 0–100 之间", "Progress must be 0–100") })
  percent: number;

  @Field({ nullable: true })
  @MaxLength(500)
  note?: string;
}

@InputType()
export class FiscalProjectFilter {
  @Field(() => Int, { nullable: true })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year?: number;

  @Field(() => ID, { nullable: true, description: "A region: its subtree's projects." })
  countyId?: string;

  @Field(() => ID, { nullable: true })
  pairingId?: string;

  @Field(() => FiscalSector, { nullable: true })
  sector?: FiscalSector;

  @Field(() => FiscalProjectStatus, { nullable: true })
  status?: FiscalProjectStatus;

  @Field({ nullable: true, description: "In the name, implementing unit or town." })
  @MaxLength(100)
  text?: string;
}

/** What the caller may do to a project now (the page shows only these buttons). */
export enum FiscalAction {
  RECORD_ALLOCATION = "RECORD_ALLOCATION",
  RECORD_DISBURSEMENT = "RECORD_DISBURSEMENT",
  RECORD_SPENDING = "RECORD_SPENDING",
  REPORT_PROGRESS = "REPORT_PROGRESS",
}
registerEnumType(FiscalAction, { name: "FiscalAction" });

@ObjectType()
export class FiscalStatusRow {
  @Field(() => FiscalProjectStatus)
  status: FiscalProjectStatus;

  @Field(() => Int)
  projects: number;

  @Field(() => MoneyScalar)
  allocated: number;
}

@ObjectType({ description: "One county's projects of the year: money allocated, disbursed and spent, and the rates." })
export class FiscalCountyRow {
  @Field(() => Region)
  county: Region;

  @Field(() => Int)
  projects: number;

  @Field(() => MoneyScalar)
  allocated: number;

  @Field(() => MoneyScalar)
  disbursed: number;

  @Field(() => MoneyScalar)
  spent: number;

  @Field(() => String, { nullable: true, description: "拨付率 = disbursed ÷ allocated, %, two decimals, truncated." })
  disbursementRate: string | null;

  @Field(() => String, { nullable: true, description: "资金使用率 = spent ÷ allocated, %, two decimals, truncated." })
  useRate: string | null;
}

@ObjectType({ description: "财政援助看板 for one year (projects of that year in scope)." })
export class FiscalAidBoard {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  projects: number;

  @Field(() => MoneyScalar)
  allocated: number;

  @Field(() => MoneyScalar)
  disbursed: number;

  @Field(() => MoneyScalar)
  spent: number;

  @Field(() => String, { nullable: true })
  useRate: string | null;

  @Field(() => [FiscalStatusRow])
  byStatus: FiscalStatusRow[];

  @Field(() => [FiscalCountyRow])
  byCounty: FiscalCountyRow[];

  @Field(() => [FiscalProject], {
    description: "执行最慢: allocated projects, lowest use rate first, then the furthest behind schedule; at most 10.",
  })
  slowest: FiscalProject[];
}
