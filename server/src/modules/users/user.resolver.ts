import { Arg, Authorized, ID, Int, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { AuditEntry } from "../audit/audit.entity";
import { Buyer } from "../buyers/buyer.entity";
import { buyerById } from "../buyers/buyer.loaders";
import { Enterprise } from "../enterprises/enterprise.entity";
import { enterpriseById } from "../enterprises/enterprise.loaders";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { User } from "./user.entity";
import {
  AuthPayload,
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  PasswordReset,
  SessionInfo,
  UpdateUserAccessInput,
} from "./user.inputs";
import { userById } from "./user.loaders";
import {
  changePassword,
  createUser,
  linkEnterpriseUser,
  login,
  logout,
  mySessions,
  resetUserPassword,
  returnedToSelf,
  setUserActive,
  signOutOtherSessions,
  updateUserAccess,
} from "./user.service";

/** Account state (disabled, must change password) is the user's own business and its administrators'. */
const ownOrAdmin = (ctx: RequestContext, user: User) =>
  ctx.user?.id === user.id || ctx.user?.role === Role.ADMIN || returnedToSelf.has(user);

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null." })
  me(@Ctx() ctx: RequestContext) {
    return ctx.user ? loader(ctx, userById).load(ctx.user.id) : null;
  }

  @Mutation(() => AuthPayload, {
    description: "Signs in. Wrong credentials: UNAUTHENTICATED; too many attempts: TOO_MANY_REQUESTS.",
  })
  login(@Ctx() ctx: RequestContext, @Arg("input", () => LoginInput) input: LoginInput) {
    // Not wrapped in a transaction here: the failure counts must survive a refusal (see login).
    return login(ctx, input);
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
  @Mutation(() => User, {
    description:
      "Links an enterprise user to the enterprise it acts for (accounts created before enterprises existed).",
  })
  linkEnterpriseUser(
    @Ctx() ctx: RequestContext,
    @Arg("userId", () => ID) userId: string,
    @Arg("enterpriseId", () => ID) enterpriseId: string,
  ) {
    return inTransaction(ctx, (tx) => linkEnterpriseUser(tx, userId, enterpriseId));
  }

  @Authorized()
  @Mutation(() => AuthPayload, {
    description:
      "Changes the signed-in user's password (the current one required). Every session of the account is revoked, this one too: use the token returned. Wrong current password: BAD_USER_INPUT (field currentPassword); too many: TOO_MANY_REQUESTS.",
  })
  changePassword(@Ctx() ctx: RequestContext, @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput) {
    return changePassword(ctx, input);
  }

  @Authorized()
  @Query(() => [SessionInfo], { description: "The signed-in user's open sessions, newest first." })
  mySessions(@Ctx() ctx: RequestContext) {
    return mySessions(ctx);
  }

  @Authorized()
  @Mutation(() => Int, { description: "Signs the user out of every other session; returns how many were revoked." })
  signOutOtherSessions(@Ctx() ctx: RequestContext) {
    return inTransaction(ctx, (tx) => signOutOtherSessions(tx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Disables an account: it cannot sign in, and its sessions end at once." })
  disableUser(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    return inTransaction(ctx, (tx) => setUserActive(tx, userId, false));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Enables a disabled account again." })
  enableUser(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    return inTransaction(ctx, (tx) => setUserActive(tx, userId, true));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description: "Changes an account's role and scope (checked as at creation); its sessions end at once.",
  })
  updateUserAccess(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateUserAccessInput) input: UpdateUserAccessInput,
  ) {
    return inTransaction(ctx, (tx) => updateUserAccess(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PasswordReset, {
    description:
      "Resets an account's password to a one-time password shown once; the user must change it at the next login. Its sessions end at once.",
  })
  resetUserPassword(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    return inTransaction(ctx, (tx) => resetUserPassword(tx, userId));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "False while an administrator has disabled the account. Only for the user itself and administrators (null for others).",
  })
  active(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ownOrAdmin(ctx, user) ? user.active : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Set by an administrator's password reset: until the user changes it, only changePassword, logout and me answer. Only for the user itself and administrators (null for others).",
  })
  mustChangePassword(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ownOrAdmin(ctx, user) ? user.mustChangePassword : null;
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

/** AuditEntry.actor: the audit module records entries for every module, users among them, so the user who acted is added here. */
@Resolver(() => AuditEntry)
export class AuditEntryActorResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() e: AuditEntry, @Ctx() ctx: RequestContext) {
    return e.actorId ? loader(ctx, userById).load(e.actorId) : null;
  }
}
