import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar, QuantityScalar } from "../../shared/scalars";
import { Indicator, IndicatorUnit } from "./indicator";

/** 协议任务: what one pairing agreed to deliver in one year. */
@ObjectType()
@Entity("agreement")
export class Agreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "pairing_id", type: "uuid" })
  pairingId: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: "signed_on", type: "date", nullable: true })
  signedOn: string | null;
}

@Entity("agreement_target")
export class AgreementTargetRow {
  @PrimaryColumn({ name: "agreement_id", type: "uuid" })
  agreementId: string;

  @PrimaryColumn({ type: "text" })
  indicator: Indicator;

  /** Base units of the indicator (fen for YUAN). */
  @Column({ type: "bigint" })
  target: number;
}

@ObjectType()
export class AgreementTarget {
  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => QuantityScalar, { description: "In the indicator's unit." })
  target: string;
}

/**
 * One change to one target of an agreement (协议目标调整记录): kept for every change, the first
 * setting (before null), a revision (with its reason once the agreement is signed), a copy from
 * last year. Append-only (a trigger refuses UPDATE and DELETE). Amounts in base units.
 */
@Entity("agreement_target_change")
export class AgreementTargetChangeRow {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "agreement_id", type: "uuid" })
  agreementId: string;

  @Column({ type: "text" })
  indicator: Indicator;

  @Column({ type: "bigint", nullable: true })
  before: string | null;

  @Column({ type: "bigint", nullable: true })
  after: string | null;

  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Column({ type: "timestamptz" })
  at: Date;
}

@ObjectType({ description: "One change to a target of an agreement, newest first in `Agreement.targetHistory`." })
export class AgreementTargetChange {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true, description: "The user who changed it (`actor` gives the name)." })
  actorId: string | null;

  @Field(() => Indicator)
  indicator: Indicator;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => QuantityScalar, { nullable: true, description: "Null when the target was first set." })
  before: string | null;

  @Field(() => QuantityScalar, { nullable: true, description: "Null when the target was removed." })
  after: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}
