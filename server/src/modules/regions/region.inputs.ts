import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MaxLength } from "class-validator";
import { SortDirection } from "../../shared/pagination";
import { RegionLevel, RegionSide } from "./region.entity";

@InputType()
export class RegionFilter {
  @Field(() => RegionSide, { nullable: true })
  side?: RegionSide;

  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: "Only this region and the regions below it." })
  withinId?: string;

  @Field({ nullable: true, description: "Matches name, short name or code." })
  @MaxLength(50)
  search?: string;
}

export enum RegionOrderField {
  CODE = "CODE",
  NAME = "NAME",
}
registerEnumType(RegionOrderField, { name: "RegionOrderField" });

@InputType()
export class RegionOrder {
  @Field(() => RegionOrderField)
  field: RegionOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
