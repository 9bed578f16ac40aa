import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, Max, MaxLength, Min } from "class-validator";
import { DateScalar, QuantityScalar } from "../../shared/scalars";
import { Indicator } from "./indicator";
import { vmsg } from "../../shared/messages";

const YEAR_MESSAGE = vmsg("年份须在 2000–2100 之间", "Year must be 2000–2100");

@InputType()
export class SetAgreementTargetInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year: number;

  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => QuantityScalar, { description: "The yearly target in the indicator's unit." })
  target: number;

  @Field(() => DateScalar, { nullable: true, description: "When the agreement was signed." })
  signedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the target changes: required to revise a target of a signed agreement.",
  })
  @MaxLength(500)
  reason?: string | null;
}

@InputType({ description: "Changes one target; a reason is required once the agreement is signed." })
export class ChangeAgreementTargetInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year: number;

  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => QuantityScalar, { description: "The new yearly target in the indicator's unit." })
  target: number;

  @Field(() => String, {
    nullable: true,
    description: "Why: required when the agreement is signed and the target was set.",
  })
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class AgreementTargetInput {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => QuantityScalar, { description: "In the indicator's unit." })
  target: number;
}

@InputType({
  description:
    "A pairing's whole agreement for a year: every target (indicators left out have none), and the signing date.",
})
export class SaveAgreementInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year: number;

  @Field(() => DateScalar, { nullable: true, description: "When it was signed; left as it was when not given." })
  signedOn?: string | null;

  @Field(() => [AgreementTargetInput])
  @ArrayMaxSize(50)
  targets: AgreementTargetInput[];

  @Field(() => String, { nullable: true, description: "Required when a target of a signed agreement changes." })
  @MaxLength(500)
  reason?: string | null;
}

@InputType({ description: "Copies last year's (or any year's) targets as the starting point of another year." })
export class CopyAgreementInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  fromYear: number;

  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  toYear: number;
}
