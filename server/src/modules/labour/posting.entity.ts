import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar, MoneyScalar } from "../../shared/scalars";

export enum Housing {
  /** 不提供食宿 */
  NONE = "NONE",
  /** 包吃 */
  MEALS = "MEALS",
  /** 包住 */
  LODGING = "LODGING",
  /** 包吃住 */
  MEALS_AND_LODGING = "MEALS_AND_LODGING",
}
registerEnumType(Housing, { name: "Housing", description: "What the employer provides: 包吃 / 包住 / 包吃住." });

/**
 * 岗位: a job an eastern employer offers to workers of the partner counties. `filled` counts the
 * placements holding a place (PLACED, EMPLOYED, STABLE); it only changes by one conditional
 * UPDATE (`filled < places`), so a posting is never overfilled, and a worker who leaves frees the place.
 */
@ObjectType()
@Entity("job_posting")
export class JobPosting {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "enterprise_id", type: "uuid" })
  enterpriseId: string;

  @Field({ description: "岗位名称." })
  @Column()
  position: string;

  @Field(() => Int)
  @Column({ type: "int" })
  places: number;

  @Field(() => Int, { description: "Places held by current placements." })
  @Column({ type: "int" })
  filled: number;

  @Field(() => MoneyScalar, { description: "Monthly wage, lower bound." })
  @Column({ name: "wage_min", type: "bigint" })
  wageMin: number;

  @Field(() => MoneyScalar, { description: "Monthly wage, upper bound." })
  @Column({ name: "wage_max", type: "bigint" })
  wageMax: number;

  @Field(() => ID, { description: "Where the job is: an east region." })
  @Column({ name: "location_region_id", type: "uuid" })
  locationRegionId: string;

  @Field(() => Housing)
  @Column({ type: "text" })
  housing: Housing;

  @Field(() => DateScalar)
  @Column({ name: "opens_on", type: "date" })
  opensOn: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day to place a worker; null = open until filled." })
  @Column({ name: "closes_on", type: "date", nullable: true })
  closesOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "关闭: when the employer closed the posting; null = open. A closed posting takes no placement.",
  })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;

  @Column({ name: "closed_by", type: "uuid", nullable: true })
  closedById: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
