import { Field, ID, InputType, Int } from "type-graphql";
import { Max, Min } from "class-validator";
import { DateScalar, QuantityScalar } from "../../shared/scalars";
import { Indicator } from "./indicator";

@InputType()
export class SetAgreementTargetInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Int)
  @Min(2000, { message: "年份须在 2000–2100 之间 / Year must be 2000–2100" })
  @Max(2100, { message: "年份须在 2000–2100 之间 / Year must be 2000–2100" })
  year: number;

  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => QuantityScalar, { description: "The yearly target in the indicator's unit." })
  target: number;

  @Field(() => DateScalar, { nullable: true, description: "When the agreement was signed." })
  signedOn?: string;
}
