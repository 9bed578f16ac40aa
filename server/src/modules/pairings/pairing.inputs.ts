import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MaxLength } from "class-validator";
import { SortDirection } from "../../shared/pagination";
import { DateScalar } from "../../shared/scalars";
import { PairingKind, PairingStatus } from "./pairing.entity";

@InputType()
export class PairingFilter {
  @Field(() => PairingKind, { nullable: true })
  kind?: PairingKind;

  @Field(() => ID, { nullable: true, description: "Pairings whose east side is this region or lies below it." })
  eastRegionId?: string;

  @Field(() => ID, { nullable: true, description: "Pairings whose west side is this region or lies below it." })
  westRegionId?: string;

  @Field({ nullable: true, description: "Matches either side's name or code." })
  @MaxLength(50)
  search?: string;

  @Field({
    nullable: true,
    description: "Only pairings not enclosed by another (Qingdao–Anshun, not Jiaozhou–Zhenning).",
  })
  topLevelOnly?: boolean;

  @Field(() => PairingStatus, { nullable: true })
  status?: PairingStatus;
}

export enum PairingOrderField {
  NAME = "NAME",
  SINCE = "SINCE",
  EAST_CODE = "EAST_CODE",
}
registerEnumType(PairingOrderField, { name: "PairingOrderField" });

@InputType()
export class PairingOrder {
  @Field(() => PairingOrderField)
  field: PairingOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreatePairingInput {
  @Field(() => ID)
  eastRegionId: string;

  @Field(() => ID)
  westRegionId: string;

  @Field(() => PairingKind)
  kind: PairingKind;

  @Field(() => DateScalar)
  since: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The pairing this one nests in (胶州–镇宁 in 青岛–安顺): its east side must lie within the parent's east side and its west side within the parent's west side. Stored as the most specific enclosing pairing.",
  })
  parentId?: string | null;
}

@InputType({ description: "Ends a pairing (终止结对) and every pairing nested in it, on a date, with a reason." })
export class EndPairingInput {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar, { description: "Not before the pairing's start, not in the future." })
  endedOn: string;

  @Field()
  @MaxLength(500)
  reason: string;
}
