import { Field, ID, InputType, Int } from "type-graphql";
import { IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { DateScalar, MoneyScalar } from "../../shared/scalars";
import { CertificateStatus } from "./product.entity";
import { vmsg } from "../../shared/messages";

@InputType()
export class CreateProductInput {
  @Field(() => ID)
  supplierId: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入品类", "Enter a category") })
  @MaxLength(50)
  category: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入规格", "Enter a specification") })
  @MaxLength(100)
  spec: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入单位", "Enter a unit") })
  @MaxLength(20)
  unit: string;

  @Field(() => MoneyScalar)
  price: number;

  @Field(() => Int)
  @Min(0, { message: vmsg("库存不能为负", "Stock cannot be negative") })
  @Max(10_000_000)
  stock: number;

  @Field({ nullable: true })
  @MaxLength(100)
  certificateNo?: string;

  @Field({ nullable: true })
  @MaxLength(100)
  certificateAuthority?: string;

  @Field(() => DateScalar, { nullable: true })
  certificateValidFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  certificateValidTo?: string;
}

@InputType()
export class UpdateProductInput {
  @Field(() => ID)
  productId: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入品类", "Enter a category") })
  @MaxLength(50)
  category?: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入规格", "Enter a specification") })
  @MaxLength(100)
  spec?: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入单位", "Enter a unit") })
  @MaxLength(20)
  unit?: string;

  @Field(() => MoneyScalar, { nullable: true })
  price?: number;

  @Field(() => Int, { nullable: true, description: "Adds to (or, negative, removes from) the stock atomically." })
  @Min(-10_000_000)
  @Max(10_000_000)
  stockChange?: number;

  @Field({ nullable: true })
  @MaxLength(100)
  certificateNo?: string;

  @Field({ nullable: true })
  @MaxLength(100)
  certificateAuthority?: string;

  @Field(() => DateScalar, { nullable: true })
  certificateValidFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  certificateValidTo?: string;

  @Field({ nullable: true })
  active?: boolean;
}

@InputType()
export class ProductFilter {
  @Field(() => ID, { nullable: true, description: "Products of this county (or of the counties below this region)." })
  countyId?: string;

  @Field({ nullable: true })
  @MaxLength(50)
  category?: string;

  @Field(() => CertificateStatus, { nullable: true, description: "Status today." })
  certificateStatus?: CertificateStatus;

  @Field(() => MoneyScalar, { nullable: true })
  minPrice?: number;

  @Field(() => MoneyScalar, { nullable: true })
  maxPrice?: number;

  @Field(() => ID, { nullable: true })
  supplierId?: string;

  @Field({ nullable: true, description: "Matches the name, category or certificate number." })
  @MaxLength(50)
  search?: string;
}
