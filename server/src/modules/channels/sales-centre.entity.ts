import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/**
 * 消费帮扶专馆 / 东西部协作产品展销中心: the "1" of 1+2+5+N — a permanent hall in an eastern city
 * where the partner counties' products are on sale. A SALES_CENTRE sale names the centre it was made at.
 */
@ObjectType()
@Entity("sales_centre")
export class SalesCentre {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column()
  address: string;

  @Field(() => ID)
  @Column({ name: "east_region_id", type: "uuid" })
  eastRegionId: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: "opened_on", type: "date", nullable: true })
  openedOn: string | null;

  @Field({ description: "Closed centres keep their past sales but take no new ones." })
  @Column({ default: true })
  active: boolean;
}
