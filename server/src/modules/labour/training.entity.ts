import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/** 培训: a training session in a west county supported by an eastern partner; feeds PEOPLE_TRAINED. */
@ObjectType()
@Entity("training_session")
export class TrainingSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field(() => ID, { description: "The eastern partner region that supports it." })
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => ID, { nullable: true, description: "The pairing it counts for; null = unpaired." })
  @Column({ name: "pairing_id", type: "uuid", nullable: true })
  pairingId: string | null;

  @Field()
  @Column()
  title: string;

  @Field(() => DateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => DateScalar)
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  @Field(() => Int, { description: "Attendees not registered as workers." })
  @Column({ type: "int" })
  headcount: number;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@Entity("training_attendee")
export class TrainingAttendee {
  @PrimaryColumn({ name: "training_id", type: "uuid" })
  trainingId: string;

  @PrimaryColumn({ name: "worker_id", type: "uuid" })
  workerId: string;
}
