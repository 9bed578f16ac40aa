import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";
import { Region } from "../regions/region.entity";

/**
 * Tables of this module kept by raw SQL alone (no entity class): `placement_tally`, the per-county
 * and year counts of placements a trigger keeps in step with `placement` (the retention board reads it).
 */
export const rawTables = ["placement_tally"] as const;

export enum PlacementStatus {
  /** 已推荐上岗: matched to the job, not yet at work. */
  PLACED = "PLACED",
  /** 已就业: at work since `employedOn`; from here the placement counts in LABOURERS_PLACED. */
  EMPLOYED = "EMPLOYED",
  /** 稳定就业(稳岗): still employed six months after the start date. */
  STABLE = "STABLE",
  /** 已离职: left, with a reason and date. */
  LEFT = "LEFT",
}
registerEnumType(PlacementStatus, { name: "PlacementStatus" });

/** 劳务输转: one worker placed in one job posting, followed to stable employment or leaving. */
@ObjectType()
@Entity("placement")
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "worker_id", type: "uuid" })
  workerId: string;

  @Field(() => ID)
  @Column({ name: "posting_id", type: "uuid" })
  postingId: string;

  @Field(() => ID)
  @Column({ name: "enterprise_id", type: "uuid" })
  enterpriseId: string;

  @Field(() => ID, { description: "The worker's county." })
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => ID, { description: "Where the job is (the posting's location)." })
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The most specific pairing of (job location, worker's county); null = unpaired.",
  })
  @Column({ name: "pairing_id", type: "uuid", nullable: true })
  pairingId: string | null;

  @Field(() => PlacementStatus)
  @Column({ type: "text" })
  status: PlacementStatus;

  @Field(() => DateScalar)
  @Column({ name: "placed_on", type: "date" })
  placedOn: string;

  @Field(() => DateScalar, { nullable: true, description: "Start date of employment." })
  @Column({ name: "employed_on", type: "date", nullable: true })
  employedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: "stable_on", type: "date", nullable: true })
  stableOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: "left_on", type: "date", nullable: true })
  leftOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "left_reason", type: "text", nullable: true })
  leftReason: string | null;

  @Field({ description: "Counted in POOR_LABOURERS_PLACED: the worker was registered-poor when employed." })
  @Column({ name: "poor_counted", type: "boolean", default: false })
  poorCounted: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** One dated stage of a placement; the history is never rewritten. */
@ObjectType()
@Entity("placement_stage")
export class PlacementStage {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "placement_id", type: "uuid" })
  placementId: string;

  @Field(() => PlacementStatus)
  @Column({ type: "text" })
  status: PlacementStatus;

  @Field(() => DateScalar)
  @Column({ name: "occurred_on", type: "date" })
  occurredOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false, default: () => "now()" })
  recordedAt: Date;
}

/** 稳岗率: one county's placements of a year (by placement date) and how many held six months. */
@ObjectType()
export class CountyRetention {
  @Field(() => Region)
  county: Region;

  @Field(() => Int, { description: "Placements made in the year." })
  placed: number;

  @Field(() => Int, { description: "Of those, how many started work (reached EMPLOYED)." })
  employed: number;

  @Field(() => Int, { description: "Of those, how many were confirmed stable (STABLE)." })
  stable: number;

  @Field(() => Int, { description: "Of those, how many have left." })
  left: number;

  @Field(() => Int, { description: "Employed long enough ago (six months before today) to judge retention." })
  eligible: number;

  @Field(() => Int, { description: "Of the eligible, still employed six months after the start date." })
  retained: number;

  @Field(() => Float, { nullable: true, description: "retained ÷ eligible; null when none is eligible yet." })
  retentionRate: number | null;
}
