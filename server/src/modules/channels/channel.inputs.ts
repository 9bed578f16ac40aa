import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, MaxLength } from "class-validator";
import { DateScalar } from "../../shared/scalars";
import { vmsg } from "../../shared/messages";

@InputType()
export class CreateFairInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入地点", "Enter the venue") })
  @MaxLength(200)
  venue: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the coordinator's region." })
  eastRegionId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: "参展供应商: approved suppliers in the caller's scope. A fair sale is only from these.",
  })
  @ArrayMaxSize(500)
  supplierIds?: string[];
}

@InputType({ description: "Fields left out stay as they are." })
export class UpdateFairInput {
  @Field(() => ID)
  fairId: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入地点", "Enter the venue") })
  @MaxLength(200)
  venue?: string;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string;

  @Field(() => [ID], { nullable: true, description: "The whole new list of participating suppliers." })
  @ArrayMaxSize(500)
  supplierIds?: string[];
}

@InputType()
export class CreateSalesCentreInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入地址", "Enter the address") })
  @MaxLength(200)
  address: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the coordinator's region." })
  eastRegionId?: string;

  @Field(() => DateScalar, { nullable: true })
  openedOn?: string;
}

@InputType({ description: "Fields left out stay as they are." })
export class UpdateSalesCentreInput {
  @Field(() => ID)
  salesCentreId: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入地址", "Enter the address") })
  @MaxLength(200)
  address?: string;

  @Field(() => DateScalar, { nullable: true })
  openedOn?: string;

  @Field({ nullable: true, description: "false closes the centre to new sales." })
  active?: boolean;
}
