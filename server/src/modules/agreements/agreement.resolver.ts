import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth";
import { inTransaction, loader, type RequestContext } from "../../shared/context";
import { Pairing } from "../pairings/pairing.entity";
import { visiblePairingById } from "../pairings/pairing.loaders";
import { Agreement, AgreementTarget, AgreementTargetChange } from "./agreement.entity";
import {
  ChangeAgreementTargetInput,
  CopyAgreementInput,
  SaveAgreementInput,
  SetAgreementTargetInput,
} from "./agreement.inputs";
import {
  agreementFor,
  agreementTargets,
  agreementYears,
  changeAgreementTarget,
  copyAgreement,
  saveAgreement,
  setAgreementTarget,
  targetHistory,
} from "./agreement.service";

@Resolver(() => Agreement)
export class AgreementResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL)
  @Query(() => [Int], { description: "Years with an agreement in the caller's scope, newest first." })
  agreementYears(@Ctx() ctx: RequestContext) {
    return agreementYears(ctx);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Agreement, { description: "Sets or revises one indicator's yearly target (audited)." })
  setAgreementTarget(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetAgreementTargetInput) input: SetAgreementTargetInput,
  ) {
    return inTransaction(ctx, (tx) => setAgreementTarget(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Agreement, {
    description: "Changes one target (a reason is required once the agreement is signed); the change is kept.",
  })
  changeAgreementTarget(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ChangeAgreementTargetInput) input: ChangeAgreementTargetInput,
  ) {
    return inTransaction(ctx, (tx) => changeAgreementTarget(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Agreement, {
    description: "Saves a pairing's agreement for a year: every target and the signing date.",
  })
  saveAgreement(@Ctx() ctx: RequestContext, @Arg("input", () => SaveAgreementInput) input: SaveAgreementInput) {
    return inTransaction(ctx, (tx) => saveAgreement(tx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Agreement, {
    description: "Copies a year's targets into a new, unsigned agreement for another year.",
  })
  copyAgreement(@Ctx() ctx: RequestContext, @Arg("input", () => CopyAgreementInput) input: CopyAgreementInput) {
    return inTransaction(ctx, (tx) => copyAgreement(tx, input));
  }

  @FieldResolver(() => [AgreementTargetChange], { description: "Every change of a target, newest first." })
  targetHistory(@Root() a: Agreement, @Ctx() ctx: RequestContext) {
    return targetHistory(ctx, a);
  }

  @FieldResolver(() => [AgreementTarget])
  targets(@Root() a: Agreement, @Ctx() ctx: RequestContext) {
    return agreementTargets(ctx, a);
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() a: Agreement, @Ctx() ctx: RequestContext) {
    // Reached only from a pairing or mutation the caller was allowed, so no second scope check.
    return loader(ctx, visiblePairingById).load(a.pairingId);
  }
}

@Resolver(() => Pairing)
export class PairingAgreementResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: "This pairing's agreement for a year." })
  agreement(@Root() p: Pairing, @Ctx() ctx: RequestContext, @Arg("year", () => Int) year: number) {
    return agreementFor(ctx, p.id, year);
  }
}
