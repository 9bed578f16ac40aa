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
