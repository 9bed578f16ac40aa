import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { BuyerGroup } from "./buyer.entity";
import { vmsg } from "../../shared/messages";

@InputType()
export class CreateBuyerInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the coordinator's region." })
  eastRegionId?: string;

  @Field(() => BuyerGroup)
  group: BuyerGroup;
}

@InputType()
export class BuyerFilter {
  @Field(() => BuyerGroup, { nullable: true })
  group?: BuyerGroup;

  @Field({ nullable: true })
  @MaxLength(50)
  search?: string;
}
