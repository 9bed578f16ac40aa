import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsNotEmpty, Matches, MaxLength } from "class-validator";
import { Role } from "../../shared/auth";
import { User } from "./user.entity";
import { Buyer } from "../buyers/buyer.entity";
import { Enterprise } from "../enterprises/enterprise.entity";
import { vmsg } from "../../shared/messages";

@InputType()
export class LoginInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入用户名", "Enter a username") })
  @MaxLength(64)
  username: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入密码", "Enter a password") })
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

  @Field({
    description:
      "True after an administrator's reset: call changePassword before anything else (other operations answer FORBIDDEN).",
  })
  mustChangePassword: boolean;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(/^[a-z0-9_.-]{3,32}$/, {
    message: vmsg("用户名为 3–32 位小写字母、数字或 _.-", "3–32 lowercase letters, digits or _.-"),
  })
  username: string;

  @Field({
    description:
      "At least 10 characters, not containing the username, not a common password, at least two kinds of characters.",
  })
  @MaxLength(256)
  password: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "Required for coordinators (an east region) and county officials (a west county).",
  })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: "Required for buyers: the buyer organisation the user acts for." })
  buyerId?: string;

  @Field(() => ID, { nullable: true, description: "Required for enterprise users: the enterprise the user acts for." })
  enterpriseId?: string;
}

@InputType({ description: "An administrator changes what an account may do: its role and the scope that role needs." })
export class UpdateUserAccessInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "Required for coordinators (an east region) and county officials (a west county).",
  })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: "Required for buyers." })
  buyerId?: string;

  @Field(() => ID, { nullable: true, description: "Required for enterprise users." })
  enterpriseId?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsNotEmpty({ message: vmsg("请输入当前密码", "Enter your current password") })
  @MaxLength(256)
  currentPassword: string;

  @Field({
    description:
      "At least 10 characters, not containing the username, not a common password, at least two kinds of characters.",
  })
  @MaxLength(256)
  newPassword: string;
}

@ObjectType({
  description: "An administrator's password reset: the one-time password is shown this once and never stored in clear.",
})
export class PasswordReset {
  @Field(() => User)
  user: User;

  @Field({ description: "Give it to the user over a trusted channel; they must change it at their next login." })
  oneTimePassword: string;
}

@ObjectType({ description: "One of the signed-in user's own sessions (a login on some device)." })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field({ description: "The session this request was made with." })
  current: boolean;
}

@InputType({ description: "用户管理's filters; every one optional." })
export class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, {
    nullable: true,
    description: "Accounts of this region's subtree: by their region, their buyer's or their enterprise's.",
  })
  regionId?: string;

  @Field({ nullable: true, description: "True: enabled accounts; false: disabled ones." })
  active?: boolean;

  @Field({
    nullable: true,
    description:
      "True: accounts failed logins lock now; false: the others. Looks at the first 2,000 accounts matching.",
  })
  locked?: boolean;

  @Field({ nullable: true, description: "Part of the username or the display name." })
  @MaxLength(50)
  search?: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  userId: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入姓名", "Enter a name") })
  @MaxLength(100)
  displayName: string;
}

@InputType({ description: "A new account with a one-time password (no password chosen by the creator)." })
export class NewUserInput {
  @Field()
  @Matches(/^[a-z0-9_.-]{3,32}$/, {
    message: vmsg("用户名为 3–32 位小写字母、数字或 _.-", "3–32 lowercase letters, digits or _.-"),
  })
  username: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入姓名", "Enter a name") })
  @MaxLength(100)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "Coordinators (an east region) and county officials (a west county).",
  })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: "Buyers: their organisation." })
  buyerId?: string;

  @Field(() => ID, { nullable: true, description: "Enterprise users: their enterprise." })
  enterpriseId?: string;
}

@InputType({ description: "The first account of a new buyer organisation or enterprise, created in the same step." })
export class FirstAccountInput {
  @Field()
  @Matches(/^[a-z0-9_.-]{3,32}$/, {
    message: vmsg("用户名为 3–32 位小写字母、数字或 _.-", "3–32 lowercase letters, digits or _.-"),
  })
  username: string;

  @Field()
  @IsNotEmpty({ message: vmsg("请输入姓名", "Enter a name") })
  @MaxLength(100)
  displayName: string;
}

@ObjectType({ description: "A new account and its one-time password, shown this once." })
export class NewAccount {
  @Field(() => User)
  user: User;

  @Field({ description: "Give it to the user over a trusted channel; they must change it at their first login." })
  oneTimePassword: string;
}

@ObjectType({ description: "A buyer organisation created with its first account." })
export class BuyerWithAccount extends NewAccount {
  @Field(() => Buyer)
  buyer: Buyer;
}

@ObjectType({ description: "An enterprise created with its first account." })
export class EnterpriseWithAccount extends NewAccount {
  @Field(() => Enterprise)
  enterprise: Enterprise;
}
