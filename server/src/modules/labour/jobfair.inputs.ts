import { ArrayMaxSize, IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";

@InputType()
export class RecordJobFairInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the county official's county." })
  countyId?: string;

  @Field(() => ID, { description: "The eastern partner region that organised it." })
  eastRegionId: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter the name") })
  @MaxLength(200)
  name: string;

  @Field(() => DateScalar, { description: "Not after today: a fair is recorded once held." })
  heldOn: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入地点", "Enter the venue") })
  @MaxLength(200)
  venue: string;

  @Field(() => [ID], { description: "Enterprises that attended." })
  @ArrayMaxSize(500)
  enterpriseIds: string[];

  @Field(() => Int)
  attendance: number;

  @Field(() => Int)
  offers: number;
}

@InputType()
export class JobFairFilter {
  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;
}
