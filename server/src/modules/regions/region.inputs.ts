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

@InputType({ description: "A new administrative division (行政区划) below an existing one." })
export class CreateRegionInput {
  @Field({ description: "GB/T 2260 code, six digits: province XX0000, prefecture XXYY00, county XXYYZZ." })
  @MaxLength(6)
  code: string;

  @Field({ description: "Full name, e.g. 平度市." })
  @MaxLength(50)
  name: string;

  @Field({ description: "Name as people say it, e.g. 镇宁县." })
  @MaxLength(20)
  shortName: string;

  @Field(() => ID, { nullable: true, description: "The region above; only a province has none (administrators)." })
  parentId?: string | null;

  @Field(() => RegionSide, { nullable: true, description: "Follows from the parent; required for a province." })
  side?: RegionSide | null;

  @Field(() => RegionLevel, { nullable: true, description: "Follows from the code; refused when it differs." })
  level?: RegionLevel | null;
}

@InputType()
export class UpdateRegionInput {
  @Field({ nullable: true })
  @MaxLength(50)
  name?: string;

  @Field({ nullable: true })
  @MaxLength(20)
  shortName?: string;
}
