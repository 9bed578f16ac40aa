import { Arg, Authorized, ID, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Buyer } from "../buyers/buyer.entity";
import { buyerById } from "../buyers/buyer.loaders";
import { Enterprise } from "../enterprises/enterprise.entity";
import { enterpriseById } from "../enterprises/enterprise.loaders";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { User } from "./user.entity";
import { AuthPayload, CreateUserInput, LoginInput } from "./user.inputs";
import { userById } from "./user.loaders";
import { createUser, linkEnterpriseUser, login, logout } from "./user.service";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null." })
  me(@Ctx() ctx: RequestContext) {
    return ctx.user ? loader(ctx, userById).load(ctx.user.id) : null;
  }

  @Mutation(() => AuthPayload, { description: "Signs in. Wrong credentials: UNAUTHENTICATED; too many attempts: TOO_MANY_REQUESTS." })
  login(@Ctx() ctx: RequestContext, @Arg("input", () => LoginInput) input: LoginInput) {
    return inTransaction(ctx, (tx) => login(tx, input));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Revokes the token this request was made with." })
  logout(@Ctx() ctx: RequestContext) {
    return inTransaction(ctx, (tx) => logout(tx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Arg("input", () => CreateUserInput) input: CreateUserInput) {
    return inTransaction(ctx, (tx) => createUser(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Links an enterprise user to the enterprise it acts for (accounts created before enterprises existed)." })
  linkEnterpriseUser(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string, @Arg("enterpriseId", () => ID) enterpriseId: string) {
    return inTransaction(ctx, (tx) => linkEnterpriseUser(tx, userId, enterpriseId));
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "Enterprise users: the enterprise they act for." })
  enterprise(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.enterpriseId ? loader(ctx, enterpriseById).load(user.enterpriseId) : null;
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.regionId ? loader(ctx, regionById).load(user.regionId) : null;
  }

  @FieldResolver(() => Buyer, { nullable: true, description: "Buyers: the organisation they act for." })
  buyer(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.buyerId ? loader(ctx, buyerById).load(user.buyerId) : null;
  }
}
