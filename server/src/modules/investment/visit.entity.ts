import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/** 考察对接: a delegation of enterprises visiting partner counties. */
@ObjectType()
@Entity("site_visit")
export class SiteVisit {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field(() => ID, { description: "The east region that organised it." })
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field({ description: "考察团 name." })
  @Column()
  delegation: string;

  @Field(() => DateScalar)
  @Column({ name: "visited_on", type: "date" })
  visitedOn: string;

  @Field(() => Int, { description: "批次: 1 for a visit; more for a row that carries a reported total." })
  @Column({ type: "int" })
  batches: number;

  @Field(() => Int, {
    description: "Enterprises taking part, at least those listed (firms not registered here count too).",
  })
  @Column({ name: "enterprise_count", type: "int" })
  enterpriseCount: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@Entity("site_visit_enterprise")
export class SiteVisitEnterprise {
  @PrimaryColumn({ name: "visit_id", type: "uuid" })
  visitId: string;

  @PrimaryColumn({ name: "enterprise_id", type: "uuid" })
  enterpriseId: string;
}

@Entity("site_visit_county")
export class SiteVisitCounty {
  @PrimaryColumn({ name: "visit_id", type: "uuid" })
  visitId: string;

  @PrimaryColumn({ name: "county_id", type: "uuid" })
  countyId: string;
}

@Entity("site_visit_project")
export class SiteVisitProject {
  @PrimaryColumn({ name: "visit_id", type: "uuid" })
  visitId: string;

  @PrimaryColumn({ name: "project_id", type: "uuid" })
  projectId: string;
}
