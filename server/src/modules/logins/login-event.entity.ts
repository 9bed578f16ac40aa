import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** How a sign-in attempt ended (登录日志's 结果). */
export enum LoginOutcome {
  SUCCESS = "SUCCESS",
  WRONG_PASSWORD = "WRONG_PASSWORD",
  UNKNOWN_USER = "UNKNOWN_USER",
  DISABLED = "DISABLED",
  /** Refused by the failure limiter before the password was checked: the door was locked. */
  LOCKED = "LOCKED",
  /** A failure (wrong password, unknown user, disabled) that itself locked the door. */
  LOCKED_OUT = "LOCKED_OUT",
}
registerEnumType(LoginOutcome, {
  name: "LoginOutcome",
  description: "成功 / 密码错误 / 账号不存在 / 已停用 / 已锁定(尝试次数过多) / 本次失败导致锁定.",
});

/** One sign-in attempt. Never the password; the username as typed (trimmed, lowercased, ≤ 64). */
@ObjectType({ description: "登录日志: one sign-in attempt." })
@Entity("login_event")
export class LoginEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bigint", insert: false, update: false })
  seq: number;

  @Field()
  @Column({ type: "timestamptz", insert: false, update: false, default: () => "now()" })
  at: Date;

  @Field(() => ID, { nullable: true, description: "Null when nobody has the username typed." })
  @Column({ name: "user_id", type: "uuid", nullable: true })
  userId: string | null;

  @Field({ description: "As typed at sign-in (trimmed, lowercased)." })
  @Column()
  username: string;

  @Field({ description: "The client's address." })
  @Column()
  ip: string;

  @Field(() => LoginOutcome)
  @Column({ type: "varchar" })
  outcome: LoginOutcome;

  @Field(() => String, { nullable: true, description: "The browser's User-Agent, cut to 200 characters." })
  @Column({ name: "user_agent", type: "varchar", nullable: true })
  userAgent: string | null;
}
