import { registerEnumType, type AuthChecker } from "type-graphql";
import type { RequestContext } from "./context";
import { forbidden, unauthenticated } from "./errors";

export enum Role {
  ADMIN = "ADMIN",
  /** 协作办 coordinator: its east region and the pairings below it. */
  COORDINATOR = "COORDINATOR",
  /** 县级干部: one west county. */
  COUNTY_OFFICIAL = "COUNTY_OFFICIAL",
  /** 采购单位: one buyer organisation. */
  BUYER = "BUYER",
  /** 企业: one enterprise. */
  ENTERPRISE = "ENTERPRISE",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a user may do; row scope comes from its region or organisation.",
});

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Coordinators: their east region; county officials: their county. */
  regionId: string | null;
  /** Buyers: the one buyer organisation they act for (采购单位). */
  buyerId: string | null;
  /** Enterprise users: the one enterprise they act for (企业); absent or null = none. */
  enterpriseId?: string | null;
  /** After an administrator's password reset: only changePassword, logout and me (users module's guard). */
  mustChangePassword?: boolean;
  /** The session this request is signed in through (user_session.id): the image cookie names it. */
  sessionId?: string;
}

/** `@Authorized()` = any signed-in user; `@Authorized(Role.X, …)` = one of those roles. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw forbidden();
  return true;
};

export function requireUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
