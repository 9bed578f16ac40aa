import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Indicator } from "../agreements/indicator";
import { Pairing } from "../pairings/pairing.entity";
import { Region } from "../regions/region.entity";
import { Buyer, BuyerGroup } from "../buyers/buyer.entity";
import { MoneyScalar } from "../../shared/scalars";

export enum PairingGradeBand {
  GOOD = "GOOD",
  FAIR = "FAIR",
  AVERAGE = "AVERAGE",
  POOR = "POOR",
}
registerEnumType(PairingGradeBand, {
  name: "PairingGradeBand",
  description: "考核等次",
  valuesConfig: {
    GOOD: { description: "好" },
    FAIR: { description: "较好" },
    AVERAGE: { description: "一般" },
    POOR: { description: "差" },
  },
});

export enum ScorecardBand {
  A_PLUS = "A_PLUS",
  A = "A",
  B = "B",
  C = "C",
  D = "D",
  F = "F",
}
registerEnumType(ScorecardBand, { name: "ScorecardBand", description: "Buyers' quota scorecard: A+ … F" });

@InputType()
export class IndicatorWeightInput {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Int, { description: "Whole points, ≥ 0." })
  weight: number;
}

@InputType({ description: "A county class (一类县 …): its name and its west counties, ranked on their own." })
export class CountyClassInput {
  @Field({ description: "1–40 characters, unique within the scheme." })
  name: string;

  @Field(() => [ID], { description: "West counties (regions of level COUNTY); a county in at most one class." })
  countyIds: string[];
}

@ObjectType({ description: "A county class of a grading scheme: its name and its west counties." })
export class CountyClass {
  @Field()
  name: string;

  @Field(() => [Region])
  counties: Region[];
}

@InputType()
export class SetGradingSchemeInput {
  @Field(() => Int)
  year: number;

  @Field(() => [IndicatorWeightInput])
  weights: IndicatorWeightInput[];

  @Field(() => Int, { description: "好 from, basis points (9000 = 90.00%)." })
  goodFrom: number;

  @Field(() => Int)
  fairFrom: number;

  @Field(() => Int)
  averageFrom: number;

  @Field()
  capAt100: boolean;

  @Field(() => Int)
  aPlusFrom: number;

  @Field(() => Int)
  aFrom: number;

  @Field(() => Int)
  bFrom: number;

  @Field(() => Int)
  cFrom: number;

  @Field(() => Int)
  dFrom: number;

  @Field(() => [CountyClassInput], {
    nullable: true,
    description: "County classes ranked separately; omitted or [] = none (the scheme is replaced whole).",
  })
  countyClasses?: CountyClassInput[] | null;
}

@ObjectType({ description: "What one indicator earned and cost a pairing's score (points out of 100)." })
export class GradeBreakdown {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Int)
  weight: number;

  @Field({ description: "Completion in percent, 2 places, truncated (uncapped: what was delivered)." })
  completion: string;

  @Field({ description: "True when the scheme capped this completion at 100%." })
  capped: boolean;

  @Field({ description: "Points of the score (out of 100) this indicator earned, truncated to 2 places." })
  pointsEarned: string;

  @Field({ description: "Points of its share it did not earn (0 when it earned its share or more)." })
  pointsLost: string;
}

@ObjectType()
export class PairingGrade {
  @Field(() => Pairing)
  pairing: Pairing;

  @Field(() => String, {
    nullable: true,
    description: "Score in percent, 2 places, truncated; null: nothing to grade.",
  })
  score: string | null;

  @Field(() => PairingGradeBand, { nullable: true })
  grade: PairingGradeBand | null;

  @Field(() => Int, { nullable: true, description: "1 = best; ties share a rank (1, 1, 3)." })
  rank: number | null;

  @Field(() => String, { nullable: true, description: "The county class of its west county; null: unclassed." })
  countyClass: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Rank within its county class (ties share a rank); null when unclassed or ungraded.",
  })
  classRank: number | null;

  @Field(() => [GradeBreakdown])
  breakdown: GradeBreakdown[];
}

@ObjectType()
export class CountyGrade {
  @Field(() => Region)
  county: Region;

  @Field(() => Int, { description: "How many graded pairings have this county as their west side." })
  pairings: number;

  @Field(() => String, { nullable: true })
  score: string | null;

  @Field(() => PairingGradeBand, { nullable: true })
  grade: PairingGradeBand | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => String, { nullable: true, description: "The county class of its west county; null: unclassed." })
  countyClass: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Rank within its county class (ties share a rank); null when unclassed or ungraded.",
  })
  classRank: number | null;
}

@ObjectType()
export class PairingGrades {
  @Field(() => Int)
  year: number;

  @Field(() => [PairingGrade], { description: "Best first; ungraded last." })
  pairings: PairingGrade[];

  @Field(() => [CountyGrade], { description: "West counties, best first." })
  counties: CountyGrade[];

  @Field(() => [String], { description: "The scheme's county class names in its order; [] when it has none." })
  countyClasses: string[];
}

@ObjectType()
export class BuyerScore {
  @Field(() => Buyer)
  buyer: Buyer;

  @Field(() => MoneyScalar, { nullable: true })
  quota: number | null;

  @Field(() => MoneyScalar)
  counted: number;

  @Field(() => String, { nullable: true, description: "Completion in percent, 2 places, truncated." })
  completion: string | null;

  @Field(() => ScorecardBand, { nullable: true })
  band: ScorecardBand | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;
}

@ObjectType()
export class BuyerGroupScore {
  @Field(() => BuyerGroup)
  group: BuyerGroup;

  @Field(() => MoneyScalar, { nullable: true })
  target: number | null;

  @Field(() => MoneyScalar)
  counted: number;

  @Field(() => String, { nullable: true })
  completion: string | null;

  @Field(() => ScorecardBand, { nullable: true })
  band: ScorecardBand | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;
}

@ObjectType()
export class BuyerScorecard {
  @Field(() => Int)
  year: number;

  @Field(() => [BuyerScore])
  buyers: BuyerScore[];

  @Field(() => [BuyerGroupScore])
  groups: BuyerGroupScore[];
}
