import { Role } from "../../shared/auth";
import type { RequestContext } from "../../shared/context";
import { anyOf, cond, EVERY_ROW, NO_ROW, param, scopeByRole, type Scope } from "../../shared/scoped";
import { enterpriseIdsInScope } from "../enterprises/enterprise.service";
import { inSubtree } from "../regions/region.service";

/**
 * Row scope of leads (alias `l`):
 * - admins all; an enterprise its own; a coordinator the leads of the enterprises in its scope
 *   (registered in its region subtree);
 * - a county official: PUBLIC leads of the enterprises of the east regions paired with its county,
 *   any lead that names its county as preferred (either visibility, paired or not), and any lead
 *   its county has a project from. PREFERRED_COUNTIES leads are seen by no other county.
 */
export function leadScope(ctx: RequestContext, alias = "l"): Scope {
  const ofEnterprises = () => cond`${alias}.enterprise_id IN ${enterpriseIdsInScope(ctx, "le")}`;
  return scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: ofEnterprises,
    [Role.ENTERPRISE]: ofEnterprises,
    [Role.COUNTY_OFFICIAL]: (u) =>
      anyOf(
        cond`(${alias}.visibility = 'PUBLIC' AND ${ofEnterprises()})`,
        cond`${alias}.id IN (SELECT lc.lead_id FROM investment_lead_county lc WHERE ${inSubtree("lc.county_id", u.regionId)})`,
        cond`${alias}.id IN (SELECT lp.lead_id FROM investment_project lp WHERE ${inSubtree("lp.county_id", u.regionId)})`,
      ),
  });
}

/**
 * Row scope of projects (alias `p`): admins all; an enterprise its own; a coordinator the projects
 * of the enterprises registered in its region subtree — which covers every project whose pairing
 * is in its scope, since a project's pairing is found from its enterprise's home; a county
 * official the projects in its county. Everyone in scope may move a project's stage; tranches and
 * outcomes are recorded by coordinators and county officials (the resolver's roles).
 */
export function projectScope(ctx: RequestContext, alias = "p"): Scope {
  const ofEnterprises = () => cond`${alias}.enterprise_id IN ${enterpriseIdsInScope(ctx, "pe")}`;
  return scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
    [Role.COORDINATOR]: ofEnterprises,
    [Role.ENTERPRISE]: ofEnterprises,
  });
}

/**
 * Row scope of the investment boards' summaries (pipeline_tally, funds_in_place_month: keyed by the
 * enterprise's home region and the west county, columns home_region_id and county_id on `alias`):
 * projectScope over their key — admins all, a county official its county subtree, a coordinator the
 * homes in its region subtree (the enterprises in its scope).
 * Enterprises have no board (their scope, one enterprise, is not in the key): no row.
 */
export function boardSummaryScope(ctx: RequestContext, alias = "t"): Scope {
  return scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COUNTY_OFFICIAL]: (u) => inSubtree(`${alias}.county_id`, u.regionId),
    [Role.COORDINATOR]: (u) => inSubtree(`${alias}.home_region_id`, u.regionId),
  });
}

/**
 * Row scope of site visits (alias `v`): admins all; a coordinator those organised in its region
 * subtree; a county official those that visited its county; an enterprise those it took part in.
 */
export const visitScope = (ctx: RequestContext, alias = "v"): Scope =>
  scopeByRole(ctx, {
    [Role.ADMIN]: () => EVERY_ROW,
    [Role.COORDINATOR]: (u) => inSubtree(`${alias}.east_region_id`, u.regionId),
    [Role.COUNTY_OFFICIAL]: (u) =>
      cond`${alias}.id IN (SELECT vc.visit_id FROM site_visit_county vc WHERE ${inSubtree("vc.county_id", u.regionId)})`,
    [Role.ENTERPRISE]: (u) =>
      u.enterpriseId
        ? cond`${alias}.id IN (SELECT ve.visit_id FROM site_visit_enterprise ve WHERE ve.enterprise_id = ${param(u.enterpriseId)})`
        : NO_ROW,
  });
