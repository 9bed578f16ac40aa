import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsNotEmpty, Matches, MaxLength, MinLength } from "class-validator";
import { Role } from "../../shared/auth";
import { User } from "./user.entity";

@InputType()
export class LoginInput {
  @Field()
  @IsNotEmpty({ message: "请输入用户名 / Enter a username" })
  @MaxLength(64)
  username: string;

  @Field()
  @IsNotEmpty({ message: "请输入密码 / Enter a password" })
  @MaxLength(256)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: "Send as `Authorization: Bearer <token>`." })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(/^[a-z0-9_.-]{3,32}$/, { message: "用户名为 3–32 位小写字母、数字或 _.- / 3–32 lowercase letters, digits or _.-" })
  username: string;

  @Field()
  @MinLength(10, { message: "密码至少 10 位 / At least 10 characters" })
  @MaxLength(256)
  password: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: "Required for coordinators (an east region) and county officials (a west county)." })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: "Required for buyers: the buyer organisation the user acts for." })
  buyerId?: string;

  @Field(() => ID, { nullable: true, description: "Required for enterprise users: the enterprise the user acts for." })
  enterpriseId?: string;
}
