import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/** 专场招聘: a job fair held in a west county for eastern employers, with attendance and offers. */
@ObjectType()
@Entity("job_fair")
export class JobFair {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => DateScalar)
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field()
  @Column()
  venue: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => ID, { description: "The eastern partner that organised it." })
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => Int, { description: "Job seekers who came." })
  @Column({ type: "int" })
  attendance: number;

  @Field(() => Int, { description: "Job offers made (达成就业意向)." })
  @Column({ type: "int" })
  offers: number;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@Entity("job_fair_employer")
export class JobFairEmployer {
  @PrimaryColumn({ name: "fair_id", type: "uuid" })
  fairId: string;

  @PrimaryColumn({ name: "enterprise_id", type: "uuid" })
  enterpriseId: string;
}
