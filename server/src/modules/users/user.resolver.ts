import {
  Arg,
  Args,
  Authorized,
  ID,
  Int,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { piiFor } from "../../shared/pii";
import { selectedFields } from "../../shared/selection";
import { CreateBuyerInput } from "../buyers/buyer.inputs";
import { createBuyer } from "../buyers/buyer.service";
import { CreateEnterpriseInput } from "../enterprises/enterprise.inputs";
import { createEnterprise } from "../enterprises/enterprise.service";
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
  BuyerWithAccount,
  ChangePasswordInput,
  CreateUserInput,
  EnterpriseWithAccount,
  FirstAccountInput,
  LoginInput,
  NewAccount,
  NewUserInput,
  PasswordReset,
  SessionInfo,
  UpdateUserAccessInput,
  UpdateUserInput,
  UserFilter,
} from "./user.inputs";
import { userById } from "./user.loaders";
import {
  changePassword,
  createAccount,
  createUser,
  listUsers,
  lockedUntil,
  returnedToManager,
  unlockUser,
  updateUser,
  setUserEmail,
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

/**
 * Account state (disabled, must change password, locked) is the user's own business and its
 * managers': administrators, and a coordinator for the accounts it was given by 用户管理's list or
 * its changes (those went through manageableUsers).
 */
const ownOrAdmin = (ctx: RequestContext, user: User) =>
  ctx.user?.id === user.id || ctx.user?.role === Role.ADMIN || returnedToSelf.has(user) || returnedToManager.has(user);

export const UserConnection = Connection("User", User);

/** User fields the signed-in user's session row carries (or that follow from its ids alone). */
const SESSION_FIELDS = new Set([
  "__typename",
  "id",
  "username",
  "displayName",
  "role",
  "regionId",
  "buyerId",
  "enterpriseId",
  "mustChangePassword",
  "active",
  "region",
  "buyer",
  "enterprise",
]);

/** Who manages accounts: administrators everywhere, coordinators within manageableUsers. */
const MANAGERS = [Role.ADMIN, Role.COORDINATOR];

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null." })
  me(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const u = ctx.user;
    if (!u) return null;
    // The request's authentication already read these (one statement): no second read of the user.
    if (selectedFields(info).every((f) => SESSION_FIELDS.has(f.name.value))) {
      return Object.assign(new User(), {
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        regionId: u.regionId,
        buyerId: u.buyerId,
        enterpriseId: u.enterpriseId,
        mustChangePassword: u.mustChangePassword,
        active: true, // authentication admits active users only
      });
    }
    return loader(ctx, userById).load(u.id);
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

  @Authorized(...MANAGERS)
  @Mutation(() => User, {
    description: "Creates an account with the password given (see createUserWithOneTimePassword).",
  })
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

  @Authorized(...MANAGERS)
  @Mutation(() => User, { description: "Disables an account: it cannot sign in, and its sessions end at once." })
  disableUser(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    return inTransaction(ctx, (tx) => setUserActive(tx, userId, false));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => User, { description: "Enables a disabled account again." })
  enableUser(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    return inTransaction(ctx, (tx) => setUserActive(tx, userId, true));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => User, {
    description: "Changes an account's role and scope (checked as at creation); its sessions end at once.",
  })
  updateUserAccess(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateUserAccessInput) input: UpdateUserAccessInput,
  ) {
    return inTransaction(ctx, (tx) => updateUserAccess(tx, input));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => PasswordReset, {
    description:
      "Resets an account's password to a one-time password shown once; the user must change it at the next login. Its sessions end at once.",
  })
  resetUserPassword(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    return inTransaction(ctx, (tx) => resetUserPassword(tx, userId));
  }

  @Authorized(...MANAGERS)
  @Query(() => UserConnection, {
    description:
      "用户管理: the accounts the caller manages (administrators: all; coordinators: their partner counties' officials, their buyers' and enterprises' users), by username.",
  })
  async users(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => UserFilter, { nullable: true }) filter?: UserFilter,
  ) {
    return UserConnection.from(await listUsers(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => NewAccount, {
    description:
      "Creates an account with a one-time password, returned this once; the user must change it at the first login.",
  })
  async createUserWithOneTimePassword(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => NewUserInput) input: NewUserInput,
  ) {
    return inTransaction(ctx, async (tx) => {
      const { user, oneTimePassword } = await createAccount(tx, input, null);
      return { user, oneTimePassword: oneTimePassword! };
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => BuyerWithAccount, {
    description: "Registers a buyer organisation (as createBuyer) and its first account, with a one-time password.",
  })
  createBuyerWithAccount(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateBuyerInput) input: CreateBuyerInput,
    @Arg("firstAccount", () => FirstAccountInput) firstAccount: FirstAccountInput,
  ) {
    return inTransaction(ctx, async (tx) => {
      const buyer = await createBuyer(tx, input);
      const { user, oneTimePassword } = await createAccount(
        tx,
        { ...firstAccount, role: Role.BUYER, buyerId: buyer.id },
        null,
      );
      return { buyer, user, oneTimePassword: oneTimePassword! };
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => EnterpriseWithAccount, {
    description: "Registers an enterprise (as createEnterprise) and its first account, with a one-time password.",
  })
  createEnterpriseWithAccount(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateEnterpriseInput) input: CreateEnterpriseInput,
    @Arg("firstAccount", () => FirstAccountInput) firstAccount: FirstAccountInput,
  ) {
    return inTransaction(ctx, async (tx) => {
      const enterprise = await createEnterprise(tx, input);
      const { user, oneTimePassword } = await createAccount(
        tx,
        { ...firstAccount, role: Role.ENTERPRISE, enterpriseId: enterprise.id },
        null,
      );
      return { enterprise, user, oneTimePassword: oneTimePassword! };
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => User, { description: "Renames an account (display name); its sessions stay." })
  updateUser(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateUserInput) input: UpdateUserInput) {
    return inTransaction(ctx, (tx) => updateUser(tx, input));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => User, { description: "Clears the failed-login counts that lock an account." })
  unlockUser(@Ctx() ctx: RequestContext, @Arg("userId", () => ID) userId: string) {
    // Not wrapped in a transaction here: the counts go through the pool (see unlockUser).
    return unlockUser(ctx, userId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description:
      "Sets an account's e-mail address for reminders by mail (null or empty clears it). Invalid: BAD_USER_INPUT on email.",
  })
  setUserEmail(
    @Ctx() ctx: RequestContext,
    @Arg("userId", () => ID) userId: string,
    @Arg("email", () => String, { nullable: true }) email: string | null,
  ) {
    return inTransaction(ctx, (tx) => setUserEmail(tx, userId, email ?? null));
  }

  @Authorized()
  @Mutation(() => User, {
    description:
      "Sets the signed-in user's own e-mail address for reminders by mail (null or empty clears it). Invalid: BAD_USER_INPUT on email.",
  })
  setMyEmail(@Ctx() ctx: RequestContext, @Arg("email", () => String, { nullable: true }) email: string | null) {
    return inTransaction(ctx, (tx) => setUserEmail(tx, ctx.user!.id, email ?? null));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "E-mail address for reminders by mail (null = none): whole for the user itself and administrators, masked (a***@example.com) for others.",
  })
  email(@Root() user: User, @Ctx() ctx: RequestContext) {
    const whole = ctx.user?.id === user.id || ctx.user?.role === Role.ADMIN;
    return piiFor(ctx.config.piiSecret, { enc: user.emailEnc, masked: user.emailMasked }, whole);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      "Until when failed logins lock the account (from at least one address); null when not locked. Only for the user itself and its managers.",
  })
  lockedUntil(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ownOrAdmin(ctx, user) ? lockedUntil(ctx, user) : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When the account last signed in. Only for the user itself and its managers (null for others).",
  })
  lastLoginAt(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ownOrAdmin(ctx, user) ? user.lastLoginAt : null;
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
