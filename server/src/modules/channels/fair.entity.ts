import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/** Tables of this module kept by raw SQL alone (no entity class): `fair_supplier`, a fair's participating suppliers. */
export const rawTables = ["fair_supplier"] as const;

/** 东西部农特产品展销大集: the "2" of 1+2+5+N. A fair sale must fall within the fair's dates. */
@ObjectType()
@Entity("fair")
export class Fair {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column()
  venue: string;

  @Field(() => DateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => DateScalar)
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  @Field(() => ID)
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;
}
