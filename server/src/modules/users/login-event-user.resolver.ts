import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { loader, type RequestContext } from "../../shared/context";
import { LoginEvent } from "../logins/login-event.entity";
import { User } from "./user.entity";
import { userById } from "./user.loaders";

/** LoginEvent.user: the logins module sits below users, so the account is added here (like AuditEntry.actor). */
@Resolver(() => LoginEvent)
export class LoginEventUserResolver {
  @FieldResolver(() => User, { nullable: true, description: "The account signed in to; null for an unknown username." })
  user(@Root() e: LoginEvent, @Ctx() ctx: RequestContext) {
    return e.userId ? loader(ctx, userById).load(e.userId) : null;
  }
}
