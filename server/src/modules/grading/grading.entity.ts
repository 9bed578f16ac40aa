import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Indicator } from "../agreements/indicator";

/** One county class as stored in the scheme's jsonb: its name and its west counties' region ids. */
export interface StoredCountyClass {
  name: string;
  countyIds: string[];
}

@ObjectType({ description: "An indicator's weight in a grading scheme (whole points)." })
export class IndicatorWeight {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => Int)
  weight: number;
}

/**
 * 考核评级方案: one per year, set by an administrator. Thresholds are completions in basis points
 * (9000 = 90.00%), strictly descending; grades are computed from them, never stored (docs/grading.md).
 */
@ObjectType()
@Entity("grading_scheme")
export class GradingScheme {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  /** Weight per indicator, whole points; an indicator not named weighs 0. */
  @Column({ type: "jsonb" })
  weights: Partial<Record<Indicator, number>>;

  /** County classes ranked separately (一类/二类/三类县), in the administrator's order; [] = none. */
  @Column({ name: "county_classes", type: "jsonb", default: () => "'[]'::jsonb" })
  countyClasses: StoredCountyClass[];

  @Field(() => Int, { description: "好: completion from this many basis points (9000 = 90.00%)." })
  @Column({ name: "good_from", type: "int" })
  goodFrom: number;

  @Field(() => Int, { description: "较好 from (basis points)." })
  @Column({ name: "fair_from", type: "int" })
  fairFrom: number;

  @Field(() => Int, { description: "一般 from (basis points); below it 差." })
  @Column({ name: "average_from", type: "int" })
  averageFrom: number;

  @Field({ description: "Completion above 100% counts as 100%." })
  @Column({ name: "cap_at_100", type: "boolean" })
  capAt100: boolean;

  @Field(() => Int, { description: "Buyers' scorecard A+ from (basis points, 12000 = 120%)." })
  @Column({ name: "a_plus_from", type: "int" })
  aPlusFrom: number;

  @Field(() => Int)
  @Column({ name: "a_from", type: "int" })
  aFrom: number;

  @Field(() => Int)
  @Column({ name: "b_from", type: "int" })
  bFrom: number;

  @Field(() => Int)
  @Column({ name: "c_from", type: "int" })
  cFrom: number;

  @Field(() => Int, { description: "D from (basis points); below it F." })
  @Column({ name: "d_from", type: "int" })
  dFrom: number;

  @Column({ name: "updated_by", type: "uuid", nullable: true })
  updatedBy: string | null;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
