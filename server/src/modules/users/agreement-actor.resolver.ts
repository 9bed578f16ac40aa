import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { loader, type RequestContext } from "../../shared/context";
import { AgreementTargetChange } from "../agreements/agreement.entity";
import { User } from "./user.entity";
import { userById } from "./user.loaders";

/** AgreementTargetChange.actor: the agreements module keeps who changed a target by id; the name is the users module's. */
@Resolver(() => AgreementTargetChange)
export class AgreementTargetChangeActorResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() c: AgreementTargetChange, @Ctx() ctx: RequestContext) {
    return c.actorId ? loader(ctx, userById).load(c.actorId) : null;
  }
}
