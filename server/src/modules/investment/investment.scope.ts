import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import type { Scope } from "../../shared/scoped";
import { enterpriseIdsInScope } from "../enterprises/enterprise.service";

const SUBTREE = (param: string) => `(SELECT descendant_id FROM region_closure WHERE ancestor_id = :${param})`;

/**
 * Row scope of leads (alias `l`):
 * - admins all; an enterprise its own; a coordinator the leads of the enterprises in its scope
 *   (registered in its region subtree);
 * - a county official: PUBLIC leads of the enterprises of the east regions paired with its county,
 *   any lead that names its county as preferred (either visibility, paired or not), and any lead
 *   its county has a project from. PREFERRED_COUNTIES leads are seen by no other county.
 */
export function leadScope(ctx: RequestContext, alias = "l"): Scope {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  if (u.role === Role.ADMIN) return { sql: "TRUE", params: {} };
  const e = enterpriseIdsInScope(ctx, "le");
  const ofEnterprises = `${alias}.enterprise_id IN ${e.sql}`;
  if (u.role !== Role.COUNTY_OFFICIAL) return { sql: ofEnterprises, params: e.params };
  return {
    sql: `((${alias}.visibility = 'PUBLIC' AND ${ofEnterprises})
            OR ${alias}.id IN (SELECT lc.lead_id FROM investment_lead_county lc WHERE lc.county_id IN ${SUBTREE("leadCounty")})
            OR ${alias}.id IN (SELECT lp.lead_id FROM investment_project lp WHERE lp.county_id IN ${SUBTREE("leadCounty")}))`,
    params: { ...e.params, leadCounty: u.regionId },
  };
}

/**
 * Row scope of projects (alias `p`): admins all; an enterprise its own; a coordinator the projects
 * of the enterprises registered in its region subtree — which covers every project whose pairing
 * is in its scope, since a project's pairing is found from its enterprise's home; a county
 * official the projects in its county. Everyone in scope may move a project's stage; tranches and
 * outcomes are recorded by coordinators and county officials (the resolver's roles).
 */
export function projectScope(ctx: RequestContext, alias = "p"): Scope {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  if (u.role === Role.ADMIN) return { sql: "TRUE", params: {} };
  if (u.role === Role.COUNTY_OFFICIAL) return { sql: `${alias}.county_id IN ${SUBTREE("projCounty")}`, params: { projCounty: u.regionId } };
  const e = enterpriseIdsInScope(ctx, "pe");
  return { sql: `${alias}.enterprise_id IN ${e.sql}`, params: e.params };
}

/**
 * Row scope of site visits (alias `v`): admins all; a coordinator those organised in its region
 * subtree; a county official those that visited its county; an enterprise those it took part in.
 */
export function visitScope(ctx: RequestContext, alias = "v"): Scope {
  const u = ctx.user;
  if (!u) return { sql: "FALSE", params: {} };
  switch (u.role) {
    case Role.ADMIN:
      return { sql: "TRUE", params: {} };
    case Role.COORDINATOR:
      return { sql: `${alias}.east_region_id IN ${SUBTREE("visitScope")}`, params: { visitScope: u.regionId } };
    case Role.COUNTY_OFFICIAL:
      return { sql: `${alias}.id IN (SELECT vc.visit_id FROM site_visit_county vc WHERE vc.county_id IN ${SUBTREE("visitScope")})`, params: { visitScope: u.regionId } };
    case Role.ENTERPRISE:
      return u.enterpriseId
        ? { sql: `${alias}.id IN (SELECT ve.visit_id FROM site_visit_enterprise ve WHERE ve.enterprise_id = :visitScope)`, params: { visitScope: u.enterpriseId } }
        : { sql: "FALSE", params: {} };
    default:
      return { sql: "FALSE", params: {} };
  }
}
