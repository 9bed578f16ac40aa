import { IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";

@InputType()
export class RegisterWorkshopInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the county official's county." })
  countyId?: string;

  @Field(() => ID, { description: "The eastern partner region." })
  eastRegionId: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入车间名称", "Enter the name") })
  @MaxLength(200)
  name: string;

  @Field(() => DateScalar)
  registeredOn: string;

  @Field(() => Int)
  employed: number;

  @Field(() => Int, { description: "Registered-poor among the employed." })
  poorEmployed: number;
}

@InputType()
export class ReportWorkshopEmploymentInput {
  @Field(() => ID)
  workshopId: string;

  @Field(() => DateScalar)
  reportedOn: string;

  @Field(() => Int)
  employed: number;

  @Field(() => Int)
  poorEmployed: number;
}

@InputType()
export class WorkshopFilter {
  @Field(() => ID, { nullable: true })
  countyId?: string;
}
