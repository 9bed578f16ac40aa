import { Field, ID, InputType, Int, ObjectType, Float, registerEnumType } from "type-graphql";
import { IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { DateScalar, QuantityScalar } from "../../shared/scalars";
import { Indicator, IndicatorUnit } from "../agreements/indicator";
import { LedgerSource } from "./ledger.entity";
import { vmsg } from "../../shared/messages";
import { ProjectionMethod } from "../../shared/pace";

registerEnumType(ProjectionMethod, {
  name: "ProjectionMethod",
  description: "How a projection to 31 December was made.",
  valuesConfig: {
    FINAL: { description: "The year is over: what was delivered." },
    NONE: { description: "The year has not begun: nothing to project." },
    SEASONAL: { description: "Scaled by last year's share delivered by the same calendar day." },
    LINEAR: { description: "Delivered × days in the year ÷ days elapsed." },
  },
});

@InputType()
export class RecordReportedFigureInput {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => QuantityScalar, {
    description: "Positive, in the indicator's unit: yuan to the fen, or a whole number.",
  })
  amount: number;

  @Field(() => DateScalar, { description: "When it was delivered; not in the future." })
  occurredOn: string;

  @Field({ description: "文件依据: the document reference, e.g. 胶协办〔2020〕12号." })
  @IsNotEmpty({ message: vmsg("请填写文件依据", "Enter the source document") })
  @MaxLength(200)
  sourceDocument: string;

  @Field({ nullable: true })
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class CorrectLedgerEntryInput {
  @Field(() => ID)
  entryId: string;

  @Field(() => QuantityScalar, { description: "The signed adjustment; the negated original reverses it." })
  amount: number;

  @Field({ description: "Why the correction is made." })
  @IsNotEmpty({ message: vmsg("请填写更正原因", "Enter the reason") })
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class LedgerEntryFilter {
  @Field(() => ID)
  pairingId: string;

  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => Indicator, { nullable: true })
  indicator?: Indicator;

  @Field(() => LedgerSource, { nullable: true })
  source?: LedgerSource;

  @Field({
    nullable: true,
    defaultValue: true,
    description: "Include entries of the pairings inside this one (the roll-up).",
  })
  includeEnclosed?: boolean;
}

@ObjectType({ description: "Progress of one indicator: delivered ÷ target for a year." })
export class IndicatorProgress {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => QuantityScalar, { nullable: true, description: "Null when the agreement sets no target." })
  target: string | null;

  @Field(() => QuantityScalar, { description: "Every entry of the year, enclosed pairings included, each once." })
  delivered: string;

  @Field(() => QuantityScalar, { description: "Of which reported figures and their corrections." })
  reported: string;

  @Field(() => QuantityScalar, { description: "Of which records kept by the platform's modules." })
  recorded: string;

  @Field(() => Float, {
    nullable: true,
    description: "delivered ÷ target (1 = 100%); for display, the amounts are exact.",
  })
  ratio: number | null;

  @Field(() => Int)
  entryCount: number;

  @Field(() => QuantityScalar, {
    nullable: true,
    description:
      "预计完成: the amount projected for 31 December from the pace so far (shared/pace.ts); null before the year begins.",
  })
  projected: string | null;

  @Field(() => ProjectionMethod, { description: "How `projected` was computed." })
  projectionMethod: ProjectionMethod;

  @Field({ description: "预计未完成: there is a target and the projection falls short of it." })
  atRisk: boolean;
}
