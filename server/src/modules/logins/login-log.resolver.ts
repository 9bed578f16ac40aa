import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from "type-graphql";
import { MaxLength } from "class-validator";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { DateScalar } from "../../shared/scalars";
import { LoginEvent, LoginOutcome } from "./login-event.entity";
import { listLoginEvents } from "./login-log.service";

@InputType()
export class LoginLogFilter {
  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field({ nullable: true, description: "Part of the username as typed at sign-in." })
  @MaxLength(64)
  username?: string;

  @Field(() => [LoginOutcome], { nullable: true })
  outcomes?: LoginOutcome[];

  @Field(() => DateScalar, { nullable: true, description: "First day (China time), inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day (China time), inclusive." })
  to?: string;

  @Field({ nullable: true, description: "The address or its beginning." })
  @MaxLength(64)
  ip?: string;
}

export const LoginEventConnection = Connection("LoginEvent", LoginEvent);

@Resolver(() => LoginEvent)
export class LoginLogResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Query(() => LoginEventConnection, {
    description:
      "登录日志: sign-in attempts, newest first. Administrators: all; coordinators: those of the users of their region subtree (not unknown usernames).",
  })
  async loginLog(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => LoginLogFilter, { nullable: true }) filter?: LoginLogFilter,
  ) {
    return LoginEventConnection.from(await listLoginEvents(ctx, filter, decodeCursor(page.after), page.first));
  }
}
