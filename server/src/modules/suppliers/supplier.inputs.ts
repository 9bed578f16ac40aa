import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { SupplierStatus } from "./supplier.entity";
import { vmsg } from "../../shared/messages";

@InputType()
export class RecommendSupplierInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name: string;

  @Field({ description: "统一社会信用代码; validated with its check character." })
  @MaxLength(18)
  creditCode: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the county official's county; required for admins." })
  countyId?: string;

  @Field({ nullable: true })
  @MaxLength(200)
  contact?: string;
}

@InputType({ description: "Fields left out stay as they are. The credit code and county never change." })
export class UpdateSupplierInput {
  @Field(() => ID)
  supplierId: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true })
  @MaxLength(200)
  contact?: string;
}

@InputType()
export class ReviewSupplierInput {
  @Field(() => ID)
  supplierId: string;

  @Field(() => SupplierStatus, { description: "APPROVED or SUSPENDED." })
  status: SupplierStatus;

  @Field({ nullable: true })
  @MaxLength(500)
  note?: string;
}

@InputType()
export class SupplierFilter {
  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => SupplierStatus, { nullable: true })
  status?: SupplierStatus;

  @Field({ nullable: true, description: "Matches the name or the credit code." })
  @MaxLength(50)
  search?: string;
}
