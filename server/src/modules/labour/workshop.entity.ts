import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/**
 * 扶贫车间 / 帮扶车间: a poverty-relief workshop in a west county with an eastern partner, employing
 * local people. Registering it credits WORKSHOPS +1; its employed counts change by dated reports.
 */
@ObjectType()
@Entity("workshop")
export class Workshop {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => ID)
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: "pairing_id", type: "uuid", nullable: true })
  pairingId: string | null;

  @Field()
  @Column()
  name: string;

  @Field(() => DateScalar)
  @Column({ name: "registered_on", type: "date" })
  registeredOn: string;

  @Field(() => Int, { description: "People employed, as of the latest report." })
  @Column({ type: "int" })
  employed: number;

  @Field(() => Int, { description: "Registered-poor (建档立卡) among them." })
  @Column({ name: "poor_employed", type: "int" })
  poorEmployed: number;

  @Field(() => DateScalar, { description: "Date of the latest report." })
  @Column({ name: "reported_on", type: "date" })
  reportedOn: string;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

/** One dated report of a workshop's employed counts; the first is made at registration. */
@ObjectType()
@Entity("workshop_report")
export class WorkshopReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "workshop_id", type: "uuid" })
  workshopId: string;

  @Field(() => DateScalar)
  @Column({ name: "reported_on", type: "date" })
  reportedOn: string;

  @Field(() => Int)
  @Column({ type: "int" })
  employed: number;

  @Field(() => Int)
  @Column({ name: "poor_employed", type: "int" })
  poorEmployed: number;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedById: string | null;

  @Field()
  @Column({ name: "recorded_at", type: "timestamptz", insert: false, update: false, default: () => "now()" })
  recordedAt: Date;
}
