import { ArrayMaxSize, IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";

@InputType()
export class RecordTrainingInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the county official's county." })
  countyId?: string;

  @Field(() => ID, { description: "The eastern partner region that supports the session." })
  eastRegionId: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入培训名称", "Enter the title") })
  @MaxLength(200)
  title: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar, { description: "The session counts on this day; not after today." })
  endsOn: string;

  @Field(() => [ID], { defaultValue: [], description: "Registered workers of the county who attended." })
  @ArrayMaxSize(1000)
  workerIds: string[];

  @Field(() => Int, { defaultValue: 0, description: "Further attendees not registered as workers." })
  headcount: number;
}

@InputType()
export class TrainingFilter {
  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => Int, { nullable: true, description: "Sessions ending in this year." })
  year?: number;
}
