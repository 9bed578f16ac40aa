import { ArrayMaxSize, IsNotEmpty, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { Sex } from "./worker.entity";
import { vmsg } from "../../shared/messages";

// No class-validator rule on idNumber or phone: their failures would echo the value in the
// validation error; the service checks them and answers with a message that never contains it.

@InputType()
export class PutForwardWorkerInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the county official's county; required for admins." })
  countyId?: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入姓名", "Enter the name") })
  @MaxLength(50)
  name: string;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => Int, { description: "Must agree with the ID number." })
  birthYear: number;

  @Field({ description: "居民身份证号: 18 characters, check character validated (GB 11643). Never echoed back." })
  idNumber: string;

  @Field({ description: "11-digit mainland mobile number." })
  phone: string;

  @Field({ description: "建档立卡贫困劳动力." })
  registeredPoor: boolean;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @MaxLength(50, { each: true })
  skills: string[];

  @Field({ description: "The worker agrees to share their data with employers." })
  consent: boolean;

  @Field(() => DateScalar, { nullable: true, description: "When consent was given; defaults to today." })
  consentOn?: string;
}

@InputType()
export class RecordWorkerConsentInput {
  @Field(() => ID)
  workerId: string;

  @Field({ description: "true: consent given; false: withdrawn." })
  given: boolean;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today." })
  on?: string;
}

@InputType()
export class WorkerFilter {
  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field({ nullable: true })
  registeredPoor?: boolean;

  @Field({ nullable: true, description: "Only workers whose consent stands (true) or does not (false)." })
  consented?: boolean;

  @Field({ nullable: true, description: "Part of the name." })
  @MaxLength(50)
  search?: string;

  @Field({ nullable: true, description: "Workers with this skill." })
  @MaxLength(50)
  skill?: string;
}
