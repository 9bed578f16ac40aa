import { User } from "./user.entity";
import { rowsById, scopedRowsById } from "../../shared/loaders";
import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { anyOf, cond, EVERY_ROW, param, scopeByRole, type Scope } from "../../shared/scoped";
import { auditNames, namesThrough } from "../audit/audit.readable";
import { usersMatching, usersWithin } from "../audit/audit.service";
import { containsPattern } from "../../shared/sql";

export const userById = rowsById(User);

/**
 * Audit names: an administrator reads every user's name; a coordinator those of the users of its
 * region subtree (whose actions it reads) and its own.
 */
const userNameScope = (ctx: RequestContext, alias: string): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) =>
      anyOf(cond`${alias}.id = ${param(u.id)}`, cond`${alias}.id IN ${usersWithin(u.regionId!)}`),
  });
const nameableUserById = scopedRowsById(User, "u", userNameScope);
auditNames.add({
  refType: "User",
  fields: ["userId", "actorId"],
  names: namesThrough(nameableUserById, (u) => u.displayName),
});

/** The audit trail's "操作人" filter: users whose username or name contains the text. */
usersMatching.provide((search) => {
  const like = param(containsPattern(search.toLowerCase()));
  return cond`(SELECT um.id FROM app_user um WHERE lower(um.username) LIKE ${like} OR lower(um.display_name) LIKE ${like})`;
});
