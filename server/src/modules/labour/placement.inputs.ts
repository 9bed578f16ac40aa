import { MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { PlacementStatus } from "./placement.entity";

@InputType()
export class PlaceWorkerInput {
  @Field(() => ID)
  workerId: string;

  @Field(() => ID)
  postingId: string;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today; within the posting's open dates." })
  placedOn?: string;
}

@InputType()
export class ChangePlacementInput {
  @Field(() => ID)
  placementId: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it happened (employment start, stable, left); defaults to today.",
  })
  on?: string;

  @Field({ nullable: true, description: "Required when the worker left (离职原因)." })
  @MaxLength(500)
  reason?: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => ID, { nullable: true })
  postingId?: string;

  @Field(() => ID, { nullable: true })
  workerId?: string;

  @Field(() => PlacementStatus, { nullable: true })
  status?: PlacementStatus;

  @Field(() => Int, { nullable: true, description: "Placed in this year." })
  year?: number;
}
