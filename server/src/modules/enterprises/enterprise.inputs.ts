import { PHONE_PATTERN } from "../../shared/pii";
import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, Matches, MaxLength } from "class-validator";
import { vmsg } from "../../shared/messages";

const PHONE_MESSAGE = vmsg("电话号码格式不正确", "Invalid phone number");

@InputType()
export class CreateEnterpriseInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name: string;

  @Field({ description: "统一社会信用代码; validated with its check character." })
  @MaxLength(18)
  creditCode: string;

  @Field(() => ID, {
    nullable: true,
    description: "An east region; defaults to the coordinator's region, required for admins.",
  })
  homeRegionId?: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入行业", "Enter an industry") })
  @MaxLength(50)
  industry: string;

  @Field({ nullable: true })
  @MaxLength(50)
  contactName?: string;

  @Field({ nullable: true })
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  contactPhone?: string;
}

/** Fields left out stay as they are. The enterprise itself may change name, industry and contacts; code and home region only its coordinator. */
@InputType()
export class UpdateEnterpriseInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入名称", "Enter a name") })
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true })
  @MaxLength(18)
  creditCode?: string;

  @Field(() => ID, { nullable: true })
  homeRegionId?: string;

  @Field({ nullable: true })
  @IsNotEmpty({ message: vmsg("请输入行业", "Enter an industry") })
  @MaxLength(50)
  industry?: string;

  @Field({ nullable: true })
  @MaxLength(50)
  contactName?: string;

  @Field({ nullable: true })
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  contactPhone?: string;
}

@InputType()
export class EnterpriseFilter {
  @Field({ nullable: true, description: "Part of the name or the credit code." })
  @MaxLength(50)
  search?: string;

  @Field({ nullable: true })
  @MaxLength(50)
  industry?: string;

  @Field(() => ID, { nullable: true, description: "Enterprises registered in this region or below it." })
  homeRegionId?: string;
}
